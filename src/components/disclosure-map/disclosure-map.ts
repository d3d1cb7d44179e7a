import { html, nothing, render, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { formatDate } from '../../core/format.js';
import { POINT_TYPES } from '../../catalogue/codes.js';
import type { Catalogue, DisclosurePoint } from '../../catalogue/schema.js';
import { convert } from './crs.js';
import {
  NO_FILTERS, distinct, filterPoints, formatDistance, hoursLines, isMappable, normalizeLevel, parseList, positionIn,
  sortByDistance, telHref, townshipOrigin, type PointFilters, type Ranked,
} from './points.js';
import { resolveBaseMap, type BaseMapResult } from './tiles.js';
import { messages, TYPE_NAMES_EN, WORDS_EN } from './messages.js';
import { disclosureMapStyles } from './disclosure-map.styles.js';
import type { MapView } from './map-view.js';

type FilterKey = keyof PointFilters;
type LocateState = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported';
/** Where the map is: not wanted, waiting to become visible, loading Leaflet, shown, or given up. */
export type MapStatus = 'off' | 'waiting' | 'loading' | 'ready' | 'failed';

/** Failed tiles, with none loaded, after which the element switches to the list. */
const MAX_TILE_ERRORS = 4;
const BASE_MAP_PROPS = ['tk', 'tiles', 'tilesCrs', 'tilesSubdomains', 'attribution', 'reviewNumber', 'maxZoom', 'listOnly', 'locale'];

/**
 * @tagname zwgk-disclosure-map
 * @summary The county's 公开地图: every place to read disclosures, on a map and in a synchronised, keyboard-accessible list.
 *
 * Shows the catalogue's physical `disclosurePoints` (政务公开专区, 便民服务中心, 村（社区）公开栏, 档案馆,
 * 图书馆 …) as numbered markers and as a numbered list; selecting in one selects in the other. The
 * list is the full equivalent of the map (WCAG 1.1.1): name, type, level, address, opening hours,
 * phone (tap to call), services, facilities, accessibility notes, whether requests are accepted,
 * QR code and website. Online channels (websites, new media, hotlines) are listed in their own section.
 *
 * Base map: 天地图 when `tk` is set (vector + annotation layers), or any XYZ/WMTS template in
 * `tiles` with its `tiles-crs`. Points are converted from their own CRS (WGS-84/CGCS2000, GCJ-02,
 * BD-09) to the tiles' CRS. Leaflet is loaded lazily, only when the map scrolls into view; with no
 * key and no tiles, with `list-only`, or when tiles fail to load, the element shows the list alone
 * (with a visible note in the last case). The attribution and 审图号 stay visible under the map.
 *
 * Filters (type, level, township) narrow both the list and the markers; `types`, `level` and
 * `township` pin them for a page (a township site sets `township="关堤乡"`). Nearest first:
 * the reader's location is asked for only when they press the button, or they pick a township.
 *
 * Keyboard: every marker is a button named by its point (Tab reaches each; Enter or Space opens
 * it, moving focus into its popup, Escape returns); clusters are buttons that zoom in. The map
 * container pans with the arrow keys and zooms with + and −; Tab always moves on past the map,
 * and a skip button before it jumps to the list. Under `prefers-reduced-motion` pans jump and
 * popups do not fade.
 *
 * Everything is rendered in the page's light DOM except the map canvas: Leaflet draws into a
 * shadow root of the `[part="map"]` container, where its positioning CSS is safe from the host page
 * (see map-view.ts); the popup's text is slotted in from the light DOM.
 *
 * @slot - Fallback content (e.g. a plain list of places) shown until the catalogue is ready.
 *
 * @event zwgk-select - A point was selected in the list or on the map. `detail`: `{ kind: 'point', point }`.
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart controls - The filter and nearest-first controls.
 * @csspart filters - The filter fieldset.
 * @csspart nearest - The nearest-first fieldset.
 * @csspart summary - The count and sorting line (a live region).
 * @csspart map - The map container.
 * @csspart attribution - The base map's attribution and 审图号 under the map.
 * @csspart note - The note shown when the map cannot be shown.
 * @csspart list - The numbered list of places.
 * @csspart point - One place (or online channel) in the lists.
 * @csspart detail - A place's details.
 * @csspart online - The list of online channels.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 * @csspart offline - The 离线数据 notice above a catalogue shown from this browser's last good copy (own `src` only).
 *
 * @cssproperty --zwgk-map-height - Height of the map (default min(26em, 70vh)).
 * @cssproperty --zwgk-map-list-height - Maximum height of the list beside the map before it scrolls (default 36em).
 * @cssproperty --zwgk-color-primary - Markers, links and focus.
 * @cssproperty --zwgk-color-danger - The selected marker and list item.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode); markers scale with it.
 */
export class ZwgkDisclosureMap extends ZwgkCatalogueConsumer {
  static override idBase = 'map';

  static override lightStyles(tag: string): CSSResult[] {
    return [...super.lightStyles(tag), disclosureMapStyles(tag)];
  }

  /** 天地图 browser key (`tk`). With it, 天地图 vector tiles and annotations are the base map. */
  @property() tk?: string;
  /** Tile URL template(s), XYZ (`{z}/{x}/{y}`, `{s}`) or WMTS (`{TileMatrix}/{TileRow}/{TileCol}`); several, space separated, are stacked. Overrides 天地图. */
  @property() tiles?: string;
  /** CRS of `tiles`: `WGS-84` or `CGCS2000` (天地图-style, default), `GCJ-02` (高德-style). `BD-09` tiles are not supported. */
  @property({ attribute: 'tiles-crs' }) tilesCrs?: string;
  /** Subdomains substituted for `{s}` in `tiles` (default `abc`). */
  @property({ attribute: 'tiles-subdomains' }) tilesSubdomains?: string;
  /** Attribution text of custom `tiles` (plain text), shown under the map. */
  @property() attribution?: string;
  /** 审图号 of the base map, shown under the map. Defaults to 天地图's (GS(2024)0568号) with `tk`; check it against your 天地图 console. */
  @property({ attribute: 'review-number' }) reviewNumber?: string;
  /** Show the list only, never load the map. */
  @property({ type: Boolean, reflect: true, attribute: 'list-only' }) listOnly = false;
  /** URL of the information-disclosure request form, linked from points that accept requests (default: the catalogue's request platform). */
  @property({ attribute: 'request-url' }) requestUrl?: string;
  /** Pinned point types (codes, comma separated), e.g. `disclosure_zone,convenience_center`. */
  @property() types?: string;
  /** Pinned levels: `county`, `township`, `village` (or 县级/乡镇级/村级), comma separated. */
  @property() level?: string;
  /** Pinned townships by name, comma separated, for a township's own site. */
  @property() township?: string;
  /** The selected point's id. */
  @property({ attribute: 'selected' }) selectedId?: string;
  /** Level of the section headings, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Milliseconds to wait for the first tile before switching to the list. */
  @property({ type: Number, attribute: 'tile-timeout' }) tileTimeout = 10000;
  /** Highest zoom level of the map. */
  @property({ type: Number, attribute: 'max-zoom' }) maxZoom = 18;

  @state() private userFilters: PointFilters = NO_FILTERS;
  /** The reference position of nearest-first sorting (WGS-84), and the township it stands for. */
  @state() private origin?: { position: [number, number]; township?: string };
  @state() private locateState: LocateState = 'idle';
  /** Not reactive: `setPhase` re-renders only for the phases that look different. */
  private mapPhase: MapStatus = 'off';

  private view?: MapView;
  private base: BaseMapResult = { problem: 'no-source' };
  private physical: Ranked[] = [];
  private online: DisclosurePoint[] = [];
  private mapGeneration = 0;
  private entriesKey = '';
  private viewSelection?: string;
  private intersection?: IntersectionObserver;
  /** Popups opened so far (their slot names). */
  private popups = 0;
  private resize?: ResizeObserver;

  /** Where the map is: `off` (list only), `waiting` (until visible), `loading`, `ready` or `failed`. */
  get mapStatus(): MapStatus {
    return this.mapPhase;
  }

  /** The physical points shown, in list order (after filters and sorting). */
  get visiblePoints(): readonly DisclosurePoint[] {
    return this.physical.map((r) => r.point);
  }

  /** The filters in force: pinned attributes, else the reader's choices. */
  get filters(): PointFilters {
    const pinned = this.pinned();
    const pick = (key: FilterKey) => (pinned[key].length ? pinned[key] : this.userFilters[key]);
    return { types: pick('types'), levels: pick('levels'), townships: pick('townships') };
  }

  private pinned(): PointFilters {
    return { types: parseList(this.types), levels: parseList(this.level).map(normalizeLevel), townships: parseList(this.township) };
  }

  /** Sets one reader filter, as its control does. */
  setFilter(key: FilterKey, values: string[]): void {
    this.userFilters = { ...this.userFilters, [key]: values };
  }

  /** Clears the reader's filters (pinned ones stay). */
  clearFilters(): void {
    this.userFilters = NO_FILTERS;
  }

  /** Selects a point (opening its details and its marker's popup), or clears the selection. */
  selectPoint(id: string | undefined): void {
    this.choose(id, 'api');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardownMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (BASE_MAP_PROPS.some((key) => (changed as Map<PropertyKey, unknown>).has(key))) {
      const base = resolveBaseMap({
        tk: this.tk, tiles: this.tiles, tilesCrs: this.tilesCrs, subdomains: this.tilesSubdomains,
        attribution: this.attribution, reviewNumber: this.reviewNumber, maxZoom: this.maxZoom, english: this.locale === 'en',
      });
      const same = JSON.stringify(base.baseMap?.layers) === JSON.stringify(this.base.baseMap?.layers) && base.baseMap?.crs === this.base.baseMap?.crs;
      this.base = base;
      if (!same || changed.has('listOnly') || changed.has('maxZoom')) this.teardownMap();
    }
    const data = this.data;
    if (!data) return;
    const filters = this.filters;
    const points = data.disclosurePoints ?? [];
    const shown = filterPoints(points.filter(isMappable), filters);
    this.physical = this.origin ? sortByDistance(shown, this.origin.position) : shown.map((point) => ({ point }));
    // Online channels serve the whole county: the township filter does not hide them.
    this.online = filterPoints(points.filter((p) => !isMappable(p)), { ...filters, townships: [] });
  }

  protected override updated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.zwgk-map');
    if (!container) return;
    if (this.mapPhase === 'off') {
      // Not a reactive change: 'waiting' and 'loading' render the same loading line.
      this.setPhase('waiting');
      this.observe(container);
    } else if (this.mapPhase === 'ready') {
      this.syncView();
    }
  }

  // ── the map ─────────────────────────────────────────────────────────────────────────────
  private get wantsMap(): boolean {
    return !this.listOnly && !!this.base.baseMap && this.mapPhase !== 'failed';
  }

  /** Loads Leaflet only once the map container is (nearly) on screen. */
  private observe(container: HTMLElement): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.loadMap(container);
      return;
    }
    this.intersection = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.intersection?.disconnect();
        this.intersection = undefined;
        this.loadMap(container);
      },
      { rootMargin: '200px' },
    );
    this.intersection.observe(container);
  }

  private async loadMap(container: HTMLElement): Promise<void> {
    const generation = ++this.mapGeneration;
    this.setPhase('loading');
    try {
      const { MapView } = await import('./map-view.js');
      // Running Leaflet's module and building the map are each a long task on a slow phone: not one after the other in the same task.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const baseMap = this.base.baseMap;
      if (generation !== this.mapGeneration || !this.isConnected || !baseMap || !container.isConnected) return;
      // The canvas is the one part in a shadow root (see map-view.ts); the container keeps it across retries.
      const shadow = container.shadowRoot ?? container.attachShadow({ mode: 'open' });
      const canvas = document.createElement('div');
      canvas.className = 'zwgk-canvas';
      shadow.replaceChildren(canvas);
      this.view = new MapView(canvas, shadow, {
        baseMap,
        text: {
          zoomIn: this.msg(messages, 'zoomIn'),
          zoomOut: this.msg(messages, 'zoomOut'),
          close: this.msg(messages, 'close'),
          you: this.msg(messages, 'you'),
          cluster: (count) => this.msg(messages, 'cluster', count),
        },
        tileTimeout: this.tileTimeout,
        maxTileErrors: MAX_TILE_ERRORS,
        onActivate: (id, byKeyboard) => this.choose(id, 'map', byKeyboard),
        onFail: () => this.failMap(),
        popup: (id) => this.popupContent(id),
      });
      this.resize = new ResizeObserver(() => this.view?.invalidateSize());
      this.resize.observe(container);
      this.entriesKey = '';
      this.viewSelection = undefined;
      this.setPhase('ready');
    } catch (error) {
      console.warn('[zwgk-disclosure-map] the map could not be loaded:', error);
      if (generation === this.mapGeneration) this.failMap();
    }
  }

  /** 'waiting' and 'loading' render the same loading line, so only other phases re-render. */
  private setPhase(phase: MapStatus): void {
    const render = phase !== this.mapPhase && phase !== 'waiting' && phase !== 'loading';
    this.mapPhase = phase;
    if (render) this.requestUpdate();
  }

  private failMap(): void {
    this.teardownMap();
    this.setPhase('failed');
  }

  private teardownMap(): void {
    this.mapGeneration++;
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.resize?.disconnect();
    this.resize = undefined;
    this.view?.destroy();
    this.view = undefined;
    this.renderRoot.querySelector('.zwgk-map > .zwgk-popup')?.remove();
    this.setPhase('off');
  }

  /** Pushes the list's points, the selection and the reader's position to the map. */
  private syncView(): void {
    const view = this.view;
    const baseMap = this.base.baseMap;
    if (!view || !baseMap) return;
    const entries = this.physical.map(({ point }, index) => ({
      id: point.id,
      label: point.name,
      number: index + 1,
      position: positionIn(point, baseMap.crs)!,
    }));
    const key = entries.map((e) => `${e.id}:${e.number}`).join(',');
    if (key !== this.entriesKey) {
      const ids = (k: string) => k.split(',').map((part) => part.split(':')[0]).sort().join();
      const sameSet = ids(key) === ids(this.entriesKey);
      this.entriesKey = key;
      view.setYou(this.origin && !this.origin.township ? convert(this.origin.position, 'WGS-84', baseMap.crs) : undefined);
      view.setEntries(entries, !sameSet);
      this.viewSelection = undefined;
    }
    const selected = this.physical.some((r) => r.point.id === this.selectedId) ? this.selectedId : undefined;
    if (selected !== this.viewSelection) {
      this.viewSelection = selected;
      view.select(selected, { popup: true });
    }
  }

  // ── selection ───────────────────────────────────────────────────────────────────────────
  private choose(id: string | undefined, from: 'list' | 'map' | 'api', byKeyboard = false): void {
    const point = id ? this.data?.disclosurePoints?.find((p) => p.id === id) : undefined;
    if (from === 'list' && id === this.selectedId) {
      this.selectedId = undefined;
      return;
    }
    this.selectedId = point?.id;
    if (!point) return;
    if (from === 'map') {
      this.viewSelection = point.id;
      this.view?.select(point.id, { popup: true, focusPopup: byKeyboard });
      this.updateComplete.then(() => this.scrollListTo(point.id));
    }
    this.emit('zwgk-select', { kind: 'point', point });
  }

  private listButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.zwgk-point-button[data-id="${CSS.escape(id)}"]`);
  }

  /** Brings a list item into view inside the scrolling list only: the page itself never jumps. */
  private scrollListTo(id: string): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.zwgk-list-column');
    const item = this.listButton(id)?.closest('li');
    if (!list || !item || list.scrollHeight <= list.clientHeight) return;
    const top = item.getBoundingClientRect().top - list.getBoundingClientRect().top;
    if (top < 0 || top + item.offsetHeight > list.clientHeight) list.scrollTop += top - 8;
  }

  /** From the popup's 「查看详情」: focus the list item, whose details are open. */
  private showInList(id: string): void {
    const button = this.listButton(id);
    if (!button) return;
    this.scrollListTo(id);
    button.scrollIntoView?.({ block: 'nearest' });
    button.focus();
  }

  private focusList(): void {
    this.renderRoot.querySelector<HTMLElement>('.zwgk-point-button, .zwgk-channel a')?.focus();
  }

  // ── nearest first ───────────────────────────────────────────────────────────────────────
  /** Asks for the reader's position (only ever on their press) and sorts by distance from it. */
  private locate(): void {
    const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
    if (!geolocation) {
      this.locateState = 'unsupported';
      return;
    }
    this.locateState = 'locating';
    geolocation.getCurrentPosition(
      (position) => {
        // navigator.geolocation is WGS-84; each point is converted to WGS-84 before measuring.
        this.origin = { position: [position.coords.longitude, position.coords.latitude] };
        this.locateState = 'idle';
      },
      (error) => (this.locateState = error.code === 1 ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private sortByTownship(name: string): void {
    const position = name ? townshipOrigin(this.data?.disclosurePoints ?? [], name) : undefined;
    this.origin = position ? { position, township: name } : undefined;
    this.locateState = 'idle';
  }

  // ── labels ──────────────────────────────────────────────────────────────────────────────
  private typeLabel(type: string): string {
    return this.locale === 'en' ? (TYPE_NAMES_EN[type] ?? type) : (POINT_TYPES[type as keyof typeof POINT_TYPES] ?? type);
  }

  private levelLabel(level: string): string {
    return this.msg(messages, level === 'county' ? 'county' : level === 'township' ? 'townshipLevel' : 'village');
  }

  private words(values: readonly string[] | undefined): string {
    return (values ?? []).map((v) => (this.locale === 'en' ? (WORDS_EN[v] ?? v) : v)).join(this.locale === 'en' ? ', ' : '、');
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────
  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const points = data.disclosurePoints ?? [];
    const publisher = data.agencies.find((a) => a.id === data.publisherId)?.name ?? data.publisherId;
    return html`
      ${points.length ? this.renderControls(points) : nothing}
      <div class="zwgk-layout ${this.wantsMap ? 'zwgk-with-map' : 'zwgk-list-only'}">
        ${this.wantsMap ? this.renderMap() : this.renderNote()}
        <div class="zwgk-list-column">${points.length ? this.renderLists(data) : html`<p>${this.msg(messages, 'empty')}</p>`}</div>
      </div>
      <p class="zwgk-catalogue-info">${this.msg(messages, 'source')}：${publisher} · ${this.msg(messages, 'updated')}：${formatDate(data.updatedAt, this.locale)}</p>
    `;
  }

  private renderControls(points: readonly DisclosurePoint[]) {
    const pinned = this.pinned();
    const filters = this.filters;
    const select = (key: FilterKey, label: string, options: [string, string][]) =>
      pinned[key].length || options.length < 2
        ? nothing
        : html`<label>${label}
            <select data-filter=${key} @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; this.setFilter(key, v ? [v] : []); }}>
              <option value="" ?selected=${!filters[key].length}>${this.msg(messages, 'any')}</option>
              ${options.map(([value, text]) => html`<option value=${value} ?selected=${filters[key][0] === value}>${text}</option>`)}
            </select>
          </label>`;
    const townships = distinct(points.map((p) => p.township));
    const filtered = this.userFilters.types.length + this.userFilters.levels.length + this.userFilters.townships.length > 0;
    return html`<div class="zwgk-controls" part="controls">
      <fieldset part="filters">
        <legend>${this.msg(messages, 'filters')}</legend>
        <div class="zwgk-fields">
          ${select('types', this.msg(messages, 'type'), distinct(points.map((p) => p.type)).map((t) => [t, this.typeLabel(t)]))}
          ${select('levels', this.msg(messages, 'level'), distinct(points.map((p) => p.level)).map((l) => [l, this.levelLabel(l)]))}
          ${select('townships', this.msg(messages, 'township'), townships.map((t) => [t, t]))}
          ${filtered ? html`<button type="button" class="zwgk-reset" @click=${() => this.clearFilters()}>${this.msg(messages, 'clearFilters')}</button>` : nothing}
        </div>
      </fieldset>
      ${points.filter(isMappable).length > 1
        ? html`<fieldset part="nearest">
            <legend>${this.msg(messages, 'nearest')}</legend>
            <button type="button" class="zwgk-locate" aria-describedby=${this.uid('locate-hint')} aria-disabled=${this.locateState === 'locating' ? 'true' : nothing} @click=${() => this.locateState !== 'locating' && this.locate()}>${this.msg(messages, 'locate')}</button>
            <p class="zwgk-hint" id=${this.uid('locate-hint')}>${this.msg(messages, 'locateHint')}</p>
            ${townships.length
              ? html`<label>${this.msg(messages, 'byTownship')}
                  <select class="zwgk-township-sort" @change=${(e: Event) => this.sortByTownship((e.target as HTMLSelectElement).value)}>
                    <option value="" ?selected=${!this.origin?.township}>${this.msg(messages, 'choose')}</option>
                    ${townships.map((t) => html`<option value=${t} ?selected=${this.origin?.township === t}>${t}</option>`)}
                  </select>
                </label>`
              : nothing}
            ${this.origin ? html`<p><button type="button" class="zwgk-reset" @click=${() => (this.origin = undefined)}>${this.msg(messages, 'resetSort')}</button></p>` : nothing}
          </fieldset>`
        : nothing}
    </div>`;
  }

  private renderSummary() {
    const lines = [this.msg(messages, 'summary', this.physical.length, this.online.length)];
    if (this.locateState !== 'idle') lines.push(this.msg(messages, this.locateState));
    else if (this.origin) lines.push(this.origin.township ? this.msg(messages, 'sortedByTownship', this.origin.township) : this.msg(messages, 'sortedByYou'));
    return html`<p class="zwgk-summary" part="summary" role="status">${lines.join(' ')}</p>`;
  }

  private renderMap() {
    const baseMap = this.base.baseMap!;
    const source = baseMap.source === 'tianditu' ? [this.msg(messages, 'tianditu'), baseMap.attribution].filter(Boolean).join(' ') : baseMap.attribution;
    const credits = [
      source ? `${this.msg(messages, 'basemap')}：${source}` : '',
      baseMap.reviewNumber ? `${this.msg(messages, 'review')}：${baseMap.reviewNumber}` : '',
      'Leaflet',
    ].filter(Boolean);
    return html`<div class="zwgk-map-column">
      <button type="button" class="zwgk-skip" @click=${() => this.focusList()}>${this.msg(messages, 'skipMap')}</button>
      <div class="zwgk-map" part="map" role="region" aria-label=${this.msg(messages, 'mapLabel')} aria-describedby=${this.uid('map-help')}></div>
      ${this.mapPhase === 'ready' ? nothing : html`<p class="zwgk-map-status" role="status">${this.msg(messages, 'mapLoading')}</p>`}
      <div class="zwgk-map-footer">
        <p class="zwgk-attribution" part="attribution">${credits.join(' · ')}</p>
        ${this.mapPhase === 'ready' && this.physical.length > 1 ? html`<button type="button" class="zwgk-show-all" @click=${() => this.view?.fitAll()}>${this.msg(messages, 'showAll')}</button>` : nothing}
      </div>
      <p class="zwgk-hint" id=${this.uid('map-help')}>${this.msg(messages, 'mapHelp')}</p>
    </div>`;
  }

  private renderNote() {
    if (this.listOnly) return nothing;
    if (this.mapPhase === 'failed') {
      return html`<p class="zwgk-note" part="note" role="alert">${this.msg(messages, 'mapFailed')}<button type="button" @click=${() => this.setPhase('off')}>${this.msg(messages, 'retry')}</button></p>`;
    }
    return html`<p class="zwgk-hint" part="note">${this.msg(messages, this.base.problem === 'unsupported-crs' ? 'unsupportedCrs' : 'noBaseMap')}</p>`;
  }

  private heading(id: string, text: string) {
    return html`<div class="zwgk-heading" role="heading" aria-level=${this.headingLevel} id=${this.uid(id)}>${text}</div>`;
  }

  private renderLists(data: Catalogue) {
    const none = !this.physical.length && !this.online.length;
    return html`
      ${this.renderSummary()}
      ${none ? html`<p>${this.msg(messages, 'noResults')}</p>` : nothing}
      ${this.physical.length
        ? html`${this.heading('physical-heading', this.msg(messages, 'physical'))}
            <ol part="list" class="zwgk-points" aria-labelledby=${this.uid('physical-heading')}>${this.physical.map((ranked, index) => this.renderPoint(data, ranked, index + 1))}</ol>`
        : nothing}
      ${this.online.length
        ? html`${this.heading('online-heading', this.msg(messages, 'online'))}
            <ul part="online" class="zwgk-channels" aria-labelledby=${this.uid('online-heading')}>${this.online.map((point) => this.renderChannel(point))}</ul>`
        : nothing}
    `;
  }

  private renderPoint(data: Catalogue, { point, distance }: Ranked, number: number) {
    const selected = point.id === this.selectedId;
    const meta = [this.typeLabel(point.type), this.levelLabel(point.level), point.township, distance === undefined ? undefined : formatDistance(distance, this.locale)].filter(Boolean).join(' · ');
    return html`<li class="zwgk-point ${selected ? 'zwgk-selected' : ''}" part="point">
      <button type="button" class="zwgk-point-button" data-id=${point.id} aria-expanded=${selected ? 'true' : 'false'} aria-controls=${this.uid(`detail-${point.id}`)}
        aria-current=${selected ? 'true' : nothing} @click=${() => this.choose(point.id, 'list')}>
        <span class="zwgk-num" aria-hidden="true">${number}</span>
        <span class="zwgk-point-text"><span class="zwgk-name">${point.name}</span><span class="zwgk-meta">${meta}</span></span>
      </button>
      <div class="zwgk-detail" part="detail" id=${this.uid(`detail-${point.id}`)} ?hidden=${!selected}>${this.renderDetail(data, point)}</div>
    </li>`;
  }

  private renderDetail(data: Catalogue, point: DisclosurePoint): TemplateResult {
    const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    const hours = hoursLines(point.openingHours);
    const tel = point.phone ? telHref(point.phone) : undefined;
    const agency = data.agencies.find((a) => a.id === point.agencyId)?.name;
    const requestUrl = this.requestUrl ?? data.requestForm?.platform.url;
    return html`<dl>
        ${row(this.msg(messages, 'address'), point.address)}
        ${row(this.msg(messages, 'hours'), hours.length ? hours.map((line) => html`<p>${line}</p>`) : undefined)}
        ${row(this.msg(messages, 'phone'), point.phone ? (tel ? html`<a href=${tel}>${point.phone}</a>` : point.phone) : undefined)}
        ${row(this.msg(messages, 'services'), this.words(point.services))}
        ${row(this.msg(messages, 'facilities'), this.words(point.facilities))}
        ${row(this.msg(messages, 'accessibility'), point.accessibility)}
        ${row(this.msg(messages, 'operator'), agency)}
        ${row(this.msg(messages, 'website'), point.url ? html`<a href=${point.url}>${point.url}</a>` : undefined)}
      </dl>
      ${point.acceptsRequests
        ? html`<p><span class="zwgk-tag">✓ ${this.msg(messages, 'requests')}</span>
            ${requestUrl ? html`<a class="zwgk-request" href=${requestUrl}>${this.msg(messages, 'requestLink')}</a>` : nothing}</p>`
        : nothing}
      ${this.renderQr(point)}`;
  }

  private renderQr(point: DisclosurePoint) {
    return point.qrCode
      ? html`<img class="zwgk-qr" src=${point.qrCode} alt=${this.msg(messages, 'qrAlt', point.name)} loading="lazy" width="128" height="128"
          @error=${(e: Event) => (e.target as HTMLElement).classList.add('zwgk-broken')} />`
      : nothing;
  }

  private renderChannel(point: DisclosurePoint) {
    const tel = point.phone ? telHref(point.phone) : undefined;
    const hours = hoursLines(point.openingHours);
    return html`<li class="zwgk-channel" part="point">
      <span class="zwgk-name">${point.url ? html`<a href=${point.url}>${point.name}</a>` : point.name}</span>
      <span class="zwgk-meta">${this.typeLabel(point.type)}</span>
      ${point.phone ? html`<p>${this.msg(messages, 'phone')}：${tel ? html`<a href=${tel}>${point.phone}</a>` : point.phone}</p>` : nothing}
      ${hours.length ? html`<p>${this.msg(messages, 'hours')}：${hours.join('；')}</p>` : nothing}
      ${this.renderQr(point)}
    </li>`;
  }

  /**
   * The popup on the map: name, type, address, hours and a way to the full details in the list.
   * Its text lives in the light DOM (a `slot="popup"` child of the map container, drawn through the
   * popup's `<slot>`), so that toolbars read it and recolour it.
   */
  private popupContent(id: string): HTMLElement {
    const point = this.data?.disclosurePoints?.find((p) => p.id === id);
    const container = this.renderRoot.querySelector<HTMLElement>('.zwgk-map')!;
    let holder = container.querySelector<HTMLElement>(':scope > .zwgk-popup');
    if (!holder) {
      holder = document.createElement('div');
      holder.className = 'zwgk-popup';
      container.append(holder);
    }
    // A new slot name per popup: a closing popup fades out with its slot still in the canvas, and
    // light content goes to the first slot of its name.
    const name = `zwgk-popup-${++this.popups}`;
    holder.slot = name;
    render(
      point
        ? html`<p class="zwgk-popup-name">${point.name}</p>
            <p>${this.typeLabel(point.type)}${point.address ? ` · ${point.address}` : ''}</p>
            ${hoursLines(point.openingHours).map((line) => html`<p>${line}</p>`)}
            <button type="button" @click=${() => this.showInList(id)}>${this.msg(messages, 'details')}</button>`
        : nothing,
      holder,
    );
    const slot = document.createElement('slot');
    slot.name = name;
    return slot;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-disclosure-map': ZwgkDisclosureMap;
  }
}
