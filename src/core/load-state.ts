/**
 * The loading and error views every element shows while it has no catalogue to render. An error
 * is never a blank box: a readable sentence for citizens, and a details list for site editors.
 * Also the rules of the 离线数据 notice above a catalogue shown from the browser's last good copy
 * (its code, offline-notice.ts, is loaded only when such a copy is shown).
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { scope } from './light-dom.js';
import type { CatalogueState } from '../catalogue/context.js';
import type { CatalogueError } from '../catalogue/problems.js';
import { defineMessages, translate, type Locale } from './i18n.js';

export const loadStateMessages = defineMessages({
  'zh-CN': {
    loading: '正在加载政务公开目录…',
    waiting: '正在等待目录数据…',
    networkTitle: '暂时无法加载政务公开目录',
    dataTitle: '政务公开目录数据有误，暂时无法显示',
    details: (count: number) => `技术详情（供网站编辑，共 ${count} 处）`,
    root: '（整个文件）',
    retry: '重试',
    contact: '如需帮助，请联系本网站管理员。',
  },
  en: {
    loading: 'Loading the disclosure catalogue…',
    waiting: 'Waiting for catalogue data…',
    networkTitle: 'The disclosure catalogue could not be loaded',
    dataTitle: 'The disclosure catalogue has errors and cannot be shown',
    details: (count: number) => `Technical details for site editors (${count})`,
    root: '(whole file)',
    retry: 'Try again',
    contact: 'If you need help, contact the site administrator.',
  },
});

/** The loading and error views' rules, for the element registered as `tag`. */
export function loadStateStyles(tag: string): CSSResult {
  const { body } = scope(tag);
  return css`
${body} .zwgk-status{padding:var(--_zwgk-space-m) var(--_zwgk-space-l);color:var(--_zwgk-color-text-muted);background:var(--_zwgk-color-surface);border-radius:var(--_zwgk-radius)}
${body} .zwgk-error{padding:var(--_zwgk-space-l);color:var(--_zwgk-color-text);background:var(--_zwgk-color-danger-bg);border:2px solid var(--_zwgk-color-danger);border-radius:var(--_zwgk-radius)}
${body} .zwgk-error-title{display:block;margin:0 0 var(--_zwgk-space-s);font-size:1.125em;font-weight:700;color:var(--_zwgk-color-danger)}
${body} .zwgk-error p{margin:0 0 var(--_zwgk-space-s)}
${body} .zwgk-error summary,${body} .zwgk-offline summary{display:list-item;cursor:pointer}
${body} .zwgk-error ul,${body} .zwgk-offline ul{margin:var(--_zwgk-space-s) 0 0;padding-inline-start:1.5em}
${body} .zwgk-error code,${body} .zwgk-offline code{font-family:ui-monospace,Consolas,monospace;word-break:break-all}
${body} .zwgk-error button,${body} .zwgk-offline button{margin-top:var(--_zwgk-space-s);min-height:44px;padding:0 var(--_zwgk-space-l);color:var(--_zwgk-color-primary-contrast);background:var(--_zwgk-color-primary);border:0;border-radius:var(--_zwgk-radius);cursor:pointer}
${body} .zwgk-offline{margin:0 0 var(--_zwgk-space-m);padding:var(--_zwgk-space-m) var(--_zwgk-space-l);color:var(--_zwgk-color-text);background:var(--_zwgk-color-warning-bg);border-inline-start:6px solid var(--_zwgk-color-warning);border-radius:var(--_zwgk-radius)}
${body} .zwgk-offline p,${body} .zwgk-offline button{margin:0 0 var(--_zwgk-space-s)}
${body} .zwgk-offline-mark{display:inline-block;margin-inline-end:var(--_zwgk-space-s);padding:0 var(--_zwgk-space-s);font-weight:700;color:var(--_zwgk-color-warning);border:2px solid currentColor;border-radius:var(--_zwgk-radius)}
${body} .zwgk-offline button[aria-disabled='true']{cursor:progress}
@media print{${body} .zwgk-offline button,${body} .zwgk-offline details{display:none!important}}
`;
}

/** The 离线数据 notice's code (offline-notice.ts), there once a saved copy is about to be shown. */
let offlineNotice: typeof import('./offline-notice.js') | undefined;

/**
 * Loads the 离线数据 notice. The catalogue controller waits for it before it shows a saved copy
 * (`prepareOffline`), so that no copy is ever on screen without its mark; pages whose catalogue
 * loads never fetch it.
 */
export function loadOfflineNotice(): Promise<unknown> {
  return import('./offline-notice.js').then((module) => (offlineNotice = module));
}

/** The 离线数据 notice when `state` is this browser's last good copy, else nothing. */
export function renderOffline(state: CatalogueState, locale: Locale, onRetry: () => void): TemplateResult | typeof nothing {
  return state.status === 'ready' && state.offline && offlineNotice ? offlineNotice.renderOfflineNotice(state.offline, state.catalogue.updatedAt, locale, onRetry) : nothing;
}

/** One problem of a failed load, for the details list of site editors. */
export function problemLine(problem: CatalogueError, locale: Locale): TemplateResult {
  return html`<li><code>${problem.path || translate(loadStateMessages, locale, 'root')}</code>: ${problem.message[locale]}</li>`;
}

/**
 * Renders the state when it is not `ready`; returns `nothing` when it is, so callers write
 * `renderLoadState(...) ?? ` style fallbacks without branching on every status. `quiet`: the page
 * already shows content (its fallback, or a pre-rendered copy), so the loading line is only
 * announced, not drawn, and nothing moves when the element upgrades.
 */
export function renderLoadState(state: CatalogueState, locale: Locale, onRetry?: () => void, quiet = false): TemplateResult | typeof nothing {
  type PlainKey = 'loading' | 'waiting' | 'networkTitle' | 'dataTitle' | 'retry' | 'contact';
  const t = (key: PlainKey) => translate(loadStateMessages, locale, key);
  switch (state.status) {
    case 'ready':
      return nothing;
    case 'idle':
      // No source yet, and the page's own content on screen (a copy from `zwgk render` on a page
      // without a catalogue, or a fallback waiting for a provider): nothing to announce.
      if (quiet) return nothing;
      return html`<div class="zwgk-status" part="status" role="status">${t('waiting')}</div>`;
    case 'loading':
      return html`<div class="zwgk-status ${quiet ? 'zwgk-visually-hidden' : ''}" part="status" role="status" aria-busy="true">${t('loading')}</div>`;
    case 'error': {
      const network = state.errors.some((e) => e.kind === 'network');
      return html`<div class="zwgk-error" part="error" role="alert">
        <h2 class="zwgk-error-title">${network ? t('networkTitle') : t('dataTitle')}</h2>
        <p>${state.errors[0]?.message[locale]}</p>
        <p>${t('contact')}</p>
        <details>
          <summary>${translate(loadStateMessages, locale, 'details', state.errors.length)}</summary>
          <ul>${state.errors.map((problem) => problemLine(problem, locale))}</ul>
        </details>
        ${network && onRetry ? html`<button type="button" part="retry" @click=${onRetry}>${t('retry')}</button>` : nothing}
      </div>`;
    }
  }
}
