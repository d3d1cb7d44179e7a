// `zwgk render` on the sample county, as an integrator uses it: fragments pasted into a CMS page
// and a folder of pages published beside the catalogue. Read with JavaScript off (axe, links,
// :target copies) and with it on (the element takes over: layout shift measured with a
// PerformanceObserver, no moment without content, the same text as the static copy).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from '../../web-test-runner.config.mjs';
import { startStaticServer } from '../helpers/static-server.mjs';
import { axeViolations, watchProblems, zwgkSettled } from '../helpers/browser-page.mjs';
import { loadModules, root } from '../helpers/node-bundle.mjs';

const sample = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'";
/** The live tree draws the rows in its scrolling window; a tall one draws them all, so its text can be compared whole. */
const TALL_TREE = 'zwgk-catalogue-tree{--zwgk-tree-height:4000em}\n';

let work;
let site;
let server;
let browser;
let modules;

function zwgk(...args) {
  const run = spawnSync(process.execPath, [join(root, 'bin/zwgk.mjs'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** A plain CMS-like page with a rendered fragment in <main>, the stylesheet, and (unless `noScript`) the elements' script. */
function hostPage(name, fragment, { lang = 'zh-CN', extraCss = '' } = {}) {
  if (extraCss) writeFileSync(join(site, `${name}.css`), extraCss);
  writeFileSync(join(site, `${name}.html`), `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>
<link rel="stylesheet" href="zwgk-elements.css">${extraCss ? `<link rel="stylesheet" href="${name}.css">` : ''}
<script type="module" src="zwgk-elements.js"></script></head>
<body><header><p>示例县人民政府</p></header><main><h1>${name}</h1>
${fragment}
</main><footer><p>页脚：网站标识码 4107000001</p></footer></body></html>`);
}

before(async () => {
  assert.ok(existsSync(join(root, 'dist/zwgk-elements.js')), 'npm test builds dist/ (vite build) before this test');
  work = mkdtempSync(join(tmpdir(), 'zwgk-render-'));
  site = join(work, 'site');
  mkdirSync(join(site, 'data'), { recursive: true });
  for (const name of readdirSync(join(root, 'dist'))) if (/\.js$/.test(name)) cpSync(join(root, 'dist', name), join(site, name));
  cpSync(join(root, 'demo/data/shixian.json'), join(site, 'data/shixian.json'));
  cpSync(join(root, 'demo/data/media'), join(site, 'data/media'), { recursive: true });
  const pages = zwgk('render', 'demo/data/shixian.json', '--pages', site, '--src', 'data/shixian.json', '--script', 'zwgk-elements.js', '--base-url', 'https://www.example.gov.cn/zwgk/ml/');
  assert.equal(pages.code, 0, pages.err);
  for (const name of ['tree', 'policy', 'map-list', 'open-days', 'request-form']) {
    const out = join(work, `${name}.html`);
    // The page's outline: <h1>, then the element's own headings at level 2.
    const run = zwgk('render', 'demo/data/shixian.json', '--element', name, '--src', 'data/shixian.json', '--attr', 'heading-level=2', '-o', out);
    assert.equal(run.code, 0, run.err);
    const fragment = readFileSync(out, 'utf8');
    hostPage(`fragment-${name}`, fragment, { extraCss: name === 'tree' ? TALL_TREE : '' });
  }
  // Two request forms on one page (applying, and looking up an application), told apart by their ids.
  const forms = ['form', 'status'].map((mode) => {
    const run = zwgk('render', 'demo/data/shixian.json', '--element', 'request-form', '--src', 'data/shixian.json', '--attr', 'heading-level=2', '--attr', `mode=${mode}`, '--attr', `id=ysqgk-${mode}`);
    assert.equal(run.code, 0, run.err);
    return run.out;
  });
  hostPage('fragment-request-two', forms.join('\n'));
  const english = zwgk('render', 'demo/data/shixian.json', '--element', 'policy', '--src', 'data/shixian.json', '--lang', 'en');
  assert.equal(english.code, 0, english.err);
  hostPage('fragment-policy-en', english.out, { lang: 'en' });
  server = await startStaticServer(site, { prefix: '/zwgk/', headers: { 'Content-Security-Policy': CSP } });
  browser = await puppeteer.launch({ executablePath: await findChrome(), headless: true, args: chromeArgs });
  modules = await loadModules(`export { fileStem, fileNames } from './src/render/file-names.ts';
export { parseAttributes } from './src/cli/args.ts';
export { escapeHtml } from './src/render/page-html.ts';`);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The page with JavaScript off: what a crawler, a reader mode or a reader without script gets. */
async function openStatic(path) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  const problems = watchProblems(page);
  await page.goto(server.url(path), { waitUntil: 'load' });
  return { page, problems };
}

/**
 * The page with JavaScript on, the elements' script answered 400 ms late so that the static copy
 * is painted first, as on a slow county connection. Records the layout shifts (PerformanceObserver,
 * buffered from the start) and, at every change to a zwgk element, its height and text.
 */
async function openLive(path) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const problems = watchProblems(page);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().endsWith('/zwgk-elements.js')) setTimeout(() => request.continue(), 400);
    else request.continue();
  });
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => !entry.hadRecentInput && window.__shifts.push(entry.value))).observe({ type: 'layout-shift', buffered: true });
    window.__samples = [];
    document.addEventListener('DOMContentLoaded', () => {
      for (const element of document.querySelectorAll('main > [class], main > *')) {
        if (!element.localName.startsWith('zwgk-')) continue;
        const sample = () => window.__samples.push({ tag: element.localName, height: element.getBoundingClientRect().height, text: element.innerText.trim().length });
        sample();
        new MutationObserver(sample).observe(element, { childList: true, subtree: true, attributes: true });
      }
    });
  });
  await page.goto(server.url(path), { waitUntil: 'load' });
  await page.waitForFunction(() => [...document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('zwgk-')).every((e) => customElements.get(e.localName)));
  await zwgkSettled(page);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await zwgkSettled(page);
  return { page, problems };
}

const elementText = (page, selector) => page.$eval(selector, (element) => element.innerText.replace(/\s+/g, ' ').trim());

describe('file names and options (pure)', () => {
  test('every id gets a stable, safe, distinct file name', () => {
    const { fileStem, fileNames } = modules;
    assert.equal(fileStem('it-001'), 'it-001');
    assert.equal(fileStem('guandi-xiang:it-001'), 'guandi-xiang_3ait-001');
    assert.equal(fileStem('IT_001'), '_49_54_5f001');
    assert.equal(fileStem('con'), '_con');
    assert.equal(fileStem('.hidden.'), '_2ehidden_2e');
    assert.equal(fileStem('a.b'), 'a.b');
    const long = fileStem('X'.repeat(128));
    assert.ok(long.length <= 120 && /~[0-9a-f]{8}$/.test(long), long);
    // Ids differing only in case, or in what would be escaped, never share a name (a Windows or macOS disk ignores case).
    const ids = ['it-001', 'IT-001', 'It-001', 'it_001', 'it:001', 'it.001', 'it-00', 'X'.repeat(128), `${'X'.repeat(127)}Y`];
    const names = fileNames(ids, 'item-');
    assert.equal(new Set([...names.values()].map((n) => n.toLowerCase())).size, ids.length);
    for (const name of names.values()) assert.match(name, /^item-[a-z0-9._~-]+\.html$/);
  });

  test('--attr takes name=value pairs and refuses event handlers and style', () => {
    const { parseAttributes } = modules;
    assert.deepEqual(parseAttributes(['heading-level=2', 'no-hash', 'request-url=/zwgk/ysqgk/?a=b']), { 'heading-level': '2', 'no-hash': '', 'request-url': '/zwgk/ysqgk/?a=b' });
    for (const bad of ['onclick=alert(1)', 'style=color:red', '2x=1', 'Bad=1']) assert.throws(() => parseAttributes([bad]), /--attr/);
  });

  test('page text is escaped', () => {
    assert.equal(modules.escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('zwgk render on the command line', () => {
  test('--element tree writes the tree as the element renders it, with every row, every item’s standard for its link, and no inline style or script', () => {
    const fragment = readFileSync(join(work, 'tree.html'), 'utf8');
    assert.ok(fragment.startsWith(`<zwgk-catalogue-tree src="data/shixian.json" expanded="all" heading-level="2" data-zwgk-rendered="${sample.updatedAt}"><div class="zwgk-body">`), fragment.slice(0, 200));
    assert.doesNotMatch(fragment, /style=|<script|<!--|\son[a-z]+=/);
    const links = [...fragment.matchAll(/role="treeitem"[^>]*href="#zwgk-item=([^"]+)"|href="#zwgk-item=([^"]+)"[^>]*role="treeitem"/g)].map((m) => m[1] ?? m[2]);
    assert.equal(new Set(links).size, sample.items.length, 'every item is a row with a link');
    // Every item link is a Tab stop without script (no roving tabindex); no branch row is.
    assert.doesNotMatch(fragment, /<a [^>]*role="treeitem"[^>]*tabindex=|<a [^>]*tabindex=[^>]*role="treeitem"/);
    assert.equal((fragment.match(/<div [^>]*role="treeitem"[^>]*>/g) ?? []).filter((row) => !row.includes('tabindex="-1"')).length, 0);
    for (const item of sample.items) assert.ok(fragment.includes(`id="zwgk-item=${item.id}"`), `the standard of ${item.id} is in the page for its link`);
    // Without script no control works, and no form can be sent (it would put what was typed into a GET address).
    assert.deepEqual(fragment.match(/<(input|select|textarea|button)\b(?![^>]*\sdisabled)[^>]*>/g) ?? [], []);
    const ids = [...fragment.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(ids.length, new Set(ids).size, 'ids are unique');
  });

  test('--element open-days and request-form: every control disabled, the choices the element makes shown, ids unique even with two forms on a page', () => {
    for (const name of ['open-days', 'request-form', 'request-two']) {
      const html = readFileSync(join(site, `fragment-${name}.html`), 'utf8');
      const controls = html.match(/<(input|select|textarea|button)\b[^>]*>/g) ?? [];
      assert.ok(controls.length > 0, name);
      assert.deepEqual(controls.filter((control) => !/\sdisabled/.test(control)), [], `${name}: a control works without script`);
      assert.doesNotMatch(html, /style=|<!--|\son[a-z]+=/, name);
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(ids.length, new Set(ids).size, `${name}: ids are unique`);
      // Every reference to an id (a label, a description, a heading) finds it in the page.
      const references = [...html.matchAll(/\s(?:for|aria-describedby|aria-labelledby|aria-controls)="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
      assert.deepEqual(references.filter((id) => !ids.includes(id)), [], `${name}: references to missing ids`);
    }
    const form = readFileSync(join(site, 'fragment-request-form.html'), 'utf8');
    assert.match(form, /<input type="radio"[^>]*value="公民" checked=""/, 'the applicant type the form starts with');
    assert.match(form, /咨询和代为填写电话/, 'the other ways to apply, readable without script');
    const two = readFileSync(join(site, 'fragment-request-two.html'), 'utf8');
    assert.match(two, /id="ysqgk-form-/);
    assert.match(two, /id="ysqgk-status-/);
  });

  test('--pages writes an index, a page per item and per policy with stable names, the stylesheets and a sitemap', () => {
    const files = readdirSync(site);
    for (const item of sample.items) assert.ok(files.includes(`item-${item.id}.html`), item.id);
    for (const policy of sample.policies) assert.ok(files.includes(`policy-${policy.id}.html`), policy.id);
    for (const name of ['index.html', 'zwgk-elements.css', 'zwgk-pages.css', 'sitemap.xml']) assert.ok(files.includes(name), name);
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    for (const item of sample.items) assert.ok(index.includes(`href="item-${item.id}.html"`), `the index links ${item.id}`);
    assert.match(index, /<zwgk-open-day[^>]*><div class="zwgk-body">[\s\S]*近期政府开放日/, 'the open days are on the index');
    assert.doesNotMatch(index, /style=|<!--|#zwgk-item=/);
    // 更新记录 reads whole without script: each entry, and the items it removed by name.
    const log = /<details class="zwgk-changelog"[\s\S]*?<\/details>/.exec(index)?.[0] ?? '';
    assert.match(log, /<summary>更新记录（2 次）<\/summary>/);
    assert.equal((log.match(/<time datetime=/g) ?? []).length, 2);
    assert.match(log, /<li>删除：征求意见情况及修改结果<\/li>/);
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    assert.equal((sitemap.match(/<loc>/g) ?? []).length, 1 + sample.items.length + sample.policies.length);
    assert.ok(sitemap.includes('<loc>https://www.example.gov.cn/zwgk/ml/item-it-001.html</loc>'));
    const page = readFileSync(join(site, 'item-it-001.html'), 'utf8');
    assert.ok(page.includes('<link rel="canonical" href="https://www.example.gov.cn/zwgk/ml/item-it-001.html">'));
    assert.match(page, new RegExp(`<div role="heading" class="zwgk-detail-title" aria-level="1"[^>]*>${sample.items.find((i) => i.id === 'it-001').name}</div>`));
    // Rendering again gives the same files (stable names, deterministic ids).
    const again = join(work, 'again');
    assert.equal(zwgk('render', 'demo/data/shixian.json', '--pages', again, '--src', 'data/shixian.json', '--script', 'zwgk-elements.js', '--base-url', 'https://www.example.gov.cn/zwgk/ml/').code, 0);
    for (const name of ['index.html', 'item-it-001.html', `policy-${sample.policies[0].id}.html`]) assert.equal(readFileSync(join(again, name), 'utf8'), readFileSync(join(site, name), 'utf8'), name);
  });

  test('bad input: an unknown element and a missing option are usage errors, an invalid catalogue writes nothing', () => {
    const unknown = zwgk('render', 'demo/data/shixian.json', '--element', 'calendar');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /没有名为 “calendar” 的组件.*tree/);
    assert.equal(zwgk('render', 'demo/data/shixian.json').code, 2);
    const broken = join(work, 'broken.json');
    writeFileSync(broken, JSON.stringify({ ...sample, items: [{ id: 'x' }] }));
    const out = join(work, 'never.html');
    const invalid = zwgk('render', broken, '--element', 'tree', '-o', out);
    assert.equal(invalid.code, 1);
    assert.match(invalid.err, /items\[0\]/);
    assert.ok(!existsSync(out));
  });

  test('--stylesheet prints the elements’ stylesheet with the static pages’ rules, every selector scoped to a zwgk tag', () => {
    const css = zwgk('render', '--stylesheet').out;
    assert.ok(css.includes('zwgk-catalogue-tree:not(#_):not(#_) > .zwgk-body .zwgk-row[aria-level="3"]{padding-inline-start:3em}'));
    assert.ok(css.includes(':target'));
    assert.doesNotMatch(css, /@layer|@scope|:where\(|:is\(/);
    assert.equal(css, readFileSync(join(site, 'zwgk-elements.css'), 'utf8'));
  });
});

describe('with JavaScript off', () => {
  const pages = () => [
    'index.html', 'item-it-001.html', `item-${sample.items.at(-1).id}.html`, `policy-${sample.policies[0].id}.html`, 'fragment-tree.html', 'fragment-policy.html',
    'fragment-map-list.html', 'fragment-policy-en.html', 'fragment-open-days.html', 'fragment-request-form.html', 'fragment-request-two.html',
  ];
  test('every page passes axe and loads everything it asks for', async () => {
    for (const path of pages()) {
      const { page, problems } = await openStatic(path);
      // axe needs timers, which a page without script does not run: switch script back on for the
      // DevTools only. The page's own scripts were skipped while it loaded and stay unrun.
      await page.setJavaScriptEnabled(true);
      assert.equal(await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('zwgk-') && customElements.get(e.localName))), false, 'no element upgraded');
      assert.deepEqual(await axeViolations(page), [], path);
      assert.deepEqual(problems(), [], path);
      await page.close();
    }
  });

  test('the index’s tree rows are links to the item pages, which link back and to their neighbours', async () => {
    const { page } = await openStatic('index.html');
    const first = sample.items.find((i) => i.id === 'it-001');
    await Promise.all([page.waitForNavigation(), page.click(`zwgk-catalogue-tree a[role="treeitem"][href="item-it-001.html"]`)]);
    assert.equal(await page.title(), `${first.name} - ${sample.title}`);
    assert.equal(await page.$eval('[role="heading"][aria-level="1"]', (h) => h.textContent), first.name);
    assert.ok(await page.$('a[rel="next"]'));
    await Promise.all([page.waitForNavigation(), page.click('header a[href="index.html"]')]);
    assert.equal(await page.title(), sample.title);
    await page.close();
  });

  test('a #zwgk-item= link shows that item’s standard in the tree’s detail column (:target), and nothing else there', async () => {
    const { page } = await openStatic('fragment-tree.html#zwgk-item=it-001');
    const shown = await page.$$eval('zwgk-catalogue-tree .zwgk-detail-column > *', (details) => details.filter((d) => d.getBoundingClientRect().height > 0).map((d) => d.querySelector('.zwgk-detail-title')?.textContent ?? d.textContent.trim()));
    assert.deepEqual(shown, [sample.items.find((i) => i.id === 'it-001').name]);
    await page.goto(server.url('fragment-tree.html'));
    const placeholder = await page.$$eval('zwgk-catalogue-tree .zwgk-detail-column > *', (details) => details.filter((d) => d.getBoundingClientRect().height > 0).length);
    assert.equal(placeholder, 1, 'only the placeholder shows without a fragment');
    await page.close();
  });

  test('a place in the map list opens from its link; a policy from the list', async () => {
    const { page } = await openStatic('fragment-map-list.html');
    const point = sample.disclosurePoints.find((p) => p.type === 'service_hall');
    await page.click(`a.zwgk-point-button[href="#zwgk-map-detail-${point.id}"]`);
    assert.ok(await page.$eval(`#zwgk-map-detail-${point.id}`, (d) => d.getBoundingClientRect().height > 0));
    await page.goto(server.url('fragment-policy.html'));
    const policy = sample.policies[0];
    await page.click(`a.zwgk-static-button[href="#zwgk-policy=${policy.id}"]`);
    const visible = await page.$eval(`[id="zwgk-policy=${policy.id}"]`, (d) => d.getBoundingClientRect().height > 0 && d.innerText);
    assert.ok(visible && visible.includes(policy.title), 'the policy text shows');
    await page.close();
  });
});

/**
 * test/helpers/toolbar.ts (the double of the 无障碍 toolbars the browser suite uses) bundled for a
 * page; its mouse moves come from puppeteer here, so the test runner's commands are left out.
 */
async function toolbarScript() {
  const { build } = await import('esbuild');
  const noRunner = {
    name: 'no-test-runner',
    setup(b) {
      b.onResolve({ filter: /^@web\/test-runner-commands$/ }, () => ({ path: 'commands', namespace: 'stub' }));
      b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const sendMouse = () => {}; export const resetMouse = () => {};', loader: 'js' }));
    },
  };
  const result = await build({
    stdin: { contents: "import * as toolbar from './test/helpers/toolbar.ts'; window.__toolbar = toolbar;", resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'iife', target: 'es2020', logLevel: 'error', plugins: [noRunner],
  });
  return result.outputFiles[0].text;
}

/** 指读 with the real mouse: moves it onto `word` inside `selector` and returns what a `mouseover` listener on <body> hears. */
async function pointRead(page, selector, word) {
  const point = await page.evaluate((selector, word) => {
    const within = document.querySelector(selector);
    const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const at = node.textContent.indexOf(word);
      if (at < 0 || !node.parentElement.getClientRects().length) continue;
      node.parentElement.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const box = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
      if (!box) continue;
      if (!window.__listening) document.body.addEventListener('mouseover', (event) => (window.__heard = window.__toolbar.spokenText(event.target)));
      window.__listening = true;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return undefined;
  }, selector, word);
  assert.ok(point, `“${word}” is drawn inside ${selector}`);
  // From far above or below (another element), so that arriving on the word is a mouseover.
  await page.mouse.move(point.x, point.y > 450 ? 5 : 895);
  await page.evaluate(() => (window.__heard = undefined));
  await page.mouse.move(point.x, point.y);
  return page.evaluate(() => window.__heard ?? '');
}

describe('with JavaScript off, the 无障碍 toolbar contract holds for the static copies', () => {
  const first = () => sample.items.find((i) => i.id === 'it-001');
  const cases = () => [
    { path: 'fragment-tree.html', tag: 'zwgk-catalogue-tree', hover: [['[role="tree"]', '社会救助'], ['[role="tree"]', first().name], ['zwgk-catalogue-tree', '搜索公开事项']], read: ['搜索公开事项', '城乡规划', first().name, '社会救助'] },
    { path: 'fragment-policy.html', tag: 'zwgk-policy-card', hover: [['zwgk-policy-card', '示例县最低生活保障审核确认实施细则'], ['zwgk-policy-card', '查看详情']], read: ['件政策文件', '示例县最低生活保障审核确认实施细则', '查看详情'] },
    { path: 'fragment-map-list.html', tag: 'zwgk-disclosure-map', hover: [['zwgk-disclosure-map', sample.disclosurePoints[0].name]], read: [sample.disclosurePoints[0].name] },
    { path: 'fragment-open-days.html', tag: 'zwgk-open-day', hover: [['zwgk-open-day', '近期政府开放日'], ['zwgk-open-day', '报名截止']], read: ['近期政府开放日', '报名截止', '可报名', '我要报名'] },
    { path: 'fragment-request-form.html', tag: 'zwgk-request-form', hover: [['zwgk-request-form', '咨询和代为填写电话'], ['zwgk-request-form', '申请人类型'], ['zwgk-request-form', '证件号码']], read: ['受理机关', '需要帮助', '申请人类型', '公民', '姓名', '证件号码', '所需信息'] },
    { path: 'item-it-001.html', tag: 'zwgk-catalogue-tree', hover: [['zwgk-catalogue-tree', first().name]], read: [first().name] },
  ];
  let script;
  before(async () => {
    script = await toolbarScript();
  });

  for (const { path, tag, hover, read } of cases()) {
    test(`${path}: 指读, 连读, 配色 and 放大 reach the static copy of <${tag}>`, async () => {
      const page = await browser.newPage();
      // The toolbars' own <style> (a CMS page lets its toolbar in; the test server's CSP would not).
      await page.setBypassCSP(true);
      await page.setViewport({ width: 1280, height: 900 });
      await page.setJavaScriptEnabled(false);
      await page.goto(server.url(path), { waitUntil: 'load' });
      await page.setJavaScriptEnabled(true);
      await page.evaluate(script);
      assert.equal(await page.evaluate(() => [...document.querySelectorAll('*')].some((e) => e.localName.startsWith('zwgk-') && customElements.get(e.localName))), false, 'no element upgraded');
      const whole = await page.$eval(tag, (element) => element.innerText.length);
      for (const [selector, word] of hover) {
        const heard = await pointRead(page, selector, word);
        assert.ok(heard.includes(word), `hovering “${word}” read “${heard.slice(0, 60)}”`);
        assert.ok(heard.length < Math.max(200, whole / 3), `hovering “${word}” read the whole element`);
      }
      const problems = await page.evaluate((tag, read) => {
        const t = window.__toolbar;
        const element = document.querySelector(tag);
        const found = { order: t.outOfOrder(t.readAloud(), read) };
        const removeColours = t.injectToolbarCss(t.RECOLOUR);
        found.recolour = t.unrecoloured(element);
        removeColours();
        const before = t.fontSizes(element);
        found.bearers = before.size;
        const removeLarge = t.injectToolbarCss('body * { font-size: 24px !important; }');
        found.enlarged = t.notEnlarged(before, element, (size) => Math.max(size, 24));
        found.overlapLarge = t.overlappingText(element);
        removeLarge();
        const undo = t.enlargeByScript(1.5);
        found.script = t.notEnlarged(before, element, (size) => size * 1.5);
        found.overlapScript = t.overlappingText(element);
        undo();
        const height = element.getBoundingClientRect().height;
        t.zoomBody(1.3);
        found.zoomGrows = element.getBoundingClientRect().height > height;
        found.overlapZoom = t.overlappingText(element);
        return found;
      }, tag, read);
      assert.deepEqual(problems.order, [], '连读');
      assert.deepEqual(problems.recolour, [], '配色');
      assert.ok(problems.bearers > 0, 'text the toolbar can find');
      assert.deepEqual(problems.enlarged, [], '放大: body * rule');
      assert.deepEqual(problems.overlapLarge, [], '放大: body * rule, overlaps');
      assert.deepEqual(problems.script, [], '放大: script');
      assert.deepEqual(problems.overlapScript, [], '放大: script, overlaps');
      assert.equal(problems.zoomGrows, true, '放大: zoom on <body>');
      assert.deepEqual(problems.overlapZoom, [], '放大: zoom, overlaps');
      await page.close();
    });
  }
});

describe('with JavaScript on, the element takes over the rendered copy', () => {
  const cases = [
    ['fragment-tree.html', 'zwgk-catalogue-tree'],
    ['fragment-policy.html', 'zwgk-policy-card'],
    ['fragment-map-list.html', 'zwgk-disclosure-map'],
    ['fragment-policy-en.html', 'zwgk-policy-card'],
    ['fragment-open-days.html', 'zwgk-open-day'],
    ['fragment-request-form.html', 'zwgk-request-form'],
    [`policy-${sample.policies[0].id}.html`, 'zwgk-policy-card'],
  ];
  for (const [path, tag] of cases) {
    test(`${path}: layout shift ≤ 0.01, never empty, the same text as without script`, async () => {
      const { page: still } = await openStatic(path);
      const staticText = await elementText(still, tag);
      await still.close();
      const { page, problems } = await openLive(path);
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((a, b) => a + b, 0);
      console.log(`# ${path}: CLS ${cls.toFixed(4)} (${shifts.length} shifts)`);
      assert.ok(cls <= 0.01, `CLS ${cls}`);
      // Taken over: one content root, the live one (the static copy is gone).
      assert.equal(await page.$$eval(`${tag} > .zwgk-body`, (bodies) => bodies.length), 1);
      const samples = (await page.evaluate(() => window.__samples)).filter((s) => s.tag === tag);
      const final = await page.$eval(tag, (element) => element.getBoundingClientRect().height);
      assert.ok(samples.length > 1, 'the element changed while observed');
      for (const s of samples) {
        assert.ok(s.text > 0, 'never without text');
        assert.ok(Math.abs(s.height - final) <= final * 0.01 + 1, `height ${s.height} vs ${final}`);
      }
      assert.equal(await elementText(page, tag), staticText);
      // The live open-day element asks the sign-up server for places left; this static site has none.
      assert.deepEqual(problems((url) => tag === 'zwgk-open-day' && new URL(url).pathname === '/api/open-days'), []);
      await page.close();
    });
  }

  test('the measurement can fail: the same page without the rendered copy shifts by more than 0.01', async () => {
    const fragment = readFileSync(join(work, 'policy.html'), 'utf8').replace(/<div class="zwgk-body">[\s\S]*<\/div><\/zwgk-policy-card>/, '</zwgk-policy-card>');
    hostPage('fragment-empty', fragment);
    const { page } = await openLive('fragment-empty.html');
    const cls = (await page.evaluate(() => window.__shifts)).reduce((a, b) => a + b, 0);
    console.log(`# fragment-empty.html (no rendered copy): CLS ${cls.toFixed(4)}`);
    assert.ok(cls > 0.01, `CLS ${cls}`);
    await page.close();
  });

  test('an item page stays as rendered even where the site template loads the elements everywhere', async () => {
    const { page: still } = await openStatic('item-it-001.html');
    const staticText = await elementText(still, 'zwgk-catalogue-tree');
    await still.close();
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(server.url('item-it-001.html'), { waitUntil: 'load' });
    await page.addScriptTag({ type: 'module', url: server.url('zwgk-elements.js') });
    await page.waitForFunction(() => !!customElements.get('zwgk-catalogue-tree'));
    await zwgkSettled(page);
    assert.equal(await elementText(page, 'zwgk-catalogue-tree'), staticText);
    assert.equal(new URL(page.url()).hash, '', 'the page’s address is left alone');
    assert.deepEqual(problems(), []);
    await page.close();
  });

  test('index.html: the tree, the policy list, the places and the open days take over with layout shift ≤ 0.01; a row then opens in place', async () => {
    const { page, problems } = await openLive('index.html');
    const cls = (await page.evaluate(() => window.__shifts)).reduce((a, b) => a + b, 0);
    console.log(`# index.html: CLS ${cls.toFixed(4)}`);
    assert.ok(cls <= 0.01, `CLS ${cls}`);
    const row = await page.$('zwgk-catalogue-tree a[role="treeitem"][href="#zwgk-item=it-001"]');
    assert.ok(row, 'the live tree’s rows link into the page again');
    await row.click();
    await zwgkSettled(page);
    assert.equal(new URL(page.url()).pathname.endsWith('/index.html'), true);
    assert.equal(await page.$eval('zwgk-catalogue-tree .zwgk-detail-title', (t) => t.textContent), sample.items.find((i) => i.id === 'it-001').name);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems((url) => new URL(url).pathname === '/api/open-days'), []);
    await page.close();
  });
});
