import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/policy-list/define.js';
import type { ZwgkPolicyList } from '../../../src/components/policy-list/policy-list.js';
import { filterPolicies, policyFacets, policyRows } from '../../../src/components/policy-list/filter.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { loadSample } from '../../helpers/sample.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
before(async () => {
  sample = await loadSample();
});
const TODAY = '2026-12-06';
const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);
afterEach(clearHash);

async function list(attrs: Record<string, string> = {}, lang?: string): Promise<ZwgkPolicyList> {
  return mountWithCatalogue('zwgk-policy-list', { now: TODAY, ...attrs }, sample, lang);
}
const titles = (el: Element) => [...el.querySelectorAll('[part="policy"] a[data-policy]')].map((a) => a.textContent!.trim());
const summary = (el: Element) => el.querySelector('[part="summary"]')!.textContent!.trim();
async function choose(el: ZwgkPolicyList, label: string, value: string): Promise<void> {
  const select = [...el.querySelectorAll<HTMLLabelElement>('label')].find((l) => l.textContent!.trim().startsWith(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
async function search(el: ZwgkPolicyList, text: string): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
const cardOf = (el: Element) => el.querySelector('zwgk-policy-card') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;

describe('policy library: search and filters (pure)', () => {
  const now = new Date(`${TODAY}T12:00:00+08:00`);

  it('finds a 文号 however its brackets and spaces are typed, and a title by any of its words', () => {
    const rows = policyRows(sample, now);
    const ids = (text: string) => filterPolicies(rows, { text }).map((r) => r.policy.id);
    for (const typed of ['示政办〔2026〕12号', '示政办[2026]12号', '示政办(2026)12号', '示政办（2026）12号', '示政办2026 12号', '〔2026〕12', '示政办【2026】12号']) {
      expect(ids(typed), typed).to.deep.equal(['po-dibao']);
    }
    expect(ids('最低生活保障')).to.deep.equal(['po-dibao']);
    expect(ids('示例县 试行')).to.have.members(['po-farm', 'po-straw']);
    expect(ids('补贴 试行')).to.deep.equal(['po-farm']);
    expect(ids('ＰＯ')).to.deep.equal([]); // ids are not searched
    expect(ids('')).to.have.length(sample.policies!.length);
  });

  it('filters by computed 有效性, publication year and issuer, newest first', () => {
    const rows = policyRows(sample, now);
    expect(rows.map((r) => r.policy.publishedAt)).to.deep.equal([...rows.map((r) => r.policy.publishedAt)].sort().reverse());
    expect(filterPolicies(rows, { validity: 'expired' }).map((r) => r.policy.id)).to.have.members(['po-disaster', 'po-straw']);
    expect(filterPolicies(rows, { validity: 'not-yet-in-force' }).map((r) => r.policy.id)).to.deep.equal(['po-parking']);
    expect(filterPolicies(rows, { year: '2019' }).map((r) => r.policy.id)).to.deep.equal(['po-eldercare']);
    expect(filterPolicies(rows, { issuer: 'ag-nyncj', validity: 'trial' }).map((r) => r.policy.id)).to.deep.equal(['po-farm']);
    const facets = policyFacets(rows);
    expect(facets.validity.map((v) => v.label)).to.deep.equal(['有效', '试行', '已修改', '尚未施行', '已失效', '已废止']);
    expect(facets.years[0]).to.equal(2026);
    expect(facets.issuers[0]!.name).to.equal('示例县人民政府办公室');
    expect(facets.issuers.reduce((n, i) => n + i.count, 0)).to.equal(sample.policies!.length);
  });
});

describe('<zwgk-policy-list>', () => {
  it('lists every policy newest first with its computed 有效性, issuer, 文号 and date', async () => {
    const el = await list();
    expect(titles(el)).to.have.length(sample.policies!.length);
    expect(summary(el)).to.equal(`共 ${sample.policies!.length} 件政策文件`);
    const straw = [...el.querySelectorAll('[part="policy"]')].find((li) => li.textContent!.includes('秸秆'))!;
    expect(straw.querySelector('[part="badge"]')!.textContent).to.equal('已失效');
    const parking = [...el.querySelectorAll('[part="policy"]')].find((li) => li.textContent!.includes('机动车停放'))!;
    expect(parking.querySelector('[part="badge"]')!.textContent).to.equal('尚未施行');
    expect(parking.textContent).to.contain('示例县人民政府 · 示政〔2026〕18号 · 发布日期 2026年11月20日 · 2027年01月01日 起施行');
    expect(parking.querySelector('a')!.getAttribute('href')).to.equal('#zwgk-policy=po-parking');
  });

  it('searches titles and 文号, filters by 有效性, year and issuer, and clears back to all with focus in the search box', async () => {
    const el = await list();
    await search(el, '示政办[2026]12号');
    expect(titles(el)).to.deep.equal(['示例县最低生活保障审核确认实施细则']);
    expect(summary(el)).to.equal(`找到 1 件政策文件（共 ${sample.policies!.length} 件）`);
    await search(el, '');
    await choose(el, '有效性', 'expired');
    expect(titles(el)).to.have.members(['示例县自然灾害救助应急预案（2018年修订）', '示例县秸秆综合利用奖补办法（试行）']);
    await choose(el, '发布年份', '2024');
    expect(titles(el)).to.deep.equal(['示例县秸秆综合利用奖补办法（试行）']);
    await choose(el, '发文机关', 'ag-xzfb');
    expect(titles(el)).to.deep.equal([]);
    expect(summary(el)).to.contain('没有符合条件的政策文件');
    el.querySelector<HTMLButtonElement>('button[data-clear]')!.click();
    await el.updateComplete;
    expect(await until(() => document.activeElement === el.querySelector('input[type="search"]'))).to.equal(true);
    expect(titles(el)).to.have.length(sample.policies!.length);
    expect([...el.querySelectorAll('select')].map((s) => s.value)).to.deep.equal(['', '', '']);
  });

  it('opens a policy card in place with a link that works with Back, keeping the search and focus', async () => {
    const el = await list();
    await search(el, '最低生活保障');
    const selected = oneEvent(el, 'zwgk-select');
    const link = el.querySelector<HTMLAnchorElement>('a[data-policy="po-dibao"]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.include({ kind: 'policy' });
    expect(location.hash).to.equal('#zwgk-policy=po-dibao');
    expect(await until(() => !!cardOf(el)?.querySelector('[part="badge"]'))).to.equal(true);
    expect(el.querySelector('[part="policy"]'), 'the list gives way to the card').to.equal(null);
    expect(await until(() => document.activeElement?.textContent?.startsWith('示例县最低生活保障审核确认实施细则') ?? false), 'focus on the card title').to.equal(true);
    history.back();
    expect(await until(() => !!el.querySelector('[part="policy"]'))).to.equal(true);
    expect(location.hash).to.equal('');
    expect(el.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('最低生活保障');
    expect(titles(el)).to.deep.equal(['示例县最低生活保障审核确认实施细则']);
    expect(await until(() => document.activeElement === el.querySelector('a[data-policy="po-dibao"]'))).to.equal(true);
  });

  it('the 返回政策列表 button goes Back; opening fires one zwgk-select, not one more from the card inside', async () => {
    const el = await list();
    let selects = 0;
    const onSelect = () => selects++;
    document.addEventListener('zwgk-select', onSelect);
    try {
      el.querySelector<HTMLAnchorElement>('a[data-policy="po-employ"]')!.click();
      expect(await until(() => !!cardOf(el)?.querySelector('[part="interpretation"]'))).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(selects).to.equal(1);
      el.querySelector<HTMLButtonElement>('button[data-back]')!.click();
      expect(await until(() => !!el.querySelector('[part="policy"]'))).to.equal(true);
      expect(location.hash).to.equal('');
    } finally {
      document.removeEventListener('zwgk-select', onSelect);
    }
  });

  it('opens a deep link on load, and follows the card’s links to the amending document in place', async () => {
    history.replaceState(null, '', '#zwgk-policy=po-housing');
    const el = await list();
    expect(await until(() => !!cardOf(el)?.querySelector('[part="badge"]'))).to.equal(true);
    expect(cardOf(el)!.querySelector('[part="badge"]')!.textContent).to.equal('已修改');
    const amending = cardOf(el)!.querySelector<HTMLAnchorElement>('a[data-zwgk-policy="po-housing-2026"]')!;
    expect(amending.getAttribute('href')).to.equal('#zwgk-policy=po-housing-2026');
    amending.click();
    expect(await until(() => cardOf(el)?.getAttribute('policy') === 'po-housing-2026')).to.equal(true);
    expect(location.hash).to.equal('#zwgk-policy=po-housing-2026');
    history.back();
    expect(await until(() => cardOf(el)?.getAttribute('policy') === 'po-housing')).to.equal(true);
  });

  it('an unknown deep link says so and shows the list; a cancelled zwgk-select keeps the list', async () => {
    history.replaceState(null, '', '#zwgk-policy=po-nope');
    const el = await list();
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain('找不到编号为“po-nope”的政策文件');
    expect(titles(el)).to.have.length(sample.policies!.length);
    clearHash();
    el.addEventListener('zwgk-select', (e) => e.preventDefault(), { once: true });
    el.querySelector<HTMLAnchorElement>('a[data-policy="po-farm"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect(cardOf(el)).to.equal(null);
  });

  it('with no-hash the address bar is left alone, and the list comes back with the button', async () => {
    const el = await list({ 'no-hash': '' });
    el.querySelector<HTMLAnchorElement>('a[data-policy="po-farm"]')!.click();
    expect(await until(() => !!cardOf(el))).to.equal(true);
    expect(location.hash).to.equal('');
    el.querySelector<HTMLButtonElement>('button[data-back]')!.click();
    expect(await until(() => document.activeElement === el.querySelector('a[data-policy="po-farm"]'))).to.equal(true);
  });

  it('pages long lists; the pager keeps focus at either end; printing prints every policy', async () => {
    const el = await list({ 'page-size': '4' });
    expect(titles(el)).to.have.length(4);
    const pager = el.querySelector('[part="pager"]')!;
    expect(pager.textContent).to.contain('第 1 / 3 页');
    const previous = pager.querySelector<HTMLButtonElement>('[data-page="previous"]')!;
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    el.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    expect(await until(() => document.activeElement === el.querySelector('a[data-policy]'))).to.equal(true);
    expect(el.querySelector('[part="pager"]')!.textContent).to.contain('第 2 / 3 页');
    el.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await el.updateComplete;
    const next = el.querySelector<HTMLButtonElement>('[data-page="next"]')!;
    next.focus();
    next.click();
    await el.updateComplete;
    expect(document.activeElement).to.equal(next);
    expect(titles(el)).to.have.length(sample.policies!.length - 8);
    window.dispatchEvent(new Event('beforeprint'));
    expect(titles(el)).to.have.length(sample.policies!.length);
    window.dispatchEvent(new Event('afterprint'));
    expect(titles(el)).to.have.length(sample.policies!.length - 8);
  });

  it('English', async () => {
    const el = await list({}, 'en');
    expect(el.querySelector('label')!.textContent).to.contain('Search titles or document numbers');
    expect(el.querySelector('[part="badge"]')!.textContent).to.match(/^(In force|Trial|Amended|Not yet in force|Expired|Repealed)/);
    expect(summary(el)).to.equal(`${sample.policies!.length} policy documents`);
  });

  describe('accessibility (axe) in every state', () => {
    it('list', async () => {
      await expect(await list()).to.be.accessible();
    });
    it('nothing found', async () => {
      const el = await list();
      await search(el, '没有这样的文件');
      await expect(el).to.be.accessible();
    });
    it('a policy opened', async () => {
      const el = await list();
      el.querySelector<HTMLAnchorElement>('a[data-policy="po-dibao"]')!.click();
      await until(() => !!cardOf(el)?.querySelector('[part="interpretation"]'));
      await expect(el).to.be.accessible();
    });
    it('elder mode', async () => {
      await expect(await list({ elder: '' })).to.be.accessible();
    });
    it('English', async () => {
      await expect(await list({}, 'en')).to.be.accessible();
    });
    it('error', async () => {
      const el = await fixture<ZwgkPolicyList>(html`<zwgk-policy-list src="/__test/status?code=500"><a href="/zwgk/zcwj/">政策文件</a></zwgk-policy-list>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      expect(el.textContent).to.contain('暂时无法加载');
      expect(el.querySelector('a[href="/zwgk/zcwj/"]'), 'the page’s own link comes back').to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
