// The demo server's APIs (open days, information-disclosure requests) mounted in the browser test
// server: the same handler modules (bundled from src/server/), fresh data files per run, a test
// catalogue whose dates are relative to today, and switches that make the next POST fail (500),
// hang (timeout) or answer 422, so the elements' failure handling meets real HTTP.
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const days = (n) => new Date(Date.now() + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function openDayTestCatalogue() {
  const catalogue = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
  const base = catalogue.openDays.find((e) => e.id === 'od-2027-edu');
  const event = (id, title, registration, extra = {}) => ({
    ...base, id, title, status: 'open', start: days(40), end: days(40.1),
    sessions: [{ id: 's1', start: days(40), end: days(40.1), capacity: 5 }],
    registration: { ...base.registration, open: true, deadline: days(30), capacity: 5, selection: 'first_come', waitlist: false, showRemaining: true, ...registration },
    ...extra,
  });
  catalogue.openDays = [
    event('od-t-open', '测试开放日：先到先得', {}),
    event('od-t-review', '测试开放日：审核确定', { selection: 'review' }),
    event('od-t-closed', '测试开放日：已截止', { deadline: days(-1) }),
    event('od-t-full', '测试开放日：已满', { waitlist: false }, { sessions: [{ id: 's1', start: days(40), capacity: 0 }] }),
    { ...base, id: 'od-t-past', title: '测试开放日：往期', status: 'done', start: days(-30), end: days(-29.9), report: { url: '/zwgk/zfkfr/review/', summary: '活动回顾摘要' } },
  ];
  return catalogue;
}

export async function apiMiddleware() {
  const bundle = (entry) => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'zwgk-wtr-api-')), 'api.mjs');
    buildSync({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
    return import(outfile);
  };
  const { createOpenDayApi } = await bundle('src/server/open-day-api.ts');
  const { createRequestApi } = await bundle('src/server/request-api.ts');
  const catalogue = openDayTestCatalogue();
  const dataDir = mkdtempSync(join(tmpdir(), 'zwgk-wtr-data-'));
  const openDays = createOpenDayApi(catalogue, join(dataDir, 'signups.jsonl'));
  const requests = createRequestApi(join(dataDir, 'requests.jsonl'));
  const faults = { fail: 0, slow: 0, invalid: 0 };
  return async (context, next) => {
    const url = new URL(context.request.url, 'http://x');
    if (url.pathname === '/__test/openday-catalogue.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(catalogue);
      return;
    }
    const fault = /^\/__test\/api-(fail|slow|invalid)$/.exec(url.pathname);
    if (fault) {
      faults[fault[1]] = Number(url.searchParams.get('n') ?? 1);
      context.body = 'ok';
      return;
    }
    const stored = /^\/__test\/requests\/([A-Z0-9]+)$/.exec(url.pathname);
    if (stored) {
      context.type = 'application/json';
      context.body = JSON.stringify(requests.stored().find((r) => r.code === stored[1]) ?? null);
      return;
    }
    if (url.pathname === '/__test/requests-count') {
      context.body = String(requests.stored().length);
      return;
    }
    if (!url.pathname.startsWith('/api/')) return next();
    if (context.request.method === 'POST') {
      if (faults.fail > 0) {
        faults.fail--;
        context.status = 500;
        context.body = '{"error":"internal"}';
        return;
      }
      if (faults.slow > 0) {
        faults.slow--;
        await new Promise((resolve) => setTimeout(resolve, 3000));
        // The element has given up by now (its timeout) and closed the connection: nothing to answer,
        // and reading the body would only raise ECONNRESET in the middle of the run's output.
        if (context.req.destroyed || context.req.socket?.destroyed) {
          context.respond = false;
          return;
        }
      }
      if (faults.invalid > 0) {
        faults.invalid--;
        context.status = 422;
        context.type = 'application/json';
        context.body = JSON.stringify({ error: 'invalid', errors: [{ path: 'citizen.address', message: '通信地址不完整，请填写到门牌号（服务器校验）' }] });
        return;
      }
    }
    context.respond = false;
    for (const api of [openDays, requests]) if (await api.handle(context.req, context.res)) return;
    context.respond = true;
    return next();
  };
}
