// Test-server routes the browser suite talks to: real HTTP responses with chosen status codes,
// delays and request counts, for the loader's network tests (no mocked fetch).
import { readFile } from 'node:fs/promises';

const counts = new Map();

/** Koa middleware for /__test/* routes. */
export async function testRoutes(context, next) {
  const url = new URL(context.request.url, 'http://localhost');
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
  } else if (route === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(param('ms', '3000'))));
    context.type = 'application/json';
    context.body = '{}';
  } else if (route === 'catalogue') {
    // Counts requests per key, to prove one fetch per URL.
    const key = param('key', '');
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const file = param('file', 'shixian.json').replace(/[^a-z0-9.-]/gi, '');
    context.type = 'application/json';
    context.body = await readFile(new URL(`../../demo/data/${file}`, import.meta.url), 'utf8');
  } else {
    return next();
  }
}
