import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/catalogue-tree/define.js';
import '../../../src/components/catalogue/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import { PILOT_DOMAINS } from '../../../src/catalogue/codes.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { TABLE_HEADERS } from '../../../src/components/catalogue-tree/export-table.js';
import { generateCatalogue } from '../../../bench/generate-catalogue.js';
import { until } from '../../helpers/probe-consumer.js';
import { buildTree } from '../../../src/components/catalogue-tree/model.js';
import { startExpansion } from '../../../src/components/catalogue-tree/expansion.js';

let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});
afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await setViewport({ width: 800, height: 600 });
});

/** A tall tree so every domain row is rendered (the tree renders only the rows in view). */
async function tree(attrs: Record<string, string> = {}, catalogue: unknown = sample): Promise<ZwgkCatalogueTree> {
  const el = document.createElement('zwgk-catalogue-tree');
  el.style.setProperty('--zwgk-tree-height', '3000px');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.catalogue = catalogue;
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}
/** The tree renders into its own light DOM (issue 15). */
const root = (el: Element) => el;
/** Opens 筛选条件 as a reader does (its controls are a chunk fetched with the data: filter-panel.ts). */
async function openFilters(el: ZwgkCatalogueTree): Promise<void> {
  const panel = el.querySelector<HTMLDetailsElement>('details.zwgk-filters')!;
  const toggled = oneEvent(panel, 'toggle');
  panel.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}
const rowLabels = (el: Element, level?: number) =>
  [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"]:not(.zwgk-detached)')]
    .filter((r) => level === undefined || r.getAttribute('aria-level') === String(level))
    .map((r) => r.querySelector('.zwgk-label')!.textContent!.trim());
const focused = (el: Element) => (el.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null);
const press = (key: string) => sendKeys({ press: key });

describe('<zwgk-catalogue-tree>', () => {
  it('shows the 26 pilot domains in the seed order, then the other domains, each with its item count', async () => {
    const el = await tree();
    const domains = rowLabels(el, 1);
    expect(domains.slice(0, 26)).to.deep.equal(PILOT_DOMAINS.map((d) => d.name));
    expect(domains.slice(26)).to.deep.equal(['政务服务', '决策公开']);
    const first = root(el).querySelector('[aria-level="1"] .zwgk-count')!.textContent;
    const expected = sample.items.filter((i) => i.domainId === 'chengxiang-guihua').length;
    expect(first).to.equal(`${expected} 项`);
  });

  it('is usable by keyboard alone: type-ahead 义 reaches 义务教育, arrows open it, Enter reads an item', async () => {
    await setViewport({ width: 1200, height: 800 }); // the standard beside the list, so that focus stays in it (narrow screens: audit.test.ts)
    const el = await tree();
    const start = root(el).querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!;
    start.focus();
    expect(root(el).querySelectorAll('[role="treeitem"][tabindex="0"]').length).to.equal(1);
    start.dispatchEvent(new KeyboardEvent('keydown', { key: '义', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('义务教育');
    await press('ArrowRight'); // expand the domain
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowDown'); // first 事项名称
    await press('ArrowRight');
    await press('ArrowDown'); // its first item
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-level')).to.equal('3');
    const selected = oneEvent(el, 'zwgk-select');
    await press('Enter');
    const { detail } = await selected;
    expect(detail.kind).to.equal('item');
    const terms = [...root(el).querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.include.members(['公开事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级']);
    expect(root(el).querySelector('.zwgk-detail-title')!.textContent).to.equal(detail.kind === 'item' ? detail.item.name : '');
    expect(root(el).querySelector('.zwgk-catalogue-info')!.textContent).to.contain('示例县人民政府办公室');
    expect(root(el).querySelector('.zwgk-catalogue-info')!.textContent).to.contain('2026年10月15日');
    await press('ArrowLeft'); // to the parent group
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-level')).to.equal('2');
    await press('Home');
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('城乡规划');
    await press('End');
    await el.updateComplete;
    expect(focused(el)!.textContent).to.contain('决策公开');
  });

  it('* expands every sibling domain', async () => {
    const el = await tree();
    root(el).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await press('*');
    await el.updateComplete;
    const domains = [...root(el).querySelectorAll('[aria-level="1"]')];
    expect(domains.every((d) => d.getAttribute('aria-expanded') === 'true')).to.be.true;
  });

  it('mirrors Left and Right in a right-to-left page', async () => {
    const holder = await fixture(html`<div dir="rtl"></div>`);
    const el = document.createElement('zwgk-catalogue-tree');
    el.catalogue = sample;
    holder.append(el);
    await el.updateComplete;
    root(el).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await press('ArrowLeft');
    await el.updateComplete;
    expect(focused(el)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('search by a 公开依据 文号 finds its items, highlights, expands parents and announces the count', async () => {
    const el = await tree();
    const searched = oneEvent(el, 'zwgk-search');
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: '民发' });
    input.value = '民发〔2021〕57号';
    input.dispatchEvent(new Event('input'));
    const { detail } = await searched;
    await el.updateComplete;
    const expected = sample.items.filter((i) => i.basis.some((b) => b.docNo === '民发〔2021〕57号'));
    expect(expected.length).to.be.greaterThan(0);
    expect(el.visibleItems.map((i) => i.id)).to.deep.equal(expected.map((i) => i.id));
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal(`共找到 ${expected.length} 个公开事项`);
    expect(rowLabels(el, 1)).to.deep.equal(['社会救助']);
    expect(root(el).querySelector('[aria-level="1"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(rowLabels(el).some((label) => label === expected[0]!.name)).to.be.true;
    expect(location.hash).to.contain('zwgk-q=');
    expect(detail.count).to.be.greaterThan(0);
  });

  it('search ignores full-width/half-width and traditional characters, and marks matches', async () => {
    const el = await tree();
    el.query = '義務教育';
    await el.updateComplete;
    expect(el.visibleItems.length).to.be.greaterThan(0);
    expect(el.visibleItems.every((i) => i.domainId === 'yiwu-jiaoyu' || JSON.stringify(i).includes('义务教育'))).to.be.true;
    expect(root(el).querySelector('mark')!.textContent).to.equal('义务教育');
    el.query = '国务院令第７１１号';
    await el.updateComplete;
    expect(el.visibleItems.length).to.be.greaterThan(10);
  });

  it('shows a helpful no-results message that clears the filters', async () => {
    const el = await tree();
    el.query = '不存在的事项名称';
    await el.updateComplete;
    expect(root(el).querySelector('.zwgk-no-results')!.textContent).to.contain('没有找到符合条件的公开事项');
    root(el).querySelector<HTMLButtonElement>('.zwgk-no-results button')!.click();
    await el.updateComplete;
    expect(el.query).to.equal('');
    expect(el.visibleItems.length).to.equal(sample.items.length);
  });

  describe('filters', () => {
    it('the level, mode and audience checkboxes each narrow the items', async () => {
      const el = await tree();
      const check = async (text: string) => {
        const label = [...root(el).querySelectorAll('label.zwgk-check')].find((l) => l.textContent!.trim() === text)!;
        label.querySelector('input')!.click();
        await el.updateComplete;
      };
      // The controls are there once the tree is (filter-panel.ts is fetched with the data), panel closed or open.
      const changed = oneEvent(el, 'zwgk-filter-change');
      await check('乡级');
      expect((await changed).detail.filters.levels).to.deep.equal(['township']);
      expect(el.visibleItems.length).to.be.lessThan(sample.items.length);
      expect(el.visibleItems.every((i) => i.levels.includes('township'))).to.be.true;
      const afterLevel = el.visibleItems.length;
      await check('依申请');
      expect(el.visibleItems.every((i) => i.mode === '依申请' && i.levels.includes('township'))).to.be.true;
      expect(el.visibleItems.length).to.be.lessThan(afterLevel);
      el.clearFilters();
      await el.updateComplete;
      await check('特定群体');
      expect(el.visibleItems.length).to.be.greaterThan(0);
      expect(el.visibleItems.every((i) => i.audience === '特定群体')).to.be.true;
    });

    it('the domain, agency and channel selects each narrow the items', async () => {
      const el = await tree();
      const choose = async (label: string, value: string) => {
        const select = [...root(el).querySelectorAll('label.zwgk-select')].find((l) => l.textContent!.includes(label))!.querySelector('select')!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      };
      await choose('领域', 'shehui-jiuzhu');
      expect(el.visibleItems.every((i) => i.domainId === 'shehui-jiuzhu')).to.be.true;
      expect(rowLabels(el, 1)).to.deep.equal(['社会救助']);
      el.clearFilters();
      await el.updateComplete;
      await choose('公开主体', 'ag-mzj');
      expect(el.visibleItems.length).to.be.greaterThan(0);
      expect(el.visibleItems.every((i) => i.subjectIds.includes('ag-mzj'))).to.be.true;
      el.clearFilters();
      await el.updateComplete;
      await choose('公开渠道和载体', 'notice_board');
      expect(el.visibleItems.length).to.be.greaterThan(0);
      expect(el.visibleItems.every((i) => i.channels.some((c) => c.type === 'notice_board'))).to.be.true;
    });

    it('attributes pin a view: level="township" and domains="义务教育,社会救助" (names or aliases)', async () => {
      const el = await tree({ level: 'township', domains: '义务教育,社会救助' });
      await openFilters(el);
      expect([...root(el).querySelectorAll('legend')].map((l) => l.textContent)).to.include('公开方式');
      expect(el.visibleItems.length).to.be.greaterThan(0);
      expect(el.visibleItems.every((i) => i.levels.includes('township') && ['yiwu-jiaoyu', 'shehui-jiuzhu'].includes(i.domainId))).to.be.true;
      expect([...root(el).querySelectorAll('legend')].map((l) => l.textContent)).not.to.include('公开层级');
      const alias = await tree({ domains: '国土空间规划' });
      expect(alias.visibleItems.every((i) => i.domainId === 'chengxiang-guihua')).to.be.true;
      expect(alias.visibleItems.length).to.be.greaterThan(0);
    });
  });

  it('opens the item named in the URL hash on load, and Back returns to the previous selection', async () => {
    history.replaceState(null, '', '#zwgk-item=it-150');
    const el = await tree();
    const linked = sample.items.find((i) => i.id === 'it-150')!;
    expect(await until(() => root(el).querySelector('.zwgk-detail-title')?.textContent === linked.name)).to.be.true;
    const row = root(el).querySelector('[aria-selected="true"]')!;
    expect(row.textContent).to.contain(linked.name);
    const viewport = root(el).querySelector('.zwgk-viewport')!.getBoundingClientRect();
    const box = row.getBoundingClientRect();
    expect(box.top >= viewport.top && box.bottom <= viewport.bottom, 'the linked row is scrolled into view').to.be.true;
    const other = sample.items[3]!;
    await el.selectItem(other.id, { push: true });
    expect(location.hash).to.equal(`#zwgk-item=${other.id}`);
    history.back();
    expect(await until(() => el.selectedId === 'it-150')).to.be.true;
  });

  it('an item link is a real link to its deep link', async () => {
    const el = await tree();
    root(el).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await press('ArrowRight');
    await press('ArrowDown');
    await press('ArrowRight');
    await el.updateComplete;
    const link = root(el).querySelector('a[role="treeitem"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^#zwgk-item=it-\d+$/);
  });

  it('依申请 items offer 申请公开, which fires zwgk-request with the item and the form URL', async () => {
    const el = await tree({ 'request-url': '/zwgk/ysqgk/form.html' });
    const item = sample.items.find((i) => i.mode === '依申请')!;
    await el.selectItem(item.id);
    await el.updateComplete;
    el.addEventListener('zwgk-request', (e) => e.preventDefault(), { once: true });
    const requested = oneEvent(el, 'zwgk-request');
    root(el).querySelector<HTMLButtonElement>('[part="request"]')!.click();
    const { detail } = await requested;
    expect(detail.item.id).to.equal(item.id);
    expect(detail.url).to.equal(`/zwgk/ysqgk/form.html?${new URLSearchParams({ item: item.id, title: item.name })}`);
    const proactive = sample.items.find((i) => i.mode === '主动')!;
    await el.selectItem(proactive.id);
    await el.updateComplete;
    expect(root(el).querySelector('[part="request"]')).to.be.null;
  });

  it('CSV export holds the filtered rows under the familiar headers, with a BOM for Excel', async () => {
    const el = await tree({ domains: '社会救助' });
    const csv = el.toCsv();
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).to.equal(TABLE_HEADERS.join(','));
    expect(lines.length - 1).to.equal(el.visibleItems.length);
    expect(lines[1]).to.contain('社会救助');
    expect(lines.slice(1).every((line) => line.includes('社会救助'))).to.be.true;
  });

  it('renders the print table of the filtered catalogue when printing', async () => {
    const el = await tree({ domains: '义务教育' });
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const table = root(el).querySelector('.zwgk-print-table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal([...TABLE_HEADERS]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(el.visibleItems.length);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('says 暂无公开事项 for a domain without items', async () => {
    const catalogue = structuredClone(sample);
    catalogue.items = catalogue.items.filter((i) => i.domainId !== 'jiuzai');
    const el = await tree({}, catalogue);
    const row = [...root(el).querySelectorAll('[aria-level="1"]')].find((r) => r.textContent!.includes('救灾'))!;
    expect(row.textContent).to.contain('暂无公开事项');
    expect(row.hasAttribute('aria-expanded')).to.be.false;
  });

  it('keeps the DOM bounded by the visible rows with 10,000 items', async () => {
    const el = document.createElement('zwgk-catalogue-tree');
    el.catalogue = generateCatalogue(10_000);
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    el.query = '公开内容';
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(el.visibleItems.length).to.equal(10_000);
    const rendered = root(el).querySelectorAll('[role="treeitem"]').length;
    expect(rendered).to.be.greaterThan(5);
    expect(rendered).to.be.below(200);
  });

  it('shows the light-DOM fallback and a readable error when its own src fails', async () => {
    const el = await fixture<ZwgkCatalogueTree>(html`<zwgk-catalogue-tree src="/__test/status?code=404">
      <ul><li><a href="/zwgk/jczwgk/">基层政务公开标准目录</a></li></ul>
    </zwgk-catalogue-tree>`);
    await oneEvent(el, 'zwgk-error');
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('暂时无法加载');
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('gets its catalogue from an enclosing <zwgk-catalogue>', async () => {
    const host = await fixture(html`<zwgk-catalogue src="/demo/data/shixian.json"><zwgk-catalogue-tree></zwgk-catalogue-tree></zwgk-catalogue>`);
    const el = host.querySelector('zwgk-catalogue-tree')!;
    expect(await until(() => rowLabels(el, 1).length > 5)).to.be.true;
    expect(rowLabels(el, 1)[0]).to.equal('城乡规划');
  });

  describe('更新记录 (changeLog)', () => {
    /** The sample with one more entry, as `zwgk diff --append-changelog` writes it. */
    const withEntry = () => {
      const catalogue = structuredClone(sample);
      const [added, changed] = [catalogue.items[3]!, catalogue.items[40]!];
      catalogue.changeLog = [...(catalogue.changeLog ?? []), { date: '2026-11-20', summary: '新增一项，调整一项公开时限', itemIds: [added.id, changed.id], added: [added.id], changed: [changed.id], removed: [] }];
      return { catalogue, added, changed };
    };

    it('lists the entries newest first with what they changed, and a listed item opens on click', async () => {
      const { catalogue, added, changed } = withEntry();
      const el = await tree({}, catalogue);
      const log = root(el).querySelector<HTMLDetailsElement>('[part="changelog"]')!;
      expect(log.querySelector('summary')!.textContent).to.equal('更新记录（3 次）');
      log.open = true;
      // The list comes with item-extras.ts, fetched with the catalogue's log and waited for by updateComplete: there at once.
      const entries = [...log.querySelectorAll(':scope > ol > li')];
      expect(entries.map((li) => li.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2026-11-20', '2026-10-15', '2026-03-01']);
      expect(entries[0]!.textContent).to.contain('新增一项，调整一项公开时限');
      expect(entries[0]!.textContent).to.contain('（新增 1 项、修改 1 项、删除 0 项）');
      const links = [...entries[0]!.querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([added.name, changed.name]);
      links[1]!.click();
      await until(() => root(el).querySelector('.zwgk-detail-title')?.textContent === changed.name);
      expect(el.selectedId).to.equal(changed.id);
      // The address follows once the row is scrolled to (selectItem), a moment after the detail shows.
      expect(await until(() => location.hash.includes(`zwgk-item=${changed.id}`)), location.hash).to.equal(true);
    });

    it('is hidden by hide-changelog and absent when the catalogue has no change log', async () => {
      expect(root(await tree({ 'hide-changelog': '' })).querySelector('[part="changelog"]')).to.equal(null);
      const bare = structuredClone(sample);
      delete bare.changeLog;
      expect(root(await tree({}, bare)).querySelector('[part="changelog"]')).to.equal(null);
    });

    it('passes axe when open', async () => {
      const el = await tree({}, withEntry().catalogue);
      const log = root(el).querySelector<HTMLDetailsElement>('[part="changelog"]')!;
      log.open = true;
      expect(log.querySelector('ol > li a')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility (axe)', () => {
    it('default state', async () => {
      await expect(await tree()).to.be.accessible();
    });
    it('searching state', async () => {
      const el = await tree();
      el.query = '低保';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('detail state', async () => {
      const el = await tree();
      await el.selectItem(sample.items.find((i) => i.mode === '依申请')!.id);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('elder state, with text of at least 18px', async () => {
      const el = await tree({ elder: '' });
      expect(parseFloat(getComputedStyle(root(el).querySelector('.zwgk-row')!).fontSize)).to.be.at.least(18);
      await expect(el).to.be.accessible();
    });
    it('English', async () => {
      const holder = await fixture(html`<div lang="en"></div>`);
      const el = document.createElement('zwgk-catalogue-tree');
      el.catalogue = sample;
      holder.append(el);
      await el.updateComplete;
      expect(root(el).querySelector('label[for="zwgk-tree-search"]')!.textContent).to.equal('Search disclosure items');
      await expect(el).to.be.accessible();
    });
  });
});

const itemRows = (el: Element) => [...el.querySelectorAll('a[role="treeitem"]')].map((row) => row.getAttribute('href'));
const openDomains = (el: Element) => [...el.querySelectorAll('[role="treeitem"][aria-level="1"][aria-expanded="true"] .zwgk-label')].map((label) => label.textContent);

/** Taller still, so that a fully open tree has every row rendered. */
async function tall(el: ZwgkCatalogueTree): Promise<ZwgkCatalogueTree> {
  el.style.setProperty('--zwgk-tree-height', '20000px');
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

describe('<zwgk-catalogue-tree expanded>', () => {
  it('closed by default: only the domains show', async () => {
    const el = await tree();
    expect(itemRows(el)).to.deep.equal([]);
    expect(openDomains(el)).to.deep.equal([]);
  });

  it('expanded="all" opens every branch, so every item is a row (what zwgk render draws)', async () => {
    const el = await tall(await tree({ expanded: 'all' }));
    expect(new Set(itemRows(el)).size).to.equal(sample.items.length);
    expect(el.querySelectorAll('[role="treeitem"][aria-expanded="false"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('lists of domains by name or id open those domains with everything under them', async () => {
    const el = await tall(await tree({ expanded: '义务教育，shehui-jiuzhu' }));
    expect(openDomains(el)).to.deep.equal(['社会救助', '义务教育']);
    const expected = sample.items.filter((i) => i.domainId === 'yiwu-jiaoyu' || i.domainId === 'shehui-jiuzhu').length;
    expect(itemRows(el).length).to.equal(expected);
  });

  it('the reader can still close a branch it opened', async () => {
    const el = await tall(await tree({ expanded: 'all' }));
    const domain = el.querySelector<HTMLElement>('[role="treeitem"][aria-level="1"]')!;
    domain.click();
    await el.updateComplete;
    expect(el.querySelector('[role="treeitem"][aria-level="1"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('startExpansion (pure): all, names, ids and aliases; nothing for an empty or unknown value', () => {
    const roots = buildTree(sample, sample.items, false);
    const all = startExpansion(roots, 'ALL');
    expect([...all].every((key) => !key.startsWith('i:'))).to.equal(true);
    expect(all.has('d:yiwu-jiaoyu')).to.equal(true);
    expect([...startExpansion(roots, '义务教育')].every((key) => key.includes('yiwu-jiaoyu'))).to.equal(true);
    expect(startExpansion(roots, '').size).to.equal(0);
    expect(startExpansion(roots, '不存在的领域').size).to.equal(0);
    expect(startExpansion(roots, '义务教育 , 社会救助').size).to.be.above(2);
    const withAlias = sample.domains.find((d) => d.aliases?.length)!;
    expect(startExpansion(roots, withAlias.aliases![0]!).has(`d:${withAlias.id}`)).to.equal(true);
  });
});
