/**
 * A tree showing a chunked catalogue (format 1.1): which chunks to load for what the reader opened
 * or sees, what to report when a file fails, and what the tree says about its files (which failed,
 * with a readable message and 重试; what is still loading for a search or a filter). Loaded with
 * the chunked catalogue's own module (chunked-catalogue.ts), the first time a tree is given one;
 * a whole catalogue never needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { chunkedCatalogueOf, type ChunkedCatalogue, type ChunkFailure } from '../../catalogue/chunked-catalogue.js';
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { defineMessages, translate, type Locale } from '../../core/i18n.js';
import type { TreeNode } from './model.js';

/** A pause in typing this long, and the chunks of the rows in view are loaded. */
const TYPING_PAUSE_MS = 400;

/** What the tree tells its chunked catalogue's side, and hears back from it. */
export interface ChunkedTreeHost {
  /** The tree as it stands: its top rows, the open keys, and when the reader last typed. */
  view(): { roots: readonly TreeNode[]; expanded: ReadonlySet<string>; typedAt: number };
  /** The items of the rows drawn (read from the DOM: asked only once the reader pauses typing). */
  itemsDrawn(): readonly (CatalogueItem | undefined)[];
  /** The selected item (a search of the items: asked only while chunks are missing). */
  selected(): CatalogueItem | undefined;
  /** A chunk or the search index arrived or failed. */
  changed(revision: number): void;
  /** The search index is in: a link to an item in a chunk not loaded can be followed now. */
  searchIndexArrived(): void;
  /** A chunk or the search index file failed (the tree fires `zwgk-error`), once per failure. */
  failed(failure: ChunkFailure): void;
}

/** The chunked catalogue of a tree, and what the tree asks of it. */
export class ChunkedTree {
  readonly catalogue: ChunkedCatalogue;
  private readonly unsubscribe: () => void;
  private readonly reported = new Set<ChunkFailure>();
  private searchIndexSeen = false;
  private rowsInViewTimer = 0;

  constructor(index: Catalogue, timeout: number | undefined, private readonly host: ChunkedTreeHost) {
    const catalogue = (this.catalogue = chunkedCatalogueOf(index, { timeout }));
    this.unsubscribe = catalogue.subscribe(() => this.changed());
    this.changed();
  }

  private changed(): void {
    const { catalogue, host } = this;
    host.changed(catalogue.revision);
    if (catalogue.hasSearchIndex && !this.searchIndexSeen) {
      this.searchIndexSeen = true;
      host.searchIndexArrived();
    }
    for (const failure of catalogue.failures) {
      if (this.reported.has(failure)) continue;
      this.reported.add(failure);
      host.failed(failure);
    }
  }

  /**
   * Loads what the reader opened or sees: the chunks of expanded domains still pending, of
   * placeholder rows drawn, and of the selected item. Rows drawn wait while the reader is typing:
   * each keystroke shows other rows, and a chunk parsed and validated between two keystrokes
   * (tens of ms each) is a stall for results that are gone.
   */
  loadWhatIsShown(): void {
    const { catalogue } = this;
    if (catalogue.complete) return;
    const { host } = this;
    const { roots, expanded, typedAt } = host.view();
    const wanted = new Set<string>();
    const want = (item: CatalogueItem | undefined) => {
      const chunk = item && catalogue.chunkOf(item);
      if (chunk) wanted.add(chunk);
    };
    for (const root of roots) if (root.pending && expanded.has(root.key)) catalogue.chunksOfDomain(root.domain!.id).forEach((id) => wanted.add(id));
    const typing = TYPING_PAUSE_MS - (performance.now() - typedAt);
    clearTimeout(this.rowsInViewTimer);
    if (typing > 0) this.rowsInViewTimer = window.setTimeout(() => this.loadWhatIsShown(), typing);
    else host.itemsDrawn().forEach(want);
    want(host.selected());
    if (wanted.size) catalogue.load(wanted);
  }

  /** What the tree says about its files (see renderChunkState). */
  render(context: ChunkStateContext): TemplateResult {
    return renderChunkState(this.catalogue, context);
  }

  dispose(): void {
    clearTimeout(this.rowsInViewTimer);
    this.unsubscribe();
  }
}

const messages = defineMessages({
  'zh-CN': {
    loadingSearch: '正在载入检索索引，目前只搜索已加载的部分…',
    loadingAll: '正在加载全部目录分块以便筛选…',
    chunkFailed: (count: number) => `有 ${count} 个目录文件未能加载，其中的公开事项暂时无法显示详情；其余部分可正常使用：`,
    retry: '重试',
    moreErrors: (count: number) => `（另有 ${count} 处错误）`,
  },
  en: {
    loadingSearch: 'Loading the search index; searching only what is loaded so far…',
    loadingAll: 'Loading every part of the catalogue to filter it…',
    chunkFailed: (count: number) => `${count} ${count === 1 ? 'file' : 'files'} of the catalogue could not be loaded; their items cannot show details yet. The rest works:`,
    retry: 'Retry',
    moreErrors: (count: number) => ` (and ${count} more)`,
  },
});

export interface ChunkStateContext {
  readonly locale: Locale;
  /** A search is waiting for the search index (it covers only the loaded chunks meanwhile). */
  readonly searching: boolean;
  /** A filter is waiting for every chunk (it needs whole items). */
  readonly filtering: boolean;
}

export function renderChunkState(chunked: ChunkedCatalogue, { locale, searching, filtering }: ChunkStateContext): TemplateResult {
  const failures = chunked.failures;
  return html`${searching || (filtering && !failures.length) ? html`<p class="zwgk-hint" role="status">${translate(messages, locale, searching ? 'loadingSearch' : 'loadingAll')}</p>` : nothing}
    ${failures.length
      ? html`<div class="zwgk-chunk-error" part="error" role="alert">
          <p>${translate(messages, locale, 'chunkFailed', failures.length)}</p>
          <ul>${failures.map((failure) => {
            const first = failure.errors[0];
            const more = failure.errors.length > 1 ? translate(messages, locale, 'moreErrors', failure.errors.length - 1) : '';
            return html`<li>${failure.source.replace(/^.*\//, '')}${first ? html`：${first.path ? html`<code>${first.path}</code> ` : nothing}${first.message[locale]}${more}` : nothing}</li>`;
          })}</ul>
          <button type="button" class="zwgk-secondary" @click=${() => chunked.retry()}>${translate(messages, locale, 'retry')}</button>
        </div>`
      : nothing}`;
}
