import { css, type CSSResult } from 'lit';
import { scope } from '../../core/light-dom.js';

/** How far a row at `depth` (1 = domain) is indented: set per row through the CSSOM, and as rules in the static stylesheet of `zwgk render`. */
export function rowIndent(depth: number): string {
  return `${(depth - 1) * 1.25 + 0.5}em`;
}

/**
 * The tree's light-DOM rules (every selector after the `.zwgk-body` prefix, see light-dom.ts).
 * Rows grow with their label (labels wrap, never an ellipsis) from a minimum of
 * `--zwgk-tree-row-height`; the focus ring on a row is a 3 px ring in the focus colour with a 2 px
 * band of the background inside it, so it keeps ≥ 3:1 against the selected row's own colour too.
 * In forced-colors mode the selected row takes the system Highlight colours and a thick start border.
 * Written without optional white space, as tokens.ts and load-state.ts are: it is in the tree's
 * first download.
 */
export function treeStyles(tag: string): CSSResult {
  const { body: b } = scope(tag);
  return css`
${b} .zwgk-toolbar{display:flex;flex-wrap:wrap;gap:var(--_zwgk-space-m);align-items:flex-end;margin-bottom:var(--_zwgk-space-s)}
${b} .zwgk-search{display:flex;flex-direction:column;flex:1 1 20em;gap:var(--_zwgk-space-xs);min-width:0}
${b} .zwgk-search label{font-weight:700}
${b} input[type='search'],${b} select{min-height:44px;max-width:100%;padding:0 var(--_zwgk-space-s);color:var(--_zwgk-color-text);background:var(--_zwgk-color-bg);border:2px solid var(--_zwgk-color-border);border-radius:var(--_zwgk-radius)}
${b} .zwgk-hint{color:var(--_zwgk-color-text-muted);font-size:var(--_zwgk-font-size-small)}
${b} p{margin:0}
${b} button{min-height:44px;padding:0 var(--_zwgk-space-l);border-radius:var(--_zwgk-radius);cursor:pointer}
${b} button.zwgk-primary,${b} .zwgk-no-results button{color:var(--_zwgk-color-primary-contrast);background:var(--_zwgk-color-primary);border:2px solid var(--_zwgk-color-primary)}
${b} button.zwgk-secondary{color:var(--_zwgk-color-primary);background:var(--_zwgk-color-bg);border:2px solid var(--_zwgk-color-primary)}
${b} .zwgk-filters{display:block;flex:1 1 100%;border:1px solid var(--_zwgk-color-border);border-radius:var(--_zwgk-radius);padding:var(--_zwgk-space-s) var(--_zwgk-space-m)}
${b} .zwgk-filters summary{display:list-item;cursor:pointer;font-weight:700;min-height:32px}
${b} .zwgk-filter-grid{display:flex;flex-wrap:wrap;gap:var(--_zwgk-space-m) var(--_zwgk-space-xl);margin:var(--_zwgk-space-s) 0}
${b} fieldset{border:0;margin:0;padding:0;min-width:0}
${b} legend{font-weight:700;padding:0}
${b} .zwgk-check{display:inline-flex;align-items:center;gap:var(--_zwgk-space-xs);min-height:32px;margin-inline-end:var(--_zwgk-space-m)}
${b} .zwgk-check input{width:1.25em;height:1.25em;margin:0}
${b} .zwgk-select{display:flex;flex-direction:column;font-weight:700;gap:var(--_zwgk-space-xs);min-width:0}
${b} .zwgk-summary{margin:var(--_zwgk-space-s) 0;font-weight:700}
${b} .zwgk-no-results{padding:var(--_zwgk-space-l);background:var(--_zwgk-color-surface);border-radius:var(--_zwgk-radius)}
${b} .zwgk-no-results p{margin:0 0 var(--_zwgk-space-s)}
${b} .zwgk-layout{display:grid;grid-template-columns:minmax(0,1fr);gap:var(--_zwgk-space-l)}
@media (min-width:900px){${b} .zwgk-layout{grid-template-columns:minmax(0,5fr) minmax(0,6fr)}${b} .zwgk-back{display:none}}
${b} .zwgk-viewport{height:var(--zwgk-tree-height,32em);overflow:auto;border:1px solid var(--_zwgk-color-border);border-radius:var(--_zwgk-radius);background:var(--_zwgk-color-bg)}
${b} .zwgk-tree{position:relative;margin:0;padding:0}
${b} .zwgk-row{display:flex;align-items:center;gap:var(--_zwgk-space-s);min-height:var(--zwgk-tree-row-height,2.75em);padding-block:var(--_zwgk-space-xs);padding-inline-end:var(--_zwgk-space-s);color:var(--_zwgk-color-text);text-decoration:none!important;cursor:pointer;border-bottom:1px solid var(--_zwgk-color-surface)}
${b} .zwgk-row.zwgk-detached{position:absolute;left:0;right:0}
${b} .zwgk-row:hover{background:var(--_zwgk-color-surface)}
${b} .zwgk-row:focus-visible{outline:var(--_zwgk-focus-ring)!important;outline-offset:-3px!important;box-shadow:inset 0 0 0 5px var(--_zwgk-color-bg)}
${b} .zwgk-row.zwgk-domain{font-weight:700}
${b} .zwgk-row.zwgk-item{color:var(--_zwgk-color-primary)}
${b} .zwgk-row[aria-selected='true']{color:var(--_zwgk-color-primary-contrast);background:var(--_zwgk-color-primary)}
${b} .zwgk-label{flex:1 1 auto;min-width:0}
${b} .zwgk-twisty{display:inline-block;width:1em;flex:none}
${b} .zwgk-count,${b} .zwgk-tag{flex:none;color:var(--_zwgk-color-text-muted);font-size:var(--_zwgk-font-size-small);font-weight:400}
${b} .zwgk-tag{margin-inline-start:var(--_zwgk-space-xs);padding:0 var(--_zwgk-space-xs);border:1px solid currentColor;border-radius:var(--_zwgk-radius)}
${b} .zwgk-row[aria-selected='true'] .zwgk-tag,${b} .zwgk-row[aria-selected='true'] .zwgk-count{color:inherit}
${b} mark{color:inherit;background:#ffe58a;font-weight:700}
${b} .zwgk-row[aria-selected='true'] mark{color:#1f1f1f}
${b} .zwgk-detail{display:block;padding:var(--_zwgk-space-l);border:1px solid var(--_zwgk-color-border);border-radius:var(--_zwgk-radius)}
${b} .zwgk-detail:focus{outline:var(--_zwgk-focus-ring)!important;outline-offset:2px!important}
${b} .zwgk-back{margin:0 0 var(--_zwgk-space-m)}
${b} .zwgk-detail.zwgk-empty{color:var(--_zwgk-color-text-muted);background:var(--_zwgk-color-surface)}
${b} .zwgk-detail-title{margin:0 0 var(--_zwgk-space-m);font-size:1.25em;font-weight:700}
${b} dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:var(--_zwgk-space-s) var(--_zwgk-space-l);margin:0 0 var(--_zwgk-space-m)}
@media (max-width:480px){${b} dl{grid-template-columns:minmax(0,1fr);gap:0}${b} dd{margin-bottom:var(--_zwgk-space-s)}}
${b} dt{font-weight:700}
${b} dd{margin:0;min-width:0}
${b} dd ul,${b} dd ol{margin:0;padding-inline-start:1.25em}
${b} .zwgk-channels{list-style:none!important;padding:0}
${b} .zwgk-catalogue-info{margin:var(--_zwgk-space-m) 0 0;color:var(--_zwgk-color-text-muted);font-size:var(--_zwgk-font-size-small)}
${b} .zwgk-changelog{display:block}
${b} .zwgk-changelog summary,${b} .zwgk-records summary{display:list-item;cursor:pointer;padding-block:0.5em;min-height:44px}
${b} .zwgk-notice{margin:0 0 var(--_zwgk-space-m);padding:var(--_zwgk-space-s) var(--_zwgk-space-m);color:var(--_zwgk-color-warning);background:var(--_zwgk-color-warning-bg);border-inline-start:6px solid var(--_zwgk-color-warning)}
${b} .zwgk-changelog ol,${b} .zwgk-changelog ul{padding-inline-start:1.5em}
${b} .zwgk-print-table{display:none}
@media (forced-colors:active){
${b} .zwgk-row[aria-selected='true']{forced-color-adjust:none;color:HighlightText;background:Highlight;border-inline-start:6px solid CanvasText}
${b} .zwgk-row[aria-selected='true'] .zwgk-tag,${b} .zwgk-row[aria-selected='true'] mark{color:HighlightText;background:Highlight}
}
@media print{
${b} .zwgk-toolbar,${b} .zwgk-viewport,${b} .zwgk-detail,${b} .zwgk-no-results{display:none!important}
${b} .zwgk-print-table{display:table;width:100%;border-collapse:collapse;font-size:10pt}
${b} .zwgk-print-table th,${b} .zwgk-print-table td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}
}
`;
}
