// Test-server routes the browser suite talks to: real HTTP responses with chosen status codes,
// delays and request counts, for the loader's network tests (no mocked fetch).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const counts = new Map();
/** Responses set by a test for /__test/programmed?key=…: { status, body, ms }. */
const programmed = new Map();
/** Catalogue answers held back, by key, until /__test/release. */
const held = new Map();

const MEDIA_TYPES = { svg: 'image/svg+xml', png: 'image/png', mp4: 'video/mp4', mp3: 'audio/mpeg', vtt: 'text/vtt' };

/** Koa middleware for /__test/* routes, and the sample catalogue's media at /data/media/ as on the demo site. */
export async function testRoutes(context, next) {
  const url = new URL(context.request.url, 'http://localhost');
  const media = /^\/data\/media\/([a-z0-9-]+\/[a-z0-9-]+\.(svg|png|mp4|mp3|vtt))$/.exec(url.pathname);
  if (media) {
    context.type = MEDIA_TYPES[media[2]];
    context.body = await readFile(new URL(`../../demo/data/media/${media[1]}`, import.meta.url));
    return;
  }
  if (!url.pathname.startsWith('/__test/')) return next();
  const route = url.pathname.slice('/__test/'.length);
  const param = (name, fallback) => url.searchParams.get(name) ?? fallback;
  context.set('Cache-Control', 'no-store');
  if (route === 'count') {
    context.type = 'application/json';
    context.body = JSON.stringify({ count: counts.get(param('key', '')) ?? 0 });
  } else if (route === 'status') {
    context.status = Number(param('code', '500'));
    context.type = 'text/plain';
    context.body = 'error';
  } else if (route === 'program' && context.request.method === 'POST') {
    // A test sets what /__test/programmed?key=… answers next: a status, a body (the POST body), a delay.
    let body = '';
    for await (const chunk of context.req) body += chunk;
    programmed.set(param('key', ''), { status: Number(param('status', '200')), ms: Number(param('ms', '0')), body });
    context.status = 204;
  } else if (route === 'programmed') {
    const answer = programmed.get(param('key', '')) ?? { status: 404, ms: 0, body: 'not programmed' };
    if (answer.ms) await new Promise((resolve) => setTimeout(resolve, answer.ms));
    context.status = answer.status;
    context.type = answer.status === 200 ? 'application/json' : 'text/plain';
    context.body = answer.body;
  } else if (route === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(param('ms', '3000'))));
    context.type = 'application/json';
    context.body = '{}';
  } else if (route === 'release') {
    // Lets a held catalogue response (below) go.
    const key = param('key', '');
    held.get(key)?.();
    held.delete(key);
    context.body = 'released';
  } else if (route === 'catalogue') {
    // Counts requests per key, to prove one fetch per URL.
    const key = param('key', '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    // ?hold=1: the answer waits until /__test/release?key=… (a test looks at the loading state meanwhile).
    if (param('hold', '') === '1') await new Promise((resolve) => held.set(key, resolve));
    const file = param('file', 'shixian.json').replace(/[^a-z0-9.-]/gi, '');
    context.type = 'application/json';
    context.body = await readFile(new URL(`../../demo/data/${file}`, import.meta.url), 'utf8');
  } else if (/^tiles(-404|-slow)?\/\d+\/\d+\/\d+\.png$/.test(route)) {
    // Map tiles for <zwgk-disclosure-map>: a tiny valid PNG, a 404, or a PNG after a delay.
    if (route.startsWith('tiles-404/')) {
      context.status = 404;
      context.type = 'text/plain';
      context.body = 'no such tile';
      return;
    }
    if (route.startsWith('tiles-slow/')) await new Promise((resolve) => setTimeout(resolve, Number(param('ms', '5000'))));
    context.type = 'image/png';
    context.body = TILE_PNG;
  } else {
    return next();
  }
}

/** A 1 × 1 PNG, stretched by the browser to a 256 px tile. */
const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * Serves `*.css?inline` imports as JS modules whose default export is the CSS text, as Vite does,
 * so that `import css from 'leaflet/dist/leaflet.css?inline'` behaves the same in tests.
 */
export function inlineCss() {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const require = createRequire(import.meta.url);
  return {
    name: 'zwgk-inline-css',
    resolveImport({ source }) {
      if (!/\.css\?inline$/.test(source) || /^[./]/.test(source)) return undefined;
      const file = require.resolve(source.replace(/\?inline$/, ''));
      return `/${relative(root, file).split(sep).join('/')}?inline`;
    },
    async serve(context) {
      if (!context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return undefined;
      const text = await readFile(join(root, decodeURIComponent(context.path)), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: Windows high-contrast mode, which
 * @web/test-runner-commands' emulateMedia cannot set for puppeteer-driven Chromium.
 */
export function forcedColors() {
  const sessions = new WeakMap();
  return {
    name: 'zwgk-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // Puppeteer's emulateMediaFeatures refuses this feature; the DevTools protocol has it.
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
