#!/usr/bin/env node
// `npm run bench`: runs the benches in headless Chromium against pages built from bench modules
// (production, minified) and prints their figures. Not a test: targets are reported, never
// enforced, and no sample is dropped. `npm run bench -- search` runs only the named benches.
// A bench is either a page that measures itself (`page`: a module setting `window.runBench`) or a
// driver that controls pages from Node (`driver`: real input, the heap through the DevTools
// protocol, fresh pages for cold runs; see bench/driver.mjs). Add one by listing it below.
// ZWGK_BENCH_CHROMIUM=89 runs the same pages in Chromium 89, the old core of county PCs (TOOLCHAIN.md).
import { createContext } from './driver.mjs';

export const BENCHES = [
  { name: 'validation', page: 'bench/pages/validation.page.ts' },
  { name: 'catalogue-tree', driver: './catalogue-tree.driver.mjs' },
  { name: 'search', driver: './search.driver.mjs' },
  { name: 'province', driver: './province.driver.mjs' },
];

const only = process.argv.slice(2);
const selected = only.length ? BENCHES.filter((b) => only.includes(b.name)) : BENCHES;
const context = await createContext();
const print = (row) => {
  const figures = Object.entries(row.figures).map(([k, v]) => `${k}: ${v}`).join('; ');
  console.log(`${row.bench.padEnd(14)} ${row.case.padEnd(20)} ${figures}${row.note ? `  [${row.note}]` : ''}`);
};
try {
  const cores = (await import('node:os')).cpus().length;
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`zwgk-elements benchmarks (headless ${await context.browser.version()}, ${new Date().toISOString().slice(0, 10)}, ${cores} cores, load average ${load} at start: a shared machine reads slower)`);
  for (const bench of selected) {
    if (bench.page) {
      const page = await context.open(bench.page, () => typeof window.runBench === 'function');
      for (const row of await page.evaluate(() => window.runBench())) print(row);
      await page.close();
    } else {
      const { run } = await import(bench.driver);
      for (const row of await run(context)) print(row);
    }
  }
} finally {
  await context.close();
}
