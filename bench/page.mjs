#!/usr/bin/env node
// The whole page on a slow county connection: each built demo page (npm run build:demo, served
// by the real demo server with its strict CSP, its API and the .br/.gz copies) loaded cold at 4×
// CPU slowdown, 150 ms round trip and 1.6 Mbps down, 750 kbps up (Lighthouse's mobile figures,
// applied for real through the DevTools protocol, not simulated). Printed per page and viewport:
//   bytes      everything transferred (headers and compressed bodies), and how many requests
//   FCP        first contentful paint
//   painted    every zwgk element on the page shows its own content (not its fallback, not a
//              loading line), at the frame after the DOM says so
//   TBT        total blocking time: each long task's time beyond 50 ms, from FCP until 3 s after
//              painted (Lighthouse stops at Time to Interactive, which is close to that here)
//   CLS        cumulative layout shift: the largest session window (gaps < 1 s, ≤ 5 s), as Chrome
//              reports it, over the whole load
// each as the median, with the max beside it (no run is dropped), and then Lighthouse 12.2.3's
// performance score and its own figures (default mobile settings: simulated throttling from an
// unthrottled load, as PageSpeed Insights does), the median of as many runs, with the lowest.
// Not a test: targets are reported, never enforced.
//   node bench/page.mjs [index request …]    only the named pages; `poster#zwgk-item=it-146`
//                                             opens a page with that hash (a link into it)
//   ZWGK_BENCH_RUNS=3      runs per page and viewport
//   ZWGK_BENCH_PORT=8260   the demo server's port (Chromium's debugging port is the next one); 0 picks free ones
//   ZWGK_BENCH_SKIP_BUILD=1  measure dist-demo/ as it is
import { readdirSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import { findChrome, chromeArgs } from '../web-test-runner.config.mjs';
import { startDemoServer } from '../test/helpers/demo-server.mjs';
import { buildDemo, DEMO_OUT } from '../scripts/build-demo.mjs';
import { median } from './driver.mjs';

const RUNS = Number(process.env.ZWGK_BENCH_RUNS ?? 3);
const PORT = Number(process.env.ZWGK_BENCH_PORT ?? 0);
/** Lighthouse's mobile throttling (its "slow 4G"), applied through the DevTools protocol. */
export const SLOW = { cpu: 4, latency: 150, download: (1.6e6 / 8), upload: (750e3 / 8) };
export const VIEWPORTS = [
  { name: 'mobile', width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  { name: 'desktop', width: 1280, height: 900 },
];
/** Pages the site links to with a hash, measured that way too. */
const LINKED_ENTRIES = { 'poster.html': ['#zwgk-item=it-147'] };
/** How long after "painted" the run goes on watching for late shifts and long tasks. */
const SETTLE_MS = 3000;

/**
 * Runs in the page before any of its scripts (through the DevTools protocol, so the page's CSP
 * does not apply): layout shifts, long tasks, FCP, and the moment every zwgk element shows its content.
 */
function instrument() {
  const record = { shifts: [], longTasks: [], fcp: undefined, painted: undefined };
  window.__zwgkPage = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = (entry.sources ?? []).map((source) => {
        const node = source.node;
        if (!node || node.nodeType !== 1) return node ? node.nodeName : '?';
        return `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
      });
      record.shifts.push({ time: entry.startTime, value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') record.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const shown = (element) => {
    // Light DOM, or a shadow root while an element still has one (until every element is converted).
    const body = element.shadowRoot ?? element.querySelector(':scope > .zwgk-body');
    return body && !body.querySelector('.zwgk-status, [part="error"]') && body.textContent.trim().length > 0;
  };
  const check = () => {
    if (record.painted !== undefined) return;
    const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('zwgk-') && el.localName !== 'zwgk-catalogue');
    if (!elements.length || !elements.every(shown)) return;
    record.painted = -1;
    requestAnimationFrame(() => setTimeout(() => { record.painted = performance.now(); }));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  // Changes inside shadow roots escape the observer: look again every 50 ms until painted.
  const timer = setInterval(() => (record.painted === undefined ? check() : clearInterval(timer)), 50);
}

/** CLS as Chrome defines it: the largest sum of shifts in a session window (gaps under 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts) {
  let best = 0;
  let window = { start: -Infinity, last: -Infinity, value: 0 };
  for (const shift of [...shifts].sort((a, b) => a.time - b.time)) {
    if (shift.time - window.last > 1000 || shift.time - window.start > 5000) window = { start: shift.time, last: shift.time, value: 0 };
    window.value += shift.value;
    window.last = shift.time;
    best = Math.max(best, window.value);
  }
  return best;
}

async function slowRun(browser, url, viewport) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => { bytes += event.encodedDataLength; });
  cdp.on('Network.requestWillBeSent', () => { requests++; });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: SLOW.latency, downloadThroughput: SLOW.download, uploadThroughput: SLOW.upload });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW.cpu });
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(instrument);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__zwgkPage.painted > 0, { timeout: 120_000, polling: 200 });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const record = await page.evaluate(() => window.__zwgkPage);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  const blocking = record.longTasks.filter((task) => task.start >= record.fcp).reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
  const worst = [...record.shifts].sort((a, b) => b.value - a.value).slice(0, 3).map((s) => `${s.value.toFixed(3)} at ${Math.round(s.time)} ms (${s.sources.join(', ')})`);
  return { bytes, requests, fcp: record.fcp, painted: record.painted, tbt: blocking, cls: cumulativeLayoutShift(record.shifts), worst, errors };
}

async function lighthouseRun(port, url) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const audits = result.lhr.audits;
  const value = (id) => audits[id]?.numericValue;
  const failing = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => audit.id);
  return {
    score: Math.round(result.lhr.categories.performance.score * 100),
    fcp: value('first-contentful-paint'), lcp: value('largest-contentful-paint'), tbt: value('total-blocking-time'), cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'), failing,
  };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const msText = (value) => `${Math.round(value)} ms`;
const both = (values, format) => `${format(median(values))} (max ${format(Math.max(...values))})`;

export async function run() {
  if (!process.env.ZWGK_BENCH_SKIP_BUILD) buildDemo();
  const only = process.argv.slice(2);
  const files = readdirSync(DEMO_OUT).filter((name) => name.endsWith('.html'));
  // Each page as it is opened from the site's links: the poster page with an item in its hash, as
  // the tree links to it (and bare, as a reader may type it).
  const pages = only.length
    ? only.filter((arg) => files.includes(`${arg.split('#')[0]}.html`)).map((arg) => arg.replace(/^([^#]*)/, '$1.html'))
    : files.flatMap((file) => [file, ...(LINKED_ENTRIES[file] ?? []).map((hash) => `${file}${hash}`)]);
  const server = await startDemoServer(PORT ? { PORT: String(PORT) } : {});
  const browser = await puppeteer.launch({
    executablePath: await findChrome(), headless: true, protocolTimeout: 600_000,
    args: [...chromeArgs, `--remote-debugging-port=${PORT ? PORT + 1 : 0}`],
  });
  const debuggingPort = Number(new URL(browser.wsEndpoint()).port);
  console.log(`whole page, built demo site (headless ${await browser.version()}, ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at start: a shared machine reads slower)`);
  console.log(`throttled for real: ${SLOW.cpu}× CPU, ${SLOW.latency} ms RTT, ${(SLOW.download * 8 / 1e6).toFixed(1)} Mbps down; cache off; ${RUNS} runs per page and viewport; median (max). Targets: CLS ≤ 0.02, Lighthouse ≥ 95`);
  try {
    for (const file of pages) {
      const url = `${server.origin}/built/${file}`;
      for (const viewport of VIEWPORTS) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await slowRun(browser, url, viewport));
        const cls = runs.map((r) => r.cls);
        console.log(`page ${file.padEnd(14)} ${viewport.name.padEnd(7)} bytes ${both(runs.map((r) => r.bytes), kB)} in ${runs[0].requests} requests; FCP ${both(runs.map((r) => r.fcp), msText)}; painted ${both(runs.map((r) => r.painted), msText)}; TBT ${both(runs.map((r) => r.tbt), msText)}; CLS ${both(cls, (v) => v.toFixed(3))} ${Math.max(...cls) <= 0.02 ? 'met' : 'MISSED'}`);
        const worstRun = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
        if (worstRun.cls > 0.005) console.log(`    largest shifts: ${worstRun.worst.join('; ')}`);
        const errors = [...new Set(runs.flatMap((r) => r.errors))];
        if (errors.length) console.log(`    page errors: ${errors.join('; ')}`);
      }
      // Lighthouse's score moves with the machine's load (its simulation scales the tasks it
      // observed): the median of the runs, with the lowest beside it, as its authors advise.
      const lh = [];
      for (let i = 0; i < RUNS; i++) lh.push(await lighthouseRun(debuggingPort, url));
      const scores = lh.map((r) => r.score);
      const pick = (key) => median(lh.map((r) => r[key]));
      const failing = [...new Set(lh.flatMap((r) => r.failing))];
      console.log(`page ${file.padEnd(14)} Lighthouse performance ${median(scores)} (lowest ${Math.min(...scores)}) ${median(scores) >= 95 ? 'met' : 'MISSED'}; medians: FCP ${msText(pick('fcp'))}, LCP ${msText(pick('lcp'))}, TBT ${msText(pick('tbt'))}, CLS ${pick('cls').toFixed(3)}, ${kB(pick('bytes'))}${failing.length ? `; audits below 0.9 in some run: ${failing.join(', ')}` : ''}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) await run();
