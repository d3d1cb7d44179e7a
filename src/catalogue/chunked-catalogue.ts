/**
 * A chunked catalogue (chunks.ts) as a view works with it: the index arrives first and is shown
 * at once (its domains, with the counts `itemChunks` promise); the search index file follows
 * (loaded when the view asks, typically in idle time after the first paint) and stands in for
 * every item not yet loaded with a placeholder that carries what the tree lists and finds an
 * item by (id, domain, 事项, path, name, order); the chunk files are loaded when a view opens or
 * shows their items, and each one is validated as it arrives (chunk-loader.ts). A chunk that
 * fails is reported and its placeholders stay: the rest keeps working, and `retry` loads it again.
 *
 * Memory follows what was opened: whole items exist only for loaded chunks; a placeholder
 * shares its strings with the search index. Filling a placeholder in place (it becomes the item)
 * keeps the working catalogue's identity, so views do not lay themselves out again per chunk.
 * One instance per index object (`chunkedCatalogueOf`), shared by every element on the page.
 */
import type { Catalogue, CatalogueItem, ItemChunkRef, SearchIndexDocument } from './schema.js';
import { type CatalogueError, type CatalogueWarning, error } from './problems.js';
import { loadItemChunk } from './chunk-loader.js';
import { DEFAULT_TIMEOUT_MS, catalogueUrl, fetchText, resolveCatalogueUrl } from './loader.js';
import { parseJson } from './quick-validate.js';
import { NORMALIZATION, normalize } from './search-text.js';

/** A chunk (or the search index) that could not be used: shown by the view, with 重试. */
export interface ChunkFailure {
  /** The chunk's id in `itemChunks`, or '' for the search index file. */
  readonly chunkId: string;
  /** The file's absolute URL. */
  readonly source: string;
  readonly errors: readonly CatalogueError[];
  readonly warnings: readonly CatalogueWarning[];
}

export interface ChunkedOptions {
  /** Milliseconds before a chunk's fetch is abandoned. */
  timeout?: number;
}

/** Marks an item that is only a placeholder from the search index (its chunk is not loaded). */
const PLACEHOLDER = Symbol('zwgk-placeholder');

/** A placeholder item: what the search index says, and empty lists where an item has lists (so code reading them never breaks). */
function placeholder(search: SearchIndexDocument, i: number, chunk: number): CatalogueItem {
  return {
    id: search.ids[i]!, domainId: search.domainIds[i]!, matter: search.matters[i]!, name: search.names[i]!,
    ...(search.paths[i]!.length ? { path: search.paths[i]! } : {}),
    ...(search.orders[i] ? { order: search.orders[i]! } : {}),
    content: '', basis: [], subjectIds: [], channels: [], levels: [], timeLimit: { text: '' },
    [PLACEHOLDER]: chunk,
  } as unknown as CatalogueItem;
}

/** The parallel lists a search index must have, one entry per item. */
const SEARCH_LISTS = ['ids', 'chunks', 'domainIds', 'matters', 'paths', 'names', 'orders', 'texts'] as const;

/** Whether `data` can serve as the search index of `index`: the lists, their lengths, the catalogue version. */
function usableSearchIndex(index: Catalogue, data: unknown): data is SearchIndexDocument {
  if (!data || typeof data !== 'object') return false;
  const search = data as Record<string, unknown>;
  const count = index.searchIndex?.itemCount;
  const lists = SEARCH_LISTS.map((name) => search[name]);
  return search['catalogueVersion'] === index.version && lists.every((list) => Array.isArray(list) && list.length === (count ?? (lists[0] as unknown[]).length));
}

const instances = new WeakMap<Catalogue, ChunkedCatalogue>();

/** The one ChunkedCatalogue of a chunked index (its `itemChunks` non-empty). */
export function chunkedCatalogueOf(index: Catalogue, options: ChunkedOptions = {}): ChunkedCatalogue {
  let chunked = instances.get(index);
  if (!chunked) instances.set(index, (chunked = new ChunkedCatalogue(index, options)));
  return chunked;
}

export class ChunkedCatalogue {
  /**
   * The catalogue a view shows: the index with the items known so far (its own, the loaded
   * chunks', placeholders for the rest once the search index is in), in catalogue order. A new
   * object when items are added; the same one when a placeholder turns into its item.
   */
  catalogue: Catalogue;
  /** Bumped on every change (a chunk loaded or failed, the search index in): views re-render. */
  revision = 0;
  /** The search index's folded texts, one per item of `catalogue`, once it is loaded (the tree's search replaces each by an equal view into its own joined text). */
  texts?: string[];
  /** What could not be loaded, newest last; a retried file leaves the list. */
  failures: ChunkFailure[] = [];

  private readonly refs: readonly ItemChunkRef[];
  private readonly loaded = new Map<string, readonly CatalogueItem[]>();
  private readonly pending = new Map<string, Promise<void>>();
  private searchIndex?: SearchIndexDocument;
  private searchPending?: Promise<void>;
  private placeholders?: CatalogueItem[];
  private readonly listeners = new Set<() => void>();

  constructor(readonly index: Catalogue, private readonly options: ChunkedOptions = {}) {
    this.refs = index.itemChunks ?? [];
    this.catalogue = { ...index, items: [...index.items] };
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get hasSearchIndex(): boolean {
    return this.searchIndex !== undefined;
  }

  /** Whether the search index file is on its way. */
  get searchIndexLoading(): boolean {
    return this.searchPending !== undefined;
  }

  /** Whether every chunk is loaded (items of failed chunks are missing). */
  get complete(): boolean {
    return this.refs.every((ref) => this.loaded.has(ref.id));
  }

  isLoading(chunkId: string): boolean {
    return this.pending.has(chunkId);
  }

  /** The chunk `item` is a placeholder of, if it is one (only a placeholder's id, domain, 事项, path, name and order are real). */
  chunkOf(item: CatalogueItem): string | undefined {
    const chunk = (item as unknown as Record<symbol, number | undefined>)[PLACEHOLDER];
    return chunk === undefined ? undefined : this.refs[chunk]?.id;
  }

  /**
   * The chunks to load to show `domainId` whole: those that list it, those that do not say
   * which domains they hold (chunks by jurisdiction) unless the search index says they have
   * none of it. Loaded ones are left out.
   */
  chunksOfDomain(domainId: string): string[] {
    const search = this.searchIndex;
    const inSearch = search && new Set(search.chunks.filter((_, i) => search.domainIds[i] === domainId));
    return this.refs
      .filter((ref, r) => !this.loaded.has(ref.id) && (ref.domainIds ? ref.domainIds.includes(domainId) : !inSearch || inSearch.has(r)))
      .map((ref) => ref.id);
  }

  /**
   * Items of `domainId` not in `catalogue` yet, as far as the index can tell (chunks listing only
   * that domain); undefined when it cannot. Zero once the search index is in: its placeholders count.
   */
  missingCount(domainId: string): number | undefined {
    if (this.searchIndex) return 0;
    let count = 0;
    for (const ref of this.refs) {
      if (this.loaded.has(ref.id)) continue;
      if (!ref.domainIds) return undefined;
      if (ref.domainIds.includes(domainId)) {
        if (ref.domainIds.length > 1) return undefined;
        count += ref.itemCount;
      }
    }
    return count;
  }

  /** Loads the search index file, once (a failure is recorded, and retried by `retry`). */
  loadSearchIndex(): Promise<void> {
    const ref = this.index.searchIndex;
    if (!ref || this.searchIndex) return Promise.resolve();
    if (this.searchPending) return this.searchPending;
    const href = resolveCatalogueUrl(ref.url, catalogueUrl(this.index));
    this.searchPending = fetchText(href, this.options.timeout ?? DEFAULT_TIMEOUT_MS).then((text) => {
      if (typeof text !== 'string') {
        this.fail({ chunkId: '', source: href, errors: text.ok ? [] : text.errors, warnings: [] });
        return;
      }
      const data = parseJson(text)?.data;
      if (!usableSearchIndex(this.index, data)) {
        this.fail({
          chunkId: '', source: href, warnings: [],
          errors: [error('schema', '', 'bad-search-index', '检索索引文件与目录不符或已损坏：搜索只覆盖已加载的部分（请用 zwgk split 重新生成）', 'the search index file does not match the catalogue or is damaged: search covers only what is loaded (regenerate it with zwgk split)')],
        });
        return;
      }
      this.useSearchIndex(data);
    }).finally(() => (this.searchPending = undefined));
    return this.searchPending;
  }

  /** Loads the chunks `chunkIds` (loaded and loading ones are skipped); resolves when each has loaded or failed. */
  load(chunkIds: Iterable<string>): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const id of chunkIds) {
      // A failed chunk waits for retry(): views ask again on every render.
      if (this.loaded.has(id) || this.failures.some((f) => f.chunkId === id)) continue;
      let pending = this.pending.get(id);
      if (!pending) {
        pending = this.fetchChunk(id);
        this.pending.set(id, pending);
      }
      waits.push(pending);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** Loads every chunk not loaded yet (what a filter on fields the search index lacks, or an export, needs). */
  loadAll(): Promise<void> {
    return this.load(this.refs.map((ref) => ref.id));
  }

  /** Loads what holds `items` (placeholders' chunks): before exporting or printing them. */
  loadItems(items: readonly CatalogueItem[]): Promise<void> {
    const ids = new Set<string>();
    for (const item of items) {
      const chunk = this.chunkOf(item);
      if (chunk !== undefined) ids.add(chunk);
    }
    return this.load(ids);
  }

  /** Forgets the failures and loads those files again (重试). */
  retry(): Promise<void> {
    const failed = this.failures;
    this.failures = [];
    this.changed();
    return Promise.all([
      failed.some((f) => f.chunkId === '') ? this.loadSearchIndex() : undefined,
      this.load(failed.filter((f) => f.chunkId !== '').map((f) => f.chunkId)),
    ]).then(() => undefined);
  }

  private async fetchChunk(id: string): Promise<void> {
    const result = await loadItemChunk(this.index, id, { timeout: this.options.timeout });
    this.pending.delete(id);
    const ref = this.refs.find((r) => r.id === id)!;
    if (!result.ok) {
      this.fail({ chunkId: id, source: resolveCatalogueUrl(ref.url, catalogueUrl(this.index)), errors: result.errors, warnings: result.warnings });
      return;
    }
    this.loaded.set(id, result.chunk.items);
    if (result.chunk.positions) this.chunkPositions.set(id, result.chunk.positions);
    this.place(this.refs.indexOf(ref), result.chunk.items, result.chunk.positions);
    this.changed();
  }

  private fail(failure: ChunkFailure): void {
    this.failures = [...this.failures.filter((f) => f.chunkId !== failure.chunkId), failure];
    this.changed();
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }

  /** Puts a loaded chunk's items in their places: over their placeholders, or (no search index yet) among the known items. */
  private place(chunk: number, items: readonly CatalogueItem[], positions: readonly number[] | undefined): void {
    const placeholders = this.placeholders;
    if (placeholders) {
      const at = positions ?? this.positionsOf(chunk);
      let moved = false;
      items.forEach((item, i) => {
        const slot = placeholders[at[i]!];
        if (!slot || this.chunkOf(slot) !== this.refs[chunk]!.id) return void (moved = true);
        moved ||= slot.id !== item.id || slot.domainId !== item.domainId || slot.matter !== item.matter || slot.name !== item.name
          || (slot.order ?? 0) !== (item.order ?? 0) || JSON.stringify(slot.path ?? []) !== JSON.stringify(item.path ?? []);
        // The placeholder becomes the item: same object, so every view's layout of the catalogue stays valid.
        delete (slot as unknown as Record<symbol, unknown>)[PLACEHOLDER];
        if (!item.path) delete (slot as { path?: unknown }).path;
        if (item.order === undefined) delete (slot as { order?: unknown }).order;
        Object.assign(slot, item);
      });
      // A search index that disagrees with its chunk (published apart): lay the catalogue out again.
      if (moved) this.catalogue = { ...this.catalogue, items: [...this.catalogue.items] };
      return;
    }
    this.catalogue = { ...this.index, items: this.joined() };
  }

  /** The known items without placeholders: the index's own, then each loaded chunk's, in catalogue order. */
  private joined(): CatalogueItem[] {
    const placed: { position: number; item: CatalogueItem }[] = [];
    let fallback = this.index.items.length;
    this.refs.forEach((ref) => {
      const items = this.loaded.get(ref.id);
      if (!items) return;
      items.forEach((item) => placed.push({ position: fallback++, item }));
    });
    // Chunks written by `zwgk split` say where each item stands; the order above is the fallback.
    const positions = new Map<CatalogueItem, number>();
    for (const [id, items] of this.loaded) {
      const chunk = this.chunkPositions.get(id);
      if (chunk) items.forEach((item, i) => positions.set(item, chunk[i]!));
    }
    if (positions.size === placed.length) placed.sort((a, b) => positions.get(a.item)! - positions.get(b.item)!);
    return [...this.index.items, ...placed.map((p) => p.item)];
  }

  /** Where each loaded chunk's items stand in the whole catalogue, when its file says so. */
  private readonly chunkPositions = new Map<string, readonly number[]>();

  /** Positions of chunk `chunk`'s items by the search index (its items in file order). */
  private positionsOf(chunk: number): number[] {
    const out: number[] = [];
    this.searchIndex!.chunks.forEach((c, i) => c === chunk && out.push(i));
    return out;
  }

  private useSearchIndex(search: SearchIndexDocument): void {
    this.searchIndex = search;
    let own = 0;
    const items = search.ids.map((_, i) => {
      const chunk = search.chunks[i]!;
      return chunk < 0 ? (this.index.items[own++] ?? placeholder(search, i, chunk)) : placeholder(search, i, chunk);
    });
    this.placeholders = items;
    this.catalogue = { ...this.index, items };
    this.texts = search.normalization === NORMALIZATION ? search.texts : search.texts.map(normalize);
    // Chunks that arrived before the search index: over their placeholders now.
    this.refs.forEach((ref, r) => {
      const loaded = this.loaded.get(ref.id);
      if (loaded) this.place(r, loaded, this.chunkPositions.get(ref.id));
    });
    this.changed();
  }
}
