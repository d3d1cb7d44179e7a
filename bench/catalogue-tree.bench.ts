/**
 * <zwgk-catalogue-tree> with 10,000 items: time to first render, search keystroke → update
 * (median and p95 over 50 queries), DOM nodes and JS heap; then the same 10,000 nodes in
 * Shoelace's sl-tree (the best general-purpose tree) for comparison.
 */
import '../src/components/catalogue-tree/define.js';
import '@shoelace-style/shoelace/dist/components/tree/tree.js';
import '@shoelace-style/shoelace/dist/components/tree-item/tree-item.js';
import type { ZwgkCatalogueTree } from '../src/components/catalogue-tree/catalogue-tree.js';
import { generateCatalogue } from './generate-catalogue.js';
import { afterPaint, median, percentile, type BenchRow } from './harness.js';

const COUNT = 10_000;

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

const heapMB = () => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6;

async function zwgkTree(catalogue: Record<string, unknown>) {
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  const el = document.createElement('zwgk-catalogue-tree') as ZwgkCatalogueTree;
  el.noHash = true;
  el.catalogue = catalogue;
  host.append(el);
  await el.updateComplete;
  await afterPaint();
  const firstRender = performance.now() - start;
  const items = (catalogue.items as { name: string; content: string }[]);
  const queries = Array.from({ length: 50 }, (_, i) => {
    const source = i % 2 ? items[(i * 197) % items.length]!.name : items[(i * 389) % items.length]!.content;
    return source.slice(i % 5, (i % 5) + 2 + (i % 3));
  });
  const times: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    el.query = query;
    await el.updateComplete;
    times.push(performance.now() - t0);
  }
  el.query = '';
  await el.updateComplete;
  await afterPaint();
  const nodes = domNodes(host);
  // The element's retained heap: mounted minus removed, each after a full collection.
  const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
  gc();
  const mounted = heapMB();
  host.remove();
  await afterPaint();
  gc();
  const heap = mounted - heapMB();
  return { firstRender, times, nodes, heap };
}

async function shoelaceTree(catalogue: Record<string, unknown>) {
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  const tree = document.createElement('sl-tree');
  const domains = catalogue.domains as { id: string; name: string }[];
  const byDomain = new Map(domains.map((d) => [d.id, document.createElement('sl-tree-item')]));
  for (const d of domains) byDomain.get(d.id)!.append(d.name);
  for (const item of catalogue.items as { name: string; domainId: string }[]) {
    const node = document.createElement('sl-tree-item');
    node.textContent = item.name;
    byDomain.get(item.domainId)!.append(node);
  }
  tree.append(...byDomain.values());
  host.append(tree);
  await customElements.whenDefined('sl-tree-item');
  const all = [tree, ...tree.querySelectorAll('sl-tree-item')] as unknown as { updateComplete: Promise<unknown> }[];
  await Promise.all(all.map((el) => el.updateComplete));
  await afterPaint();
  const firstRender = performance.now() - start;
  const nodes = domNodes(host);
  host.remove();
  return { firstRender, nodes };
}

export async function run(): Promise<BenchRow[]> {
  const catalogue = generateCatalogue(COUNT);
  const ours = await zwgkTree(catalogue);
  const theirs = await shoelaceTree(catalogue);
  const ratio = theirs.firstRender / ours.firstRender;
  const p95 = percentile(ours.times, 95);
  return [
    {
      bench: 'catalogue-tree',
      case: `items=${COUNT}`,
      figures: {
        'first render': `${ours.firstRender.toFixed(1)} ms`,
        'search median': `${median(ours.times).toFixed(1)} ms`,
        'search p95': `${p95.toFixed(1)} ms`,
        'DOM nodes': String(ours.nodes),
        'JS heap (element, after GC)': `${ours.heap.toFixed(1)} MB`,
      },
      note: `targets: first render ≤ 100 ms ${ours.firstRender <= 100 ? 'met' : 'MISSED'}, p95 ≤ 16 ms ${p95 <= 16 ? 'met' : 'MISSED'}`,
    },
    {
      bench: 'catalogue-tree',
      case: 'vs sl-tree',
      figures: { 'sl-tree first render': `${theirs.firstRender.toFixed(0)} ms`, 'sl-tree DOM nodes': String(theirs.nodes), 'speed-up': `${ratio.toFixed(1)}×` },
      note: `target ≥ 20× ${ratio >= 20 ? 'met' : 'MISSED'}`,
    },
  ];
}
