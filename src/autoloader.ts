/**
 * The autoloader entry (dist/zwgk-autoloader.js): one small script for the page template, which
 * loads each element's code only when its tag appears on the page, as Shoelace's autoloader
 * does. A page with only the catalogue tree downloads the tree and the shared runtime, nothing
 * else; a tag added later (by a CMS widget, a framework, a fragment fetched after load) loads
 * its element then. Elements are fetched from `./components/<name>/define.js` beside this file,
 * so the folder works wherever it is hosted, without an import map or a CDN.
 *
 * It watches the document with a MutationObserver, and the open shadow roots it can see: those
 * present when an element is added, and later additions inside them. A shadow root attached to
 * an element already on the page is found by calling `discover(root)`.
 */

/**
 * Every public element this release ships, by folder name under components/ (tag `zwgk-<name>`).
 * The staff desk (`request-desk`) is not here: the office's page imports it itself.
 */
export const ELEMENT_NAMES = ['catalogue', 'catalogue-tree', 'consultation', 'disclosure-map', 'negative-list', 'notice-poster', 'open-day', 'policy-card', 'policy-list', 'records', 'request-form', 'responses'] as const;

const PREFIX = 'zwgk-';
const known = new Set<string>(ELEMENT_NAMES);
const requested = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();
const base = import.meta.url;

/** Loads the element behind `tag` once; resolves when it is registered (or could not be loaded). */
export function load(tag: string): Promise<void> {
  const name = tag.slice(PREFIX.length);
  let pending = requested.get(name);
  if (!pending) {
    // A variable URL: bundlers leave it alone, browsers resolve it against this file.
    const url = new URL(`components/${name}/define.js`, base).href;
    pending = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => console.error(`zwgk-elements: could not load <${tag}> from ${url}`, error),
    );
    requested.set(name, pending);
    if (requested.size === known.size) observer.disconnect(); // nothing left to look for
  }
  return pending;
}

function visit(element: Element): void {
  const tag = element.localName;
  if (tag.startsWith(PREFIX) && known.has(tag.slice(PREFIX.length)) && !customElements.get(tag)) load(tag);
  const shadow = element.shadowRoot;
  if (shadow) discover(shadow);
}

/**
 * Loads the elements used in `root` and everything below it, and keeps watching `root` if it is
 * a shadow root. Resolves when they are registered.
 */
export function discover(root: Element | Document | ShadowRoot): Promise<void> {
  if (!(root instanceof Element) && !watched.has(root)) {
    watched.add(root);
    if (requested.size < known.size) observer.observe(root, { childList: true, subtree: true });
  }
  if (root instanceof Element) visit(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
  return Promise.all(requested.values()).then(() => undefined);
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    record.addedNodes.forEach((node) => {
      if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
    });
  }
});

discover(document);
