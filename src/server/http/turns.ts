/**
 * Starts at most `perTurn` requests per turn of the event loop.
 *
 * Since libuv 1.45 (Node 20) a listening socket accepts ONE connection per turn. When a turn runs
 * every ready request to completion, a saturated server's turn lasts (open connections × the
 * work of a request): at 100 connections and 2 ms a request, 200 ms a turn, and the last of 100
 * new visitors waited 5–13 s just to be accepted (measured: bench/server.mjs timed out at 10 s).
 * Handing requests out a few per turn keeps turns short, so a new connection is accepted within
 * milliseconds, for the same throughput. Work already started (a database answer arriving) is
 * not held back: only the start of a request waits its turn.
 */
export function turnScheduler(perTurn = 1): () => Promise<void> {
  const waiting: (() => void)[] = [];
  let scheduled = false;
  const pump = () => {
    scheduled = false;
    for (let started = 0; started < perTurn && waiting.length; started++) waiting.shift()!();
    if (waiting.length) schedule();
  };
  const schedule = () => {
    scheduled = true;
    setImmediate(pump);
  };
  return () => new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (!scheduled) schedule();
  });
}
