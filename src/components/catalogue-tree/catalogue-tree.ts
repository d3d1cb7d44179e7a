import { html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../../core/css-props.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { formatDate } from '../../core/format.js';
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { messages } from './messages.js';
import { TreeModel, treeOrderOf, itemsInCatalogueOrder, visibleRows, ancestorKeys, findNode, expandAllKeys, rowIndexOf, type TreeNode, type VisibleRow } from './model.js';
import { RowLayout } from './row-layout.js';
import type * as Search from './search.js';
import { applyFilters, parseList, normalizeLevels, normalizeModes, normalizeAudiences, isFiltered, EMPTY_FILTERS, type TreeFilters } from './filters.js';
import { TABLE_HEADERS, tableRows, toCsv, basisText } from './export-table.js';
import { readHash, writeHash } from './deep-link.js';
import { rowIndent, treeStyles } from './catalogue-tree.styles.js';
import { startExpansion } from './expansion.js';
import { staticRender } from '../../core/static-render.js';
import { whenIdle } from '../../core/idle.js';
import type { ChunkedCatalogue } from '../../catalogue/chunked-catalogue.js';
import type * as ItemExtras from './item-extras.js';
import type * as ItemDetail from './item-detail.js';
import type * as FilterPanel from './filter-panel.js';
import type * as ChunkState from './chunk-state.js';

export interface ZwgkSearchDetail {
  readonly query: string;
  readonly count: number;
}
export interface ZwgkFilterChangeDetail {
  readonly filters: TreeFilters;
  readonly count: number;
}
export interface ZwgkRequestDetail {
  readonly item: CatalogueItem;
  /** The request-form URL the element will open unless the event is cancelled. */
  readonly url?: string;
}

declare module '../../core/events.js' {
  interface ZwgkEventMap {
    'zwgk-search': ZwgkSearchDetail;
    'zwgk-filter-change': ZwgkFilterChangeDetail;
    'zwgk-request': ZwgkRequestDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-search': CustomEvent<ZwgkSearchDetail>;
    'zwgk-filter-change': CustomEvent<ZwgkFilterChangeDetail>;
    'zwgk-request': CustomEvent<ZwgkRequestDetail>;
  }
}

type FilterKey = keyof TreeFilters;
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 8;
const TYPEAHEAD_RESET_MS = 600;

/**
 * @tagname zwgk-catalogue-tree
 * @summary The standard disclosure catalogue (基层政务公开事项标准目录): browse, search, filter, read an item's standard, export and print.
 *
 * Levels: 领域 (in the 26-domain order, then other domains) → 事项名称 → optional `path` levels →
 * 公开内容. Each node shows its item count. Selecting an item shows all its elements in the
 * familiar order. The tree follows the WAI-ARIA tree pattern (roving focus; arrows, Home/End,
 * `*`, Page Up/Down, Enter/Space, type-ahead by first characters, arrows mirrored in right-to-left
 * pages) and renders only the rows in view, so 10,000 items stay smooth; rows grow with their
 * label, which wraps rather than being cut off. Items are real links
 * (`#zwgk-item=<id>`), the selection and search live in the URL hash, and Back works.
 *
 * Filter attributes pin the view for editors: `level="township"`, `mode="依申请"`,
 * `audience="全社会"`, `channel="notice_board"`, `domains="义务教育,社会救助"` (names, aliases or
 * ids), `agencies="ag-mzj"`. Pinned filters always apply; readers refine within them.
 *
 * Province scale: given a chunked catalogue (format 1.1, `zwgk split`), the tree shows the index's
 * domains at once, loads each chunk when its domain is opened or its rows come into view, and
 * searches the chunks not loaded yet through the prebuilt search index (loaded in idle time
 * after the first paint). Each chunk is validated as it arrives; a bad one is reported (a
 * readable message with 重试, and `zwgk-error`) and the rest keeps working.
 *
 * The detail also shows, where the item has them, its 公开形式, the supervision page, 我要办 (the
 * 政务服务网 entry behind the disclosure), its 公示 list under the standard (opened in place) and,
 * with `poster-url`, a link to its A4 notice-board poster. The standard and these parts are
 * modules of their own, fetched in idle time once the tree has painted (at once for a linked or
 * selected item); a detail asked for before they arrive shows the item's name and 正在加载.
 * Expired items are marked 已失效, withdrawn ones 已撤销. 更新记录 names what was added, changed and
 * removed. A catalogue not yet published (`status` draft, submitted, reviewed) says so above the
 * tree. With `negative-list-url`, the tree links to the 负面清单 (what is not disclosed, and why).
 *
 * Progressive enhancement: put nested `<ul><li><a>` of domains and items inside the element;
 * they show until the catalogue is loaded (and if it fails), then the tree replaces them.
 *
 * @slot - Fallback content (e.g. nested lists of links) shown until the catalogue is ready.
 *
 * @event zwgk-select - An item was selected. `detail`: `{ kind: 'item', item }`.
 * @event zwgk-search - The search query changed. `detail`: `{ query, count }`.
 * @event zwgk-filter-change - A reader changed a filter. `detail`: `{ filters, count }`.
 * @event zwgk-request - 申请公开 was pressed on a 依申请 item. `detail`: `{ item, url }`. Cancelable: cancel it to handle the request yourself instead of opening `request-url`.
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid, or a chunk of a chunked catalogue (or its search index file) did. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart toolbar - The search box, filters and export button.
 * @csspart search - The search input.
 * @csspart filters - The filter panel.
 * @csspart summary - The result count line (a live region).
 * @csspart tree - The scrolling tree.
 * @csspart row - Each tree row.
 * @csspart detail - The selected item's standard.
 * @csspart changelog - 更新记录: the catalogue's change log, newest first, with links to the items added or changed (hidden by `hide-changelog`).
 * @csspart request - The 申请公开 button.
 * @csspart draft-notice - The notice above the tree when the catalogue is not yet published (`status` draft, submitted or reviewed).
 * @csspart service - 我要办: the link to the item's 政务服务网 entry (`serviceItemRef`).
 * @csspart records - The item's 公示 list under its standard (collapsed; `<zwgk-records>` loads when opened).
 * @csspart poster - The link to the item's notice-board poster (with `poster-url`).
 * @csspart negative-list - The link to the 负面清单 (with `negative-list-url`).
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 * @csspart offline - The 离线数据 notice above a catalogue shown from this browser's last good copy (own `src` only).
 *
 * @cssproperty --zwgk-tree-height - Height of the scrolling tree (default 32em).
 * @cssproperty --zwgk-tree-row-height - Height of one row (default 2.75em).
 * @cssproperty --zwgk-color-primary - Links, selection and focus.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkCatalogueTree extends ZwgkCatalogueConsumer {
  static override idBase = 'tree';
  static override lazyMessages = [messages];

  static override lightStyles(tag: string): CSSResult[] {
    return [...super.lightStyles(tag), treeStyles(tag)];
  }

  /** Pinned 公开层级: `county`, `township`, `village` (or 县级/乡级/村级), comma separated. */
  @property() level?: string;
  /** Pinned 公开方式: `主动` or `依申请`. */
  @property() mode?: string;
  /** Pinned 公开对象: `全社会` or `特定群体`. */
  @property() audience?: string;
  /** Pinned channel codes, e.g. `website_column,notice_board`. */
  @property() channel?: string;
  /** Pinned domains by name, alias or id, e.g. `义务教育,社会救助`. */
  @property() domains?: string;
  /** Pinned disclosing bodies by agency id. */
  @property() agencies?: string;
  /** URL of the request form; 申请公开 opens it with `?item=<id>&title=<name>` appended. */
  @property({ attribute: 'request-url' }) requestUrl?: string;
  /** Do not read or write the URL hash. */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;
  /** Prefix of the hash parameters, so two trees on one page do not collide. */
  @property({ attribute: 'hash-prefix' }) hashPrefix = 'zwgk-';
  /** Do not show 更新记录 (the catalogue's changeLog) below the tree. */
  @property({ type: Boolean, attribute: 'hide-changelog' }) hideChangelog = false;
  /** Page with `<zwgk-notice-poster>`: each item offers its poster at `<poster-url>#zwgk-item=<id>`. */
  @property({ attribute: 'poster-url' }) posterUrl?: string;
  /** Page with `<zwgk-negative-list>`: the tree links to it (负面清单). */
  @property({ attribute: 'negative-list-url' }) negativeListUrl?: string;
  /** The tree's optional parts (item-extras.ts, with the list of 更新记录), once loaded: see loadExtras. */
  @state() private extras?: typeof ItemExtras;
  private extrasLoad?: Promise<unknown>;
  private extrasAwaited = false;
  /** The item's standard (item-detail.ts), once loaded: see loadDetail. */
  @state() private itemDetail?: typeof ItemDetail;
  private detailLoad?: Promise<unknown>;
  private detailAwaited = false;
  private detailFailed = false;
  private preloading = false;
  /** The filter panel's controls (filter-panel.ts), once loaded. */
  @state() private filterPanel?: typeof FilterPanel;
  private filterPanelRequested = false;
  /** Level of the detail panel's heading, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * Branches open when the catalogue first shows: `all`, or domains by id or name, comma separated
   * (closed by default). `zwgk render` pre-renders the tree with `expanded="all"` so that it reads
   * without JavaScript, and the element keeps it open when it takes over.
   */
  @property({ attribute: 'expanded' }) expandedAtStart?: string;

  /** The search text. */
  @property() query = '';
  /** The selected item's id. */
  @property({ attribute: 'selected' }) selectedId?: string;

  @state() private userFilters: TreeFilters = EMPTY_FILTERS;
  @state() private expanded = new Set<string>();
  @state() private activeIndex = 0;
  @state() private scrollOffset = 0;
  @state() private viewportHeight = 512;
  @state() private printing = false;
  /** Counts the slices of the search index built while a query waited for them. */
  @state() private searchRound = 0;
  /** Whether keyboard focus is in the tree (kept when the focused row's node is re-rendered or removed). */
  private treeFocused = false;
  private rendering = false;
  /** Bumped when a rendered row turns out taller or shorter than assumed. */
  private heightsVersion = 0;

  /** The scrolling box of the tree (a getter, not lit's @query: no other element needs that decorator's code). */
  private get viewport(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('.zwgk-viewport') ?? undefined;
  }

  /** The height of a one-line row (px): the estimate for rows not yet measured. */
  private rowHeight = 44;
  /** Measured row heights by node; labels wrap, so rows differ. Cleared when the width or text size changes. */
  private heights = new Map<TreeNode, number>();
  private heightsFor = '';
  /** Where each row starts in the scrolled content (row-layout.ts). */
  private layout = new RowLayout(0, this.rowHeight);
  private layoutFor?: { rows: VisibleRow[]; version: number; estimate: number };
  private indexFor?: Catalogue;
  /** A new catalogue arrived: open the branches `expanded` asks for once its tree is built. */
  private openAtStart = false;
  private modelFor?: Catalogue;
  private modelKey = '';
  private rowsFor?: Set<string>;
  /**
   * The search (search.ts): a module of its own, loaded once there is data to search (loadSearch),
   * with the folding (traditional → simplified, full-width) that highlighting and type-ahead use.
   */
  private search?: typeof Search;
  private liveSearch?: Search.LiveSearch;
  private searchRequested = false;
  /** When the reader last typed in the search box: a chunked catalogue waits for a pause before loading the chunks of the rows in view. */
  private typedAt = -Infinity;
  private readonly treeModel = new TreeModel();
  private roots: TreeNode[] = [];
  private rows: VisibleRow[] = [];
  /** What search and filters let through: the items (catalogue order), made from the search's positions only when asked for. */
  private shown: { items?: CatalogueItem[]; ranks?: readonly number[]; count: number } = { items: [], count: 0 };
  /** A search whose first step drew the rows in view goes on in later tasks (LiveSearch). */
  private searching = false;
  private typeahead = '';
  private typeaheadTimer?: ReturnType<typeof setTimeout>;
  private resizeObserver?: ResizeObserver;
  private lastAnnounced?: string;
  /** The chunked catalogue behind `data`, when the catalogue is an index of chunks (chunk-state.ts). */
  private chunkedTree?: ChunkState.ChunkedTree;
  private chunkedLoading?: Promise<unknown>;
  /** Bumped when a chunk or the search index arrives or fails. */
  @state() private chunkRevision = 0;
  private sourceFor?: Catalogue;
  private readonly onHashChange = () => this.applyHash();
  private readonly onBeforePrint = () => (this.printing = true);
  private readonly onAfterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('popstate', this.onHashChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // A link to an item (or a selected item) needs its standard first: fetched beside the catalogue.
    if (this.selectedId || (!this.noHash && readHash(location.hash, this.hashPrefix).item)) this.loadDetail(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('popstate', this.onHashChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.resizeObserver?.disconnect();
    this.liveSearch?.dispose();
    this.chunkedTree?.dispose();
    this.chunkedTree = undefined;
  }

  private get chunked(): ChunkedCatalogue | undefined {
    return this.chunkedTree?.catalogue;
  }

  /**
   * The catalogue shown: the loaded one, or for a chunked catalogue (format 1.1) its working
   * catalogue (chunked-catalogue.ts, loaded as its own module the first time one is seen).
   */
  protected override get data(): Catalogue | undefined {
    const index = super.data;
    if (!index?.itemChunks?.length) return index;
    if (this.chunked?.index === index) return this.chunked.catalogue;
    this.chunkedLoading ??= import('./chunk-state.js').then((module) => {
      this.chunkedLoading = undefined;
      const current = super.data;
      if (!current?.itemChunks?.length || !this.isConnected) return;
      this.chunkedTree?.dispose();
      const chunked = (this.chunkedTree = new module.ChunkedTree(current, this.timeout, {
        view: () => ({ roots: this.roots, expanded: this.expanded, typedAt: this.typedAt }),
        itemsDrawn: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.zwgk-row[data-index]')].map((row) => this.rows[Number(row.dataset['index'])]?.node.item),
        selected: () => (this.selectedId ? this.data?.items.find((item) => item.id === this.selectedId) : undefined),
        changed: (revision) => (this.chunkRevision = revision),
        searchIndexArrived: () => this.updateComplete.then(() => this.applyHash(true)),
        failed: ({ errors, warnings, source }) => this.emit('zwgk-error', { errors, warnings, source }),
      })).catalogue;
      this.requestUpdate();
      // After the first paint: the search index (searching unloaded chunks) is not needed to show the index's domains.
      this.updateComplete.then(() => whenIdle(() => chunked.loadSearchIndex()));
    });
    return undefined;
  }

  /**
   * The filtered view as CSV, as `toCsv()`, after loading the chunks of a chunked catalogue that
   * hold the items shown (their placeholders have no content to export).
   */
  async exportCsv(): Promise<string> {
    const chunked = this.chunked;
    if (chunked) {
      await chunked.loadItems(this.shownItems);
      this.requestUpdate();
      await this.updateComplete;
    }
    return this.toCsv();
  }

  /** The filters in force: pinned attributes plus the reader's choices. */
  get filters(): TreeFilters {
    const pinned = this.pinnedFilters();
    const merge = (key: FilterKey) => (pinned[key].length ? pinned[key] : this.userFilters[key]);
    return { levels: merge('levels'), modes: merge('modes'), audiences: merge('audiences'), channels: merge('channels'), domains: merge('domains'), agencies: merge('agencies') };
  }

  /** The items currently shown (after search and filters), in catalogue order. */
  get visibleItems(): readonly CatalogueItem[] {
    return this.shownItems;
  }

  private get shownItems(): CatalogueItem[] {
    const { shown, data } = this;
    return (shown.items ??= data && shown.ranks ? itemsInCatalogueOrder(data, shown.ranks) : []);
  }

  private pinnedFilters(): TreeFilters {
    return {
      levels: normalizeLevels(parseList(this.level)),
      modes: normalizeModes(parseList(this.mode)),
      audiences: normalizeAudiences(parseList(this.audience)),
      channels: parseList(this.channel),
      domains: parseList(this.domains),
      agencies: parseList(this.agencies),
    };
  }

  /** Sets one reader filter (the same as using the control). */
  setFilter(key: FilterKey, values: string[]): void {
    this.userFilters = { ...this.userFilters, [key]: values };
    this.updateComplete.then(() => this.emit('zwgk-filter-change', { filters: this.filters, count: this.shownItems.length }));
  }

  clearFilters(): void {
    this.userFilters = EMPTY_FILTERS;
    this.query = '';
    this.writeLink(true);
    this.updateComplete.then(() => this.emit('zwgk-filter-change', { filters: this.filters, count: this.shownItems.length }));
  }

  /** The filtered view as CSV (UTF-8 with BOM, the familiar wide-table headers). For a chunked catalogue use `exportCsv()`, which loads what the view shows first. */
  toCsv(): string {
    const data = this.data;
    return data ? toCsv(TABLE_HEADERS, tableRows(this.shownItems, data)) : toCsv(TABLE_HEADERS, []);
  }

  /** Selects an item by id, expanding its parents and scrolling it into view. */
  async selectItem(id: string, options: { focus?: boolean; push?: boolean } = {}): Promise<void> {
    const data = this.data;
    const item = data?.items.find((i) => i.id === id);
    if (!item) return;
    let node = findNode(this.roots, `i:${id}`);
    if (!node && (this.query || isFiltered(this.filters))) {
      // Hidden by the current search or filters: clear them so the linked item can be shown.
      this.query = '';
      this.userFilters = EMPTY_FILTERS;
      await this.updateComplete;
      node = findNode(this.roots, `i:${id}`);
    }
    if (!node) return;
    this.expanded = new Set([...this.expanded, ...ancestorKeys(node)]);
    this.selectedId = id;
    await this.updateComplete;
    const key = node.key;
    const index = this.rows.findIndex((row) => row.node.key === key);
    if (index >= 0) await this.moveTo(index, options.focus ?? false);
    if (options.push) this.writeLink(false);
    this.emit('zwgk-select', { kind: 'item', item });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const data = this.data;
    if (!data) return;
    const chunked = this.chunked;
    if (this.indexFor !== data) {
      this.indexFor = data;
      this.liveSearch?.reset(data.items, data.agencies, chunked?.texts, treeOrderOf(data));
      // A chunked catalogue's working catalogue grows as its files arrive: the reader's place stays.
      const source = chunked?.index ?? data;
      if (this.sourceFor !== source) {
        this.sourceFor = source;
        this.expanded = new Set();
        this.openAtStart = true;
        this.applyHash(true);
      }
    }
    // A search before the search index is in covers the loaded chunks; fetch it now.
    if (chunked && this.query.trim()) chunked.loadSearchIndex();
    const terms = this.queryTerms();
    const filters = this.filters;
    // Scrolling and focus moves re-render often; the model is rebuilt only when its inputs change.
    const modelKey = `${terms.join(' ')}\u0000${JSON.stringify(filters)}\u0000${this.searchRound}\u0000${this.chunkRevision}`;
    const rebuild = this.modelFor !== data || this.modelKey !== modelKey;
    if (rebuild) {
      // Heights are kept by node; another catalogue has other nodes.
      if (this.modelFor !== data) this.heights.clear();
      this.modelFor = data;
      this.modelKey = modelKey;
      const filtered = isFiltered(filters);
      // A search stops at the rows in view, in tree order (they are final); the rest follows.
      const found = this.liveSearch?.find(this.query, filtered ? Infinity : Math.ceil((this.scrollOffset + this.viewportHeight) / this.rowHeight) + 2 * OVERSCAN) ?? { positions: [], done: !terms.length };
      this.searching = !found.done;
      // Filters on fields the search index lacks need every item whole.
      if (chunked && needsWholeItems(filters) && !chunked.complete) chunked.loadAll();
      const missing = chunked && !chunked.hasSearchIndex ? (domainId: string) => chunked.missingCount(domainId) : undefined;
      const narrowed = terms.length > 0 || filtered;
      if (terms.length && !filtered) {
        this.shown = { ranks: found.positions, count: found.positions.length };
        this.roots = this.treeModel.buildRanked(data, found.positions, narrowed, missing);
      } else {
        const searched = terms.length ? itemsInCatalogueOrder(data, found.positions) : data.items;
        const items = filtered ? applyFilters(data, searched, filters) : searched;
        this.shown = { items, count: items.length };
        this.roots = this.treeModel.build(data, items, narrowed, missing);
      }
    }
    if (this.openAtStart) {
      this.openAtStart = false;
      this.expanded = new Set([...this.expanded, ...startExpansion(this.roots, this.expandedAtStart)]);
    }
    // Expand the way to every match: the reader sees results, not closed folders.
    if (rebuild && (changed.has('query') || (changed as PropertyValues).has('searchRound')) && terms.length) this.expanded = expandAllKeys(this.roots);
    if (rebuild || this.rowsFor !== this.expanded) {
      this.rowsFor = this.expanded;
      this.rows = visibleRows(this.roots, this.expanded);
    }
    if (this.activeIndex >= this.rows.length) this.activeIndex = Math.max(0, this.rows.length - 1);
    this.layoutRows();
  }

  /** Recomputes where each row starts, from the measured heights (or the one-line estimate). */
  private layoutRows(): void {
    const { rows, heightsVersion: version, rowHeight: estimate } = this;
    if (this.layoutFor?.rows === rows && this.layoutFor.version === version && this.layoutFor.estimate === estimate) return;
    const measured: [number, number][] = [];
    for (const [node, height] of this.heights) {
      const index = rowIndexOf(rows, node);
      if (index >= 0) measured.push([index, height]);
    }
    this.layout = new RowLayout(rows.length, estimate, measured);
    this.layoutFor = { rows, version, estimate };
  }

  /** Measures the rendered rows; a row whose height differs from what was assumed re-lays the tree out. */
  private measureRows(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    // Heights depend on the width and the text size (elder mode, the toolbar's enlargement).
    const context = `${viewport.clientWidth}|${getComputedStyle(viewport).fontSize}`;
    const estimate = this.rowHeight;
    if (context !== this.heightsFor) {
      this.heightsFor = context;
      this.heights.clear();
      const one = this.renderRoot.querySelector<HTMLElement>('.zwgk-row');
      if (one) this.rowHeight = parseFloat(getComputedStyle(one).minHeight) || one.offsetHeight || this.rowHeight;
    }
    let changed = false;
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('.zwgk-row[data-index]')) {
      const node = this.rows[Number(row.dataset['index'])]?.node;
      const height = row.offsetHeight;
      if (!node || !height) continue;
      if (Math.abs((this.heights.get(node) ?? this.rowHeight) - height) > 0.5) changed = true;
      this.heights.set(node, height);
    }
    if (!changed) return;
    this.heightsVersion++;
    // The rows in the window are in normal flow, so they already stand where their heights put
    // them, and none is shorter than the estimate (its min-height): the window stays filled. Only
    // the layout (scrolling, keyboard moves) takes the new heights, without a second render in the
    // frame, unless the estimate changed or a row is placed by the layout (the detached active row).
    if (estimate !== this.rowHeight || this.renderRoot.querySelector('.zwgk-detached')) this.requestUpdate();
    else this.layoutRows();
  }

  protected override update(changed: PropertyValues<this>): void {
    this.rendering = true;
    try {
      super.update(changed);
    } finally {
      this.rendering = false;
    }
  }

  /**
   * Loads the search once the tree has painted its data: its index is built in idle time after
   * that anyway, and a page that is only browsed never needed it first. A query typed before it
   * arrives is answered when it does.
   */
  private loadSearch(): void {
    if (this.searchRequested) return;
    this.searchRequested = true;
    import('./search.js').then((search) => {
      this.search = search;
      this.liveSearch = new search.LiveSearch(() => this.searchRound++);
      // willUpdate hands it the data; searchRound asks for the query's answer.
      this.indexFor = undefined;
      this.searchRound++;
    });
  }

  /**
   * The query's terms, as the search reads them; before the search has loaded, the query split on
   * white space (trim() knows the ideographic space U+3000): only whether there are terms matters then.
   */
  private queryTerms(): string[] {
    return this.search?.queryTerms(this.query) ?? this.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  }

  /** Also waits for a search whose index was still being built when the query arrived. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    const waiting = () => this.query.trim() && (!this.liveSearch?.complete || this.chunked?.searchIndexLoading);
    while (this.isConnected && waiting()) await new Promise((resolve) => setTimeout(resolve, 16));
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.data) {
      this.loadSearch();
      this.preload();
    }
    this.restoreFocus();
    this.measureRows();
    this.chunkedTree?.loadWhatIsShown();
    if (this.viewport && !this.resizeObserver) {
      // The real height before the first frame (the observer reports after it): a tall tree never paints too few rows.
      this.viewportHeight = this.viewport.clientHeight || this.viewportHeight;
      this.resizeObserver = new ResizeObserver(() => {
        this.viewportHeight = this.viewport?.clientHeight || this.viewportHeight;
        this.measureRows();
      });
      this.resizeObserver.observe(this.viewport);
    }
    const announcement = `${this.query}|${this.shown.count}`;
    const answered = this.liveSearch?.complete ?? !this.query.trim();
    if (this.data && (changed.has('query') || (changed as PropertyValues).has('searchRound')) && answered && announcement !== this.lastAnnounced) {
      this.lastAnnounced = announcement;
      this.emit('zwgk-search', { query: this.query, count: this.shown.count });
    }
  }

  // ── URL hash ────────────────────────────────────────────────────────────────────────────
  private applyHash(initial = false): void {
    if (this.noHash || !this.data) return;
    const link = readHash(location.hash, this.hashPrefix);
    if ((link.query ?? '') !== this.query) this.query = link.query ?? '';
    if (link.item && link.item !== this.selectedId) {
      if (initial) this.updateComplete.then(() => this.selectItem(link.item!));
      else this.selectItem(link.item);
    }
  }

  private writeLink(replace: boolean): void {
    if (this.noHash) return;
    const hash = writeHash(location.hash, this.hashPrefix, { item: this.selectedId, query: this.query || undefined });
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  // ── keyboard and focus ──────────────────────────────────────────────────────────────────
  private async moveTo(index: number, focus = true): Promise<void> {
    if (!this.rows.length) return;
    const target = Math.max(0, Math.min(this.rows.length - 1, index));
    this.activeIndex = target;
    this.scrollRowIntoView(target);
    await this.updateComplete;
    if (focus) this.rowElement(target)?.focus();
    // That render measured the rows around the target, which may have moved it: bring it fully into view again.
    this.scrollRowIntoView(target);
  }

  /** Scrolls the tree's own viewport (never the page) so that the row is fully in view. */
  private scrollRowIntoView(index: number): void {
    const viewport = this.viewport;
    if (!viewport) return;
    const top = this.layout.top(index);
    const height = this.layout.top(index + 1) - top;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + height > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = top + height - viewport.clientHeight;
    this.scrollOffset = viewport.scrollTop;
  }

  private rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.zwgk-row[data-index="${index}"]`);
  }

  /** Rows in one screenful of the tree, for Page Up and Page Down. */
  private pageSize(): number {
    return Math.max(1, Math.floor((this.viewport?.clientHeight ?? this.viewportHeight) / this.rowHeight) - 1);
  }

  private toggle(node: TreeNode, open = !this.expanded.has(node.key)): void {
    if (!expandable(node)) return;
    const next = new Set(this.expanded);
    if (open) next.add(node.key);
    else next.delete(node.key);
    this.expanded = next;
  }

  private onKeydown(event: KeyboardEvent): void {
    const row = this.rows[this.activeIndex];
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const { node } = row;
    const rtl = this.direction === 'rtl';
    const key = rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    const handled = () => event.preventDefault();
    switch (key) {
      case 'ArrowDown':
        handled();
        this.moveTo(this.activeIndex + 1);
        return;
      case 'ArrowUp':
        handled();
        this.moveTo(this.activeIndex - 1);
        return;
      case 'PageDown':
        handled();
        this.moveTo(this.activeIndex + this.pageSize());
        return;
      case 'PageUp':
        handled();
        this.moveTo(this.activeIndex - this.pageSize());
        return;
      case 'Home':
        handled();
        this.moveTo(0);
        return;
      case 'End':
        handled();
        this.moveTo(this.rows.length - 1);
        return;
      case 'ArrowRight':
        handled();
        if (expandable(node) && !this.expanded.has(node.key)) this.toggle(node, true);
        else if (node.children.length) this.moveTo(this.activeIndex + 1);
        return;
      case 'ArrowLeft':
        handled();
        if (expandable(node) && this.expanded.has(node.key)) this.toggle(node, false);
        else if (node.parent) this.moveTo(this.rows.findIndex((r) => r.node === node.parent));
        return;
      case '*': {
        handled();
        const siblings = node.parent ? node.parent.children : this.roots;
        this.expanded = new Set([...this.expanded, ...siblings.filter(expandable).map((s) => s.key)]);
        return;
      }
      case 'Enter':
      case ' ':
        handled();
        this.activate(node);
        return;
      default:
        if (event.key.length === 1 && event.key.trim()) this.typeAhead(event.key);
    }
  }

  /** Moves to the next row whose label starts with the typed characters (works for 义 → 义务教育). */
  private typeAhead(char: string): void {
    clearTimeout(this.typeaheadTimer);
    const normalize = this.search?.normalize ?? ((text: string) => text.toLowerCase());
    this.typeahead += normalize(char);
    this.typeaheadTimer = setTimeout(() => (this.typeahead = ''), TYPEAHEAD_RESET_MS);
    const count = this.rows.length;
    const start = this.typeahead.length === 1 ? this.activeIndex + 1 : this.activeIndex;
    for (let step = 0; step < count; step++) {
      const index = (start + step) % count;
      if (normalize(this.rows[index]!.node.label).startsWith(this.typeahead)) {
        this.moveTo(index);
        return;
      }
    }
  }

  private activate(node: TreeNode): void {
    // The item's standard (item-detail.ts) is in once selectItem resolves: it waits for it.
    if (node.item) this.selectItem(node.item.id, { push: true, focus: true }).then(() => this.itemDetail?.followOnNarrowScreen(this));
    else this.toggle(node);
  }

  private backToList(): void {
    this.moveTo(this.activeIndex);
  }

  private onRowClick(event: MouseEvent, index: number): void {
    const row = this.rows[index];
    if (!row) return;
    // Let the browser handle ctrl/shift/middle clicks on item links (new tab, copy link).
    if (row.node.item && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) return;
    event.preventDefault();
    this.activeIndex = index;
    this.activate(row.node);
  }

  private onScroll(): void {
    const viewport = this.viewport;
    if (!viewport) return;
    // The active row stays rendered in its place wherever the reader scrolls (see renderTree), so
    // Tab always lands on it and focus is never dropped by scrolling.
    this.scrollOffset = viewport.scrollTop;
  }

  // ── actions ─────────────────────────────────────────────────────────────────────────────
  private onSearchInput(event: Event): void {
    this.typedAt = performance.now();
    this.query = (event.target as HTMLInputElement).value;
    this.activeIndex = 0;
    if (this.viewport) this.viewport.scrollTop = this.scrollOffset = 0;
    this.writeLink(true);
  }

  private requestItem(item: CatalogueItem): void {
    const url = this.requestUrl
      ? `${this.requestUrl}${this.requestUrl.includes('?') ? '&' : '?'}${new URLSearchParams({ item: item.id, title: item.name })}`
      : undefined;
    const proceed = this.emit('zwgk-request', { item, ...(url ? { url } : {}) }, { cancelable: true });
    if (proceed && url) location.assign(url);
  }

  private async downloadCsv(): Promise<void> {
    const csv = await this.exportCsv();
    const data = this.data;
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${data?.title ?? '公开事项目录'}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  // ── rendering ───────────────────────────────────────────────────────────────────────────
  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const selected = this.selectedId ? data.items.find((item) => item.id === this.selectedId) : undefined;
    // The notice of an unpublished catalogue and the 负面清单 link are in the lazy part too: most pages need neither.
    if (data.status !== 'published' || this.negativeListUrl) this.loadExtras();
    return html`
      ${this.extras?.renderStatusNotice(data.status, this.locale) ?? nothing}
      ${this.renderToolbar(data)}
      ${this.renderChunkState()}
      <div class="zwgk-layout">
        <div class="zwgk-tree-column">${this.renderTree()}</div>
        <div class="zwgk-detail-column">${this.renderDetail(data, selected)}</div>
      </div>
      <p class="zwgk-catalogue-info">
        ${this.msg(messages, 'publisher')}：${data.agencies.find((a) => a.id === data.publisherId)?.name ?? data.publisherId}
        · ${this.msg(messages, 'updated')}：${formatDate(data.updatedAt, this.locale)}
        ${this.negativeListUrl ? this.extras?.renderNegativeListLink(this.negativeListUrl, this.locale) ?? nothing : nothing}
      </p>
      ${this.hideChangelog ? nothing : this.renderChangeLog(data)}
      ${this.printing ? this.renderPrintTable(data) : nothing}
    `;
  }

  /** An item's link: its place in the URL hash, or with `no-hash` its first published link. */
  private itemHref(item: CatalogueItem): string {
    return this.noHash ? (item.links?.[0]?.url ?? `#${item.id}`) : writeHash('', this.hashPrefix, { item: item.id });
  }

  private openLinked(event: MouseEvent, id: string): void {
    event.preventDefault();
    this.selectItem(id, { push: true, focus: true });
  }

  /**
   * 更新记录: the catalogue's changeLog (written by `zwgk diff --append-changelog`), newest first.
   * The summary with the count is here; the list comes with item-extras.ts, fetched as soon as
   * the catalogue has a log.
   */
  private renderChangeLog(data: Catalogue) {
    const count = data.changeLog?.length;
    if (!count) return nothing;
    // Fetched as soon as there is a log, and waited for by updateComplete: the list is there
    // whenever the reader (or a script) opens it, and a static page (zwgk render) carries it whole.
    this.loadExtras();
    return html`<details class="zwgk-changelog" part="changelog">
      <summary>${this.msg(messages, 'changeLog', count)}</summary>
      ${this.extras?.renderChangeLogList(data, { locale: this.locale, itemHref: (item) => this.itemHref(item), openLinked: (event, id) => this.openLinked(event, id) }) ?? nothing}
    </details>`;
  }

  /** A chunked catalogue's files that failed (a readable message and 重试), and what is still loading (chunk-state.ts, loaded with the chunked catalogue). */
  private renderChunkState() {
    const chunked = this.chunked;
    if (!chunked) return nothing;
    const searching = !!this.query.trim() && !chunked.hasSearchIndex && chunked.searchIndexLoading;
    const filtering = needsWholeItems(this.filters) && !chunked.complete;
    return this.chunkedTree!.render({ locale: this.locale, searching, filtering });
  }

  private renderToolbar(data: Catalogue) {
    // The panel's controls are a chunk of their own, out of the first download, but fetched as soon
    // as the data shows and waited for by updateComplete: they are there before a reader (or a
    // script) opens the panel, and a page rendered by `zwgk render` carries them (disabled).
    this.loadFilterPanel();
    const count = this.shown.count;
    const narrowing = !!this.query.trim() || isFiltered(this.userFilters);
    return html`<div class="zwgk-toolbar" part="toolbar">
        <div class="zwgk-search">
          <label for=${this.uid('search')}>${this.msg(messages, 'searchLabel')}</label>
          <input id=${this.uid('search')} part="search" type="search" .value=${this.query} placeholder=${this.msg(messages, 'searchPlaceholder')}
            aria-describedby=${this.uid('search-hint')} autocomplete="off" @input=${this.onSearchInput} />
          <span id=${this.uid('search-hint')} class="zwgk-hint">${this.msg(messages, 'searchHint')}</span>
        </div>
        <details class="zwgk-filters" part="filters">
          <summary>${this.msg(messages, 'filters')}${isFiltered(this.userFilters) ? ' ●' : ''}</summary>
          ${this.filterPanel?.renderFilterGrid(data, {
            pinned: this.pinnedFilters(), filters: this.filters, userFilters: this.userFilters, revision: this.chunkRevision,
            msg: (key) => this.msg(messages, key), setFilter: (key, values) => this.setFilter(key, values),
          }) ?? html`<div class="zwgk-filter-grid"></div>`}
          <button type="button" class="zwgk-secondary" @click=${() => this.clearFilters()}>${this.msg(messages, 'clearFilters')}</button>
        </details>
        <button type="button" class="zwgk-secondary zwgk-export" @click=${() => this.downloadCsv()}>${this.msg(messages, 'exportCsv')}</button>
      </div>
      <p class="zwgk-summary" part="summary" role="status">${this.searching ? this.msg(messages, 'searching') : narrowing ? this.msg(messages, 'results', count) : this.msg(messages, 'total', count)}</p>
      ${count === 0 && !this.searching
        ? html`<div class="zwgk-no-results">
            <p>${this.msg(messages, 'noResults')}</p>
            <p>${this.msg(messages, 'noResultsHint')}</p>
            <button type="button" @click=${() => this.clearFilters()}>${this.msg(messages, 'clearFilters')}</button>
          </div>`
        : nothing}`;
  }

  private renderTree() {
    if (!this.rows.length) return nothing;
    const overscan = OVERSCAN * this.rowHeight;
    // A static page (zwgk render) has no scrolling window: every row is in its markup.
    const first = staticRender.active ? 0 : this.layout.rowAt(Math.max(0, this.scrollOffset - overscan));
    const last = staticRender.active ? this.rows.length : Math.min(this.rows.length, this.layout.rowAt(this.scrollOffset + this.viewportHeight + overscan) + 1);
    // Matches are marked once the search has answered (no search, no results to mark).
    const terms = this.search?.queryTerms(this.query) ?? [];
    // The active (tabbable) row is always rendered, in its real place even when scrolled out of
    // view, so Tab reaches it and scrolling never takes it away. Rows are matched to nodes by
    // position (lit's keyed repeat leaks a marker per removed row, lit#5298); restoreFocus() keeps
    // focus on the node that shows the active row.
    const slice: number[] = [];
    if (this.activeIndex < first) slice.push(this.activeIndex);
    for (let i = first; i < last; i++) slice.push(i);
    if (this.activeIndex >= last) slice.push(this.activeIndex);
    const total = this.layout.top(this.rows.length);
    return html`<div class="zwgk-viewport" @scroll=${this.onScroll}>
      <div role="tree" part="tree" aria-label=${this.msg(messages, 'treeLabel')} class="zwgk-tree" @keydown=${this.onKeydown}
        @focusin=${() => (this.treeFocused = true)} @focusout=${this.onTreeFocusOut}
        ${cssProps({ 'padding-top': `${this.layout.top(first)}px`, 'padding-bottom': `${Math.max(0, total - this.layout.top(last))}px` })}>
        ${slice.map((index) => this.renderRow(index, terms, index < first || index >= last))}
      </div>
    </div>`;
  }

  private renderRow(index: number, terms: string[], detached: boolean) {
    const { node, position, siblings } = this.rows[index]!;
    const label = (this.search?.highlightParts(node.label, terms) ?? [{ text: node.label, match: false }]).map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));
    const place = cssProps({
      'padding-inline-start': rowIndent(node.depth),
      top: detached ? `${this.layout.top(index)}px` : undefined,
    });
    const tabindex = index === this.activeIndex ? 0 : -1;
    const classes = `zwgk-row zwgk-${node.kind}${detached ? ' zwgk-detached' : ''}`;
    if (node.item) {
      const selected = node.item.id === this.selectedId;
      const href = this.itemHref(node.item);
      return html`<a role="treeitem" part="row" class=${classes} href=${href} data-index=${index} tabindex=${tabindex}
        aria-level=${node.depth} aria-posinset=${position} aria-setsize=${siblings} aria-selected=${selected ? 'true' : 'false'}
        ${place} @click=${(e: MouseEvent) => this.onRowClick(e, index)} @focus=${() => this.onRowFocus(index)}>
        <span class="zwgk-label">${label}</span>${node.item.mode === '依申请' ? html`<span class="zwgk-tag">依申请</span>` : nothing}
        ${this.statusTag(node.item)}
      </a>`;
    }
    const open = this.expanded.has(node.key);
    const empty = !expandable(node) && node.count === 0;
    return html`<div role="treeitem" part="row" class=${classes} data-index=${index} tabindex=${tabindex}
      aria-level=${node.depth} aria-posinset=${position} aria-setsize=${siblings} aria-expanded=${empty ? nothing : open ? 'true' : 'false'}
      aria-busy=${node.pending && open ? 'true' : nothing} aria-selected="false" ${place} @click=${(e: MouseEvent) => this.onRowClick(e, index)} @focus=${() => this.onRowFocus(index)}>
      <span class="zwgk-twisty" aria-hidden="true">${empty ? '' : open ? '▾' : '▸'}</span>
      <span class="zwgk-label">${label}</span>
      <span class="zwgk-count">${this.searching ? '' : empty ? this.msg(messages, 'empty') : node.unknownCount ? this.msg(messages, 'notLoaded') : this.msg(messages, 'itemCount', node.count)}</span>
    </div>`;
  }

  private onTreeFocusOut(event: FocusEvent): void {
    // A row node re-rendered away while focused (newer cores fire focusout as it goes) is not the reader leaving.
    if (this.rendering || !(event.target as Node).isConnected) return;
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.querySelector('.zwgk-tree')?.contains(next)) this.treeFocused = false;
  }

  /**
   * After a render that moved rows between nodes (scrolling), or removed the focused node: focus goes
   * to the node now showing the active row, within the same task, so it is never seen elsewhere.
   */
  private restoreFocus(): void {
    if (!this.treeFocused) return;
    const focused = document.activeElement as HTMLElement | null;
    const inTree = !!focused && focused.classList.contains('zwgk-row') && this.contains(focused);
    if (inTree && Number(focused.dataset['index']) === this.activeIndex) return;
    if (inTree || !focused || focused === document.body) this.rowElement(this.activeIndex)?.focus({ preventScroll: true });
  }

  /** A row took focus (Tab, a click, a script): it becomes the active row and is brought fully into view. */
  private onRowFocus(index: number): void {
    // Set here, not only on focusin: the re-render this focus causes runs before focusin is dispatched.
    this.treeFocused = true;
    this.activeIndex = index;
    this.scrollRowIntoView(index);
  }

  /**
   * Loads the item's standard (item-detail.ts) once. With `wait` (a detail is shown) `updateComplete`
   * waits for it, and the detail shows the item's name and 正在加载 meanwhile; a preload is waited
   * for by nothing, so that no focus move or selection waits on the network. A failed load says so
   * in the detail (browsers keep a failed module import failed until the page is loaded again).
   */
  private loadDetail(wait: boolean): void {
    this.detailLoad ??= import('./item-detail.js').then((module) => (this.itemDetail = module), () => (this.detailFailed = true));
    // Its optional parts (item-extras.ts, which it imports) in parallel, not one round trip after it.
    this.loadExtras(false);
    if (wait && !this.detailAwaited) {
      this.detailAwaited = true;
      this.waitFor(this.detailLoad);
    }
  }

  /** Loads the tree's optional parts (item-extras.ts) once; with `wait`, `updateComplete` waits for them (see loadDetail). */
  private loadExtras(wait = true): void {
    // Not there (offline): the parts it brings stay out, as before it arrives; nothing is thrown at the page.
    this.extrasLoad ??= import('./item-extras.js').then((module) => (this.extras = module), () => undefined);
    if (wait && !this.extrasAwaited) {
      this.extrasAwaited = true;
      this.waitFor(this.extrasLoad);
    }
  }

  /**
   * Once the tree has painted its data, in idle time: an item's standard and its optional parts
   * (with the list of 更新记录), so that a reader's first choice shows at once.
   */
  private preload(): void {
    if (this.preloading) return;
    this.preloading = true;
    whenIdle(() => this.isConnected && this.loadDetail(false));
  }

  /** Loads the filter panel's controls (filter-panel.ts) once the data shows (see renderToolbar); tried again on the next render if it failed. */
  private loadFilterPanel(): void {
    if (this.filterPanelRequested) return;
    this.filterPanelRequested = true;
    this.waitFor(import('./filter-panel.js').then((module) => (this.filterPanel = module), () => (this.filterPanelRequested = false)));
  }

  /** 已撤销 or 已失效 beside an item's name. */
  private statusTag(item: CatalogueItem) {
    return item.status === 'active' ? nothing : html`<span class="zwgk-tag zwgk-muted">${this.msg(messages, item.status)}</span>`;
  }

  private renderDetail(data: Catalogue, item: CatalogueItem | undefined) {
    if (!item) return html`<div class="zwgk-detail zwgk-empty" part="detail"><p>${this.msg(messages, 'detailEmpty')}</p></div>`;
    this.loadDetail(true);
    const detail = this.itemDetail;
    // The item's chunk (a chunked catalogue) or the detail's module is still on its way: its name says what is coming.
    if (!detail || this.chunked?.chunkOf(item)) {
      const failed = !detail && this.detailFailed;
      return html`<div class="zwgk-detail zwgk-empty" part="detail" aria-busy=${failed ? nothing : 'true'}>
        <div role="heading" aria-level=${this.headingLevel} class="zwgk-detail-title">${item.name}</div>
        <p>${this.msg(messages, failed ? 'detailFailed' : 'loadingItem')}</p></div>`;
    }
    return detail.renderItemDetail(data, item, {
      locale: this.locale, headingLevel: this.headingLevel, posterUrl: this.posterUrl, uid: (local: string) => this.uid(local),
      ownCatalogue: this.src || this.catalogue !== undefined ? data : undefined,
      statusTag: (shown) => this.statusTag(shown),
      host: this,
      backToList: () => this.backToList(),
      request: (shown) => this.requestItem(shown),
      treeText: (key) => this.msg(messages, key),
      basisText,
    });
  }

  private renderPrintTable(data: Catalogue) {
    return html`<table class="zwgk-print-table">
      <caption>${data.title}（${formatDate(data.updatedAt, this.locale)}）</caption>
      <thead><tr>${TABLE_HEADERS.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${tableRows(this.shownItems, data).map((cells) => html`<tr>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
    </table>`;
  }
}

/** Whether a node can be opened: it has children, or items in chunks not loaded yet. */
const expandable = (node: TreeNode): boolean => node.children.length > 0 || !!node.pending;

/** Filters on what only a whole item has (the search index lists domain, 事项, path and name). */
const needsWholeItems = (filters: TreeFilters): boolean =>
  !!(filters.levels.length || filters.modes.length || filters.audiences.length || filters.channels.length || filters.agencies.length);

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-catalogue-tree': ZwgkCatalogueTree;
  }
}
