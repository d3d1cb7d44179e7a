// Leaflet is fetched only when a map is actually shown: not in list-only mode, not without a base
// map, not while the element is off screen; then once it scrolls into view. Tests run in order.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/disclosure-map/define.js';
import type { ZwgkDisclosureMap } from '../../../src/components/disclosure-map/disclosure-map.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { until } from '../../helpers/probe-consumer.js';

const TILES = '/__test/tiles/{z}/{x}/{y}.png';
const mapRequests = () =>
  performance.getEntriesByType('resource').map((e) => e.name).filter((name) => /leaflet|map-view/i.test(name));
let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});

async function place(attrs: Record<string, string>, spacer = 0): Promise<ZwgkDisclosureMap> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const gap = document.createElement('div');
  gap.style.height = `${spacer}px`;
  const el = document.createElement('zwgk-disclosure-map');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.catalogue = sample;
  host.append(gap, el);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return el;
}

describe('<zwgk-disclosure-map> loads Leaflet lazily', () => {
  it('list-only: the list is shown and Leaflet is not fetched', async () => {
    const el = await place({ tiles: TILES, 'list-only': '' });
    expect(el.querySelectorAll('.zwgk-point-button').length).to.be.greaterThan(10);
    expect(mapRequests()).to.deep.equal([]);
  });

  it('no key and no tiles: Leaflet is not fetched', async () => {
    const el = await place({});
    expect(el.mapStatus).to.equal('off');
    expect(mapRequests()).to.deep.equal([]);
  });

  it('a map below the fold waits: Leaflet is fetched only when it scrolls into view', async () => {
    const el = await place({ tiles: TILES }, 4 * window.innerHeight);
    expect(el.mapStatus).to.equal('waiting');
    expect(mapRequests()).to.deep.equal([]);
    el.scrollIntoView();
    expect(await until(() => el.mapStatus === 'ready', 5000)).to.equal(true);
    expect(mapRequests().some((name) => name.includes('leaflet-src.esm.js'))).to.equal(true);
    expect(mapRequests().some((name) => name.includes('leaflet.css?inline'))).to.equal(true);
  });
});
