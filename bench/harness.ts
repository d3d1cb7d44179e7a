/** Shared helpers for bench page modules (bench/pages/); a page bench exports `run(): Promise<BenchRow[]>`. */
export interface BenchRow {
  bench: string;
  case: string;
  figures: Record<string, string>;
  note?: string;
}

export function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Focuses a search box and selects its text, as a reader about to type over it. */
export function focusAndSelect(input: HTMLInputElement): void {
  input.focus();
  input.select();
}

/** Resolves after the browser has painted the current frame. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** What a reader sees of one search keystroke in <zwgk-catalogue-tree>, in ms from its input event. */
export interface SearchFrames {
  /** The first frame painted after the event. */
  first: number;
  /** The first painted frame whose rows in view are the final ones: the search was done, or its rows filled the viewport. */
  painted: number;
  /** The frame that showed the whole answer (every match, its count). */
  all: number;
}

/**
 * Resolves once the next `input` event on the tree's search box has been answered in full,
 * with the frames a reader saw (SearchFrames) and `figures()` read at the end. A search at
 * province scale draws the rows in view first and the rest in later tasks (search.ts).
 */
export function nextSearchFrames<T>(tree: HTMLElement & { renderRoot: ParentNode }, input: HTMLInputElement, figures: () => T, onInput?: (timeStamp: number) => void): Promise<T & SearchFrames> {
  const searchDone = () => !!(tree as unknown as { liveSearch?: { complete: boolean } }).liveSearch?.complete;
  const viewFilled = () => {
    const viewport = tree.renderRoot.querySelector<HTMLElement>('.zwgk-viewport');
    const rows = tree.renderRoot.querySelectorAll<HTMLElement>('.zwgk-viewport [role="treeitem"]');
    const last = rows[rows.length - 1];
    return !!viewport && !!last && last.getBoundingClientRect().bottom >= viewport.getBoundingClientRect().bottom;
  };
  return new Promise((resolve) => {
    input.addEventListener('input', (event) => {
      const start = event.timeStamp;
      onInput?.(start);
      let first: number | undefined;
      let painted: number | undefined;
      // Lit renders in a microtask after the event; a frame's rAF comes before its paint, the timer after it.
      const afterFrame = () => {
        const now = performance.now() - start;
        first ??= now;
        const done = searchDone();
        if (painted === undefined && (done || viewFilled())) painted = now;
        if (done) resolve({ ...figures(), first, painted: painted!, all: now });
        else requestAnimationFrame(() => setTimeout(afterFrame, 0));
      };
      requestAnimationFrame(() => setTimeout(afterFrame, 0));
    }, { once: true });
  });
}
