// The demo county site on a phone: every page at 320 px and 375 px wide (the narrowest phones
// still sold, and the most common) has no horizontal scroll and no axe violation on the whole
// page (landmarks, headings, contrast of the site's own links, the elements inside). Its 长辈版
// switch shows a focus ring, and is remembered across pages and reloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { axeViolations, watchProblems, zwgkSettled } from '../helpers/browser-page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const PAGES = [
  '/index.html', '/policy.html', '/request.html', '/open-day.html', '/map.html',
  '/policies.html', '/consultation.html', '/responses.html', '/negative-list.html', '/records.html', '/poster.html#zwgk-item=it-147',
];
let server;
let browser;

before(async () => {
  server = await startDemoServer();
  browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPhone(path, width, { elder = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 740, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  if (elder) await page.evaluateOnNewDocument(() => localStorage.setItem('shixian-elder', '1'));
  const problems = watchProblems(page);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await zwgkSettled(page);
  return { page, problems };
}

/** How far the page can scroll sideways, and the widest elements that stick out. */
const overflow = () => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  const walk = (rootNode) => rootNode.querySelectorAll('*').forEach((el) => {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && box.width > 0 && getComputedStyle(el).position !== 'fixed') wide.push(`${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} → ${Math.round(box.right)} px`);
    if (el.shadowRoot) walk(el.shadowRoot);
  });
  walk(document);
  return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 8) };
};

for (const width of [320, 375]) {
  for (const path of PAGES) {
    test(`${path} at ${width} px: no horizontal scroll, axe clean for the whole page`, async () => {
      const { page, problems } = await openPhone(path, width);
      try {
        const { scroll, wide } = await page.evaluate(overflow);
        assert.ok(scroll <= 0, `the page scrolls ${scroll} px sideways; too wide: ${wide.join('; ')}`);
        assert.deepEqual(await axeViolations(page, 'html'), []);
        assert.deepEqual(problems(), []);
      } finally {
        await page.close();
      }
    });
  }
}

test('/offline/example.html at 320 px: no horizontal scroll, axe clean', async () => {
  assert.ok(existsSync(`${root}dist/zwgk-elements.js`), 'npm test builds dist/ before this test');
  const { page } = await openPhone('/offline/example.html', 320);
  try {
    const { scroll, wide } = await page.evaluate(overflow);
    assert.ok(scroll <= 0, `scrolls ${scroll} px sideways: ${wide.join('; ')}`);
    assert.deepEqual(await axeViolations(page, 'html'), []);
  } finally {
    await page.close();
  }
});

for (const path of PAGES) {
  test(`${path} at 320 px in 长辈版 (20 px text): still no horizontal scroll`, async () => {
    const { page } = await openPhone(path, 320, { elder: true });
    try {
      assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-zwgk-elder')), true);
      const { scroll, wide } = await page.evaluate(overflow);
      assert.ok(scroll <= 0, `the page scrolls ${scroll} px sideways; too wide: ${wide.join('; ')}`);
    } finally {
      await page.close();
    }
  });
}

test('长辈版 switch: a visible focus ring, pressed state announced, remembered on the next page and after a reload', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  try {
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'networkidle0' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle0' });
    // Tab until the switch has focus, as a keyboard user does.
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'elder-toggle'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    assert.equal(focused, 'elder-toggle');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.notEqual(ring.style, 'none', 'the focused 长辈版 button shows no outline');
    assert.ok(ring.width >= 2, `outline ${ring.width} px`);

    await page.keyboard.press('Enter');
    assert.equal(await page.$eval('#elder-toggle', (b) => b.getAttribute('aria-pressed')), 'true');
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-zwgk-elder')), true);

    await page.goto(`${server.origin}/policy.html`, { waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-zwgk-elder')), true, 'forgotten on the next page');
    assert.equal(await page.$eval('#elder-toggle', (b) => b.getAttribute('aria-pressed')), 'true');
    await page.reload({ waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-zwgk-elder')), true, 'forgotten after a reload');

    await page.click('#elder-toggle');
    await page.reload({ waitUntil: 'networkidle0' });
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-zwgk-elder')), false, 'switching off is remembered too');
  } finally {
    await page.close();
  }
});
