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
 * `idle: false` as soon as possible, for work someone is waiting for. Returns a function that cancels it.
 */
export function whenIdle(task: (budget: IdleBudget) => void, { idle = true, timeout = 500 } = {}): () => void {
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
