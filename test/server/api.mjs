// The reference server (src/server/: open days, information-disclosure requests) mounted in the
// browser test server: the real Hono app on an in-memory PGlite per run, a test catalogue whose
// dates are relative to today, and switches that make the next POST fail (500), hang (timeout) or
// answer 422, so the elements' failure handling meets real HTTP.
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
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

/** The server modules (src/server/), bundled once for Node; npm packages stay in node_modules. */
export async function loadServerModules() {
  const outdir = join(root, 'node_modules/.cache/zwgk-test-server');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `server-${process.pid}.mjs`);
  buildSync({
    stdin: { contents: "export * from './src/server/server.ts'; export * from './src/server/config.ts'; export * from './src/server/requests/store.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error',
  });
  return import(outfile);
}

export async function apiMiddleware() {
  const { createServerApp, readConfig, findRequest, findUpload } = await loadServerModules();
  const catalogue = openDayTestCatalogue();
  // An in-memory PGlite per run; limits high enough for a test suite that posts from one address.
  const config = readConfig({ ZWGK_DATA_DIR: 'memory://', ZWGK_RATE_SUBMIT: '100000/60', ZWGK_RATE_LOOKUP: '100000/60', ZWGK_RATE_CANCEL: '100000/60', ZWGK_LOG_LEVEL: 'warn' });
  const api = await createServerApp(config, { catalogue, scheduleRetention: false });
  const stored = async (code) => {
    const request = await findRequest(api.ctx.db, code);
    if (!request) return null;
    const upload = await findUpload(api.ctx.db, code);
    return { code, receivedAt: request.receivedAt, stage: request.stage, application: { ...request.application, ...(upload ? { identityProof: upload } : {}) } };
  };
  // Per test page (its Referer): test files run in parallel pages and must not take each other's faults.
  const faultsByPage = new Map();
  const faultsOf = (context) => {
    const page = context.get('referer') ?? '';
    if (!faultsByPage.has(page)) faultsByPage.set(page, { fail: 0, slow: 0, invalid: 0 });
    return faultsByPage.get(page);
  };
  return async (context, next) => {
    const faults = faultsOf(context);
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
    const code = /^\/__test\/requests\/([A-Z0-9]+)$/.exec(url.pathname);
    if (code) {
      context.type = 'application/json';
      context.body = JSON.stringify(await stored(code[1]));
      return;
    }
    if (url.pathname === '/__test/requests-count') {
      const [row] = await api.ctx.db.query('SELECT count(*)::int AS n FROM requests');
      context.body = String(row.n);
      return;
    }
    if (!url.pathname.startsWith('/api/')) return next();
    // Faults hit submissions only (an application, a sign-up), not lookups or cancellations.
    if (context.request.method === 'POST' && /^\/api\/(requests|open-days\/[^/]+\/sessions\/[^/]+\/signups)$/.test(url.pathname)) {
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
    // The real server (Hono) answers through its Node listener; koa stays out of the way.
    context.respond = false;
    await api.listener(context.req, context.res);
  };
}
