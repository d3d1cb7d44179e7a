/**
 * The page the chunked-province bench drives (bench/province.driver.mjs): a `<zwgk-catalogue src>`
 * with a `<zwgk-catalogue-tree>` inside, as a province's site would have it, loading files the
 * driver publishes. It measures what only the page can see (when a frame was painted, resource
 * timings); the driver sends real input through the DevTools protocol.
 */
import '../../src/components/catalogue/define.js';
import '../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../src/components/catalogue-tree/catalogue-tree.js';
import { afterPaint, focusAndSelect, nextSearchFrames, type SearchFrames } from '../harness.js';

let tree: ZwgkCatalogueTree | undefined;
let start = 0;
let pending: Promise<SearchFrames & { shown: number }> | undefined;

/** The tree's chunked catalogue (its internals): what has loaded. */
const chunked = () => (tree as unknown as { chunked?: { hasSearchIndex: boolean; revision: number; isLoading(id: string): boolean; index: { itemChunks: { id: string }[] } } }).chunked;
const searchInput = () => tree!.querySelector<HTMLInputElement>('input[type="search"]')!;
/** Polls `check` every 5 ms; gives up after 60 s (the figure then reads 60,000 ms: nothing is hidden). */
const until = async (check: () => boolean) => {
  const end = performance.now() + 60_000;
  while (!check() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
};
const resource = (url: string) => performance.getEntriesByType('resource').find((e) => e.name === new URL(url, location.href).href) as PerformanceResourceTiming | undefined;

const bench = {
  /** Mounts the provider and tree on `src`; resolves once rows are painted, with times from the mount (ms). */
  async mount(src: string): Promise<{ responseEnd: number; loadEvent: number; painted: number; rows: number }> {
    start = performance.now();
    const provider = document.createElement('zwgk-catalogue');
    provider.setAttribute('src', src);
    let loadEvent = 0;
    provider.addEventListener('zwgk-catalogue-load', () => (loadEvent = performance.now() - start), { once: true });
    tree = document.createElement('zwgk-catalogue-tree') as ZwgkCatalogueTree;
    tree.noHash = true;
    provider.append(tree);
    document.body.append(provider);
    // Each frame until one shows rows, then the frame after it proves it was painted.
    await new Promise<void>((resolve) => {
      const check = () => (tree!.querySelector('[role="treeitem"]') ? resolve() : requestAnimationFrame(check));
      check();
    });
    await afterPaint();
    const painted = performance.now() - start;
    const timing = resource(src);
    return { responseEnd: timing ? timing.responseEnd - start : NaN, loadEvent, painted, rows: tree.querySelectorAll('[role="treeitem"]').length };
  },

  /** Resolves when the search index file is in (ms from the mount), with its transfer time. */
  async searchIndexReady(url: string): Promise<{ ready: number; responseEnd: number }> {
    await until(() => !!chunked()?.hasSearchIndex);
    const ready = performance.now() - start;
    const timing = resource(url);
    return { ready, responseEnd: timing ? timing.responseEnd - start : NaN };
  },

  /** How many chunk files the page has requested so far. */
  chunkRequests(): number {
    return performance.getEntriesByType('resource').filter((e) => e.name.includes('/items/')).length;
  },

  /**
   * Opens the `n`th domain (or county) and its first 事项: click → its rows painted (from the
   * index, or the search index's placeholders), then click → item rows painted, and → their
   * chunk fetched, validated and painted.
   */
  async open(n: number): Promise<{ domainRows: number; itemRows: number; chunkPainted: number; label: string }> {
    const click = async (row: HTMLElement, level: number) => {
      const clicked = performance.now();
      row.click();
      await until(() => !!tree!.querySelector(`[role="treeitem"][aria-level="${level}"]`));
      await afterPaint();
      return { clicked, painted: performance.now() - clicked };
    };
    const domain = [...tree!.querySelectorAll<HTMLElement>('[role="treeitem"][aria-level="1"]')][n]!;
    const label = domain.querySelector('.zwgk-label')!.textContent!;
    const domainRows = (await click(domain, 2)).painted;
    const revision = chunked()!.revision;
    const group = tree!.querySelector<HTMLElement>('[role="treeitem"][aria-level="2"]')!;
    const items = await click(group, 3);
    await until(() => chunked()!.revision !== revision && !chunked()!.index.itemChunks.some((c) => chunked()!.isLoading(c.id)));
    await tree!.updateComplete;
    await afterPaint();
    return { domainRows, itemRows: items.painted, chunkPainted: performance.now() - items.clicked, label };
  },

  /** Search queries a reader might type (two to four characters of generated item text). */
  queries(count: number): string[] {
    const words = ['义务教育', '社会救助', '低保', '办事指南', '补助标准', '审批结果', '国务院令', '公示期', '行政处罚', '第7项', '监督电话', '资金分配'];
    return Array.from({ length: count }, (_, i) => words[i % words.length]!.slice(0, 2 + (i % 3)));
  },

  focusSearch(): void {
    focusAndSelect(searchInput());
  },

  /** Arms the measurement of the next input event: from the event to the frame after the one that showed the result. */
  arm(): void {
    pending = nextSearchFrames(tree!, searchInput(), () => ({ shown: tree!.visibleItems.length }));
  },

  keystroke(): Promise<SearchFrames & { shown: number }> {
    return pending!;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
