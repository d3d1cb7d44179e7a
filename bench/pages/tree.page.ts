/**
 * The page the tree and search benches drive from Node (bench/*.driver.mjs): it generates a
 * catalogue, mounts <zwgk-catalogue-tree> or Shoelace's sl-tree, and measures in the page what
 * only the page can see: when a frame with the result has been painted. Everything is exposed
 * on `window.bench`; the driver sends real input through the DevTools protocol.
 */
import '../../src/components/catalogue-tree/define.js';
import '@shoelace-style/shoelace/dist/components/tree/tree.js';
import '@shoelace-style/shoelace/dist/components/tree-item/tree-item.js';
import type { ZwgkCatalogueTree } from '../../src/components/catalogue-tree/catalogue-tree.js';
import { buildSearchIndex, type SearchIndex } from '../../src/components/catalogue-tree/search.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { generateCatalogue } from '../generate-catalogue.js';
import { afterPaint, focusAndSelect, nextSearchFrames, type SearchFrames } from '../harness.js';

let catalogue: Record<string, unknown> | undefined;
let host: HTMLElement | undefined;
let tree: ZwgkCatalogueTree | undefined;
let pending: Promise<KeystrokeFigures> | undefined;
/** Held so that the heap measurement sees it. */
export let index: SearchIndex | undefined;

interface KeystrokeFigures extends SearchFrames {
  /** Items found, and rows rendered, once the answer was whole. */
  shown: number;
  rows: number;
}

function domNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return count;
}

const searchInput = () => tree!.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')!;
const rowCount = () => tree!.renderRoot.querySelectorAll('[role="treeitem"]').length;

const bench = {
  /** Generates the catalogue (not timed): the parsed JSON a page would hold. */
  generate(count: number): number {
    catalogue = generateCatalogue(count);
    return (catalogue.items as unknown[]).length;
  },

  /** Mounts the tree; resolves with the time to its first painted frame, and its DOM size. */
  async mountTree(): Promise<{ ms: number; nodes: number }> {
    host = document.createElement('div');
    document.body.append(host);
    const start = performance.now();
    tree = document.createElement('zwgk-catalogue-tree') as ZwgkCatalogueTree;
    tree.noHash = true;
    tree.catalogue = catalogue;
    host.append(tree);
    await tree.updateComplete;
    await afterPaint();
    return { ms: performance.now() - start, nodes: domNodes(host) };
  },

  /** The same 10,000 nodes in sl-tree (domains and items; sl-tree has no search or virtual scrolling). */
  async mountShoelace(): Promise<{ ms: number; nodes: number }> {
    host = document.createElement('div');
    document.body.append(host);
    const start = performance.now();
    const slTree = document.createElement('sl-tree');
    const domains = catalogue!.domains as { id: string; name: string }[];
    const byDomain = new Map(domains.map((d) => [d.id, document.createElement('sl-tree-item')]));
    for (const d of domains) byDomain.get(d.id)!.append(d.name);
    for (const item of catalogue!.items as { name: string; domainId: string }[]) {
      const node = document.createElement('sl-tree-item');
      node.textContent = item.name;
      byDomain.get(item.domainId)!.append(node);
    }
    slTree.append(...byDomain.values());
    host.append(slTree);
    await customElements.whenDefined('sl-tree-item');
    const all = [slTree, ...slTree.querySelectorAll('sl-tree-item')] as unknown as { updateComplete: Promise<unknown> }[];
    await Promise.all(all.map((el) => el.updateComplete));
    await afterPaint();
    return { ms: performance.now() - start, nodes: domNodes(host) };
  },

  /** The tree's search index on its own, held by the page: to weigh it. */
  buildIndexAlone(): void {
    const { items, agencies } = catalogue as unknown as Catalogue;
    index = buildSearchIndex(items, agencies);
  },

  unmount(): void {
    host?.remove();
    host = tree = undefined;
  },

  /** Search queries a reader might type: two to four characters of item names and contents. */
  queries(count: number): string[] {
    const items = catalogue!.items as { name: string; content: string }[];
    return Array.from({ length: count }, (_, i) => {
      const source = i % 2 ? items[(i * 197) % items.length]!.name : items[(i * 389) % items.length]!.content;
      return source.slice(i % 5, (i % 5) + 2 + (i % 3));
    });
  },

  focusSearch(): void {
    focusAndSelect(searchInput());
  },

  /** Arms the measurement of the next input event; `keystroke()` resolves with its figures. */
  arm(): void {
    pending = nextSearchFrames(tree!, searchInput(), () => ({ shown: tree!.visibleItems.length, rows: rowCount() }));
  },

  keystroke(): Promise<KeystrokeFigures> {
    return pending!;
  },

  /** Resolves when the tree's search index has been built in idle time (read from the element's internals). */
  async indexed(): Promise<void> {
    // The search module loads after the first paint, then builds its index in idle time.
    const search = () => (tree as unknown as { liveSearch?: { complete: boolean } }).liveSearch;
    while (!search()?.complete) await new Promise((resolve) => setTimeout(resolve, 20));
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
