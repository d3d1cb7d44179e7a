/**
 * Light-DOM rendering: every element renders its content into the page itself (no shadow root), so
 * that the 无障碍 toolbars county sites inject (指读 on `mouseover`, 连读 by walking `<body>`,
 * recolouring and enlarging with `body * {… !important}`), reader modes, translation tools and
 * crawlers all see it. The styles still have to survive a hostile jQuery-era host stylesheet and a
 * strict CSP, in cores as old as Chromium 86. How (measured in ../../../shared/LIGHT-DOM.md):
 *
 * - **One constructed stylesheet per element class**, adopted by the element's root node (the
 *   document, or a CMS widget's shadow root) when it connects: `adoptedStyleSheets` is assigned a
 *   new array (Chromium 89 throws on `push`). No `<style>` element and no `style=""` attribute, so
 *   `style-src 'self'` holds. Browsers without constructable sheets (Safari < 16.4, Firefox < 101)
 *   get a `<style>` element carrying `window.litNonce`, as Lit itself does for shadow roots.
 * - **Specificity, not cascade layers**, holds the styles together (`@layer` is Chromium 99+,
 *   `@scope` 118+, nesting 112+: none of them may matter on old cores). Every selector starts with
 *   `zwgk-x:not(#_):not(#_)`, worth two IDs: it beats host rules with one ID (`#content ul li`), and
 *   with the `.zwgk-body` step below also `#a #b li`.
 * - **A reset of the properties host stylesheets set** (`RESET_PROPERTIES`, to `revert`, the
 *   user-agent value) on `zwgk-x:not(#_):not(#_) > .zwgk-body` and everything inside it, pseudo-
 *   elements included: listed properties rather than `all`, because `all: revert` makes restyling
 *   about twice as slow in Chromium 89. Design rules come after the reset and are at least as
 *   specific (they all start with the body selector), so they win; anything the design leaves alone
 *   falls back to the browser's look, not the host's.
 * - **`!important` only where hostile sites use it and toolbars never do**: `list-style`,
 *   `text-decoration` and the focus `outline`. Colour, background and font size are never
 *   `!important`, so a toolbar's `body * { color: … !important }` and `font-size` rules reach us.
 * - **Tokens** are read through private copies set on the host:
 *   `--_zwgk-color-primary: var(--zwgk-color-primary, #0b4f9c)`. A page sets `--zwgk-*` on the
 *   element or any ancestor (even `:root`) and wins; no `:where()` is needed (it is Chromium 88+).
 * - **Classes are `zwgk-` prefixed and ids come from `uid()`**: both are document-global now.
 *
 * What the page put inside the element before it upgraded (the CMS fallback, or later a copy
 * rendered by `zwgk render`) stays visible until the element has its data, then is removed; the
 * element's own content lives in one `<div class="zwgk-body">`, its first child, which is Lit's
 * render root.
 */
import { unsafeCSS, type CSSResult } from 'lit';

/** The class of the element's own content root (Lit's render root), the first child of the host. */
export const BODY_CLASS = 'zwgk-body';

export interface Scope {
  /** `zwgk-x:not(#_):not(#_)`: the host element, specificity (2,0,1). */
  readonly host: CSSResult;
  /** `zwgk-x:not(#_):not(#_) > .zwgk-body`: the element's content root, (2,1,1); every design rule starts with it. */
  readonly body: CSSResult;
}

/** The selector prefixes of an element's stylesheet. */
export function scope(tag: string): Scope {
  const host = `${tag}:not(#_):not(#_)`;
  return { host: unsafeCSS(host), body: unsafeCSS(`${host} > .${BODY_CLASS}`) };
}

/**
 * Everything host stylesheets are known to set on bare tags or common class names, reverted to the
 * browser's own value under `.zwgk-body`. Keep it in step with test/fixtures/hostile.css.
 */
export const RESET_PROPERTIES: readonly string[] = (
  'margin padding border border-radius float clear position top right bottom left z-index display width height min-width ' +
  'min-height max-width max-height overflow visibility opacity background color font letter-spacing word-spacing ' +
  'text-indent text-align text-decoration text-transform text-shadow white-space word-break overflow-wrap vertical-align ' +
  'list-style outline box-shadow transform transition animation content cursor appearance -webkit-appearance ' +
  'border-collapse border-spacing table-layout flex filter'
).split(' ');

/** An element class: its stylesheet is a function of the tag it is registered under. */
export interface SheetOwner {
  lightStyles(tag: string): CSSResult[];
}

const cssTexts = new WeakMap<SheetOwner, Record<string, string>>();

/**
 * The whole stylesheet of an element class under a tag, as text: what is adopted, and what a build
 * step writes to a static `zwgk-elements.css` (for pages rendered by `zwgk render`, and browsers
 * without constructable stylesheets that cannot allow a nonce).
 */
export function lightStylesheetText(owner: SheetOwner, tag: string): string {
  let texts = cssTexts.get(owner);
  if (!texts) cssTexts.set(owner, (texts = {}));
  return (texts[tag] ??= owner.lightStyles(tag).map((style) => style.cssText).join('\n'));
}

/** Constructed sheets per document (a sheet belongs to the document whose window made it) and class. */
const constructed = new WeakMap<Document, WeakMap<SheetOwner, Record<string, CSSStyleSheet>>>();

function sheetFor(owner: SheetOwner, tag: string, document: Document): CSSStyleSheet {
  let perDocument = constructed.get(document);
  if (!perDocument) constructed.set(document, (perDocument = new WeakMap()));
  let sheets = perDocument.get(owner);
  if (!sheets) perDocument.set(owner, (sheets = {}));
  if (!sheets[tag]) {
    const View = (document.defaultView ?? window) as unknown as { CSSStyleSheet: typeof CSSStyleSheet };
    (sheets[tag] = new View.CSSStyleSheet()).replaceSync(lightStylesheetText(owner, tag));
  }
  return sheets[tag]!;
}

const canAdopt = typeof Document !== 'undefined' && 'adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype;

/**
 * Adopts the element class's sheet into the root the element is in (the document, or a shadow
 * root of the page's own widgets), once per root. Returns without effect for a detached element.
 */
export function adoptLightStyles(element: Element, owner: SheetOwner, tag: string): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const document = root instanceof Document ? root : root.ownerDocument;
  if (canAdopt) {
    const sheet = sheetFor(owner, tag, document);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const parent = root instanceof Document ? root.head ?? root.documentElement : root;
  if (parent.querySelector(`style[data-zwgk-styles="${tag}"]`)) return;
  const style = document.createElement('style');
  style.setAttribute('data-zwgk-styles', tag);
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = lightStylesheetText(owner, tag);
  parent.append(style);
}
