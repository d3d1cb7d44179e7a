// A page that uses the library but has no <zwgk-disclosure-map>: Leaflet is never fetched.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { until } from '../../helpers/probe-consumer.js';

/** Module and stylesheet requests the page made for the map engine or its lazy chunk. */
const mapRequests = () =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /leaflet|map-view/i.test(name));

describe('the drop-in entry on a page without a map', () => {
  it('registers the map element but never fetches Leaflet', async () => {
    expect(customElements.get('zwgk-disclosure-map')).to.not.equal(undefined);
    const sample: Catalogue = await (await fetch('/demo/data/shixian.json')).json();
    const tree = document.createElement('zwgk-catalogue-tree');
    tree.catalogue = sample;
    (await fixture(html`<div></div>`)).append(tree);
    expect(await until(() => !!tree.querySelector('[role="tree"]'))).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(performance.getEntriesByType('resource').length).to.be.greaterThan(0);
    expect(mapRequests()).to.deep.equal([]);
  });
});
