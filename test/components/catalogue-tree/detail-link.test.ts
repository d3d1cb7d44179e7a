// A page opened with a link to an item (#zwgk-item=…) fetches the item's standard (item-detail.ts)
// at once, beside the catalogue, rather than after the tree has painted. A page of its own (this
// file), so that nothing else has loaded the module before.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { until } from '../../helpers/probe-consumer.js';

const requested = () => performance.getEntriesByType('resource').some((entry) => /\/item-detail\.[jt]s/.test(entry.name));

describe('<zwgk-catalogue-tree> opened with a link to an item', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('requests the item’s standard before the catalogue has arrived, and shows it once it has', async () => {
    const sample: Catalogue = await (await fetch('/demo/data/shixian.json')).json();
    const item = sample.items[5]!;
    expect(requested()).to.equal(false);
    history.replaceState(null, '', `${location.pathname}${location.search}#zwgk-item=${item.id}`);
    const el = document.createElement('zwgk-catalogue-tree') as ZwgkCatalogueTree;
    (await fixture(html`<div></div>`)).append(el);
    expect(await until(requested), 'fetched with no catalogue given yet').to.equal(true);
    el.catalogue = sample;
    await el.updateComplete;
    expect(await until(() => el.querySelector('.zwgk-detail-title')?.textContent === item.name)).to.equal(true);
    expect(el.querySelector('[part="detail"] dl')).to.not.equal(null);
  });
});
