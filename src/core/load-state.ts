/**
 * The loading and error views every element shows while it has no catalogue to render. An error
 * is never a blank box: a readable sentence for citizens, and a details list for site editors.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
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

export const loadStateStyles = css`
  .zwgk-status {
    padding: var(--zwgk-space-m) var(--zwgk-space-l);
    color: var(--zwgk-color-text-muted);
    background: var(--zwgk-color-surface);
    border-radius: var(--zwgk-radius);
  }
  .zwgk-error {
    padding: var(--zwgk-space-l);
    color: var(--zwgk-color-text);
    background: var(--zwgk-color-danger-bg);
    border: 2px solid var(--zwgk-color-danger);
    border-radius: var(--zwgk-radius);
  }
  .zwgk-error h2 {
    margin: 0 0 var(--zwgk-space-s);
    font-size: 1.125em;
    color: var(--zwgk-color-danger);
  }
  .zwgk-error p {
    margin: 0 0 var(--zwgk-space-s);
  }
  .zwgk-error ul {
    margin: var(--zwgk-space-s) 0 0;
    padding-inline-start: 1.5em;
  }
  .zwgk-error code {
    font-family: ui-monospace, Consolas, monospace;
    word-break: break-all;
  }
  .zwgk-error button {
    margin-top: var(--zwgk-space-s);
    min-height: 44px;
    padding: 0 var(--zwgk-space-l);
    color: var(--zwgk-color-primary-contrast);
    background: var(--zwgk-color-primary);
    border: 0;
    border-radius: var(--zwgk-radius);
    cursor: pointer;
  }
`;

function problemLine(problem: CatalogueError, locale: Locale): TemplateResult {
  return html`<li><code>${problem.path || translate(loadStateMessages, locale, 'root')}</code>: ${problem.message[locale]}</li>`;
}

/**
 * Renders the state when it is not `ready`; returns `nothing` when it is, so callers write
 * `renderLoadState(...) ?? ` style fallbacks without branching on every status.
 */
export function renderLoadState(state: CatalogueState, locale: Locale, onRetry?: () => void): TemplateResult | typeof nothing {
  type PlainKey = 'loading' | 'waiting' | 'networkTitle' | 'dataTitle' | 'retry' | 'contact';
  const t = (key: PlainKey) => translate(loadStateMessages, locale, key);
  switch (state.status) {
    case 'ready':
      return nothing;
    case 'idle':
      return html`<div class="zwgk-status" part="status" role="status">${t('waiting')}</div>`;
    case 'loading':
      return html`<div class="zwgk-status" part="status" role="status" aria-busy="true">${t('loading')}</div>`;
    case 'error': {
      const network = state.errors.some((e) => e.kind === 'network');
      return html`<div class="zwgk-error" part="error" role="alert">
        <h2>${network ? t('networkTitle') : t('dataTitle')}</h2>
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
