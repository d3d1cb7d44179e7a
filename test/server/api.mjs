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
  // Consultations whose dates are relative to today, taking opinions through the page's form.
  const form = { type: '向社会公开征求意见', onlineForm: true, note: '也可通过电子邮件提出意见。' };
  const consultation = (id, title, start, end, methods = [form]) => ({ id, title, subjectMatter: '公共政策措施', start: days(start), end: days(end), hostId: catalogue.agencies[0].id, methods, draft: { title: `${title}（征求意见稿）`, text: '第一条 为了……制定本办法。' } });
  catalogue.consultations = [
    consultation('cs-t-open', '测试征集：正在征集', -5, 10),
    consultation('cs-t-second', '测试征集：另一项', -5, 12),
    // Closed yesterday: the element shown an earlier day still offers the form, and the server refuses.
    consultation('cs-t-closed', '测试征集：昨日截止', -30, -1),
  ];
  return catalogue;
}

/** The server modules (src/server/), bundled once for Node; npm packages stay in node_modules. */
export async function loadServerModules() {
  const outdir = join(root, 'node_modules/.cache/zwgk-test-server');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `server-${process.pid}.mjs`);
  buildSync({
    stdin: {
      contents: [
        "export * from './src/server/server.ts'; export * from './src/server/config.ts'; export * from './src/server/requests/store.ts';",
        "export { seedDemo, DEMO_STAFF } from './src/server/demo-seed.ts'; export { recordCommand } from './src/server/requests/cases.ts'; export { insertSignup, sessionsOf } from './src/server/open-days/store.ts'; export { decideContext } from './src/server/workflow-context.ts';",
      ].join('\n'),
      resolveDir: root, loader: 'ts',
    },
    bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error',
  });
  return import(outfile);
}

/** The staff desk's test accounts (the demo's: dengji 登记员, chengban and chengban2 承办人, shenhe 审核人, demo 管理员) share this password. */
export const DESK_TEST_PASSWORD = 'desk-test-password-2026';

/** A test route's JSON body (the middleware sits before any body parser). */
const jsonBody = (context) => new Promise((resolve) => {
  let text = '';
  context.req.on('data', (chunk) => (text += chunk));
  context.req.on('end', () => resolve(JSON.parse(text || '{}')));
});

export async function apiMiddleware() {
  const { createServerApp, readConfig, findRequest, findUpload, seedDemo, DEMO_STAFF, insertRequest, recordCommand, decideContext, insertSignup, sessionsOf } = await loadServerModules();
  const catalogue = openDayTestCatalogue();
  // An in-memory PGlite per run; limits high enough for a test suite that posts from one address.
  const limits = { ZWGK_DATA_DIR: 'memory://', ZWGK_RATE_SUBMIT: '100000/60', ZWGK_RATE_LOOKUP: '100000/60', ZWGK_RATE_CANCEL: '100000/60', ZWGK_RATE_LOGIN: '100000/60', ZWGK_LOG_LEVEL: 'warn', ZWGK_PASSWORD_COST: '14' };
  const config = readConfig(limits);
  const api = await createServerApp(config, { catalogue, scheduleRetention: false });
  // The desk's own server (/api-desk, password sign-in) on its own database: the demo's accounts and
  // applications over every stage, no sign-ups; the request form's tests, which count what /api
  // stored, never see what the desk's tests add at the same time.
  const desk = await createServerApp(readConfig(limits), { catalogue, scheduleRetention: false });
  await seedDemo(desk.ctx.db, { password: DESK_TEST_PASSWORD, passwordCost: 14, signups: false });
  // A second server for the desk as the accessibility suites mount it: signed in by a trusted proxy
  // (this middleware), so that it shares no session cookie with the desk's own tests running at the
  // same time in another page. Its own database holds the same seeded desk, with open-day sign-ups.
  // Its catalogue adds a session in 抽签 mode (sign-ups closed, awaiting the draw), which the open-day element's tests do not count.
  const drawEvent = { ...catalogue.openDays[1], id: 'od-t-draw', title: '测试开放日：抽签确定', registration: { ...catalogue.openDays[1].registration, selection: 'draw', deadline: days(-1) } };
  const deskCatalogue = { ...catalogue, openDays: [...catalogue.openDays, drawEvent] };
  const sso = await createServerApp(readConfig({ ...limits, ZWGK_STAFF_AUTH: 'header', ZWGK_STAFF_PROXY_ADDRESSES: '127.0.0.1,::1' }), { catalogue: deskCatalogue, scheduleRetention: false });
  await seedDemo(sso.ctx.db, { catalogue: deskCatalogue, password: DESK_TEST_PASSWORD, passwordCost: 14 });
  const staffActor = (username) => {
    const staff = DEMO_STAFF.find((s) => s.username === username);
    return { id: staff.username, name: staff.name, roles: staff.roles };
  };
  const stored = async (code) => {
    const request = await findRequest(api.ctx.db, code);
    if (!request) return null;
    const upload = await findUpload(api.ctx.db, code);
    const letter = await findUpload(api.ctx.db, code, 'authorization');
    return { code, receivedAt: request.receivedAt, stage: request.stage, application: { ...request.application, ...(upload ? { identityProof: upload } : {}), ...(letter ? { authorization: letter } : {}) } };
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
    // An application taken through workflow steps at the server (as the named officers): on the
    // desk's server, or (`server: 'api'`) on /api for the request form's lookups.
    if (url.pathname === '/__test/desk/case' && context.request.method === 'POST') {
      const body = await jsonBody(context);
      const application = body.application ?? { applicantType: '公民', citizen: { name: '测试申请人', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13800138000', address: '示例县人民路1号' }, information: { title: body.title ?? '测试所需信息' }, provideForm: '电子', delivery: '在线查看', privacyConsent: true };
      const target = body.server === 'api' ? api : desk;
      // `code`: more steps on an application made earlier (another officer acting meanwhile).
      const { code } = body.code ? { code: body.code } : await insertRequest(target.ctx.db, { application, receivedAt: new Date(), agencyId: catalogue.requestForm?.acceptingAgencyId });
      for (const [username, command] of body.steps ?? []) await recordCommand(target.ctx.db, code, command, staffActor(username), decideContext(target.ctx));
      context.type = 'application/json';
      context.body = JSON.stringify({ code });
      return;
    }
    // A sign-up as the organiser left it (checked in, not drawn…), on /api (or /api-sso), for the open-day lookup's tests.
    if (url.pathname === '/__test/openday/attendee' && context.request.method === 'POST') {
      const body = await jsonBody(context);
      const event = catalogue.openDays.find((e) => e.id === body.eventId);
      const session = sessionsOf(event)[0];
      const now = new Date();
      const { signup } = await insertSignup((body.server === 'sso' ? sso : api).ctx.db, {
        event, session, now, waitlistFactor: 2, body: { name: '测试参加者', phone: body.phone, fields: { consent: 'yes' } },
        imported: { code: body.code, status: body.status, createdAt: now, updatedAt: now },
      });
      context.type = 'application/json';
      context.body = JSON.stringify({ code: signup.code });
      return;
    }
    if (url.pathname.startsWith('/api-desk/')) {
      context.req.url = context.req.url.replace(/^\/api-desk\//, '/api/');
      context.respond = false;
      await desk.listener(context.req, context.res);
      return;
    }
    if (url.pathname.startsWith('/api-sso/')) {
      context.req.url = context.req.url.replace(/^\/api-sso\//, '/api/');
      // What the county's proxy would add (Hono reads the parsed headers first, then the raw list).
      const proxied = { 'x-remote-user': 'demo', 'x-remote-roles': 'admin', 'x-remote-name': encodeURIComponent('演示管理员') };
      Object.assign(context.req.headers, proxied);
      context.req.rawHeaders.push(...Object.entries(proxied).flat());
      context.respond = false;
      await sso.listener(context.req, context.res);
      return;
    }
    const opinions = /^\/__test\/opinions\/([a-z0-9-]+)$/.exec(url.pathname);
    if (opinions) {
      const rows = await api.ctx.db.query('SELECT code, opinion, article, name, phone FROM consultation_opinions WHERE consultation_id = $1 ORDER BY received_at', [opinions[1]]);
      context.type = 'application/json';
      context.body = JSON.stringify(rows);
      return;
    }
    if (url.pathname === '/__test/requests-count') {
      const [row] = await api.ctx.db.query('SELECT count(*)::int AS n FROM requests');
      context.body = String(row.n);
      return;
    }
    if (!url.pathname.startsWith('/api/')) return next();
    // Faults hit submissions only (an application, a sign-up, an opinion), not lookups or cancellations.
    if (context.request.method === 'POST' && /^\/api\/(requests|open-days\/[^/]+\/sessions\/[^/]+\/signups|consultations\/[^/]+\/opinions)$/.test(url.pathname)) {
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
