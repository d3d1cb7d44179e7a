// Issue 18 in the catalogue tree: 公开形式, the supervision page, 已失效, 我要办, the 公示 list under
// the standard, the poster and 负面清单 links, removed items by name in 更新记录, and the notice of a
// catalogue not yet published. The parts load lazily (item-extras.ts), so each test waits for them.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/catalogue-tree/define.js';
import '../../../src/components/catalogue/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { until } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

async function tree(attrs: Record<string, string> = {}, catalogue: unknown = sample, lang?: string): Promise<ZwgkCatalogueTree> {
  const el = document.createElement('zwgk-catalogue-tree');
  el.style.setProperty('--zwgk-tree-height', '600px');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.catalogue = catalogue;
  const host = await fixture(html`<div></div>`);
  if (lang) host.setAttribute('lang', lang);
  host.append(el);
  await el.updateComplete;
  return el;
}
const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const detail = (el: Element) => el.querySelector('[part="detail"]')!;
const term = (el: Element, name: string) => [...detail(el).querySelectorAll('dt')].find((dt) => flat(dt) === name)?.nextElementSibling ?? null;
/** Selects an item and waits until the detail's lazy parts are in. */
async function open(el: ZwgkCatalogueTree, id: string): Promise<void> {
  await el.selectItem(id);
  await until(() => !!term(el, '公开形式') || !!term(el, 'Formats'));
  await el.updateComplete;
}

describe('<zwgk-catalogue-tree> issue 18 detail', () => {
  it('shows 公开形式, the supervision page, and 我要办 to the 政务服务网 entry', async () => {
    const el = await tree();
    await open(el, 'it-146');
    expect(flat(term(el, '公开形式'))).to.equal('文本、图表、视频');
    const service = detail(el).querySelector<HTMLAnchorElement>('a[part="service"]')!;
    const ref = sample.items.find((i) => i.id === 'it-146')!.serviceItemRef!;
    expect(service.getAttribute('href')).to.equal(ref.url);
    expect(flat(service)).to.equal(`我要办：${ref.name}`);
    expect(flat(term(el, '我要办'))).to.contain(`到${ref.platform}办理`);
    await open(el, 'it-074');
    const url = sample.items.find((i) => i.id === 'it-074')!.supervision!.url!;
    expect(term(el, '网上监督')!.querySelector('a')!.getAttribute('href')).to.equal(url);
    expect(detail(el).querySelector('a[part="service"]'), 'no 我要办 without serviceItemRef').to.equal(null);
  });

  it('marks an expired item 已失效 in its row and its detail', async () => {
    const catalogue = structuredClone(sample);
    const expired = catalogue.items.find((i) => i.id === 'it-150')!;
    expired.status = 'expired';
    const el = await tree({}, catalogue);
    history.replaceState(null, '', '#zwgk-item=it-150');
    await open(el, 'it-150');
    expect(flat(detail(el).querySelector('.zwgk-detail-title'))).to.equal(`${expired.name}（已失效）`);
    expect(flat(el.querySelector('[aria-selected="true"] .zwgk-tag'))).to.equal('（已失效）');
    const active = await tree();
    await open(active, 'it-147');
    expect(detail(active).querySelector('.zwgk-detail-title .zwgk-tag')).to.equal(null);
  });

  it('shows the item’s 公示 list under its standard: opened with the keyboard, de-identified', async () => {
    const el = await tree();
    await open(el, 'it-147');
    const records = detail(el).querySelector<HTMLDetailsElement>('[part="records"]')!;
    const standard = term(el, '公开标准');
    expect(standard && standard.compareDocumentPosition(records) & Node.DOCUMENT_POSITION_FOLLOWING, 'after the standard').to.be.ok;
    const item = sample.items.find((i) => i.id === 'it-147')!;
    expect(flat(records.querySelector('summary'))).to.equal(`${item.records!.title}（${item.records!.rows.length} 条）`);
    expect(records.open).to.be.false;
    records.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(await until(() => (records.querySelector('zwgk-records tbody')?.querySelectorAll('tr').length ?? 0) > 0)).to.be.true;
    // No full ID number or mobile of the list reaches the page.
    const text = records.textContent!;
    for (const row of item.records!.rows) {
      for (const value of Object.values(row)) {
        if (typeof value === 'string' && /^\d{17}[\dX]$|^1[3-9]\d{9}$/.test(value)) expect(text).not.to.contain(value);
      }
    }
    expect(text).to.match(/\*/);
  });

  it('links to the item’s notice-board poster and to the 负面清单 when their pages are given', async () => {
    const el = await tree({ 'poster-url': '/zwgk/poster.html', 'negative-list-url': '/zwgk/fmqd.html' });
    await open(el, 'it-147');
    const poster = detail(el).querySelector<HTMLAnchorElement>('a[part="poster"]')!;
    expect(poster.getAttribute('href')).to.equal('/zwgk/poster.html#zwgk-item=it-147');
    expect(flat(poster)).to.equal('打印公示栏海报');
    expect(await until(() => !!el.querySelector('a[part="negative-list"]'))).to.be.true;
    expect(el.querySelector('a[part="negative-list"]')!.getAttribute('href')).to.equal('/zwgk/fmqd.html');
    const plain = await tree();
    await open(plain, 'it-147');
    expect(plain.querySelector('a[part="poster"], a[part="negative-list"]')).to.equal(null);
  });

  it('names the removed items in 更新记录, from the entry or from the withdrawn item still listed', async () => {
    const catalogue = structuredClone(sample);
    catalogue.changeLog!.push({ date: '2026-11-30', summary: '合并两项', itemIds: ['it-gone'], removed: ['it-gone', 'it-unnamed'], removedItems: [{ id: 'it-gone', name: '旧版低保名单公示' }] });
    const el = await tree({}, catalogue);
    const log = el.querySelector<HTMLDetailsElement>('[part="changelog"]')!;
    log.open = true;
    expect(await until(() => log.querySelectorAll('.zwgk-changed li').length >= 3)).to.be.true;
    const entries = [...log.querySelectorAll(':scope > ol > li')];
    expect([...entries[0]!.querySelectorAll('.zwgk-changed li')].map(flat)).to.deep.equal(['删除：旧版低保名单公示', '删除：it-unnamed']);
    expect([...entries[1]!.querySelectorAll('.zwgk-changed li')].map(flat)).to.deep.equal(['删除：征求意见情况及修改结果']);
  });

  it('says so above the tree when the catalogue is not yet published', async () => {
    const draft = { ...structuredClone(sample), status: 'draft' };
    const el = await tree({}, draft);
    expect(await until(() => !!el.querySelector('[part="draft-notice"]'))).to.be.true;
    const notice = el.querySelector('[part="draft-notice"]')!;
    expect(flat(notice)).to.equal('本目录为草稿，尚未正式发布，内容可能调整。');
    expect(notice.compareDocumentPosition(el.querySelector('[part="tree"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    const reviewed = await tree({}, { ...structuredClone(sample), status: 'reviewed' }, 'en');
    expect(await until(() => flat(reviewed.querySelector('[part="draft-notice"]')) === 'This catalogue has been reviewed and is awaiting publication.')).to.be.true;
    const published = await tree();
    await new Promise((r) => setTimeout(r, 50));
    expect(published.querySelector('[part="draft-notice"]')).to.equal(null);
  });

  it('English', async () => {
    const el = await tree({ 'poster-url': '/p.html' }, sample, 'en');
    await open(el, 'it-146');
    expect(flat(term(el, 'Formats'))).to.equal('文本、图表、视频');
    expect(flat(detail(el).querySelector('a[part="service"]'))).to.match(/^Apply online：/);
    expect(flat(detail(el).querySelector('a[part="poster"]'))).to.equal('Print a notice-board poster');
  });

  describe('accessibility (axe)', () => {
    it('detail with 我要办, poster link and a draft notice', async () => {
      const el = await tree({ 'poster-url': '/p.html', 'negative-list-url': '/n.html' }, { ...structuredClone(sample), status: 'draft' });
      await open(el, 'it-146');
      await expect(el).to.be.accessible();
    });
    it('公示 list open, elder mode', async () => {
      const el = await tree({ elder: '' });
      await open(el, 'it-147');
      const records = detail(el).querySelector<HTMLDetailsElement>('[part="records"]')!;
      records.open = true;
      await until(() => (records.querySelector('zwgk-records tbody')?.querySelectorAll('tr').length ?? 0) > 0);
      await expect(el).to.be.accessible();
    });
  });
});
