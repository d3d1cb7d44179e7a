#!/usr/bin/env node
// `npm run bench`: builds the bench page modules (production, minified), serves them on
// 127.0.0.1, runs them in headless Chromium and prints their figures. Not a test: targets are
// reported, never enforced. Add a bench by writing bench/<name>.bench.ts and listing it below.
import http from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../web-test-runner.config.mjs';

export const BENCHES = ['validation', 'catalogue-tree'];

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const selected = only.length ? BENCHES.filter((b) => only.includes(b)) : BENCHES;
const entry = `${selected.map((name, i) => `import { run as run${i} } from './bench/${name}.bench.ts';`).join('\n')}
window.runBenches = async () => { const rows = []; ${selected.map((_, i) => `rows.push(...await run${i}());`).join(' ')} return rows; };`;

const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true, minify: true, format: 'esm', target: 'es2021', write: false, splitting: true, outdir: 'out',
  conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
});
const files = new Map(bundle.outputFiles.map((f) => [`/${f.path.split('/').pop()}`, f.text]));
const mainFile = [...files.keys()].find((k) => k.startsWith('/bench-entry')) ?? [...files.keys()][0];
files.set('/', `<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src="${mainFile}"></script></body>`);

const server = http.createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const body = files.get(path);
  if (body === undefined) { response.writeHead(404).end(); return; }
  response.writeHead(200, { 'Content-Type': path === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

// ZWGK_BENCH_CHROMIUM=89 runs the same pages in Chromium 89, the old core of county PCs (TOOLCHAIN.md).
const browser = process.env.ZWGK_BENCH_CHROMIUM === '89'
  ? await (await import('../test/helpers/chromium89.mjs')).launchChromium89()
  : await puppeteer.launch({
    executablePath: await findChrome(), headless: true,
    args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => typeof window.runBenches === 'function');
  const rows = await page.evaluate(() => window.runBenches());
  console.log(`zwgk-elements benchmarks (headless ${await browser.version()}, ${new Date().toISOString().slice(0, 10)}; medians unless stated)`);
  for (const row of rows) {
    const figures = Object.entries(row.figures).map(([k, v]) => `${k}=${v}`).join('  ');
    console.log(`${row.bench.padEnd(14)} ${row.case.padEnd(14)} ${figures}${row.note ? `  [${row.note}]` : ''}`);
  }
} finally {
  await browser.close();
  server.close();
}
