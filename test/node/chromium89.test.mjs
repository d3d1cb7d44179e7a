// The old-core check (issue 15): the built drop-in bundle renders every element in Chromium 89 (the
// 360/QQ/Sogou 极速 cores on county PCs; TOOLCHAIN.md) on the demo server under its strict CSP, with
// no page error, console error or CSP violation, and each element shows the same text and the same
// computed look (display, size, weight, colours, floats, list markers) as in the current Chromium.
// A style that only held through a feature Chromium 89 lacks (@layer, @scope, nesting…) shows up here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { launchChromium89 } from '../helpers/chromium89.mjs';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
const TAGS = [
  'zwgk-catalogue', 'zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map', 'zwgk-open-day', 'zwgk-request-form',
  'zwgk-policy-list', 'zwgk-consultation', 'zwgk-responses', 'zwgk-negative-list', 'zwgk-records', 'zwgk-notice-poster',
];
let server;

before(async () => {
  assert.ok(existsSync(`${root}dist/zwgk-elements.js`), 'npm test builds dist/ before this test');
  server = await startDemoServer();
});
after(async () => {
  await server?.stop();
});

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
  await page.goto(`${server.origin}/offline/example.html`, { waitUntil: 'load', timeout: 60_000 });
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
  }, { timeout: 30_000 });
  // Every domain row in view, whatever the fonts do to row heights (set through the CSSOM: CSP-safe).
  await page.evaluate(() => document.querySelector('zwgk-catalogue-tree').style.setProperty('--zwgk-tree-height', '4000px'));
  await page.waitForFunction(() => {
    const tree = document.querySelector('zwgk-catalogue-tree');
    return ((tree.shadowRoot ?? tree).querySelectorAll('[role="treeitem"][aria-level="1"]').length) >= 28;
  }, { timeout: 10_000 });
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
  for (const tag of TAGS) {
    const [a, b] = [oldRender.shown[tag], currentRender.shown[tag]];
    assert.ok(b.text.length > 20, `${tag} shows text`);
    assert.equal(a.text, b.text, `${tag}: the same text`);
    assert.equal(a.host, b.host, `${tag}: the same look of the element itself`);
    const different = a.looks.map((look, i) => (look === b.looks[i] ? undefined : `${look}  ≠  ${b.looks[i]}`)).filter(Boolean);
    assert.deepEqual(different.slice(0, 5), [], `${tag}: the same look, node by node (${a.looks.length} nodes)`);
  }
});
