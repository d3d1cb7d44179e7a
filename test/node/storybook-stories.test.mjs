// Every Storybook story, opened as a designer opens it: the built Storybook (storybook-static/,
// rebuilt first when any input changed) served over HTTP, each story's iframe in headless
// Chromium. A story fails on a render error (Storybook's error display or an exception in a
// loader, render or play function), on any console error or failed request it did not declare,
// and on any axe violation in what it shows.
//
// A story that shows a failure state declares the requests it expects to fail, as substrings of
// their URLs: `parameters: { expectedFailedRequests: ['data/missing.json'] }`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';
import { ensureStorybook, STORYBOOK_DIR } from '../../scripts/storybook-build.mjs';
import { startStaticServer } from '../helpers/static-server.mjs';
import { axeViolations, watchProblems, zwgkSettled } from '../helpers/browser-page.mjs';

// A story is a fragment of a page: rules about the whole page (one <main>, one <h1>, everything
// inside a landmark) belong to the page test (demo-site-layout.test.mjs), not here.
const PAGE_LEVEL_RULES = ['region', 'landmark-one-main', 'page-has-heading-one'];

let server;
let browser;
let stories = [];

before(async () => {
  const started = Date.now();
  if (ensureStorybook() === 'built') console.log(`# storybook-static/ was missing or stale: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const index = JSON.parse(readFileSync(join(STORYBOOK_DIR, 'index.json'), 'utf8'));
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
  // Cacheable: every story's iframe loads the same preview bundle; only the first page fetches it.
  server = await startStaticServer(STORYBOOK_DIR, { headers: { 'Cache-Control': 'max-age=600' } });
  browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Records Storybook's own verdict on the story: the preview's channel says `storyRendered`
 * (render, play function and afterEach done) or one of the error events.
 */
function listenToPreview() {
  window.__walk = { events: [] };
  const timer = setInterval(() => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) return;
    clearInterval(timer);
    for (const name of ['storyRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'storyUnchanged']) {
      channel.on(name, (payload) => window.__walk.events.push({ name, message: payload?.message ?? payload?.title ?? (typeof payload === 'string' ? payload : '') }));
    }
  }, 1);
}

async function openStory(story) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  await page.evaluateOnNewDocument(listenToPreview);
  const problems = watchProblems(page);
  try {
    await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__walk.events.some((e) => e.name !== 'storyUnchanged') || document.body.classList.contains('sb-show-errordisplay'), { timeout: 30_000 });
    const expected = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.expectedFailedRequests ?? []);
    const unexpected = () => problems((url) => expected.some((part) => url.includes(part)));
    const verdict = await page.evaluate(() => ({
      events: window.__walk.events,
      errorDisplay: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent ?? 'error display shown' : '',
    }));
    const renderErrors = [
      ...verdict.events.filter((e) => e.name !== 'storyRendered' && e.name !== 'storyUnchanged').map((e) => `${e.name}: ${e.message}`),
      ...(verdict.errorDisplay ? [`Storybook error display: ${verdict.errorDisplay.trim().slice(0, 300)}`] : []),
    ];
    if (renderErrors.length) return { renderErrors, problems: unexpected(), violations: [] };
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 }).catch(() => {});
    await zwgkSettled(page);
    const violations = await axeViolations(page, '#storybook-root', { disable: PAGE_LEVEL_RULES });
    return { renderErrors, problems: unexpected(), violations };
  } finally {
    await page.close();
  }
}

test('the built Storybook lists stories for every element', () => {
  const titles = new Set(stories.map((s) => s.title));
  for (const tag of ['zwgk-catalogue', 'zwgk-catalogue-tree', 'zwgk-disclosure-map', 'zwgk-request-form', 'zwgk-open-day', 'zwgk-policy-card']) {
    assert.ok(titles.has(`Elements/${tag}`), `no stories for ${tag}`);
  }
  assert.ok(stories.length >= 40, `only ${stories.length} stories`);
});

test('every story renders with no error, no unexpected console error or failed request, and no axe violation', async () => {
  const failures = [];
  // Two pages at a time: the machine's two cores, most of the wait is the network idle.
  const queue = [...stories];
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const { renderErrors, problems, violations } = await openStory(story);
      const lines = [...renderErrors, ...problems, ...violations];
      if (lines.length) failures.push(`${story.title} › ${story.name} (${story.id}):\n    ${lines.join('\n    ')}`);
    }
  };
  await Promise.all([worker(), worker()]);
  assert.equal(failures.length, 0, `${failures.length} of ${stories.length} stories fail:\n  ${failures.sort().join('\n  ')}`);
});
