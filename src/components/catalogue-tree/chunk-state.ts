/**
 * What a tree showing a chunked catalogue (format 1.1) says about its files: which failed (a
 * readable message and 重试) and what is still loading for a search or a filter. Loaded with the
 * chunked catalogue's own module (chunked-catalogue.ts), the first time a tree is given one; a
 * whole catalogue never needs it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ChunkedCatalogue } from '../../catalogue/chunked-catalogue.js';
import { defineMessages, translate, type Locale } from '../../core/i18n.js';

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
