/**
 * DOM clean-up for markup that leaves the element to live on a static page: Lit's comment markers
 * go, ids are made unique when one element's markup is copied several times, and links to an
 * item's place in the tree can be pointed at the item's own page. Runs inside the page that
 * rendered the element (happy-dom in `zwgk render`, or a browser in tests).
 */
import { readHash } from '../components/catalogue-tree/deep-link.js';

/** Attributes whose value is a list of ids in the same document. */
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'list', 'form', 'headers'];

/** Removes every comment (Lit's part markers) under `root`. */
export function removeComments(root: Node): void {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
}

/**
 * Appends `suffix` to every id under `root` and to every reference to those ids inside it (label
 * `for`, ARIA relations, in-page `href="#…"`), so that several copies can share one page.
 */
export function suffixIds(root: Element, suffix: string): void {
  const renamed = new Map<string, string>();
  const withIds = [...(root.id ? [root] : []), ...root.querySelectorAll('[id]')];
  for (const element of withIds) {
    const next = `${element.id}${suffix}`;
    renamed.set(element.id, next);
    element.id = next;
  }
  const elements = [root, ...root.querySelectorAll('*')];
  for (const element of elements) {
    for (const name of ID_REFERENCES) {
      const value = element.getAttribute(name);
      if (value) element.setAttribute(name, value.split(/\s+/).map((id) => renamed.get(id) ?? id).join(' '));
    }
    const href = element.getAttribute('href');
    if (href?.startsWith('#') && renamed.has(decodeURIComponent(href.slice(1)))) element.setAttribute('href', `#${renamed.get(decodeURIComponent(href.slice(1)))}`);
  }
}

/** The item id a link to the tree's hash (`…#zwgk-item=it-001`) names, if it is one. */
export function linkedItem(href: string, prefix = 'zwgk-'): string | undefined {
  const hash = href.indexOf('#');
  return hash < 0 ? undefined : readHash(href.slice(hash), prefix).item;
}

/** Points every link to an item's place in the tree at `hrefFor(id)` (when it gives one). */
export function retargetItemLinks(root: Element, hrefFor: (id: string) => string | undefined): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const id = linkedItem(link.getAttribute('href')!);
    const href = id === undefined ? undefined : hrefFor(id);
    if (href !== undefined) link.setAttribute('href', href);
  }
}

/** The id an element carries so that `#<hash>` of a live element's link selects it with JavaScript off (`:target`). */
export function targetId(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, ''));
}
