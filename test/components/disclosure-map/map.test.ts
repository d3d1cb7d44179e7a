import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/disclosure-map/define.js';
import type { ZwgkDisclosureMap } from '../../../src/components/disclosure-map/disclosure-map.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { convert } from '../../../src/components/disclosure-map/crs.js';
import { haversine } from '../../../src/components/disclosure-map/points.js';
import { minimalCatalogue } from '../../fixtures/minimal.js';
import { until } from '../../helpers/probe-consumer.js';

const TILES = '/__test/tiles/{z}/{x}/{y}.png';
let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});
afterEach(async () => {
  await emulateMedia({ media: 'screen' });
});

async function map(attrs: Record<string, string> = { tiles: TILES }, catalogue: unknown = sample): Promise<ZwgkDisclosureMap> {
  const el = document.createElement('zwgk-disclosure-map');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.catalogue = catalogue;
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.style.width = '1000px';
  host.append(el);
  await el.updateComplete;
  return el;
}
async function ready(el: ZwgkDisclosureMap): Promise<void> {
  expect(await until(() => el.mapStatus === 'ready' && markers(el).length > 0, 5000), `map status: ${el.mapStatus}`).to.equal(true);
  await el.updateComplete;
}
/** The element renders into its own light DOM (issue 15); the Leaflet canvas alone is in the map container's shadow root. */
const root = (el: Element) => el;
const canvas = (el: Element) => el.querySelector('.zwgk-map')!.shadowRoot!;
const markers = (el: Element) => [...(el.querySelector('.zwgk-map')?.shadowRoot?.querySelectorAll<HTMLElement>('.zwgk-marker[data-zwgk-marker]') ?? [])];
const markerIds = (el: Element) => markers(el).flatMap((m) => m.dataset['zwgkMarker']!.split(' ')).sort();
const markerOf = (el: Element, id: string) => markers(el).find((m) => m.dataset['zwgkMarker'] === id);
const listButtons = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('.zwgk-point-button')];
const listIds = (el: Element) => listButtons(el).map((b) => b.dataset['id']!);
const button = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`.zwgk-point-button[data-id="${id}"]`)!;
/** The focused element, through the map canvas's shadow root. */
const active = (_el?: Element) => {
  let focused = document.activeElement as HTMLElement | null;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement as HTMLElement;
  return focused;
};
const byUid = (el: ZwgkDisclosureMap, local: string) => document.getElementById(el.uid(local)) as HTMLElement;
const physical = () => sample.disclosurePoints!.filter((p) => p.kind === 'physical' && p.location);
const online = () => sample.disclosurePoints!.filter((p) => p.kind === 'online');
const byId = (id: string) => sample.disclosurePoints!.find((p) => p.id === id)!;

describe('<zwgk-disclosure-map> with a map', () => {
  it('shows every physical point in the numbered list and on the map; online channels in their own section', async () => {
    const el = await map();
    await ready(el);
    expect(physical().length).to.be.at.least(15);
    expect(listButtons(el).map((b) => b.querySelector('.zwgk-name')!.textContent)).to.deep.equal(physical().map((p) => p.name));
    expect(listButtons(el).map((b) => b.querySelector('.zwgk-num')!.textContent)).to.deep.equal(physical().map((_, i) => String(i + 1)));
    expect(markerIds(el)).to.deep.equal(physical().map((p) => p.id).sort());
    const channels = [...root(el).querySelectorAll('.zwgk-channel .zwgk-name')].map((n) => n.textContent!.trim());
    expect(channels).to.deep.equal(online().map((p) => p.name));
    expect(byUid(el, 'online-heading').textContent).to.equal('线上公开渠道');
    // Attribution always visible under the map; Leaflet's CSS is adopted into the shadow root.
    expect(root(el).querySelector('.zwgk-attribution')!.textContent).to.contain('Leaflet');
    expect(getComputedStyle(canvas(el).querySelector('.leaflet-pane')!).position).to.equal('absolute');
  });

  it('selecting in the list highlights the marker, opens its popup and fires zwgk-select', async () => {
    const el = await map({ tiles: TILES, 'request-url': '/apply' });
    await ready(el);
    const target = physical().find((p) => p.id === 'pt-zone-county')!;
    const selected = oneEvent(el, 'zwgk-select');
    button(el, target.id).click();
    const { detail } = await selected;
    expect(detail).to.deep.equal({ kind: 'point', point: target });
    await until(() => !!markerOf(el, target.id)?.classList.contains('selected'));
    const marker = markerOf(el, target.id)!;
    expect(marker.classList.contains('selected')).to.equal(true);
    expect(marker.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelector('.zwgk-popup-name')!.textContent).to.equal(target.name);
    // The list item is expanded with the full details.
    expect(button(el, target.id).getAttribute('aria-expanded')).to.equal('true');
    const detail2 = byUid(el, `detail-${target.id}`);
    expect(detail2.hidden).to.equal(false);
    const terms = [...detail2.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).to.include.members(['地址', '开放时间', '电话', '提供服务', '设施', '无障碍服务', '运营单位']);
    expect(detail2.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:03735551001');
    expect(detail2.textContent).to.contain('可受理政府信息公开申请');
    expect(detail2.querySelector<HTMLAnchorElement>('a.zwgk-request')!.getAttribute('href')).to.equal('/apply');
    expect(detail2.querySelector('img.zwgk-qr')!.getAttribute('alt')).to.equal(`${target.name}的二维码，用手机扫码访问`);
    // Pressing again closes it.
    button(el, target.id).click();
    await el.updateComplete;
    expect(button(el, target.id).getAttribute('aria-expanded')).to.equal('false');
  });

  it('selecting a marker selects the point in the list', async () => {
    const el = await map();
    await ready(el);
    const lone = markers(el).find((m) => !m.classList.contains('cluster'))!;
    const id = lone.dataset['zwgkMarker']!;
    const selected = oneEvent(el, 'zwgk-select');
    lone.click();
    const { detail } = await selected;
    expect(detail.kind === 'point' && detail.point.id).to.equal(id);
    await el.updateComplete;
    expect(button(el, id).getAttribute('aria-current')).to.equal('true');
    expect(button(el, id).getAttribute('aria-expanded')).to.equal('true');
    expect(byUid(el, `detail-${id}`).hidden).to.equal(false);
    expect(root(el).querySelector('.zwgk-popup-name')!.textContent).to.equal(byId(id).name);
  });

  it('a point inside a cluster is zoomed to when selected from the list', async () => {
    const el = await map();
    await ready(el);
    const clustered = markers(el).find((m) => m.classList.contains('cluster'))!;
    const id = clustered.dataset['zwgkMarker']!.split(' ')[1]!;
    button(el, id).click();
    await el.updateComplete;
    expect(await until(() => !!markerOf(el, id))).to.equal(true);
    expect(markerOf(el, id)!.classList.contains('selected')).to.equal(true);
  });

  it('the filters narrow both the list and the markers', async () => {
    const el = await map();
    await ready(el);
    const select = root(el).querySelector<HTMLSelectElement>('select[data-filter="types"]')!;
    select.value = 'convenience_center';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const centres = physical().filter((p) => p.type === 'convenience_center').map((p) => p.id);
    expect(listIds(el)).to.deep.equal(centres);
    expect(await until(() => markerIds(el).join() === [...centres].sort().join())).to.equal(true);
    const township = root(el).querySelector<HTMLSelectElement>('select[data-filter="townships"]')!;
    township.value = '关堤乡';
    township.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(listIds(el)).to.deep.equal(physical().filter((p) => p.type === 'convenience_center' && p.township === '关堤乡').map((p) => p.id));
    expect(await until(() => markerIds(el).length === 1)).to.equal(true);
    expect(root(el).querySelector('.zwgk-summary')!.textContent).to.contain('共 1 个线下公开场所');
    root(el).querySelector<HTMLButtonElement>('button.zwgk-reset')!.click();
    await el.updateComplete;
    expect(listIds(el)).to.have.length(physical().length);
    expect(await until(() => markerIds(el).length === physical().length)).to.equal(true);
    // Online channels serve the whole county: the township filter alone leaves them listed.
    el.setFilter('townships', ['关堤乡']);
    await el.updateComplete;
    expect(root(el).querySelectorAll('.zwgk-channel').length).to.equal(online().length);
  });

  it('pinned attributes narrow the view for a township site and hide their control', async () => {
    const el = await map({ tiles: TILES, township: '关堤乡', level: '村级' });
    await ready(el);
    expect(listIds(el)).to.deep.equal(physical().filter((p) => p.township === '关堤乡' && p.level === 'village').map((p) => p.id));
    expect(root(el).querySelector('select[data-filter="townships"]')).to.equal(null);
    expect(root(el).querySelector('select[data-filter="levels"]')).to.equal(null);
  });

  it('keyboard only: Tab reaches every list item and moves on past the map (no trap); every marker is a named button', async () => {
    const el = await map();
    await ready(el);
    const before = document.createElement('button');
    const after = document.createElement('button');
    before.textContent = 'before';
    after.textContent = 'after';
    el.before(before);
    el.after(after);
    before.focus();
    const reachedList = new Set<string>();
    const reachedMarkers: string[] = [];
    for (let steps = 0; steps < 200 && document.activeElement !== after; steps++) {
      await sendKeys({ press: 'Tab' });
      const a = active(el);
      if (a?.classList.contains('zwgk-point-button')) reachedList.add(a.dataset['id']!);
      if (a?.dataset['zwgkMarker']) reachedMarkers.push(a.dataset['zwgkMarker']);
    }
    expect(document.activeElement).to.equal(after);
    expect([...reachedList].sort()).to.deep.equal(physical().map((p) => p.id).sort());
    expect(reachedMarkers.length).to.equal(markers(el).length);
    for (const marker of markers(el)) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.tabIndex).to.equal(0);
      const ids = marker.dataset['zwgkMarker']!.split(' ');
      const name = marker.querySelector('.zwgk-visually-hidden')!.textContent;
      expect(name).to.equal(ids.length === 1 ? byId(ids[0]!).name : `此处有 ${ids.length} 个公开场所，按回车键放大查看`);
    }
  });

  it('keyboard only: Enter on clusters zooms in until every point is reachable as its own marker; Enter opens a point, Escape returns', async () => {
    const el = await map();
    await ready(el);
    const reached = new Set<string>();
    let enters = 0;
    for (let pass = 0; pass < 5 && reached.size < physical().length; pass++) {
      canvas(el).querySelector<HTMLElement>('.leaflet-container')!.focus();
      for (let steps = 0; steps < 60; steps++) {
        await sendKeys({ press: 'Tab' });
        let key = active(el)?.dataset['zwgkMarker'];
        if (!key) break; // past the markers: the zoom buttons come next
        while (key.includes(' ') && enters++ < 40) {
          // A cluster: Enter zooms in and keeps focus on the marker that now holds its first point.
          const cluster = active(el);
          await sendKeys({ press: 'Enter' });
          await until(() => !!active(el)?.dataset['zwgkMarker'] && active(el) !== cluster);
          key = active(el)!.dataset['zwgkMarker']!;
        }
        reached.add(key);
      }
    }
    expect([...reached].sort()).to.deep.equal(physical().map((p) => p.id).sort());
    // Enter on a lone marker selects it and moves focus into its popup; Escape returns to the marker.
    const lone = markers(el).find((m) => !m.classList.contains('cluster'))!;
    const id = lone.dataset['zwgkMarker']!;
    lone.focus();
    const selected = oneEvent(el, 'zwgk-select');
    await sendKeys({ press: 'Enter' });
    await selected;
    expect(await until(() => !!active(el)?.closest('.zwgk-popup'))).to.equal(true);
    expect(active(el)!.textContent).to.equal('查看详情');
    await sendKeys({ press: 'Escape' });
    expect(await until(() => active(el)?.dataset['zwgkMarker'] === id)).to.equal(true);
    // 查看详情 moves focus to the expanded list item.
    await sendKeys({ press: 'Space' });
    expect(await until(() => !!active(el)?.closest('.zwgk-popup'))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    expect(await until(() => active(el) === button(el, id))).to.equal(true);
  });

  it('sorts nearest first only after the button is pressed, from the WGS-84 position the browser gives', async () => {
    const calls: unknown[] = [];
    const original = navigator.geolocation.getCurrentPosition;
    const target = byId('pt-zone-county');
    const [lng, lat] = convert([target.location!.lng, target.location!.lat], target.location!.crs, 'WGS-84');
    navigator.geolocation.getCurrentPosition = (success: PositionCallback) => {
      calls.push(1);
      success({ coords: { latitude: lat + 0.001, longitude: lng, accuracy: 20 }, timestamp: Date.now() } as unknown as GeolocationPosition);
    };
    try {
      const el = await map();
      await ready(el);
      expect(calls).to.have.length(0);
      expect(byUid(el, 'locate-hint').textContent).to.contain('不会上传');
      root(el).querySelector<HTMLButtonElement>('button.zwgk-locate')!.click();
      await el.updateComplete;
      expect(calls).to.have.length(1);
      expect(listIds(el)[0]).to.equal('pt-zone-county');
      expect(button(el, 'pt-zone-county').querySelector('.zwgk-meta')!.textContent).to.contain('约 1');
      const distances = el.visiblePoints.map((p) => {
        const w = convert([p.location!.lng, p.location!.lat], p.location!.crs, 'WGS-84');
        return haversine(w, [lng, lat + 0.001]);
      });
      expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
      expect(root(el).querySelector('.zwgk-summary')!.textContent).to.contain('已按与您的距离由近到远排列');
      expect(await until(() => !!canvas(el).querySelector('.zwgk-marker.you'))).to.equal(true);
      expect(markers(el).find((m) => m.dataset['zwgkMarker']?.split(' ').includes('pt-zone-county'))!.textContent).to.match(/^1|此处有/);
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('explains a refused location and offers the township choice instead', async () => {
    const original = navigator.geolocation.getCurrentPosition;
    navigator.geolocation.getCurrentPosition = (_s: PositionCallback, error?: PositionErrorCallback | null) =>
      error?.({ code: 1, message: 'denied', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
    try {
      const el = await map({ 'list-only': '' });
      root(el).querySelector<HTMLButtonElement>('button.zwgk-locate')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('.zwgk-summary')!.textContent).to.contain('您没有允许使用位置');
      const township = root(el).querySelector<HTMLSelectElement>('select.zwgk-township-sort')!;
      township.value = '关堤乡';
      township.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(byId(listIds(el)[0]!).name).to.equal(physical().find((p) => p.township === '关堤乡' && p.type === 'convenience_center')!.name);
      expect(listIds(el).slice(0, 3).map((id) => byId(id).township)).to.deep.equal(['关堤乡', '关堤乡', '关堤乡']);
      expect(root(el).querySelector('.zwgk-summary')!.textContent).to.contain('已按与关堤乡的距离由近到远排列');
    } finally {
      navigator.geolocation.getCurrentPosition = original;
    }
  });

  it('is accessible (axe) with the map, with a point selected', async () => {
    const el = await map({ tiles: TILES, selected: 'pt-archive' });
    await ready(el);
    expect(await until(() => !!canvas(el).querySelector('.leaflet-popup'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

describe('<zwgk-disclosure-map> falling back to the list', () => {
  it('switches to the list with a visible note when the tiles fail to load', async () => {
    const el = await map({ tiles: '/__test/tiles-404/{z}/{x}/{y}.png' });
    expect(await until(() => el.mapStatus === 'failed', 5000)).to.equal(true);
    await el.updateComplete;
    const note = root(el).querySelector<HTMLElement>('.zwgk-note')!;
    expect(note.textContent).to.contain('地图暂时无法显示，已切换为列表');
    expect(note.offsetHeight).to.be.greaterThan(0);
    expect(root(el).querySelector('.zwgk-map')).to.equal(null);
    expect(listIds(el)).to.have.length(physical().length);
    await expect(el).to.be.accessible();
  });

  it('switches to the list when no tile arrives in time, and can try again', async () => {
    const el = await map({ tiles: '/__test/tiles-slow/{z}/{x}/{y}.png?ms=3000', 'tile-timeout': '300' });
    expect(await until(() => el.mapStatus === 'failed', 3000)).to.equal(true);
    await el.updateComplete;
    el.tiles = TILES;
    root(el).querySelector<HTMLButtonElement>('.zwgk-note button')!.click();
    await ready(el);
    expect(root(el).querySelector('.zwgk-note')).to.equal(null);
  });

  it('shows the list with a quiet note when no key and no tiles are configured, or BD-09 tiles', async () => {
    const el = await map({});
    await el.updateComplete;
    expect(el.mapStatus).to.equal('off');
    expect(root(el).querySelector('.zwgk-map')).to.equal(null);
    expect(root(el).querySelector('[part="note"]')!.textContent).to.contain('本页暂不提供地图');
    expect(listIds(el)).to.have.length(physical().length);
    const baidu = await map({ tiles: TILES, 'tiles-crs': 'BD-09' });
    expect(root(baidu).querySelector('[part="note"]')!.textContent).to.contain('地图暂时无法显示');
  });

  it('list-only: no map, no note, the whole list; axe clean', async () => {
    const el = await map({ tiles: TILES, 'list-only': '' });
    await el.updateComplete;
    expect(el.mapStatus).to.equal('off');
    expect(root(el).querySelector('.zwgk-map, .zwgk-note')).to.equal(null);
    expect(listIds(el)).to.have.length(physical().length);
    button(el, 'pt-hall').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('prints the list with every point’s details and without the map or the controls', async () => {
    const el = await map();
    await ready(el);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root(el).querySelector('.zwgk-map-column')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.zwgk-controls')!).display).to.equal('none');
    const details = [...root(el).querySelectorAll<HTMLElement>('.zwgk-detail')];
    expect(details).to.have.length(physical().length);
    expect(details.every((d) => getComputedStyle(d).display !== 'none')).to.equal(true);
  });

  it('in English and elder mode: English labels, larger text', async () => {
    const el = await map({ 'list-only': '', lang: 'en', elder: '' });
    await el.updateComplete;
    expect(byUid(el, 'physical-heading').textContent).to.equal('Places to visit');
    expect(button(el, 'pt-zone-county').querySelector('.zwgk-meta')!.textContent).to.contain('Government disclosure zone · County');
    expect(getComputedStyle(button(el, 'pt-zone-county')).fontSize).to.equal('20px');
    await expect(el).to.be.accessible();
  });

  it('handles a catalogue without disclosure points', async () => {
    const el = await map({ tiles: TILES }, minimalCatalogue());
    await el.updateComplete;
    expect(root(el).querySelector('.zwgk-list-column')!.textContent).to.contain('暂无公开场所信息');
  });
});
