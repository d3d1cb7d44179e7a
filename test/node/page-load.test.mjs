// The built demo site (npm run build:demo, served at /built/ by the real demo server) as a citizen's
// browser loads it: each element keeps its place while its script and its catalogue load (no
// layout shift), the catalogue is downloaded once although the page preloads it and an element
// fetches it, and the server sends the .br/.gz copies as the integrator guide's snippets do.
// Loads are held at each step (request interception), not timed: the test is the same on a
// shared machine as on a quiet one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { buildDemo, DEMO_OUT } from '../../scripts/build-demo.mjs';
import { cumulativeLayoutShift, VIEWPORTS } from '../../bench/page.mjs';

let server;
let browser;
let pages;

before(async () => {
  buildDemo({ bundles: false });
  pages = readdirSync(DEMO_OUT).filter((name) => name.endsWith('.html'));
  server = await startDemoServer();
  browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Layout shifts as the page records them, from before its first paint. */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) window.__shifts.push({ time: entry.startTime, value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Where the footer and each zwgk element are, in page coordinates. */
const positions = (page) => page.evaluate(() => {
  const box = (element) => {
    const rect = element.getBoundingClientRect();
    return { top: Math.round(rect.top + scrollY), height: Math.round(rect.height) };
  };
  return {
    footer: box(document.querySelector('footer')).top,
    elements: [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('zwgk-')).map((el) => ({ tag: el.localName, ...box(el) })),
  };
});

/**
 * Opens `file` with its scripts and its catalogue held back, then lets the scripts through, then
 * the catalogue; returns the layout at each step and the shifts recorded over the whole load.
 */
async function heldLoad(file, viewport, { elder = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(recordShifts);
  if (elder) await page.evaluateOnNewDocument(() => localStorage.setItem('shixian-elder', '1'));
  const held = { scripts: [], data: [] };
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/built/zwgk/')) held.scripts.push(request);
    else if (path.endsWith('/shixian.json')) held.data.push(request);
    else request.continue();
  });
  // Module scripts held back hold DOMContentLoaded back too: wait for the parsed footer instead.
  // The poster page is reached from the tree's 打印公示栏海报 link, which names the item; without it
  // the element shows a one-line note to the integrator, much shorter than any reservation.
  const address = file === 'poster.html' ? `${file}#zwgk-item=it-147` : file;
  const navigation = page.goto(`${server.origin}/built/${address}`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('footer'), { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const cloaked = await positions(page);
  const release = (list) => list.splice(0).forEach((request) => request.continue());
  // Scripts may ask for more modules once the first ones run: keep letting them through.
  const scripts = setInterval(() => release(held.scripts), 20);
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('zwgk-')).every((el) => customElements.get(el.localName) && el.hasUpdated !== false), { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const loading = await positions(page);
    release(held.data);
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('zwgk-') && el.localName !== 'zwgk-catalogue')
    .every((el) => { const body = el.shadowRoot ?? el.querySelector(':scope > .zwgk-body'); return body && !body.querySelector('.zwgk-status') && body.textContent.trim().length > 0; }), { timeout: 30_000 });
  await navigation;
  await new Promise((resolve) => setTimeout(resolve, 500));
  clearInterval(scripts);
  const shifts = await page.evaluate(() => window.__shifts);
  await page.close();
  return { cloaked, loading, shifts, errors };
}

for (const viewport of VIEWPORTS) {
  test(`${viewport.name}: every built demo page keeps its layout while the elements and the catalogue load (CLS ≤ 0.02)`, async () => {
    for (const file of pages) {
      const { cloaked, loading, shifts, errors } = await heldLoad(file, viewport);
      assert.deepEqual(errors, [], file);
      // Upgrading and waiting for the catalogue move nothing: the elements keep the cloak's height.
      assert.equal(loading.footer, cloaked.footer, `${file}: the footer moved when the elements upgraded (${cloaked.footer} → ${loading.footer})`);
      assert.deepEqual(loading.elements.map((e) => e.top), cloaked.elements.map((e) => e.top), `${file}: an element moved when the script ran`);
      const cls = cumulativeLayoutShift(shifts);
      assert.ok(cls <= 0.02, `${file}: CLS ${cls.toFixed(3)} (${JSON.stringify(shifts)})`);
    }
  });
}

test('elder mode (长辈版 remembered): the reservation grows with the text and still nothing shifts', async () => {
  for (const file of ['index.html', 'request.html']) {
    const { cloaked, loading, shifts } = await heldLoad(file, VIEWPORTS[1], { elder: true });
    assert.equal(loading.footer, cloaked.footer, file);
    assert.ok(cumulativeLayoutShift(shifts) <= 0.02, `${file}: ${JSON.stringify(shifts)}`);
  }
});

test('the preloaded catalogue is the one the elements use: one request, and no "preloaded but not used" warning', async () => {
  // The pages side by side: Chromium warns only a few seconds after load about a preload nobody used.
  const results = await Promise.all(pages.map(async (file) => {
    const page = await browser.newPage();
    const catalogueRequests = [];
    const warnings = [];
    page.on('request', (request) => { if (request.url().endsWith('/shixian.json')) catalogueRequests.push(request.resourceType()); });
    page.on('console', (message) => { if (/preload/i.test(message.text())) warnings.push(message.text()); });
    await page.goto(`${server.origin}/built/${file}`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    await page.close();
    return { file, catalogueRequests, warnings };
  }));
  for (const { file, catalogueRequests, warnings } of results) {
    // One request, the <link rel="preload"> ('other'); a request of type 'fetch' would be the element's own.
    assert.deepEqual(catalogueRequests, ['other'], `${file}: ${catalogueRequests.join(', ')}`);
    assert.deepEqual(warnings, [], file);
  }
});

test('the built site is sent as the guide configures nginx and Apache: .br or .gz copies with the original type and Vary', async () => {
  for (const [path, type] of [['/built/zwgk/zwgk-autoloader.js', /^text\/javascript/], ['/built/data/shixian.json', /^application\/json/], ['/built/index.html', /^text\/html/], ['/built/assets/legacy.css', /^text\/css/]]) {
    const plain = await fetch(`${server.origin}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
    const original = Buffer.from(await plain.arrayBuffer());
    assert.equal(plain.headers.get('content-encoding'), null, path);
    for (const [accept, encoding, decode] of [['gzip, deflate, br', 'br', brotliDecompressSync], ['gzip, deflate', 'gzip', gunzipSync], ['br;q=0, gzip', 'gzip', gunzipSync]]) {
      // Node's fetch would decode the body itself; read the raw bytes with http instead.
      const response = await new Promise((resolve, reject) => {
        import('node:http').then(({ get }) => get(`${server.origin}${path}`, { headers: { 'Accept-Encoding': accept } }, (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).on('error', reject));
      });
      assert.equal(response.headers['content-encoding'], encoding, `${path} with ${accept}`);
      assert.match(response.headers['content-type'], type, path);
      assert.match(response.headers.vary ?? '', /Accept-Encoding/i, path);
      assert.equal(Number(response.headers['content-length']), response.body.length, path);
      assert.ok(response.body.length < original.length, `${path}: the ${encoding} copy is smaller`);
      assert.deepEqual(decode(response.body), original, `${path}: the ${encoding} copy is the file`);
    }
  }
});
