/**
 * The accessibility audit's map defects (issue 15), one test each: the current list item in
 * forced-colors mode, no fading popup and no gliding keyboard pans under prefers-reduced-motion,
 * marker digits with room to breathe, and secondary text of at least 18 px in elder mode.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/disclosure-map/define.js';
import type { ZwgkDisclosureMap } from '../../../src/components/disclosure-map/disclosure-map.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { until } from '../../helpers/probe-consumer.js';
import { effectiveBackground } from '../../helpers/colour.js';

const TILES = '/__test/tiles/{z}/{x}/{y}.png';
let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});
afterEach(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
  await executeServerCommand('emulate-forced-colors', { active: false });
  document.documentElement.removeAttribute('data-zwgk-elder');
});

async function map(attrs: Record<string, string>): Promise<ZwgkDisclosureMap> {
  const el = document.createElement('zwgk-disclosure-map');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.catalogue = sample;
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.style.width = '1000px';
  host.append(el);
  await el.updateComplete;
  return el;
}
const canvas = (el: Element) => el.querySelector('.zwgk-map')!.shadowRoot!;
async function ready(el: ZwgkDisclosureMap) {
  expect(await until(() => el.mapStatus === 'ready' && !!canvas(el).querySelector('.zwgk-marker'), 5000)).to.equal(true);
  await el.updateComplete;
}
const pane = (el: Element) => canvas(el).querySelector<HTMLElement>('.leaflet-map-pane')!;

describe('<zwgk-disclosure-map> audit defects', () => {
  it('in forced-colors mode the current list item stands out from its neighbours', async () => {
    const el = await map({ 'list-only': '' });
    const [first, second] = el.visiblePoints;
    el.selectPoint(first!.id);
    await el.updateComplete;
    await executeServerCommand('emulate-forced-colors', { active: true });
    const look = (id: string) => {
      const button = el.querySelector<HTMLElement>(`.zwgk-point-button[data-id="${id}"]`)!;
      const s = getComputedStyle(button);
      return { background: effectiveBackground(button).join(','), border: `${s.borderInlineStartWidth} ${s.borderInlineStartColor}` };
    };
    const [current, neighbour] = [look(first!.id), look(second!.id)];
    expect(current.background, 'background').not.to.equal(neighbour.background);
    expect(current.border, 'start border').not.to.equal(neighbour.border);
  });

  it('under prefers-reduced-motion the popup does not fade and keyboard panning jumps', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map({ tiles: TILES });
    await ready(el);
    const container = canvas(el).querySelector<HTMLElement>('.leaflet-container')!;
    expect(container.classList.contains('leaflet-fade-anim'), 'no fade animation').to.equal(false);
    const selected = oneEvent(el, 'zwgk-select');
    el.selectPoint(el.visiblePoints[0]!.id);
    await selected;
    const popup = await until(() => !!canvas(el).querySelector('.leaflet-popup'));
    expect(popup).to.equal(true);
    expect(getComputedStyle(canvas(el).querySelector('.leaflet-popup')!).opacity).to.equal('1');
    container.focus();
    const before = pane(el).style.transform;
    await sendKeys({ press: 'ArrowRight' });
    const right = pane(el).style.transform;
    expect(right, 'the map moved at once').not.to.equal(before);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(pane(el).style.transform, 'and did not glide on afterwards').to.equal(right);
  });

  it('without the preference, panning still glides (the test can tell the difference)', async () => {
    const el = await map({ tiles: TILES });
    await ready(el);
    const container = canvas(el).querySelector<HTMLElement>('.leaflet-container')!;
    expect(container.classList.contains('leaflet-fade-anim')).to.equal(true);
    container.focus();
    await sendKeys({ press: 'ArrowRight' });
    const early = pane(el).style.transform;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pane(el).style.transform).not.to.equal(early);
  });

  it('in elder mode marker digits, list numbers, meta lines, hints and the source line are ≥ 18 px with line height ≥ 1.5', async () => {
    document.documentElement.setAttribute('data-zwgk-elder', '');
    const el = await map({ tiles: TILES });
    await ready(el);
    const nodes = [
      ...el.querySelectorAll<HTMLElement>('.zwgk-num, .zwgk-meta, .zwgk-hint, .zwgk-catalogue-info, .zwgk-attribution'),
      ...canvas(el).querySelectorAll<HTMLElement>('.zwgk-marker .disc'),
    ];
    expect(nodes.length).to.be.greaterThan(10);
    const problems = nodes.flatMap((node) => {
      const s = getComputedStyle(node);
      const size = parseFloat(s.fontSize);
      const ratio = parseFloat(s.lineHeight) / size;
      return [size < 18 ? `${node.className} ${size}px` : '', ratio < 1.5 ? `${node.className} line height ${ratio.toFixed(2)}` : ''].filter(Boolean);
    });
    expect(problems).to.deep.equal([]);
  });
});
