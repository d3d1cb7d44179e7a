// The demo county site as a citizen's browser sees it: the real demo server (with its strict
// Content Security Policy), headless Chromium, every page. Fails on any CSP violation, page
// error, or an element that shows an error or nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
let server;
let origin;
let browser;

before(async () => {
  server = await startDemoServer();
  origin = server.origin;
  browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(path, check, ...args) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: 60_000 });
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  const result = await page.waitForFunction(check, { timeout: 20_000 }, ...args).then((handle) => handle.jsonValue());
  await page.close();
  assert.deepEqual(problems, []);
  return result;
}

test('标准目录 page: the tree shows the sample county under the strict CSP', async () => {
  const domains = await visit('/index.html', () => {
    const tree = document.querySelector('zwgk-catalogue-tree > .zwgk-body');
    const count = tree?.querySelectorAll('[aria-level="1"]').length ?? 0;
    return count > 5 && !tree.querySelector('[part="error"]') && document.querySelector('zwgk-catalogue > .zwgk-body').textContent.includes('示例县基层政务公开事项标准目录') && count;
  });
  assert.ok(domains > 5);
});

test('政策解读 page: the policy list renders under the strict CSP', async () => {
  const cards = await visit('/policy.html', () => document.querySelector('zwgk-policy-card > .zwgk-body')?.querySelectorAll('[part="card"]').length);
  assert.ok(cards >= 6);
});

for (const [path, tag] of [
  ['/map.html', 'zwgk-disclosure-map'], ['/request.html', 'zwgk-request-form'], ['/open-day.html', 'zwgk-open-day'],
  ['/policies.html', 'zwgk-policy-list'], ['/consultation.html', 'zwgk-consultation'], ['/responses.html', 'zwgk-responses'],
  ['/negative-list.html', 'zwgk-negative-list'], ['/records.html', 'zwgk-records'], ['/poster.html#zwgk-item=it-147', 'zwgk-notice-poster'],
]) {
  if (!existsSync(`${root}demo${path.replace(/#.*/, '')}`)) continue; // each page joins this test when its element lands
  test(`${path}: <${tag}> renders under the strict CSP`, async () => {
    const length = await visit(path, (name) => {
      const element = document.querySelector(name);
      const shown = element?.shadowRoot ?? element?.querySelector(':scope > .zwgk-body');
      return shown && !shown.querySelector('[part="error"]') && shown.textContent.trim().length > 20 && shown.textContent.trim().length;
    }, tag);
    assert.ok(length > 20);
  });
}

test('the demo serves demo/ and the library, never data directories or other files of the machine', async () => {
  const status = async (path) => (await fetch(`${origin}${path}`)).status;
  for (const path of [
    '/.data/requests.jsonl', '/.data/open-day-signups.jsonl', '/.data/uploads/YSQ20260101ABCDEF.png',
    '/.zwgk-data/PG_VERSION', '/%2ezwgk-data/PG_VERSION', '/.git/config', '/assets/../.zwgk-data/PG_VERSION',
    `/@fs${root}demo/.data/requests.jsonl`, `/@fs${root}.zwgk-data/PG_VERSION`, `/@fs${root}package.json`, `/@fs${root}.git/config`, '/@fs/etc/passwd',
  ]) {
    assert.equal(await status(path), 404, path);
  }
  for (const path of ['/index.html', '/request.html', '/data/shixian.json', `/@fs${root}src/index.ts`, '/healthz']) assert.equal(await status(path), 200, path);
});

test('/offline/example.html: the built drop-in bundle alone renders every element that needs no back end, under the strict CSP', async () => {
  assert.ok(existsSync(`${root}dist/zwgk-elements.js`), 'npm test builds dist/ before this test');
  const rendered = await visit('/offline/example.html', () => {
    // <zwgk-open-day> asks its sign-up API for places left as soon as it shows, so the page that
    // must work without a back end leaves it out (README.txt §6); the request form sends only on submit.
    const tags = ['zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map', 'zwgk-request-form',
      'zwgk-policy-list', 'zwgk-consultation', 'zwgk-responses', 'zwgk-negative-list', 'zwgk-records', 'zwgk-notice-poster'];
    const ok = tags.filter((tag) => {
      const element = document.querySelector(tag);
      const shown = element?.shadowRoot ?? element?.querySelector(':scope > .zwgk-body');
      return shown && !shown.querySelector('[part="error"]') && shown.textContent.trim().length > 20;
    });
    return ok.length === tags.length && ok.length;
  });
  assert.equal(rendered, 10);
});

test('/poster.html: a notice-board poster prints on one A4 page, site header and navigation left out', async () => {
  const page = await browser.newPage();
  try {
    for (const item of ['it-147', 'it-146', 'it-178']) {
      await page.goto(`${origin}/poster.html#zwgk-item=${item}`, { waitUntil: 'networkidle0', timeout: 60_000 });
      await page.waitForFunction(() => document.querySelector('zwgk-notice-poster svg.zwgk-qr path'), { timeout: 20_000 });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMediaType('print');
      // Drawn at all in the print layout (a node inside a hidden ancestor has no boxes).
      const shown = await page.evaluate(() => ['.header', '.nav', '.side', '.footer', 'zwgk-notice-poster [part="sheet"]']
        .map((selector) => document.querySelector(selector).getClientRects().length > 0));
      assert.deepEqual(shown, [false, false, false, false, true], item);
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true })).toString('latin1');
      assert.equal((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, 1, `${item}: one sheet`);
      const [width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf).slice(1).map(Number);
      assert.ok(Math.abs(width - 595.3) < 1 && Math.abs(height - 841.9) < 1, `${item}: A4 portrait, got ${width} × ${height} pt`);
      await page.emulateMediaType('screen');
    }
  } finally {
    await page.close();
  }
});
