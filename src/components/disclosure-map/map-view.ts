/**
 * Everything that touches Leaflet, loaded with a dynamic import() only when a map is actually
 * shown: Vite emits this module, Leaflet and Leaflet's CSS as a lazy chunk, so pages that use the
 * other elements (or the list-only map) never download them.
 *
 * The map canvas is the one part of the elements that stays in a shadow root (the element creates
 * one on its `.zwgk-map` container): Leaflet positions panes and tiles with absolute offsets and
 * transforms that its own CSS must hold untouched by the host page's rules and by the elements'
 * light-DOM reset, and the canvas holds only tile images and markers whose names are also in the
 * list. Leaflet's CSS is adopted into that shadow root. The popup's text is not in it: the popup
 * holds a `<slot>` and the element renders the text in the light DOM, so toolbars read it. Markers
 * are `L.divIcon`s (no image assets, no CDN), focusable buttons named by the point name, clustered
 * by `clusterPoints`. Under `prefers-reduced-motion` nothing fades or glides: pans jump.
 */
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { clusterPoints } from './cluster.js';
import type { BaseMap } from './tiles.js';

export interface MapEntry {
  readonly id: string;
  /** Accessible name and tooltip: the point's name. */
  readonly label: string;
  /** The number shown on the marker, the same as in the list. */
  readonly number: number;
  /** `[lng, lat]` already converted to the tiles' CRS. */
  readonly position: readonly [number, number];
}

export interface MapViewOptions {
  readonly baseMap: BaseMap;
  readonly text: {
    readonly zoomIn: string;
    readonly zoomOut: string;
    readonly close: string;
    readonly you: string;
    readonly cluster: (count: number) => string;
  };
  /** Milliseconds to wait for the first tile before giving up. */
  readonly tileTimeout: number;
  /** Failed tiles (with none loaded) before giving up. */
  readonly maxTileErrors: number;
  /** A marker was clicked or activated by keyboard. */
  readonly onActivate: (id: string, byKeyboard: boolean) => void;
  /** The base map cannot be used (tiles fail or never arrive). */
  readonly onFail: () => void;
  /** The popup's content for a point (a `<slot>` whose assigned light-DOM content the element renders). */
  readonly popup: (id: string) => HTMLElement;
}

/** Pixels within which markers merge into a cluster. */
const CLUSTER_RADIUS = 40;

// Plain text, not Lit's css``: importing Lit here would make Vite split Lit into a shared chunk.
// The --_zwgk-* tokens are inherited from the element's host across the shadow boundary.
const mapStyles = `
  :host { display: block; }
  .zwgk-canvas { height: 100%; border-radius: inherit; }
  .leaflet-container {
    font: inherit;
    background: var(--_zwgk-color-surface);
  }
  .leaflet-container a {
    color: var(--_zwgk-color-primary);
  }
  .leaflet-container a.leaflet-popup-close-button {
    width: 44px;
    height: 44px;
    font: 24px/44px var(--_zwgk-font-family);
    color: var(--_zwgk-color-text);
  }
  .leaflet-popup-content {
    margin: 14px 44px 14px 16px;
    font-size: var(--_zwgk-font-size);
    line-height: var(--_zwgk-line-height);
  }
  .leaflet-touch .leaflet-bar a,
  .leaflet-bar a {
    width: 44px;
    height: 44px;
    line-height: 44px;
    font-size: 24px;
    color: var(--_zwgk-color-text);
  }
  .leaflet-container :focus-visible,
  .leaflet-container:focus-visible {
    outline: var(--_zwgk-focus-ring);
    outline-offset: 2px;
  }
  .zwgk-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-fade-anim .leaflet-popup, .leaflet-fade-anim .leaflet-tile, .leaflet-zoom-anim .leaflet-zoom-animated { transition: none !important; }
  }
  .zwgk-marker {
    /* The icon element is the 44 px touch target; the visible disc sits inside it. */
    width: 2.75em;
    height: 2.75em;
    margin: -1.375em 0 0 -1.375em;
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 50%;
    font-size: var(--_zwgk-font-size);
  }
  .zwgk-marker .disc {
    display: flex;
    align-items: center;
    justify-content: center;
    min-width: 2em;
    height: 2em;
    padding: 0 0.25em;
    border-radius: 1em;
    border: 2px solid var(--_zwgk-color-bg);
    background: var(--_zwgk-color-primary);
    color: var(--_zwgk-color-primary-contrast);
    font-weight: 700;
    font-size: var(--_zwgk-font-size-small);
    line-height: 1.5;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.45);
  }
  .zwgk-marker.cluster .disc {
    min-width: 2.5em;
    height: 2.5em;
    border-radius: 1.25em;
    background: var(--_zwgk-color-text);
  }
  .zwgk-marker.selected .disc {
    background: var(--_zwgk-color-danger);
    transform: scale(1.25);
  }
  .zwgk-marker.you .disc {
    min-width: 1em;
    height: 1em;
    padding: 0;
    background: var(--_zwgk-color-success);
  }
  @media (forced-colors: active) {
    .zwgk-marker.selected .disc { forced-color-adjust: none; background: Highlight; color: HighlightText; border-color: CanvasText; }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds Leaflet's CSS and the map styles to the shadow root, once per root. */
function adoptMapStyles(root: ShadowRoot): void {
  const flag = root as ShadowRoot & { zwgkMapStyles?: boolean };
  if (flag.zwgkMapStyles) return;
  flag.zwgkMapStyles = true;
  const text = `${leafletCss}\n${mapStyles}`;
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Browsers without constructable stylesheets get a <style> element, as Lit does for them.
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = text;
  root.appendChild(style);
}

/** Whether the reader asked for less motion (read at each use: the preference can change). */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The first button or link a popup shows, through its slot. */
function firstControl(content: HTMLElement): HTMLElement | undefined {
  const roots = content instanceof HTMLSlotElement ? content.assignedElements({ flatten: true }) : [content];
  for (const root of roots) {
    if (root.matches('button, a[href]')) return root as HTMLElement;
    const inside = root.querySelector<HTMLElement>('button, a[href]');
    if (inside) return inside;
  }
  return undefined;
}

function markerContent(visible: string, name: string): HTMLElement {
  const wrapper = document.createElement('span');
  const disc = document.createElement('span');
  disc.className = 'disc';
  disc.setAttribute('aria-hidden', 'true');
  disc.textContent = visible;
  const label = document.createElement('span');
  label.className = 'zwgk-visually-hidden';
  label.textContent = name;
  wrapper.append(disc, label);
  return wrapper;
}

export class MapView {
  readonly map: L.Map;
  private readonly options: MapViewOptions;
  private readonly root: ShadowRoot;
  private entries: MapEntry[] = [];
  private markers = new Map<string, L.Marker>();
  private clusterOf = new Map<string, string[]>();
  private layer = L.layerGroup();
  private you?: L.Marker;
  private selectedId?: string;
  private tileTimer?: ReturnType<typeof setTimeout>;
  private failed = false;
  private destroyed = false;

  constructor(container: HTMLElement, root: ShadowRoot, options: MapViewOptions) {
    this.options = options;
    this.root = root;
    adoptMapStyles(root);
    const { baseMap, text } = options;
    this.map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      keyboard: true,
      // A page scroll must never turn into a zoom: zoom with the buttons, double tap or pinch.
      scrollWheelZoom: false,
      // Zoom jumps instead of animating: lighter on old phones, calmer for older readers, and no
      // transition can outlive the map when the element is removed mid-zoom.
      zoomAnimation: false,
      markerZoomAnimation: false,
      fadeAnimation: !reducedMotion(),
      inertia: !reducedMotion(),
      maxZoom: baseMap.maxZoom,
      minZoom: 3,
    });
    // Every pan (arrow keys, fitting the view, opening a popup) jumps when the reader asked for less motion.
    const panBy = this.map.panBy.bind(this.map);
    this.map.panBy = (offset: L.PointExpression, panOptions?: L.PanOptions) => panBy(offset, reducedMotion() ? { ...panOptions, animate: false } : panOptions);
    L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut, position: 'topright' }).addTo(this.map);
    this.watchTiles(baseMap.layers.map((spec) => L.tileLayer(spec.url, { subdomains: spec.subdomains, maxZoom: baseMap.maxZoom }).addTo(this.map)));
    this.layer.addTo(this.map);
    this.map.on('zoomend', () => this.renderMarkers());
    this.map.on('popupopen', (event: L.PopupEvent) => {
      const close = event.popup.getElement()?.querySelector<HTMLElement>('.leaflet-popup-close-button');
      close?.setAttribute('aria-label', text.close);
      close?.setAttribute('title', text.close);
    });
    this.map.setView([35, 105], 4);
  }

  /** Gives up on the map when the base layer's tiles fail, or none arrives in time. */
  private watchTiles(layers: L.TileLayer[]): void {
    const base = layers[0];
    if (!base) return;
    let loaded = 0;
    let errors = 0;
    const fail = () => {
      if (this.failed || this.destroyed) return;
      this.failed = true;
      this.options.onFail();
    };
    base.on('tileload', () => {
      loaded++;
      clearTimeout(this.tileTimer);
    });
    base.on('tileerror', () => {
      errors++;
      if (!loaded && errors >= this.options.maxTileErrors) fail();
    });
    this.tileTimer = setTimeout(() => loaded || fail(), this.options.tileTimeout);
  }

  /** Shows these points (in list order); fits the view to them when `fit` is set. */
  setEntries(entries: MapEntry[], fit: boolean): void {
    this.entries = entries;
    if (fit) this.fitAll();
    else this.renderMarkers();
  }

  fitAll(): void {
    const positions = this.entries.map((e) => L.latLng(e.position[1], e.position[0]));
    if (this.you) positions.push(this.you.getLatLng());
    if (positions.length === 1) this.map.setView(positions[0]!, Math.min(16, this.options.baseMap.maxZoom));
    else if (positions.length) this.map.fitBounds(L.latLngBounds(positions), { padding: [40, 40], maxZoom: 16 });
    this.renderMarkers();
  }

  private latLng(id: string): L.LatLng | undefined {
    const entry = this.entries.find((e) => e.id === id);
    return entry ? L.latLng(entry.position[1], entry.position[0]) : undefined;
  }

  /** The clusters at a zoom level: ids grouped by screen proximity. */
  private clustersAt(zoom: number): string[][] {
    if (zoom >= this.map.getMaxZoom()) return this.entries.map((e) => [e.id]);
    const points = this.entries.map((e) => {
      const p = this.map.project(L.latLng(e.position[1], e.position[0]), zoom);
      return { id: e.id, x: p.x, y: p.y };
    });
    return clusterPoints(points, CLUSTER_RADIUS).map((c) => c.ids);
  }

  /** Redraws markers and clusters for the current zoom, keeping keyboard focus on the same place. */
  private renderMarkers(): void {
    if (this.destroyed) return;
    const focusedId = (this.root.activeElement as HTMLElement | null)?.dataset?.['zwgkMarker'];
    this.layer.clearLayers();
    this.markers.clear();
    this.clusterOf.clear();
    const { text } = this.options;
    for (const ids of this.clustersAt(this.map.getZoom())) {
      const members = ids.map((id) => this.entries.find((e) => e.id === id)!);
      const lone = members.length === 1 ? members[0]! : undefined;
      const latLngs = members.map((m) => L.latLng(m.position[1], m.position[0]));
      const centre = lone ? latLngs[0]! : L.latLngBounds(latLngs).getCenter();
      const selected = ids.includes(this.selectedId ?? '');
      const icon = L.divIcon({
        className: `zwgk-marker${lone ? '' : ' cluster'}${selected ? ' selected' : ''}`,
        html: lone ? markerContent(String(lone.number), lone.label) : markerContent(String(members.length), text.cluster(members.length)),
        iconSize: null as unknown as L.PointExpression,
      });
      const marker = L.marker(centre, { icon, keyboard: true, riseOnHover: true, zIndexOffset: selected ? 1000 : 0 });
      marker.on('click', (event: L.LeafletMouseEvent) => {
        const byKeyboard = (event.originalEvent as Event | undefined)?.type?.startsWith('key') ?? false;
        if (lone) this.options.onActivate(lone.id, byKeyboard);
        else this.zoomInto(ids, byKeyboard);
      });
      marker.addTo(this.layer);
      const element = marker.getElement();
      if (element) {
        const key = lone ? lone.id : ids.join(' ');
        element.dataset['zwgkMarker'] = key;
        if (lone) element.title = lone.label;
        if (selected && lone) element.setAttribute('aria-current', 'true');
        // role="button" answers Enter and Space (Leaflet 1.9 only opens bound popups on Enter).
        element.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            marker.fire('click', { originalEvent: event });
          }
        });
      }
      for (const id of ids) {
        this.markers.set(id, marker);
        this.clusterOf.set(id, ids);
      }
    }
    if (focusedId) this.focusMarker(focusedId.split(' ')[0]!);
  }

  private zoomInto(ids: string[], byKeyboard: boolean): void {
    const latLngs = ids.map((id) => this.latLng(id)!);
    const bounds = L.latLngBounds(latLngs);
    let zoom = Math.min(this.map.getBoundsZoom(bounds, false, L.point(80, 80)), this.map.getMaxZoom());
    // Zoom until the cluster splits, at most to the maximum zoom.
    while (zoom < this.map.getMaxZoom() && this.clustersAt(zoom).some((c) => c.length === ids.length && c.includes(ids[0]!))) zoom++;
    this.map.once('zoomend moveend', () => byKeyboard && this.focusMarker(ids[0]!));
    this.map.setView(bounds.getCenter(), Math.max(zoom, this.map.getZoom() + 1), { animate: false });
  }

  /** Moves keyboard focus to the marker (or cluster) that holds this point. */
  focusMarker(id: string): void {
    this.markers.get(id)?.getElement()?.focus();
  }

  markerElement(id: string): HTMLElement | undefined {
    return this.markers.get(id)?.getElement();
  }

  /**
   * Highlights a point, zooms in far enough that it stands alone, and opens its popup. With
   * `focusPopup` (keyboard activation on the map), focus moves into the popup; Escape returns it.
   */
  select(id: string | undefined, options: { popup?: boolean; focusPopup?: boolean } = {}): void {
    this.selectedId = id;
    const latLng = id ? this.latLng(id) : undefined;
    if (!id || !latLng) {
      this.map.closePopup();
      this.renderMarkers();
      return;
    }
    let zoom = this.map.getZoom();
    while (zoom < this.map.getMaxZoom() && (this.clustersAt(zoom).find((c) => c.includes(id))?.length ?? 1) > 1) zoom++;
    if (zoom !== this.map.getZoom()) this.map.setView(latLng, zoom, { animate: false });
    else if (!this.map.getBounds().pad(-0.1).contains(latLng)) this.map.panTo(latLng, { animate: false });
    this.renderMarkers();
    if (!options.popup) return;
    const content = this.options.popup(id);
    content.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.map.closePopup();
        this.focusMarker(id);
      }
    });
    L.popup({ maxWidth: 320, minWidth: 200, offset: L.point(0, -12), autoPanPadding: L.point(24, 24) })
      .setLatLng(latLng)
      .setContent(content)
      .openOn(this.map);
    if (options.focusPopup) firstControl(content)?.focus();
  }

  /** Shows the reader's position (already in the tiles' CRS), or removes it. */
  setYou(position: readonly [number, number] | undefined): void {
    this.you?.remove();
    this.you = undefined;
    if (!position) return;
    const icon = L.divIcon({ className: 'zwgk-marker you', html: markerContent('', this.options.text.you), iconSize: null as unknown as L.PointExpression });
    this.you = L.marker(L.latLng(position[1], position[0]), { icon, keyboard: false, interactive: false }).addTo(this.map);
  }

  invalidateSize(): void {
    if (!this.destroyed) this.map.invalidateSize();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.tileTimer);
    this.map.remove();
  }
}
