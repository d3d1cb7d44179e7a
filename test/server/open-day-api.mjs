// The open-day API mounted in the browser test server: the same handler module as the demo
// server (bundled from src/server/open-day-api.ts), a fresh data file per run, and a test
// catalogue whose dates are relative to today so the tests never expire.
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

export async function openDayApiMiddleware() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'zwgk-wtr-api-')), 'api.mjs');
  buildSync({ entryPoints: [join(root, 'src/server/open-day-api.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  const { createOpenDayApi } = await import(outfile);
  const catalogue = openDayTestCatalogue();
  const api = createOpenDayApi(catalogue, join(mkdtempSync(join(tmpdir(), 'zwgk-wtr-data-')), 'signups.jsonl'));
  let failNext = 0;
  return async (context, next) => {
    const path = context.request.url;
    if (path === '/__test/openday-catalogue.json') {
      context.type = 'application/json';
      context.body = JSON.stringify(catalogue);
      return;
    }
    if (path.startsWith('/__test/openday-fail')) {
      failNext = Number(new URL(path, 'http://x').searchParams.get('n') ?? 1);
      context.body = 'ok';
      return;
    }
    if (!path.startsWith('/api/open-days')) return next();
    if (failNext > 0 && context.request.method === 'POST') {
      failNext--;
      context.status = 500;
      context.body = '{"error":"internal"}';
      return;
    }
    context.respond = false;
    await api.handle(context.req, context.res);
  };
}
