import { expect } from '@open-wc/testing';
import { PILOT_DOMAINS } from '../../src/catalogue/codes.js';
import { until } from '../helpers/probe-consumer.js';

// The drop-in bundle exactly as an integrator uses it: the built dist/zwgk-elements.js (no
// source imports in this file), on a page carrying the demo's hostile jQuery-era stylesheet.
/** Where an element draws: its light-DOM `.zwgk-body` (or, for one not yet moved out of it, its shadow root). */
const shadow = (selector: string) => {
  const element = document.querySelector(selector);
  return element?.shadowRoot ?? element?.querySelector<HTMLElement>(':scope > .zwgk-body') ?? undefined;
};

describe('dist/zwgk-elements.js on a legacy CMS page', () => {
  before(async () => {
    const legacy = document.createElement('link');
    legacy.rel = 'stylesheet';
    legacy.href = '/demo/assets/legacy.css';
    document.head.append(legacy);
    await new Promise((resolve) => legacy.addEventListener('load', resolve, { once: true }));
    document.body.innerHTML = `
      <zwgk-catalogue src="/demo/data/shixian.json">
        <zwgk-catalogue-tree no-hash></zwgk-catalogue-tree>
        <zwgk-policy-card></zwgk-policy-card>
        <zwgk-disclosure-map list-only></zwgk-disclosure-map>
        <zwgk-request-form action="/api/requests"></zwgk-request-form>
        <zwgk-open-day></zwgk-open-day>
      </zwgk-catalogue>`;
    const bundleUrl = '/dist/zwgk-elements.js'; // a URL, not a module the type checker should resolve
    await import(/* @vite-ignore */ bundleUrl);
  });

  it('the legacy stylesheet is really in force (html font-size 62.5%)', () => {
    expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
  });

  it('registers the elements from one file, with no import map or CDN', () => {
    for (const tag of ['zwgk-catalogue', 'zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map', 'zwgk-open-day', 'zwgk-request-form']) expect(customElements.get(tag), tag).to.exist;
  });

  it('the tree shows the 26 pilot domains, at 16px despite the page’s 62.5%', async () => {
    expect(await until(() => (shadow('zwgk-catalogue-tree')?.querySelectorAll('[aria-level="1"]').length ?? 0) >= 10, 5000)).to.be.true;
    const tree = document.querySelector('zwgk-catalogue-tree')!;
    tree.style.setProperty('--zwgk-tree-height', '3000px');
    await until(() => (shadow('zwgk-catalogue-tree')?.querySelectorAll('[aria-level="1"]').length ?? 0) >= 28);
    const labels = [...shadow('zwgk-catalogue-tree')!.querySelectorAll('[aria-level="1"] .zwgk-label')].map((l) => l.textContent);
    expect(labels.slice(0, 26)).to.deep.equal(PILOT_DOMAINS.map((d) => d.name));
    expect(getComputedStyle(shadow('zwgk-catalogue-tree')!.querySelector('.zwgk-row')!).fontSize).to.equal('16px');
  });

  it('the policy card lists the policies', async () => {
    expect(await until(() => (shadow('zwgk-policy-card')?.querySelectorAll('[part="card"]').length ?? 0) >= 6, 5000)).to.be.true;
  });

  it('the disclosure map lists the sample county’s points (list-only, no Leaflet fetched)', async () => {
    expect(await until(() => (shadow('zwgk-disclosure-map')?.querySelectorAll('[part~="point"]').length ?? 0) >= 15, 5000)).to.be.true;
    expect(performance.getEntriesByType('resource').some((entry) => /leaflet|map-view/.test(entry.name))).to.be.false;
  });

  it('the open-day element lists the upcoming open days of the sample county', async () => {
    expect(await until(() => (shadow('zwgk-open-day')?.querySelectorAll('[part="event"]').length ?? 0) >= 1, 5000)).to.be.true;
    expect(shadow('zwgk-open-day')!.querySelector('[part="error"]')).to.be.null;
  });

  it('the request form shows its fields', async () => {
    expect(await until(() => (shadow('zwgk-request-form')?.querySelectorAll('input, select, textarea').length ?? 0) >= 10, 5000)).to.be.true;
    expect(shadow('zwgk-request-form')!.querySelector('[part="error"]')).to.be.null;
  });
});
