// The forms on an old core (issue 15): in Chromium 89 (the 360/QQ/Sogou 极速 cores; TOOLCHAIN.md)
// and in the current Chromium, on the offline example page (the built bundle only, the demo
// server's strict CSP and real APIs; the open days added to it, as the page's comment says), a citizen uses <zwgk-request-form> and <zwgk-open-day> with
// the keyboard: an empty submit (error summary, focused; its link focuses the field), a sign-up
// (confirmation, focused) and the same phone again (the server's 409: the alert takes focus). At
// every step both cores show the same text and the same look node by node, with no page error,
// console error or CSP violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { launchChromium89 } from '../helpers/chromium89.mjs';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';

const root = new URL('../../', import.meta.url).pathname;
let server;

before(async () => {
  assert.ok(existsSync(`${root}dist/zwgk-elements.js`), 'npm test builds dist/ before this test');
  // Its own fresh database (the helper's default): the sign-ups of this test never meet the demo site's.
  server = await startDemoServer();
});
after(async () => {
  await server?.stop();
});

/** What an element shows (text, with confirmation codes masked) and how each of its nodes looks; and what has focus. Runs in the page. */
function view(tag) {
  const element = document.querySelector(tag);
  const body = element.querySelector(':scope > .zwgk-body');
  const look = (node) => {
    const s = getComputedStyle(node);
    return [s.display, s.fontSize, s.fontWeight, s.color, s.backgroundColor, s.borderTopWidth, s.borderTopColor, s.float, s.listStyleType, s.textDecorationLine].join(' ');
  };
  let text = body.innerText.replace(/\s+/g, ' ').trim();
  for (const code of body.querySelectorAll('.zwgk-code')) text = text.split(code.textContent).join('CODE');
  const focused = document.activeElement;
  return {
    text,
    looks: [...body.querySelectorAll('*')].map((node) => `<${node.localName} class="${node.getAttribute('class') ?? ''}"> ${look(node)}`),
    focus: focused && element.contains(focused) ? `<${focused.localName} class="${focused.getAttribute('class') ?? ''}" role="${focused.getAttribute('role') ?? ''}">` : `outside: <${focused?.localName}>`,
  };
}

async function waitForFocus(page, tag, selector) {
  await page.waitForFunction((t, s) => document.activeElement?.matches(`${t} ${s}`), { timeout: 10_000 }, tag, selector);
}

/** The citizen's steps in one browser; `phone` signs up once, then meets the 409. */
async function useTheForms(browser, phone) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message ?? error}`));
  page.on('console', (message) => {
    if (/^Failed to load resource/.test(message.text())) return; // the 409 itself, and sample images the county does not ship
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/offline/example.html`, { waitUntil: 'load', timeout: 60_000 });
  // The example page leaves the open days out (they need the sign-up API, which this server has): add them as a page would.
  await page.evaluate(() => {
    const openDay = document.createElement('zwgk-open-day');
    openDay.setAttribute('api', '/api');
    document.querySelector('zwgk-catalogue').append(openDay);
  });
  await page.waitForFunction(() => document.querySelectorAll('zwgk-request-form form[part="form"] input').length > 10
    && document.querySelector('zwgk-open-day [data-signup]') && (document.querySelector('zwgk-open-day').textContent ?? '').includes('剩余名额'), { timeout: 30_000 });
  const steps = {};

  // 依申请公开: an empty submit, with the keyboard.
  await page.focus('zwgk-request-form form[part="form"] button[type="submit"]');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'zwgk-request-form', '.zwgk-error-summary');
  steps['request form: error summary'] = await page.evaluate(view, 'zwgk-request-form');
  await page.focus('zwgk-request-form .zwgk-error-summary a');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'zwgk-request-form', '[aria-invalid="true"]');
  steps['request form: the first link focused its field'] = await page.evaluate(view, 'zwgk-request-form');

  // 政府开放日: the first session open for sign-up.
  const session = await page.evaluate(() => document.querySelector('zwgk-open-day [data-signup]').getAttribute('data-signup'));
  const signUp = async () => {
    await page.focus(`zwgk-open-day [data-signup="${session}"]`);
    await page.keyboard.press('Enter');
    await waitForFocus(page, 'zwgk-open-day', 'form[part="form"] input');
    await page.type('#zwgk-openday-field-name', '李四');
    await page.type('#zwgk-openday-field-phone', phone);
    if (await page.$('#zwgk-openday-field-consent')) await page.click('#zwgk-openday-field-consent');
    await page.focus('zwgk-open-day form[part="form"] button[type="submit"]');
    await page.keyboard.press('Enter');
  };
  await page.focus(`zwgk-open-day [data-signup="${session}"]`);
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'zwgk-open-day', 'form[part="form"] input');
  await page.focus('zwgk-open-day form[part="form"] button[type="submit"]');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'zwgk-open-day', '.zwgk-error-summary');
  steps['open day: error summary'] = await page.evaluate(view, 'zwgk-open-day');
  await signUp();
  await waitForFocus(page, 'zwgk-open-day', '.zwgk-confirmation');
  steps['open day: confirmation'] = await page.evaluate(view, 'zwgk-open-day');
  await signUp();
  await waitForFocus(page, 'zwgk-open-day', '.zwgk-failure');
  steps['open day: refused (409)'] = await page.evaluate(view, 'zwgk-open-day');
  await page.close();
  return { problems, steps };
}

test('the forms work with the keyboard in Chromium 89 as in the current Chromium: same text, look and focus at every step', { timeout: 240_000 }, async () => {
  const old = await launchChromium89();
  let before;
  try {
    before = await useTheForms(old, '13800138081');
  } finally {
    await old.close();
  }
  const current = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
  let now;
  try {
    now = await useTheForms(current, '13800138082');
  } finally {
    await current.close();
  }
  assert.deepEqual(before.problems, [], 'Chromium 89');
  assert.deepEqual(now.problems, [], 'current Chromium');
  assert.match(now.steps['open day: refused (409)'].text, /该手机号已报名本场次/);
  assert.match(now.steps['open day: refused (409)'].focus, /role="alert"/);
  for (const [step, shown] of Object.entries(now.steps)) {
    const old89 = before.steps[step];
    assert.equal(old89.text, shown.text, `${step}: the same text`);
    assert.equal(old89.focus, shown.focus, `${step}: focus on the same node`);
    const different = old89.looks.map((look, i) => (look === shown.looks[i] ? undefined : `${look}  ≠  ${shown.looks[i]}`)).filter(Boolean);
    assert.deepEqual(different.slice(0, 5), [], `${step}: the same look, node by node (${shown.looks.length} nodes)`);
  }
});
