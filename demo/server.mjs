#!/usr/bin/env node
// The demo county site: Vite serves the pages and the library source; the same HTTP server
// answers the API the elements post to (the reference server, src/server/, on the embedded
// PGlite database in .zwgk-data/ unless DATABASE_URL says otherwise). Every page carries a strict
// Content Security Policy (no inline script, no eval), as a government platform would send.
// Only demo/ and the library code Vite needs are reachable: dot-folders (data directories) and
// any other file of the machine answer 404.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createVite } from 'vite';
import { sendStatic } from './static-files.mjs';

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

/** Folders Vite may read beyond demo/: the library source and its dependencies. */
const READABLE = ['src', 'node_modules', 'demo'].map((dir) => resolve(root, dir) + sep);

/** True for a URL the demo must not serve: a dot-folder anywhere, or /@fs/ outside READABLE. */
export function refusedPath(url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return true;
  }
  if (path.includes('\0') || path.includes('\\')) return true;
  const segments = path.split('/');
  // Vite's dependency cache (node_modules/.vite) is the one dot-folder the dev server needs.
  if (segments.some((s, i) => s.startsWith('.') && !(s === '.vite' && segments[i - 1] === 'node_modules'))) return true;
  if (path.startsWith('/@fs/')) return !READABLE.some((dir) => resolve(path.slice('/@fs'.length)).startsWith(dir));
  return false;
}

const server = http.createServer();
// HMR shares the page's port, so the demo needs one port only.
const vite = await createVite({
  configFile: `${root}/vite.config.ts`,
  server: { middlewareMode: true, ws: { server }, fs: { allow: READABLE, deny: ['.env', '.env.*', '*.{crt,pem}', '**/.*/**'] } },
  appType: 'mpa',
});

// The API runs the library's own TypeScript (schema, validators, capacity rules) through Vite's
// SSR loader, so the server checks exactly what the browser checks.
const { readConfig, dataDirInside } = await vite.ssrLoadModule(`${root}/src/server/config.ts`);
const { createServerApp } = await vite.ssrLoadModule(`${root}/src/server/server.ts`);
const config = readConfig({ ZWGK_CATALOGUE: `${root}/demo/data/shixian.json`, ...process.env });
const inside = config.databaseUrl ? undefined : dataDirInside(config.dataDir, [`${root}/demo`, `${root}/dist`]);
if (inside) {
  console.error(`ZWGK_DATA_DIR ${config.dataDir} is inside ${inside}, which the demo serves; choose a folder outside it.`);
  process.exit(1);
}
if (!config.databaseUrl && !existsSync(config.dataDir)) console.log(`首次启动：正在创建数据库 ${config.dataDir}（约半分钟）/ first start: creating the database…`);
const api = await createServerApp(config);

// A live desk for newcomers: staff accounts (a new password at every start, printed below) and,
// when the database is empty, about thirty applications over every stage and open-day sign-ups.
const { seedDemo } = await vite.ssrLoadModule(`${root}/src/server/demo-seed.ts`);
const { generatePassword } = await vite.ssrLoadModule(`${root}/src/server/staff/passwords.ts`);
const demoPassword = process.env.ZWGK_DEMO_PASSWORD || generatePassword();
const seeded = await seedDemo(api.ctx.db, { catalogue: api.ctx.catalogue(), password: demoPassword, passwordCost: 15 });

// /offline/ serves the offline package's layout (what dist/zwgk-elements.zip unpacks to): the
// built bundle and its chunks, the sample data, and example.html, a plain page using only them.
// /built/ serves the demo site as `npm run build:demo` writes it (dist-demo/: the pages with the
// autoloader from dist/, what the whole-page bench measures). Both send the .br/.gz copies as the
// integrator guide's nginx and Apache snippets do (demo/static-files.mjs).
function serveBuilt(request, response, path) {
  const offline = path.startsWith('/offline/');
  const name = decodeURIComponent(path.slice(offline ? '/offline/'.length : '/built/'.length)) || (offline ? 'example.html' : 'index.html');
  const file = !offline ? `${root}/dist-demo/${name}` : name === 'example.html' ? `${root}/demo/static.html` : name.startsWith('data/') ? `${root}/demo/${name}` : `${root}/dist/${name}`;
  if (name.includes('..') || name.includes('\0')) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  if (!existsSync(offline ? `${root}/dist/zwgk-elements.js` : `${root}/dist-demo/index.html`)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(offline ? 'run npm run build first' : 'run npm run build:demo first');
    return;
  }
  sendStatic(request, response, file);
}

server.on('request', (request, response) => {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  if (refusedPath(request.url ?? '/')) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  if (request.url?.startsWith('/offline/') || request.url?.startsWith('/built/')) {
    serveBuilt(request, response, new URL(request.url, 'http://x').pathname);
    return;
  }
  if (request.url?.startsWith('/api/') || request.url === '/healthz') {
    api.listener(request, response);
    return;
  }
  vite.middlewares(request, response);
});

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Requests in progress finish; then the database closes cleanly.
    server.close(async () => {
      await api.close();
      process.exit(0);
    });
    server.closeIdleConnections();
    vite.close(); // its HMR sockets would keep the server open
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}

server.listen(port, host, () => {
  // PORT=0 picks a free port (the tests do); the line below says which.
  const origin = `http://${host}:${server.address().port}`;
  console.log(`示例县政务公开演示站点 / demo county site: ${origin}/`);
  console.log(`办理台 / staff desk: ${origin}/desk.html`);
  console.log(`  账号 / accounts: ${seeded.accounts.map((a) => `${a.username}（${a.name}）`).join('、')}`);
  console.log(`  密码（本次启动有效）/ password for this run: ${demoPassword}`);
  if (seeded.requests || seeded.signups) console.log(`  已生成演示数据 / seeded: ${seeded.requests} 件申请, ${seeded.signups} 个开放日报名`);
});
