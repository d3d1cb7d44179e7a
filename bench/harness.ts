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

/**
 * Resolves once the next `input` event on `input` has been painted: `painted` is the time from the
 * event, with `figures()` read then. `onInput` gets the event's time stamp.
 */
export function nextInputPainted<T>(input: HTMLInputElement, figures: () => T, onInput?: (timeStamp: number) => void): Promise<T & { painted: number }> {
  return new Promise((resolve) => {
    input.addEventListener('input', (event) => {
      const start = event.timeStamp;
      onInput?.(start);
      // Lit renders in a microtask after the event; the next frame shows it; the frame after that proves it was painted.
      requestAnimationFrame(() => setTimeout(() => resolve({ ...figures(), painted: performance.now() - start }), 0));
    }, { once: true });
  });
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
