// The old-core check (issue 15): the built drop-in bundle renders every element in Chromium 89 (the
// 360/QQ/Sogou 极速 cores on county PCs; TOOLCHAIN.md) on a static host under the demo's strict CSP, with
// no page error, console error or CSP violation, and each element shows the same text and the same
// computed look (display, size, weight, colours, floats, list markers) as in the current Chromium.
// A style that only held through a feature Chromium 89 lacks (@layer, @scope, nesting…) shows up here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import puppeteer from 'puppeteer-core';
import { launchChromium89 } from '../helpers/chromium89.mjs';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
const TAGS = [
  'zwgk-catalogue', 'zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map', 'zwgk-open-day', 'zwgk-request-form',
  'zwgk-policy-list', 'zwgk-consultation', 'zwgk-responses', 'zwgk-negative-list', 'zwgk-records', 'zwgk-notice-poster',
];
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const TILE = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20width='256'%20height='256'%3E%3Crect%20width='256'%20height='256'%20fill='%23eef2f6'/%3E%3C/svg%3E";
/** Every element, the built bundle only, the map's list and (separately) a Leaflet map. */
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Chromium 89</title>
<script type="module" src="/zwgk/zwgk-elements.js"></script></head><body>
<zwgk-catalogue src="/data/shixian.json" show-info>
  <zwgk-catalogue-tree no-hash><ul><li><a href="/zwgk/jczwgk/">基层政务公开标准目录</a></li></ul></zwgk-catalogue-tree>
  <zwgk-policy-card></zwgk-policy-card>
  <zwgk-disclosure-map list-only></zwgk-disclosure-map>
  <zwgk-open-day now="2027-01-05T09:00:00+08:00"></zwgk-open-day>
  <zwgk-request-form action="/api/requests"></zwgk-request-form>
  <zwgk-policy-list no-hash page-size="6"></zwgk-policy-list>
  <zwgk-consultation now="2026-12-06"></zwgk-consultation>
  <zwgk-responses limit="3"></zwgk-responses>
  <zwgk-negative-list now="2026-12-06"></zwgk-negative-list>
  <zwgk-records item="it-147" now="2026-12-06"></zwgk-records>
  <zwgk-notice-poster item="it-147" now="2026-12-06"></zwgk-notice-poster>
  <zwgk-disclosure-map id="with-map" tiles="${TILE}" attribution="示意底图"></zwgk-disclosure-map>
</zwgk-catalogue></body></html>`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
let server;
let origin;

before(async () => {
  assert.ok(existsSync(`${root}dist/zwgk-elements.js`), 'npm test builds dist/ before this test');
  // A static host with the demo's strict CSP: the page, dist/ under /zwgk/, the sample under /data/.
  server = http.createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = path === '/' ? null : path.startsWith('/zwgk/') ? `${root}dist/${path.slice(6)}` : path === '/data/shixian.json' ? `${root}demo/data/shixian.json` : undefined;
    if (file === undefined || (file && (path.includes('..') || !existsSync(file)))) {
      response.writeHead(404, { 'Content-Security-Policy': CSP }).end();
      return;
    }
    response.writeHead(200, { 'Content-Security-Policy': CSP, 'Content-Type': `${file ? TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' : 'text/html'}; charset=utf-8` });
    response.end(file ? readFileSync(file) : PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

/** Opens the offline example page (all six elements, the built bundle only) and reads what each element shows. */
async function render(browser) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
  page.on('console', (message) => {
    // The sample county links images it does not ship (404): a missing file, not an error of ours.
    if (/^Failed to load resource/.test(message.text())) return;
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => {
    const shown = (tag) => {
      const element = document.querySelector(tag);
      return element?.shadowRoot ?? element?.querySelector(':scope > .zwgk-body');
    };
    const count = (tag, selector) => shown(tag)?.querySelectorAll(selector).length ?? 0;
    return count('zwgk-catalogue-tree', '[role="treeitem"]') > 5 && count('zwgk-policy-card', '[part="card"]') >= 6
      && count('zwgk-disclosure-map', '[part~="point"]') >= 15 && count('zwgk-open-day', '[part="event"]') >= 1
      && count('zwgk-request-form', 'input, select, textarea') >= 10 && (shown('zwgk-catalogue')?.textContent ?? '').includes('示例县')
      && count('zwgk-policy-list', '[part="policy"]') >= 6 && count('zwgk-consultation', '[part="consultation"]') >= 1
      && count('zwgk-responses', '[part="response"]') >= 3 && count('zwgk-negative-list', '[part="entry"]') >= 3
      && count('zwgk-records', 'tbody tr') >= 10 && count('zwgk-notice-poster', 'svg.zwgk-qr path') === 1;
  }, { timeout: 30_000 }).catch(async (error) => {
    throw new Error(`${error.message}: ${await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 600))} ${JSON.stringify(problems)}`);
  });
  // The map loads Leaflet when it comes into view, as a reader scrolls to it.
  await page.evaluate(() => document.querySelector('#with-map').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#with-map').mapStatus === 'ready', { timeout: 20_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  // Every domain row in view, whatever the fonts do to row heights (set through the CSSOM: CSP-safe).
  await page.evaluate(() => document.querySelector('zwgk-catalogue-tree').style.setProperty('--zwgk-tree-height', '4000px'));
  await page.waitForFunction(() => {
    const tree = document.querySelector('zwgk-catalogue-tree');
    return ((tree.shadowRoot ?? tree).querySelectorAll('[role="treeitem"][aria-level="1"]').length) >= 28;
  }, { timeout: 10_000 });
  // The opinion form, opened and sent empty: its error summary under the strict CSP, in both cores.
  await page.evaluate(() => document.querySelector('zwgk-consultation [data-write-opinion="cs-003"]').click());
  await page.waitForSelector('zwgk-consultation form[part="form"]');
  await page.evaluate(() => document.querySelector('zwgk-consultation form[part="form"] button[type="submit"]').click());
  await page.waitForFunction(() => document.activeElement?.matches('zwgk-consultation [part="error-summary"]'), { timeout: 10_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const shown = await page.evaluate((tags) => {
    const look = (node) => {
      const s = getComputedStyle(node);
      return [s.display, s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.float, s.position, s.listStyleType, s.textDecorationLine, s.borderTopStyle].join(' ');
    };
    return Object.fromEntries(tags.map((tag) => {
      const element = document.querySelector(tag);
      const body = element.shadowRoot ?? element.querySelector(':scope > .zwgk-body');
      const text = (body.innerText ?? body.textContent).replace(/\s+/g, ' ').trim();
      // Images load lazily, and each core decides differently when: their look follows their loading.
      const looks = [...body.querySelectorAll('*')].filter((node) => node.localName !== 'img').map((node) => `<${node.localName} class="${node.getAttribute('class') ?? ''}"> ${look(node)}`);
      return [tag, { text, looks, host: look(element) }];
    }));
  }, TAGS);
  // The Leaflet canvas (its own shadow root inside the map container, with Leaflet's adopted CSS) and its markers.
  shown.canvas = await page.evaluate(() => {
    const canvas = document.querySelector('#with-map .zwgk-map')?.shadowRoot ?? document.querySelector('#with-map').shadowRoot;
    const markers = canvas.querySelectorAll('.zwgk-marker[data-zwgk-marker]');
    return { markers: markers.length, positioned: getComputedStyle(canvas.querySelector('.leaflet-pane')).position, sheets: canvas.adoptedStyleSheets?.length ?? 0 };
  });
  await page.close();
  return { problems, shown };
}

test('every element renders in Chromium 89 with no error, and shows the same text and look as in the current Chromium', { timeout: 180_000 }, async () => {
  const old = await launchChromium89();
  let oldRender;
  try {
    assert.match(await old.version(), /\/89\./);
    oldRender = await render(old);
  } finally {
    await old.close();
  }
  const current = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
  let currentRender;
  try {
    currentRender = await render(current);
  } finally {
    await current.close();
  }
  assert.deepEqual(oldRender.problems, [], 'Chromium 89');
  assert.deepEqual(currentRender.problems, [], 'current Chromium');
  assert.ok(oldRender.shown.canvas.markers > 0, 'the map draws its markers in Chromium 89');
  assert.deepEqual(oldRender.shown.canvas, currentRender.shown.canvas, 'the same map canvas');
  for (const tag of TAGS) {
    const [a, b] = [oldRender.shown[tag], currentRender.shown[tag]];
    assert.ok(b.text.length > 20, `${tag} shows text`);
    assert.equal(a.text, b.text, `${tag}: the same text`);
    assert.equal(a.host, b.host, `${tag}: the same look of the element itself`);
    const different = a.looks.map((look, i) => (look === b.looks[i] ? undefined : `${look}  ≠  ${b.looks[i]}`)).filter(Boolean);
    assert.deepEqual(different.slice(0, 5), [], `${tag}: the same look, node by node (${a.looks.length} nodes)`);
  }
});
