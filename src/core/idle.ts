/**
 * Work that can wait for the browser to be idle: requestIdleCallback where it exists, and a
 * timer with a short fixed budget where it does not (Safari 14 and 15 lack it).
 */

export interface IdleBudget {
  /** Milliseconds left before the task should yield. */
  timeRemaining(): number;
}

/** What a task may use of a frame when the browser cannot say (a 60 Hz frame is 16.7 ms). */
const FALLBACK_BUDGET_MS = 8;

/**
 * Runs `task` once: when the browser is idle (at the latest after `timeout` ms), or with
 * `idle: false` as soon as possible, for work someone is waiting for, and with `afterPaint` once
 * the next frame is painted (a timer would often run first and hold the frame back). Returns a
 * function that cancels it.
 */
export function whenIdle(task: (budget: IdleBudget) => void, { idle = true, timeout = 500, afterPaint = false } = {}): () => void {
  if (afterPaint) return afterNextPaint(() => whenIdle(task, { idle: false }));
  if (idle && typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => task(deadline), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const end = performance.now() + FALLBACK_BUDGET_MS;
    task({ timeRemaining: () => Math.max(0, end - performance.now()) });
  }, idle ? 1 : 0);
  return () => clearTimeout(handle);
}

/**
 * Runs `task` after the next frame is painted: a timer set from requestAnimationFrame runs after
 * that frame. A hidden page paints no frames, so a plain timer runs it if no frame came in 100 ms.
 */
function afterNextPaint(task: () => () => void): () => void {
  let cancelTask: (() => void) | undefined;
  let timer = 0;
  const run = () => {
    if (cancelTask) return;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
    cancelTask = task();
  };
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0) as unknown as number));
  const fallback = setTimeout(run, 100);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    clearTimeout(fallback);
    cancelTask?.();
  };
}
