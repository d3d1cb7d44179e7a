/**
 * The notice above a catalogue shown from the browser's last good copy: marked 离线数据, with when
 * it was saved and the catalogue's own date, a retry button (it stays, saying so, while the new
 * attempt runs) and the reasons for site editors. Loaded only when such a copy is shown
 * (load-state.ts `loadOfflineNotice`); its rules are in load-state.ts with the other views'.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { OfflineCopy } from '../catalogue/context.js';
import { formatDate, formatDateTime } from './format.js';
import { defineMessages, translate, type Locale } from './i18n.js';
import { loadStateMessages, problemLine } from './load-state.js';

export const offlineMessages = defineMessages({
  'zh-CN': {
    offlineMark: '离线数据',
    offlineText: (saved: string, updated: string) => `暂时无法获取最新的政务公开目录，以下是本机于 ${saved} 保存的副本，可能不是最新内容（目录更新日期：${updated}）。`,
    retrying: '正在重新加载…',
    retryFailed: '重新加载仍未成功，请稍后再试。',
  },
  en: {
    offlineMark: 'Offline copy',
    offlineText: (saved: string, updated: string) => `The latest disclosure catalogue cannot be loaded right now. This is the copy saved on this device on ${saved}; it may be out of date (catalogue updated ${updated}).`,
    retrying: 'Loading again…',
    retryFailed: 'It still could not be loaded; try again later.',
  },
});

export function renderOfflineNotice(offline: OfflineCopy, updatedAt: string, locale: Locale, onRetry: () => void): TemplateResult {
  const t = (key: 'offlineMark' | 'retrying' | 'retryFailed') => translate(offlineMessages, locale, key);
  return html`<div class="zwgk-offline" part="offline" role="status">
    <p><strong class="zwgk-offline-mark">${t('offlineMark')}</strong>${translate(offlineMessages, locale, 'offlineText', formatDateTime(offline.savedAt, locale), formatDate(updatedAt, locale))}</p>
    ${offline.failures > 1 && !offline.retrying ? html`<p>${t('retryFailed')}</p>` : nothing}
    <button type="button" part="retry" aria-disabled=${offline.retrying ? 'true' : 'false'} @click=${() => offline.retrying || onRetry()}>${offline.retrying ? t('retrying') : translate(loadStateMessages, locale, 'retry')}</button>
    <details>
      <summary>${translate(loadStateMessages, locale, 'details', offline.errors.length)}</summary>
      <ul>${offline.errors.map((problem) => problemLine(problem, locale))}</ul>
    </details>
  </div>`;
}
