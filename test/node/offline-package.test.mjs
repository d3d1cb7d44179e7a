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
  for (const name of ['README.txt', 'zwgk-elements.js', 'zwgk.cjs', 'zwgk-loader.js', 'catalogue.schema.json', 'custom-elements.json', 'example.html', 'data/shixian.json', 'data/guandi-xiang.json',
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
      // The Leaflet canvas lives in the map container's own shadow root (light-DOM elements, issue 15).
      const canvas = map.querySelector('.zwgk-map')?.shadowRoot ?? map.shadowRoot ?? map;
      return canvas.querySelector('.leaflet-container .leaflet-tile-loaded');
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

/**
 * A page as a CMS writes it, put beside example.html (so the test's one server serves it, and the
 * sample's page-relative media addresses resolve as README.txt §4 says).
 */
function writePage(name, html) {
  writeFileSync(join(folder, `test-${name}`), html);
  return server.url(`test-${name}`);
}

async function openCmsPage(url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 800 });
  const problems = watchProblems(page);
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
  await zwgkSettled(page);
  return { page, problems };
}

test('zwgk-loader.js on a WordPress post whose HTML filter left only <div data-zwgk…> (no script, no zwgk tags, lang="en-US"): the tree renders in Chinese, the div\'s link its fallback until then', async () => {
  const url = writePage('wordpress-post.html', `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>政务公开 – 示例县</title>
<script src="/static/zwgk/zwgk-loader.js"></script></head>
<body><main><h1>基层政务公开标准目录</h1><div class="entry-content">
<div data-zwgk="catalogue-tree" data-zwgk-src="/static/zwgk/data/shixian.json" data-zwgk-lang="zh-CN" data-zwgk-heading-level="2" data-zwgk-onclick="alert(1)"><p><a href="/zwgk/jczwgk/">基层政务公开标准目录（列表）</a></p></div>
</div></main></body></html>`);
  const { page, problems } = await openCmsPage(url);
  try {
    await page.waitForFunction(() => document.querySelector('zwgk-catalogue-tree')?.shadowRoot?.querySelector('[aria-level="1"]') ?? document.querySelector('zwgk-catalogue-tree [aria-level="1"]'), { timeout: 20_000 });
    const facts = await page.evaluate(() => {
      const tree = document.querySelector('div[data-zwgk] > zwgk-catalogue > zwgk-catalogue-tree');
      return {
        nested: !!tree,
        lang: tree?.getAttribute('lang'),
        onclick: tree?.hasAttribute('onclick'),
        // The fallback link went into the tree; the light-DOM tree takes it off the page once it renders (issue 15).
        fallback: tree?.querySelector('a[href="/zwgk/jczwgk/"]')?.getAttribute('href') ?? null,
        chinese: ((tree?.shadowRoot ?? tree)?.textContent ?? '').includes('公开事项'),
      };
    });
    assert.deepEqual(facts, { nested: true, lang: 'zh-CN', onclick: false, fallback: null, chinese: true });
    assert.deepEqual(problems(), []);
  } finally {
    await page.close();
  }
});

test('zwgk-loader.js given only as a URL (mount, elements and catalogue in its query) fills the named container', async () => {
  const loader = '/static/zwgk/zwgk-loader.js?mount=%23zwgk-column&zwgk=policy-card,disclosure-map&src=/static/zwgk/data/shixian.json&heading-level=2&list-only';
  const url = writePage('url-only.html', `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政策解读</title>
<script src="${loader}"></script></head>
<body><main><h1>政策解读</h1><div id="zwgk-column"><p>栏目说明。</p></div></main></body></html>`);
  const { page, problems } = await openCmsPage(url);
  try {
    await page.waitForFunction(() => {
      const card = document.querySelector('#zwgk-column zwgk-policy-card');
      return card && ((card.shadowRoot ?? card).querySelectorAll('[part="card"]').length ?? 0) >= 6;
    }, { timeout: 20_000 });
    const facts = await page.evaluate(() => ({
      kept: document.querySelector('#zwgk-column > p')?.textContent,
      order: [...document.querySelectorAll('#zwgk-column zwgk-catalogue > :not(.zwgk-body)')].map((e) => e.localName),
      listOnly: document.querySelector('#zwgk-column zwgk-disclosure-map')?.hasAttribute('list-only'),
      bundles: document.querySelectorAll('script[type="module"][src$="zwgk-elements.js"]').length,
    }));
    assert.deepEqual(facts, { kept: '栏目说明。', order: ['zwgk-policy-card', 'zwgk-disclosure-map'], listOnly: true, bundles: 1 });
    assert.deepEqual(problems(), []);
  } finally {
    await page.close();
  }
});
