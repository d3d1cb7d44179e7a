import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import { buildSearchIndex, search } from '../../../src/components/catalogue-tree/search.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { generateCatalogue } from '../../../bench/generate-catalogue.js';

// At province scale the search index is built after the tree has painted. A reader who types
// before it is done still sees rows at once, then all of them; the search event reports the
// full count once.
describe('<zwgk-catalogue-tree> searching while its index is still being built', () => {
  it('paints matching rows for the first keystroke, then every match, and announces the full count once', async function () {
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
    // The first frame: no waiting for the index.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const rows = () => el.renderRoot.querySelectorAll('[role="treeitem"]').length;
    expect(rows()).to.be.greaterThan(5);
    const firstShown = el.visibleItems.length;
    await el.updateComplete; // waits for the rest of the index
    const expected = search(buildSearchIndex(catalogue.items, catalogue.agencies), '教育');
    expect(el.visibleItems).to.deep.equal(expected);
    expect(firstShown).to.be.at.most(expected.length);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal([expected.length]);
  });
});
