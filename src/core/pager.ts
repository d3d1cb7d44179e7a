/**
 * Previous / next paging for long lists (a 公示 list of 300 households, a county's policy library).
 * The buttons stay focusable at either end (`aria-disabled`, not `disabled`), so a reader who
 * pressed 下一页 onto the last page keeps focus on the button instead of dropping to `<body>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineMessages, translate, type Locale } from './i18n.js';

const messages = defineMessages({
  'zh-CN': {
    pages: '分页',
    pagesOf: (name: string) => `${name}分页`,
    previous: '上一页',
    next: '下一页',
    page: (page: number, count: number) => `第 ${page} / ${count} 页`,
  },
  en: {
    pages: 'Pages',
    pagesOf: (name: string) => `Pages of ${name}`,
    previous: 'Previous page',
    next: 'Next page',
    page: (page: number, count: number) => `Page ${page} of ${count}`,
  },
});

/** A 1-based page of `list`; `size` ≤ 0 means everything (print). */
export function pageOf<T>(list: readonly T[], page: number, size: number): { items: T[]; page: number; pageCount: number; first: number } {
  const pageCount = size > 0 ? Math.max(1, Math.ceil(list.length / size)) : 1;
  const current = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  const first = size > 0 ? (current - 1) * size : 0;
  return { items: size > 0 ? list.slice(first, first + size) : [...list], page: current, pageCount, first };
}

/** `of` names the list (政策文件, a 公示's title): two pagers on one page need different names. */
export function renderPager(page: number, pageCount: number, locale: Locale, go: (page: number) => void, of?: string): TemplateResult | typeof nothing {
  if (pageCount <= 1) return nothing;
  const t = (key: 'previous' | 'next') => translate(messages, locale, key);
  const button = (key: 'previous' | 'next', target: number, enabled: boolean) => html`<button
    type="button" class="zwgk-button" data-page=${key} aria-disabled=${enabled ? 'false' : 'true'}
    @click=${() => enabled && go(target)}>${t(key)}</button>`;
  return html`<nav class="zwgk-pager" part="pager" aria-label=${of ? translate(messages, locale, 'pagesOf', of) : translate(messages, locale, 'pages')}>
    ${button('previous', page - 1, page > 1)}
    <span>${translate(messages, locale, 'page', page, pageCount)}</span>
    ${button('next', page + 1, page < pageCount)}
  </nav>`;
}
