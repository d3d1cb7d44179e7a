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

server.on('request', (request, response) => {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  vite.middlewares(request, response);
});

server.listen(port, host, () => {
  // PORT=0 picks a free port (the tests do); the line below says which.
  console.log(`示例县政务公开演示站点 / demo county site: http://${host}:${server.address().port}/`);
});
