// <zwgk-catalogue-tree> against Shoelace's sl-tree (the best general-purpose tree) with the same
// 10,000 items: time to the first painted frame, cold (a fresh page: code not yet run, styles not
// yet built) and warm (mounted again in the same page), and the DOM each leaves on the page.
import { median, ms } from './driver.mjs';

const PAGE = 'bench/pages/tree.page.ts';
const ready = () => typeof window.bench === 'object';
const COUNT = 10_000;
const RUNS = Number(process.env.ZWGK_BENCH_RUNS ?? 3);

async function coldRuns(context, mount) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.open(PAGE, ready);
    await page.evaluate((n) => window.bench.generate(n), COUNT);
    runs.push(await page.evaluate((name) => window.bench[name](), mount));
    await page.close();
  }
  return runs;
}

async function warmRuns(context, mount) {
  const page = await context.open(PAGE, ready);
  await page.evaluate((n) => window.bench.generate(n), COUNT);
  const runs = [];
  for (let i = 0; i <= RUNS; i++) {
    const result = await page.evaluate((name) => window.bench[name](), mount);
    await page.evaluate(() => window.bench.unmount());
    if (i > 0) runs.push(result); // the first mount is the cold one
  }
  await page.close();
  return runs;
}

const range = (runs) => `${ms(median(runs.map((r) => r.ms)))} (${runs.map((r) => r.ms.toFixed(0)).join(', ')})`;

export async function run(context) {
  const rows = [];
  for (const [label, collect] of [['cold', coldRuns], ['warm', warmRuns]]) {
    const ours = await collect(context, 'mountTree');
    const theirs = await collect(context, 'mountShoelace');
    const ratio = median(theirs.map((r) => r.ms)) / median(ours.map((r) => r.ms));
    const ratios = ours.map((r, i) => theirs[i].ms / r.ms);
    rows.push({
      bench: 'catalogue-tree', case: `${label}, items=${COUNT}`,
      figures: {
        'zwgk first render': range(ours), 'sl-tree first render': range(theirs),
        'speed-up': `${ratio.toFixed(1)}× (range ${Math.min(...ratios).toFixed(0)}–${Math.max(...ratios).toFixed(0)}×)`,
        'DOM nodes zwgk / sl-tree': `${ours[0].nodes} / ${theirs[0].nodes}`,
      },
      note: `target ≥ 20× ${ratio >= 20 ? 'met' : 'MISSED'}; medians of ${RUNS}`,
    });
  }
  return rows;
}
