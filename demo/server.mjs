#!/usr/bin/env node
// The demo county site: Vite serves the pages and the library source; the same HTTP server
// answers the API the elements post to. Every response carries a strict Content Security Policy
// (no inline script, no eval), as a government platform would send.
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createServer as createVite } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

const server = http.createServer();
// HMR shares the page's port, so the demo needs one port only.
const vite = await createVite({
  configFile: `${root}/vite.config.ts`,
  server: { middlewareMode: true, ws: { server } },
  appType: 'mpa',
});

// The API runs the library's own TypeScript (schema, validators, capacity rules) through Vite's
// SSR loader, so the server checks exactly what the browser checks.
const { readFile } = await import('node:fs/promises');
const { parseCatalogueText } = await vite.ssrLoadModule(`${root}/src/catalogue/validate.ts`);
const { createOpenDayApi } = await vite.ssrLoadModule(`${root}/src/server/open-day-api.ts`);
const catalogueFile = process.env.ZWGK_CATALOGUE ?? `${root}/demo/data/shixian.json`;
const dataDir = process.env.ZWGK_DATA_DIR ?? `${root}/demo/.data`;
const loaded = parseCatalogueText(await readFile(catalogueFile, 'utf8'));
if (!loaded.ok) throw new Error(`demo catalogue ${catalogueFile} is invalid: ${loaded.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
const { createRequestApi } = await vite.ssrLoadModule(`${root}/src/server/request-api.ts`);
const openDays = createOpenDayApi(loaded.catalogue, `${dataDir}/open-day-signups.jsonl`);
const requests = createRequestApi(`${dataDir}/requests.jsonl`);
const apis = [openDays.handle, requests.handle];

// A catalogue file goes whole to every visitor's browser, so the demo serves it as a county should
// publish it: through deidentifyCatalogue (what `zwgk deidentify` writes), with the 公示 lists'
// personal data masked. The full file, as an office keeps it internally, stays on disk.
const { deidentifyCatalogue } = await vite.ssrLoadModule(`${root}/src/catalogue/deidentify.ts`);
const { readFileSync, statSync } = await import('node:fs');
const publicCopies = new Map();
function publicCatalogue(file) {
  const modified = statSync(file).mtimeMs;
  const cached = publicCopies.get(file);
  if (cached?.modified === modified) return cached.text;
  const raw = readFileSync(file, 'utf8');
  let text = raw;
  try {
    text = JSON.stringify(deidentifyCatalogue(JSON.parse(raw.replace(/^\uFEFF/, ''))));
  } catch {
    // Not a catalogue (or not JSON): served as it is, and the elements report why.
  }
  publicCopies.set(file, { modified, text });
  return text;
}
const DATA_FILE = /^\/(?:offline\/)?data\/([a-z0-9-]+\.json)$/;
function serveCatalogueData(path, response) {
  const name = DATA_FILE.exec(path)?.[1];
  const file = name && `${root}/demo/data/${name}`;
  if (!file || !existsSync(file)) return false;
  response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' }).end(publicCatalogue(file));
  return true;
}

// /offline/ serves the offline package's layout (what dist/zwgk-elements.zip unpacks to): the
// built bundle and its chunks, the sample data, and example.html, a plain page using only them.
const { createReadStream, existsSync } = await import('node:fs');
const OFFLINE_TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };
function serveOffline(path, response) {
  const name = path.slice('/offline/'.length) || 'example.html';
  const file = name === 'example.html' ? `${root}/demo/static.html` : name.startsWith('data/') ? `${root}/demo/${name}` : `${root}/dist/${name}`;
  if (name.includes('..') || !existsSync(file)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(existsSync(`${root}/dist/zwgk-elements.js`) ? 'not found' : 'run npm run build first');
    return;
  }
  response.writeHead(200, { 'Content-Type': `${OFFLINE_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream'}; charset=utf-8` });
  createReadStream(file).pipe(response);
}

server.on('request', async (request, response) => {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (request.method === 'GET' && serveCatalogueData(new URL(request.url ?? '/', 'http://x').pathname, response)) return;
  if (request.url?.startsWith('/offline/')) {
    serveOffline(new URL(request.url, 'http://x').pathname, response);
    return;
  }
  if (request.url?.startsWith('/api/')) {
    for (const api of apis) if (await api(request, response)) return;
    response.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' }).end('{"error":"not-found"}');
    return;
  }
  vite.middlewares(request, response);
});

server.listen(port, host, () => {
  // PORT=0 picks a free port (the tests do); the line below says which.
  console.log(`示例县政务公开演示站点 / demo county site: http://${host}:${server.address().port}/`);
});
