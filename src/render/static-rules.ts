/**
 * The few rules a page rendered by `zwgk render` needs beyond the elements' own stylesheets, for
 * what the live elements do with script: the tree's row indentation (set per row through the
 * CSSOM when live, so no `style` attribute reaches the static page), and the copies of an item's
 * standard, a policy's text or a place's details that a `#…` link shows with JavaScript off
 * (`:target`). Every
 * selector starts with the element's scope, as in light-dom.ts.
 */
import { scope } from '../core/light-dom.js';
import { rowIndent } from '../components/catalogue-tree/catalogue-tree.styles.js';

/** Tree depths given indentation rules; deeper rows (rare) fall back to the last one. */
export const MAX_STATIC_DEPTH = 12;

/** Marks a copy shown only while its id is the page's URL fragment. */
export const TARGET_ATTRIBUTE = 'data-zwgk-target';
/** A link standing in for a button that works only with script (open a policy in place). */
export const STATIC_BUTTON_CLASS = 'zwgk-static-button';

export function staticRules(): string {
  const tree = scope('zwgk-catalogue-tree').body.cssText;
  const policy = scope('zwgk-policy-card').body.cssText;
  const map = scope('zwgk-disclosure-map').body.cssText;
  const levels = Array.from({ length: MAX_STATIC_DEPTH }, (_, i) => i + 1);
  return [
    ...levels.map((depth) => `${tree} .zwgk-row[aria-level="${depth}"]${depth === MAX_STATIC_DEPTH ? `,${tree} .zwgk-row[aria-level]` : ''}{padding-inline-start:${rowIndent(depth)}}`).reverse(),
    `${tree} .zwgk-detail[${TARGET_ATTRIBUTE}]:not(:target){display:none}`,
    `${tree} .zwgk-detail[${TARGET_ATTRIBUTE}]:target~.zwgk-detail{display:none}`,
    `${map} a.zwgk-point-button{text-decoration:none!important}`,
    `${map} .zwgk-detail[hidden]:target{display:block}`,
    `${policy} [${TARGET_ATTRIBUTE}]:not(:target){display:none}`,
    `${policy} [${TARGET_ATTRIBUTE}]:target{display:block;margin-top:var(--_zwgk-space-xl)}`,
    `${policy} a.${STATIC_BUTTON_CLASS}{display:inline-flex;align-items:center;min-height:44px;padding:0 var(--_zwgk-space-l);color:var(--_zwgk-color-primary);background:var(--_zwgk-color-bg);border:2px solid var(--_zwgk-color-primary);border-radius:var(--_zwgk-radius);text-decoration:none!important}`,
  ].join('\n');
}
