import { css, type CSSResult } from 'lit';
import { scope } from '../../core/light-dom.js';

/**
 * The map element's light-DOM rules (every selector after the `.zwgk-body` prefix, see
 * light-dom.ts). The current list item is marked by a real start border (kept, in the system's
 * colours, in forced-colors mode, where box shadows and backgrounds are dropped) as well as its
 * background; secondary text uses the small size token, never under 18 px in elder mode.
 */
export function disclosureMapStyles(tag: string): CSSResult {
  const { body: b } = scope(tag);
  return css`
${b} .zwgk-controls, ${b} .zwgk-fields, ${b} .zwgk-layout, ${b} .zwgk-map-footer { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-m) var(--_zwgk-space-l); }
${b} .zwgk-controls { margin-bottom: var(--_zwgk-space-m); }
${b} .zwgk-fields { align-items: flex-end; }
${b} fieldset { display: block; flex: 1 1 22em; min-width: 0; margin: 0; padding: var(--_zwgk-space-s) var(--_zwgk-space-m) var(--_zwgk-space-m); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
${b} legend, ${b} dt, ${b} .zwgk-name, ${b} .zwgk-summary, ${b} .zwgk-heading { font-weight: 700; }
${b} label { display: flex; flex-direction: column; gap: var(--_zwgk-space-xs); }
${b} select, ${b} button { min-height: 44px; max-width: 100%; padding: 0 var(--_zwgk-space-m); color: var(--_zwgk-color-text); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
${b} button { color: var(--_zwgk-color-primary); border-color: var(--_zwgk-color-primary); cursor: pointer; }
${b} button[aria-disabled='true'] { opacity: 0.6; cursor: progress; }
${b} .zwgk-hint, ${b} .zwgk-meta, ${b} .zwgk-attribution, ${b} .zwgk-catalogue-info { color: var(--_zwgk-color-text-muted); font-size: var(--_zwgk-font-size-small); }
${b} p { margin: 0; }
${b} .zwgk-hint, ${b} .zwgk-summary, ${b} .zwgk-attribution, ${b} dd, ${b} dd p, ${b} .zwgk-channel p { margin: var(--_zwgk-space-xs) 0; }
${b} .zwgk-catalogue-info { margin: var(--_zwgk-space-m) 0 0; }
${b} .zwgk-layout { align-items: flex-start; }
${b} .zwgk-map-column { position: relative; flex: 3 1 20em; min-width: 0; }
${b} .zwgk-list-column { flex: 2 1 18em; min-width: 0; }
${b} .zwgk-with-map .zwgk-list-column { max-height: var(--zwgk-map-list-height, 36em); overflow-y: auto; overscroll-behavior: contain; }
${b} .zwgk-map { display: block; height: 26em; height: var(--zwgk-map-height, min(26em, 70vh)); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); background: var(--_zwgk-color-surface); }
${b} .zwgk-map-status, ${b} .zwgk-skip { position: absolute; z-index: 1001; top: var(--_zwgk-space-s); left: var(--_zwgk-space-s); margin: 0; padding: var(--_zwgk-space-xs) var(--_zwgk-space-s); background: var(--_zwgk-color-bg); }
${b} .zwgk-skip:not(:focus) { clip: rect(0 0 0 0); width: 1px; height: 1px; min-height: 0; overflow: hidden; }
${b} .zwgk-map-footer { align-items: center; justify-content: space-between; }
${b} .zwgk-note { flex: 1 1 100%; margin: 0; padding: var(--_zwgk-space-m) var(--_zwgk-space-l); color: var(--_zwgk-color-text); background: var(--_zwgk-color-warning-bg); border-left: 4px solid var(--_zwgk-color-warning); }
${b} .zwgk-note button { margin: 0 var(--_zwgk-space-m); }
${b} .zwgk-heading { margin: var(--_zwgk-space-m) 0 var(--_zwgk-space-s); font-size: 1.125em; }
${b} ol.zwgk-points, ${b} ul.zwgk-channels { margin: 0; padding: 0; list-style: none !important; }
${b} .zwgk-point, ${b} .zwgk-channel { border-bottom: 1px solid var(--_zwgk-color-border); }
${b} .zwgk-point-button { display: flex; width: 100%; gap: var(--_zwgk-space-s); align-items: flex-start; padding: var(--_zwgk-space-s); color: var(--_zwgk-color-text); text-align: start; border: 0; border-inline-start: 4px solid transparent; border-radius: 0; }
${b} .zwgk-point-button:hover, ${b} .zwgk-selected .zwgk-point-button { background: var(--_zwgk-color-surface); }
${b} .zwgk-selected .zwgk-point-button { border-inline-start-color: var(--_zwgk-color-danger); }
${b} .zwgk-point-text { min-width: 0; }
${b} .zwgk-num { flex: none; min-width: 1.75em; line-height: 1.75em; text-align: center; font-size: var(--_zwgk-font-size-small); font-weight: 700; color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); border-radius: 0.875em; }
${b} .zwgk-selected .zwgk-num { background: var(--_zwgk-color-danger); }
${b} .zwgk-name { display: block; color: var(--_zwgk-color-primary); }
${b} .zwgk-meta { display: block; }
${b} .zwgk-detail, ${b} .zwgk-channel { display: block; padding: var(--_zwgk-space-s) var(--_zwgk-space-m) var(--_zwgk-space-m); }
${b} .zwgk-detail[hidden], ${b} .zwgk-qr.zwgk-broken { display: none; }
${b} dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0 var(--_zwgk-space-m); margin: 0; }
${b} dd { min-width: 0; }
${b} .zwgk-tag { margin-right: var(--_zwgk-space-m); padding: 0 var(--_zwgk-space-s); color: var(--_zwgk-color-success); border: 1px solid var(--_zwgk-color-success); border-radius: var(--_zwgk-radius); }
${b} .zwgk-qr { display: block; width: 8em; height: 8em; margin-top: var(--_zwgk-space-s); border: 1px solid var(--_zwgk-color-border); }
${b} .zwgk-popup p { margin: 0 0 var(--_zwgk-space-xs); }
${b} .zwgk-popup-name { font-weight: 700; }
${b} .zwgk-popup button { margin-top: var(--_zwgk-space-xs); }
@media (max-width: 640px) {
  ${b} dl { grid-template-columns: minmax(0, 1fr); }
  ${b} .zwgk-with-map .zwgk-list-column { max-height: none; }
}
@media (forced-colors: active) {
  ${b} .zwgk-point-button { border-inline-start-color: Canvas; }
  ${b} .zwgk-selected .zwgk-point-button { forced-color-adjust: none; color: HighlightText; background: Highlight; border-inline-start-color: CanvasText; }
  ${b} .zwgk-selected .zwgk-point-button .zwgk-name, ${b} .zwgk-selected .zwgk-point-button .zwgk-meta { color: HighlightText; }
}
@media print {
  ${b} .zwgk-controls, ${b} .zwgk-map-column, ${b} .zwgk-note button, ${b} button.zwgk-reset { display: none !important; }
  ${b} .zwgk-with-map .zwgk-list-column { max-height: none; overflow: visible; }
  ${b} .zwgk-detail[hidden] { display: block; }
  ${b} .zwgk-point { break-inside: avoid; }
}
`;
}
