// What the bench drivers share: a headless Chromium, pages built from bench modules and served
// on 127.0.0.1, the JS heap read through the DevTools protocol after a forced collection, and
// figures summarised without dropping any sample. A driver is a module exporting
// `run(context): Promise<BenchRow[]>`; bench/run.mjs lists them.
import http from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../web-test-runner.config.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Builds a TypeScript module for Node (e.g. the catalogue generator and `splitCatalogue`) and imports it. */
export async function importTs(module) {
  const result = await build({ entryPoints: [`${root}${module}`], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'error' });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  return import(url);
}

/** Builds `module` (production, minified, as shipped) into a page; returns its files by path. */
async function bundlePage(module) {
  const result = await build({
    stdin: { contents: `import './${module}';`, resolveDir: root, loader: 'ts', sourcefile: 'bench-page.ts' },
    bundle: true, minify: !process.env.ZWGK_BENCH_READABLE, format: 'esm', target: 'es2021', write: false, splitting: true, outdir: 'out',
    conditions: ['production'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((f) => [`/${f.path.split('/').pop()}`, f.text]));
  // esbuild names the entry built from stdin `stdin.js`; the other files are chunks.
  const main = [...files.keys()].find((k) => k === '/stdin.js' || k.startsWith('/bench-page')) ?? [...files.keys()][0];
  files.set('/', `<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src=".${main}"></script></body>`);
  return files;
}

export async function createContext() {
  const pages = new Map();
  /** Data files a driver publishes (`serve`), under /data/. */
  const data = new Map();
  // Each page under /<n>/, its files relative to it.
  const server = http.createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path.startsWith('/data/')) {
      const body = data.get(path);
      if (body === undefined) return response.writeHead(404).end();
      return response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length }).end(body);
    }
    const [, id, ...rest] = new URL(request.url, 'http://x').pathname.split('/');
    const file = `/${rest.join('/')}`;
    const body = [...pages.values()][Number(id)]?.get(file);
    if (body === undefined) return response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file === '/' ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8' }).end(body);
  });
  // ZWGK_BENCH_PORT: a fixed port, for machines where each engineer has a port range.
  await new Promise((resolve) => server.listen(Number(process.env.ZWGK_BENCH_PORT ?? 0), '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = process.env.ZWGK_BENCH_CHROMIUM === '89'
    ? await (await import('../test/helpers/chromium89.mjs')).launchChromium89()
    : await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs, protocolTimeout: 600_000 });

  return {
    browser,
    origin,
    /** Publishes `text` at `/data/<path>` (UTF-8), as a county's web server would serve a catalogue file. */
    serve(path, text) {
      data.set(`/data/${path}`, Buffer.from(text));
      return `${origin}/data/${path}`;
    },
    /** Forgets every published data file. */
    unserve() {
      data.clear();
    },
    /** A fresh tab on the page built from `module` (e.g. bench/pages/tree.page.ts), once `ready()` holds. */
    async open(module, ready = () => true) {
      if (!pages.has(module)) pages.set(module, await bundlePage(module));
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      page.on('pageerror', (error) => console.error('page error:', error.message));
      await page.goto(`${origin}/${[...pages.keys()].indexOf(module)}/`);
      await page.waitForFunction(ready);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** The JS heap in MB after a full collection, read through the DevTools protocol. */
export async function heapMB(page) {
  // puppeteer-core 6 (the Chromium 89 run) opens sessions from the target.
  const cdp = await (page.createCDPSession ? page.createCDPSession() : page.target().createCDPSession());
  try {
    await cdp.send('HeapProfiler.enable');
    // Twice: a first collection can leave objects that only a second one frees (finalizers, weak maps).
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const median = (values) => percentile(values, 50);
export const ms = (value) => `${value.toFixed(1)} ms`;
/** p50, p95 and max of every sample: no outlier is dropped. */
export const spread = (values) => `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(Math.max(...values))} (n=${values.length})`;
export const verdict = (value, target, label) => `${label} ≤ ${target} ms ${value <= target ? 'met' : 'MISSED'}`;
