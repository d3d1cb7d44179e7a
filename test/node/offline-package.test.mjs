// The offline package as a county integrator receives it: dist/zwgk-elements.zip, unzipped into an
// empty folder (no node_modules anywhere near), uploaded under /static/zwgk/ on a plain web
// server that sends a strict Content Security Policy. Its example page renders every element that
// needs no back end with zero failed requests and zero console errors, the map's lazy file
// included; its single-file CLI validates a catalogue with plain `node`; its README names what
// is really in the zip.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';
import { writeOfflinePackage } from '../../scripts/offline-package.mjs';
import { startStaticServer } from '../helpers/static-server.mjs';
import { axeViolations, watchProblems, zwgkSettled } from '../helpers/browser-page.mjs';

const root = new URL('../../', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// What a government platform sends; img-src data: only for the example's data: grid tiles.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";

let work;
let folder;
let names;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/zwgk-elements.js')), 'npm test builds dist/ (vite build) before this test');
  work = mkdtempSync(join(tmpdir(), 'zwgk-offline-'));
  const { path } = await writeOfflinePackage(join(work, 'zwgk-elements.zip'));
  const entries = unzipSync(readFileSync(path));
  names = Object.keys(entries);
  for (const [name, content] of Object.entries(entries)) {
    const file = join(work, 'site', name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  folder = join(work, 'site/zwgk-elements');
  server = await startStaticServer(folder, { prefix: '/static/zwgk/', headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the zip holds the bundle, the lazy map file, the one-file CLI, the API docs, the example, the data and every media file', () => {
  const inside = (name) => names.includes(`zwgk-elements/${name}`);
  for (const name of ['README.txt', 'zwgk-elements.js', 'zwgk.cjs', 'catalogue.schema.json', 'custom-elements.json', 'example.html', 'data/shixian.json', 'data/guandi-xiang.json',
    'docs/integrator-guide.md', 'docs/catalogue-format.md', 'docs/request-api.md', 'docs/request-api.openapi.yaml', 'docs/open-day-api.md', 'types/react.d.ts', 'types/vue.d.ts']) {
    assert.ok(inside(name), `${name} is missing from the zip`);
  }
  const chunks = names.filter((n) => /^zwgk-elements\/map-view-[\w-]+\.js$/.test(n));
  assert.equal(chunks.length, 1, `one lazy map file: ${chunks}`);
  const catalogue = JSON.parse(readFileSync(join(folder, 'data/shixian.json'), 'utf8'));
  const media = [...catalogue.disclosurePoints.map((p) => p.qrCode), ...catalogue.interpretations.flatMap((i) => (i.media ?? []).flatMap((m) => [m.url, m.captionsUrl]))].filter(Boolean);
  for (const url of media) assert.ok(inside(url), `${url} (named by data/shixian.json) is missing from the zip`);
});

test('README.txt: Chinese first, then English; names the version and the lazy file; says to serve over HTTP, which elements need a back end, the CSP and the lang rule', () => {
  const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
  const chunk = names.find((n) => /map-view-[\w-]+\.js$/.test(n)).split('/').pop();
  assert.ok(readme.indexOf('中文') < readme.indexOf('English'), 'Chinese comes first');
  assert.ok(readme.includes(version), 'states the version');
  assert.ok(readme.includes(chunk), `names the lazy file ${chunk}`);
  assert.doesNotMatch(readme, /\{\{|chunks 文件|chunks folder/, 'no placeholder or the old chunks folder');
  for (const needle of ['python3 -m http.server', 'file://', 'node zwgk.cjs validate', 'docs/request-api.md', 'docs/open-day-api.md', '/api/open-days',
    'img-src', 'media-src', 'https://*.tianditu.gov.cn', 'tk=', 'tiles=', 'lang="zh-CN"', 'lang="en-US"']) {
    assert.ok(readme.includes(needle), `README.txt does not mention ${needle}`);
  }
});

test('zwgk.cjs runs with plain node, outside any npm project: validate, --version, an invalid file', () => {
  const run = (...args) => spawnSync(process.execPath, ['zwgk.cjs', ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
  const valid = run('validate', 'data/shixian.json');
  assert.equal(valid.status, 0, valid.stderr);
  assert.match(valid.stdout, /目录有效/);
  assert.equal(run('--version').stdout.trim(), version);
  writeFileSync(join(work, 'broken.json'), JSON.stringify({ schemaVersion: '1.0.0', title: '' }));
  const broken = run('validate', join(work, 'broken.json'));
  assert.equal(broken.status, 1);
  assert.match(broken.stdout + broken.stderr, /items/);
  assert.equal(execFileSync(process.execPath, ['zwgk.cjs', 'validate', 'data/guandi-xiang.json', '--lang', 'en'], { cwd: folder, encoding: 'utf8' }).includes('valid'), true);
});

test('example.html over HTTP under /static/zwgk/ with a strict CSP: every element renders, the map file loads, zero failed requests, zero console errors, axe clean', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = watchProblems(page);
  const loaded = [];
  page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
  try {
    await page.goto(server.url('example.html'), { waitUntil: 'networkidle0', timeout: 60_000 });
    await zwgkSettled(page);
    // The map loads its engine when it scrolls into view, as a reader reaches it.
    await page.evaluate(() => document.querySelector('zwgk-disclosure-map').scrollIntoView());
    await page.waitForFunction(() => {
      const map = document.querySelector('zwgk-disclosure-map');
      return (map.shadowRoot ?? map).querySelector('.leaflet-container .leaflet-tile-loaded');
    }, { timeout: 20_000 });
    await page.waitForNetworkIdle({ idleTime: 300 });
    const rendered = await page.evaluate(() => ['zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map', 'zwgk-request-form'].filter((tag) => {
      const view = document.querySelector(tag)?.shadowRoot ?? document.querySelector(tag);
      return view && !view.querySelector('[part="error"]') && view.textContent.trim().length > 20;
    }));
    assert.deepEqual(rendered, ['zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map', 'zwgk-request-form']);
    assert.ok(loaded.some((path) => /^\/static\/zwgk\/map-view-[\w-]+\.js$/.test(path)), 'the lazy map file loaded from beside the bundle');
    // The sample's media addresses are page-relative, so they resolve under /static/zwgk/ too.
    const media = await page.evaluate(async () => {
      const data = await (await fetch('data/shixian.json')).json();
      const urls = [...data.disclosurePoints.map((p) => p.qrCode), ...data.interpretations.flatMap((i) => [...(i.media ?? []).flatMap((m) => [m.url, m.captionsUrl]), ...(i.blocks ?? []).map((b) => b.url)])].filter(Boolean);
      return Promise.all(urls.map(async (url) => `${new URL(url, document.baseURI).pathname} ${(await fetch(url, { method: 'HEAD' })).status}`));
    });
    assert.ok(media.length >= 7, media.join(", "));
    for (const line of media) assert.match(line, /^\/static\/zwgk\/data\/media\/\S+ 200$/);
    assert.deepEqual(problems(), []);
    assert.deepEqual(await axeViolations(page, 'html'), []);
  } finally {
    await page.close();
  }
});

test('example.html opened from disk (file://) shows its fallback content, as README.txt warns', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`file://${join(folder, 'example.html')}`, { waitUntil: 'load' });
    const fallback = await page.evaluate(() => document.querySelector('zwgk-catalogue-tree a')?.textContent ?? '');
    assert.match(fallback, /标准目录/);
    assert.equal(await page.evaluate(() => customElements.get('zwgk-catalogue-tree') === undefined), true, 'modules do not run from file://');
  } finally {
    await page.close();
  }
});
