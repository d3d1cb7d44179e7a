/**
 * The look the list-and-detail elements share (policy list, responses, negative list, records,
 * consultations, poster): cards, field lists, 有效性-style badges, buttons, the search-and-filter
 * bar and the pager. Class names only, never bare tags, so that an element nested inside another
 * (a policy card opened inside the policy list) keeps its own rules: the outer element's rules
 * reach the inner one's nodes only through these shared classes, whose declarations are the same.
 */
import { css, type CSSResult } from 'lit';
import { scope } from './light-dom.js';

export function uiStyles(tag: string): CSSResult {
  const { body } = scope(tag);
  return css`
    ${body} .zwgk-title { display: block; margin: 0 0 var(--_zwgk-space-s); font-size: 1.25em; font-weight: 700; line-height: 1.5; }
    ${body} .zwgk-sub { display: block; margin: var(--_zwgk-space-m) 0 var(--_zwgk-space-s); font-size: 1.1em; font-weight: 700; }
    ${body} .zwgk-para { display: block; margin: 0 0 var(--_zwgk-space-s); }
    ${body} .zwgk-meta { color: var(--_zwgk-color-text-muted); }
    ${body} .zwgk-card { display: block; margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-l); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); background: var(--_zwgk-color-bg); }
    ${body} .zwgk-plain { display: block; margin: 0; padding: 0; list-style: none !important; }
    ${body} .zwgk-bullets { display: block; margin: 0 0 var(--_zwgk-space-s); padding-inline-start: 1.5em; }
    ${body} .zwgk-fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--_zwgk-space-xs) var(--_zwgk-space-l); margin: 0 0 var(--_zwgk-space-m); }
    ${body} .zwgk-fields > dt { font-weight: 700; }
    ${body} .zwgk-fields > dd { margin: 0; min-width: 0; }
    ${body} .zwgk-badge { display: inline-block; margin-inline-start: var(--_zwgk-space-s); padding: 0 var(--_zwgk-space-s); border: 2px solid currentColor; border-radius: var(--_zwgk-radius); font-size: var(--_zwgk-font-size-small); font-weight: 700; line-height: 1.6; vertical-align: middle; }
    ${body} .zwgk-badge.zwgk-ok { color: var(--_zwgk-color-success); }
    ${body} .zwgk-badge.zwgk-info { color: var(--_zwgk-color-primary); }
    ${body} .zwgk-badge.zwgk-notice { color: var(--_zwgk-color-warning); }
    ${body} .zwgk-badge.zwgk-ended { color: var(--_zwgk-color-bg); background: var(--_zwgk-color-danger); border-color: var(--_zwgk-color-danger); }
    ${body} .zwgk-badge.zwgk-quiet { color: var(--_zwgk-color-text-muted); }
    ${body} .zwgk-notice { display: block; margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-s) var(--_zwgk-space-m); color: var(--_zwgk-color-warning); background: var(--_zwgk-color-warning-bg); border-inline-start: 6px solid var(--_zwgk-color-warning); }
    ${body} .zwgk-alert { display: block; margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-m); font-weight: 700; color: var(--_zwgk-color-danger); background: var(--_zwgk-color-danger-bg); border-inline-start: 6px solid var(--_zwgk-color-danger); }
    ${body} .zwgk-button { display: inline-flex; align-items: center; justify-content: center; min-height: 44px; min-width: 44px; padding: 0 var(--_zwgk-space-l); color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-primary); border-radius: var(--_zwgk-radius); cursor: pointer; text-align: center; }
    ${body} .zwgk-button.zwgk-primary { color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); }
    ${body} .zwgk-button[aria-disabled='true'] { color: var(--_zwgk-color-text-muted); border-color: var(--_zwgk-color-border); cursor: default; }
    ${body} .zwgk-controls { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--_zwgk-space-m) var(--_zwgk-space-l); margin: 0 0 var(--_zwgk-space-m); }
    ${body} .zwgk-control { display: flex; flex-direction: column; gap: var(--_zwgk-space-xs); min-width: 0; max-width: 100%; font-weight: 700; }
    ${body} .zwgk-control.zwgk-wide { flex: 1 1 16em; }
    ${body} .zwgk-input { display: block; min-height: 44px; width: 100%; max-width: 100%; padding: 0 var(--_zwgk-space-s); font-weight: 400; color: var(--_zwgk-color-text); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
    ${body} .zwgk-hint { display: block; font-weight: 400; font-size: var(--_zwgk-font-size-small); color: var(--_zwgk-color-text-muted); }
    ${body} .zwgk-count { display: block; margin: 0 0 var(--_zwgk-space-m); font-weight: 700; }
    ${body} .zwgk-pager { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_zwgk-space-m); margin: var(--_zwgk-space-m) 0; }
    ${body} .zwgk-link-button { display: inline; padding: 0; min-height: 0; color: var(--_zwgk-color-primary); background: none; border: 0; text-decoration: underline !important; cursor: pointer; }
    @media print {
      ${body} .zwgk-controls, ${body} .zwgk-pager, ${body} .zwgk-button, ${body} .zwgk-no-print { display: none !important; }
      ${body} .zwgk-card { break-inside: avoid; }
    }
  `;
}
