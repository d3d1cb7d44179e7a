import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import { buildSearchIndex, search } from '../../../src/components/catalogue-tree/search.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { generateCatalogue } from '../../../bench/generate-catalogue.js';

// At province scale the search index is built after the tree has painted. A reader who types
// before it is done is told the search is under way (never "nothing found"), sees the first rows
// as soon as the index reaches them, in their final places, then all of them; the search event
// reports the full count once.
describe('<zwgk-catalogue-tree> searching while its index is still being built', () => {
  it('says it is searching, paints the first rows in their final places, then every match, and announces the full count once', async function () {
    this.timeout(60_000);
    const catalogue = generateCatalogue(30_000) as unknown as Catalogue;
    const el = document.createElement('zwgk-catalogue-tree') as ZwgkCatalogueTree;
    el.noHash = true;
    el.catalogue = catalogue;
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    const events: number[] = [];
    el.addEventListener('zwgk-search', (event) => events.push(event.detail.count));
    el.query = '教育';
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    const summary = (): string => el.renderRoot.querySelector('[part="summary"]')!.textContent!.trim();
    expect(summary()).to.equal('正在搜索…');
    expect(el.renderRoot.querySelector('.zwgk-no-results')).to.equal(null);
    const rowKeys = () => [...el.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    let frames = 1;
    while (rowKeys().length <= 5 && summary() === '正在搜索…') {
      await frame();
      frames++;
    }
    const early = rowKeys();
    expect(early.length, `rows after ${frames} frames`).to.be.greaterThan(5);
    await el.updateComplete; // waits for the rest of the index and of the search
    const expected = search(buildSearchIndex(catalogue.items, catalogue.agencies), '教育');
    expect(el.visibleItems).to.deep.equal(expected);
    expect(summary()).to.equal(`共找到 ${expected.length} 个公开事项`);
    // The rows drawn early were the top of the final list; their counts were left out until they were known.
    const withoutCounts = (rows: string[]) => rows.map((row) => row.replace(/ \d+ 项$/, ''));
    expect(withoutCounts(rowKeys()).slice(0, early.length)).to.deep.equal(early);
    expect(early.some((row) => / \d+ 项$/.test(row))).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal([expected.length]);
  });
});
