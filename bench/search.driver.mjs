// Search, as a reader waits for it: from the input event of a keystroke to the painted frames
// with the matching rows, in the tree, at 10,000 and 100,000 items. Real keystrokes through the
// DevTools protocol (Input.insertText, Backspace), every sample kept. Per keystroke, three
// frames (bench/harness.ts): the first painted; the first whose rows in view are final (the
// search was done, or its first step filled the viewport: the figure the targets apply to); and
// the one with the whole answer (every match, its count). Measured:
// - the first keystroke right after the tree's first paint (the index may still be building);
// - the first keystroke once the page is idle (the index was built in idle time);
// - every later keystroke of 40 queries typed character by character, and each clearing of the
//   box (the whole catalogue again), printed apart.
// Plus the JS heap after forced collections: the parsed catalogue, the tree, the search index.
import { heapMB, ms, spread, verdict, percentile } from './driver.mjs';

const PAGE = 'bench/pages/tree.page.ts';
const ready = () => typeof window.bench === 'object';
const COUNTS = (process.env.ZWGK_BENCH_SEARCH_COUNTS ?? '10000,100000').split(',').map(Number);
const QUERIES = Number(process.env.ZWGK_BENCH_QUERIES ?? 40);

async function keystroke(page, send) {
  await page.evaluate(() => window.bench.arm());
  await send();
  return page.evaluate(() => window.bench.keystroke());
}

async function freshTree(context, count) {
  const page = await context.open(PAGE, ready);
  await page.evaluate((n) => window.bench.generate(n), count);
  const parsed = await heapMB(page);
  const first = await page.evaluate(() => window.bench.mountTree());
  return { page, parsed, first };
}

export async function run(context) {
  const rows = [];
  for (const count of COUNTS) {
    const firstTarget = count >= 100_000 ? 50 : 16;

    // Cold: the reader types as soon as the tree is painted.
    const cold = await freshTree(context, count);
    await cold.page.evaluate(() => window.bench.focusSearch());
    const queries = await cold.page.evaluate((n) => window.bench.queries(n), QUERIES);
    const coldKey = await keystroke(cold.page, () => cold.page.keyboard.sendCharacter(queries[0][0]));
    await cold.page.close();

    // The index's weight on its own, in a page that holds only the catalogue and the index.
    const weigh = await context.open(PAGE, ready);
    await weigh.evaluate((n) => window.bench.generate(n), count);
    const catalogueOnly = await heapMB(weigh);
    await weigh.evaluate(() => window.bench.buildIndexAlone());
    const indexAlone = (await heapMB(weigh)) - catalogueOnly;
    await weigh.close();

    // Idle: the reader looks at the page for a second first; the index is built meanwhile.
    const warm = await freshTree(context, count);
    await warm.page.evaluate(() => window.bench.indexed());
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await warm.page.evaluate(() => window.bench.focusSearch());
    const idleKey = await keystroke(warm.page, () => warm.page.keyboard.sendCharacter(queries[0][0]));
    await keystroke(warm.page, () => warm.page.keyboard.press('Backspace'));
    const later = [];
    const laterFirst = [];
    const laterAll = [];
    const clearing = [];
    for (const query of queries) {
      for (const char of query) {
        const frames = await keystroke(warm.page, () => warm.page.keyboard.sendCharacter(char));
        later.push(frames.painted);
        laterFirst.push(frames.first);
        laterAll.push(frames.all);
      }
      await warm.page.evaluate(() => window.bench.focusSearch());
      clearing.push((await keystroke(warm.page, () => warm.page.keyboard.press('Backspace'))).painted);
    }
    // Weighed last, after the searches: what the page holds once the tree has been used.
    const withTreeAndIndex = await heapMB(warm.page);
    await warm.page.close();

    const p95 = percentile(later, 95);
    rows.push(
      {
        bench: 'search', case: `items=${count}`,
        figures: {
          'tree first render': ms(cold.first.ms),
          'first keystroke, right after first paint': `rows in view ${ms(coldKey.painted)}, whole answer (${coldKey.shown} matches) ${ms(coldKey.all)}`,
          'first keystroke, page idle': `rows in view ${ms(idleKey.painted)} (first frame ${ms(idleKey.first)}), whole answer (${idleKey.shown} matches) ${ms(idleKey.all)}`,
        },
        note: `${verdict(idleKey.painted, firstTarget, 'first keystroke (idle)')}; ${verdict(coldKey.painted, firstTarget, 'first keystroke (right after paint)')}`,
      },
      {
        bench: 'search', case: `items=${count}`,
        figures: {
          'later keystrokes, input → rows in view painted': spread(later),
          'later keystrokes, input → first frame': spread(laterFirst),
          'later keystrokes, input → whole answer painted': spread(laterAll),
          'clearing the box (every item again)': spread(clearing),
        },
        note: count >= 100_000 ? verdict(p95, 16, 'p95 of keystrokes') : undefined,
      },
      {
        bench: 'heap', case: `items=${count}`,
        figures: {
          'parsed catalogue': `${warm.parsed.toFixed(1)} MB`,
          'tree and its search index add': `${(withTreeAndIndex - warm.parsed).toFixed(1)} MB`,
          'of which the index (weighed alone)': `${indexAlone.toFixed(1)} MB`,
        },
        note: 'CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage',
      },
    );
  }
  return rows;
}
