// The staff desk on the engine under test: accounts made with `zwgk-server user`, sign-in with
// lockout, sessions in HttpOnly SameSite=Strict cookies, CSRF, the trusted-header mode, the
// workflow routes on top of decide (403/409/422 with reasons), the audit log, notices, the
// applicant's lookup with the public trace and the reply download, paper applications, and a
// year's report through the API equal to the table tallied by hand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueFile, client, ENGINE, freshDatabase, openDayCatalogue, personalDataInLogs, startServer, withDatabase } from '../helpers/zwgk-server.mjs';
import { addStaff, signIn, STAFF, TEST_PASSWORD_ENV, userCommand } from '../helpers/desk.mjs';

const catalogue = openDayCatalogue([]);
catalogue.requestForm.remedies = { reviewBody: '示例县人民政府', court: '示例县人民法院' };
const file = catalogueFile(catalogue);
let database;
let server;
let api;
const env = () => ({ ...database.env, ...TEST_PASSWORD_ENV, ZWGK_CATALOGUE: file, ZWGK_RATE_LOGIN: '100000/60' });
const as = (username) => signIn(server.origin, username, STAFF.find((s) => s.username === username).password);

let listed;
before(async () => {
  database = await freshDatabase();
  addStaff(database.env);
  // On PGlite the server holds the data directory: the command-line checks run before it starts.
  listed = userCommand(['list'], database.env);
  server = await startServer(env());
  api = client(server.origin);
});
after(async () => {
  await server?.stop();
  await database?.drop();
});

const citizen = {
  applicantType: '公民',
  citizen: { name: '张三', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13800138000', address: '示例县人民路1号' },
  information: { title: '2026年示例县最低生活保障资金发放情况' },
  provideForm: '电子',
  delivery: '在线查看',
  privacyConsent: true,
};
const apply = async (body = citizen) => {
  const response = await api.post('/api/requests', body, { 'Idempotency-Key': crypto.randomUUID() });
  assert.equal(response.status, 201, response.text);
  return response.json;
};
const restart = async (extra = {}) => {
  await server.stop();
  server = await startServer({ ...env(), ...extra });
  api = client(server.origin);
};

test(`[${ENGINE}] user accounts: added with roles by the CLI, listed, refused with an unknown role or a weak password`, () => {
  assert.equal(listed.status, 0, listed.stderr);
  assert.deepEqual(listed.stdout.trim().split('\n').map((line) => line.split('\t').slice(0, 3)), [
    ['chen.rev', '陈审核', '审核人'], ['li.reg', '李登记', '登记员'], ['wang.han', '王承办', '承办人'], ['zhao.han', '赵承办', '承办人'], ['zhou.adm', '周管理', '管理员'],
  ]);
  const unknownRole = userCommand(['add', 'x.y', '--name', '某某', '--roles', 'boss'], database.env);
  assert.equal(unknownRole.status, 1);
  assert.match(unknownRole.stderr, /未知的角色/);
  const weak = userCommand(['add', 'x.y', '--name', '某某', '--roles', 'handler', '--password-stdin'], database.env, 'short\n');
  assert.equal(weak.status, 1);
  assert.match(weak.stderr, /至少10个字符/);
});

test('sign-in: a session cookie that is HttpOnly, SameSite=Strict and Path=/; the same 401 for a wrong password and an unknown name', async () => {
  const login = (username, password, headers = {}) => fetch(`${server.origin}/api/staff/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin, ...headers }, body: JSON.stringify({ username, password }) });
  const ok = await login('Li.Reg', 'dengji-mima-2026');
  assert.equal(ok.status, 200);
  const cookie = ok.headers.get('set-cookie');
  assert.match(cookie, /^zwgk_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
  const body = await ok.json();
  assert.deepEqual([body.id, body.name, body.roles], ['li.reg', '李登记', ['registrar']]);
  for (const [username, password] of [['li.reg', 'wrong-password-1'], ['nobody.here', 'dengji-mima-2026']]) {
    const refused = await login(username, password);
    assert.equal(refused.status, 401);
    assert.deepEqual(await refused.json(), { error: 'invalid-credentials', message: '用户名或密码不正确' });
    assert.equal(refused.headers.get('set-cookie'), null);
  }
  const session = await fetch(`${server.origin}/api/staff/session`, { headers: { Cookie: cookie.split(';')[0] } });
  assert.equal((await session.json()).signedIn, true);
  assert.equal((await (await fetch(`${server.origin}/api/staff/session`)).json()).signedIn, false);
  const queue = await fetch(`${server.origin}/api/staff/requests`);
  assert.equal(queue.status, 401);
});

test('behind an HTTPS proxy the cookie is Secure and __Host- prefixed', async () => {
  await restart({ ZWGK_TRUST_PROXY: '1' });
  const response = await fetch(`${server.origin}/api/staff/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'https://www.example.gov.cn', 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'www.example.gov.cn' },
    body: JSON.stringify({ username: 'li.reg', password: 'dengji-mima-2026' }),
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('set-cookie'), /^__Host-zwgk_staff=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
  await restart();
});

test('five wrong passwords lock the account name for everyone, the right password included (429 with Retry-After)', async () => {
  const login = (password) => api.post('/api/staff/login', { username: 'zhao.han', password });
  for (let i = 0; i < 5; i++) assert.equal((await login(`wrong-password-${i}`)).status, 401);
  const locked = await login('chengban-mima-2027');
  assert.equal(locked.status, 429);
  assert.equal(locked.json.error, 'locked');
  assert.ok(Number(locked.headers.get('retry-after')) > 800);
  // Other accounts are not affected.
  assert.equal((await api.post('/api/staff/login', { username: 'wang.han', password: 'chengban-mima-2026' })).status, 200);
});

test('sign-out ends the session: the cookie is cleared and no longer opens the desk', async () => {
  const officer = await as('chen.rev');
  assert.equal((await officer.get('/api/staff/requests')).status, 200);
  const out = await officer.post('/api/staff/logout');
  assert.equal(out.status, 200);
  assert.match(out.headers.get('set-cookie'), /^zwgk_staff=; Max-Age=0; Path=\//);
  assert.equal((await officer.get('/api/staff/requests')).status, 401);
});

test('CSRF: a state change needs the session’s X-CSRF-Token, the site’s Origin and a JSON body', async () => {
  const { code } = await apply();
  const registrar = await as('li.reg');
  const noToken = await registrar.post(`/api/staff/requests/${code}/actions`, { command: { action: 'register' } }, { 'X-CSRF-Token': '' });
  assert.deepEqual([noToken.status, noToken.json.error], [403, 'csrf']);
  const wrongToken = await registrar.post(`/api/staff/requests/${code}/actions`, { command: { action: 'register' } }, { 'X-CSRF-Token': 'x'.repeat(43) });
  assert.equal(wrongToken.status, 403);
  const otherSite = await registrar.post(`/api/staff/requests/${code}/actions`, { command: { action: 'register' } }, { Origin: 'https://evil.example' });
  assert.deepEqual([otherSite.status, otherSite.json.error], [403, 'forbidden-origin']);
  const form = await registrar.post(`/api/staff/requests/${code}/actions`, undefined, { 'Content-Type': 'application/x-www-form-urlencoded' });
  assert.equal(form.status, 415);
  const record = await registrar.get(`/api/staff/requests/${code}`);
  assert.equal(record.json.state, 'submitted');
  assert.equal((await registrar.act(code, { action: 'register' })).status, 200);
});

test('the workflow end to end: each role’s actions, refusals with their reasons (403 wrong role, 409 wrong state or stale, 422 missing fields), and the audit log', async () => {
  const { code } = await apply();
  const [registrar, handler, reviewer] = await Promise.all(['li.reg', 'wang.han', 'chen.rev'].map(as));
  const wrongRole = await handler.act(code, { action: 'register' });
  assert.equal(wrongRole.status, 403);
  assert.deepEqual([wrongRole.json.error, wrongRole.json.message], ['forbidden-role', '您的角色（承办人）不能登记受理，需由登记员、管理员办理']);

  const registered = await registrar.act(code, { action: 'register' }, { expectedEvents: 1 });
  assert.equal(registered.status, 200, registered.text);
  assert.equal(registered.json.state, 'accepted');
  assert.equal(registered.json.due.kind, 'running');
  assert.deepEqual(registered.json.actions.map((a) => a.action), ['assign', 'withdraw', 'note']);
  const stale = await registrar.act(code, { action: 'note', text: '电话核实' }, { expectedEvents: 1 });
  assert.deepEqual([stale.status, stale.json.error], [409, 'stale']);

  const badAssignee = await registrar.act(code, { action: 'assign', assignee: 'chen.rev' });
  assert.deepEqual([badAssignee.status, badAssignee.json.errors[0].path], [422, 'assignee']);
  const assigned = await registrar.act(code, { action: 'assign', assignee: 'wang.han' });
  assert.equal(assigned.json.assignee.name, '王承办');
  const handlerView = await handler.get(`/api/staff/requests/${code}`);
  assert.ok(handlerView.json.actions.some((a) => a.action === 'draft_reply'));
  assert.ok(!handlerView.json.actions.some((a) => a.action === 'approve_reply'));

  const missing = await handler.act(code, { action: 'draft_reply', outcome: { reason: 'state_secret' } });
  assert.deepEqual([missing.status, missing.json.error, missing.json.errors[0].path], [422, 'invalid-outcome', 'outcome.explanation']);
  const noDraft = await reviewer.act(code, { action: 'approve_reply' });
  assert.deepEqual([noDraft.status, noDraft.json.error], [409, 'no-draft']);
  const drafted = await handler.act(code, { action: 'draft_reply', outcome: { reason: 'state_secret', explanation: '经审查，该信息经定密属于国家秘密。' } });
  assert.equal(drafted.status, 200);
  assert.equal(drafted.json.awaiting, 'reply-review');
  assert.ok(drafted.json.notices.some((n) => n.kind === 'reply' && n.draft));
  const handlerApproves = await handler.act(code, { action: 'approve_reply' });
  assert.equal(handlerApproves.status, 403);
  const approved = await reviewer.act(code, { action: 'approve_reply' });
  assert.equal(approved.status, 200);
  assert.deepEqual([approved.json.state, approved.json.outcome.reason, approved.json.outcome.refusal], ['concluded', 'state_secret', true]);
  const archived = await registrar.act(code, { action: 'archive' });
  assert.equal(archived.json.state, 'archived');
  const again = await registrar.act(code, { action: 'archive' });
  assert.deepEqual([again.status, again.json.error], [409, 'wrong-state']);
  assert.equal(again.json.message, '申请当前状态为“已归档”，不能归档');

  const record = (await reviewer.get(`/api/staff/requests/${code}`)).json;
  assert.deepEqual(record.trace.map((t) => [t.action, t.actor.id, t.stateBefore, t.stateAfter]), [
    ['submit', 'applicant', 'new', 'submitted'],
    ['register', 'li.reg', 'submitted', 'accepted'],
    ['assign', 'li.reg', 'accepted', 'accepted'],
    ['draft_reply', 'wang.han', 'accepted', 'accepted'],
    ['approve_reply', 'chen.rev', 'accepted', 'concluded'],
    ['archive', 'li.reg', 'concluded', 'archived'],
  ]);
  assert.deepEqual(record.audit.map((a) => [a.action, a.actor.id, a.actor.role, a.stateBefore, a.stateAfter]), [
    ['register', 'li.reg', 'registrar', 'submitted', 'accepted'],
    ['assign', 'li.reg', 'registrar', 'accepted', 'accepted'],
    ['draft_reply', 'wang.han', 'handler', 'accepted', 'accepted'],
    ['approve_reply', 'chen.rev', 'reviewer', 'accepted', 'concluded'],
    ['archive', 'li.reg', 'registrar', 'concluded', 'archived'],
  ]);
  assert.ok(record.audit.every((a) => a.at && !Number.isNaN(Date.parse(a.at))));
  assert.equal(record.stage, undefined);
});

test('notices: the receipt, the draft and the reply with the configured remedies, as plain text paragraphs', async () => {
  const { code } = await apply();
  const registrar = await as('li.reg');
  const handler = await as('wang.han');
  const reviewer = await as('chen.rev');
  await registrar.act(code, { action: 'register' });
  const receipt = await registrar.get(`/api/staff/requests/${code}/notices/receipt`);
  assert.equal(receipt.status, 200);
  assert.equal(receipt.json.title, '政府信息公开申请受理回执');
  assert.ok(receipt.json.paragraphs[0].startsWith('张三'));
  assert.equal(receipt.json.signature.agency, '示例县人民政府办公室');
  const none = await registrar.get(`/api/staff/requests/${code}/notices/reply`);
  assert.deepEqual([none.status, none.json.error], [409, 'no-notice']);
  await handler.act(code, { action: 'draft_reply', outcome: { reason: 'not_ours', responsibleAgency: { name: '示例县自然资源局', contact: '0373-5510999' } } });
  const draft = await handler.get(`/api/staff/requests/${code}/notices/reply?draft=1`);
  assert.equal(draft.json.draft, true);
  await reviewer.act(code, { action: 'approve_reply' });
  const reply = (await reviewer.get(`/api/staff/requests/${code}/notices/reply`)).json;
  const text = reply.paragraphs.join('\n');
  assert.match(text, /示例县自然资源局/);
  assert.match(text, /向示例县人民政府申请行政复议/);
  assert.match(text, /向示例县人民法院提起行政诉讼/);
});

test('the applicant’s lookup shows the public trace and outcome, not staff names; the reply downloads as a printable document behind the same lock', async () => {
  const { code } = await apply({ ...citizen, citizen: { ...citizen.citizen, name: '<b>王五</b>', phone: '13600136000' } });
  const registrar = await as('li.reg');
  const handler = await as('wang.han');
  const reviewer = await as('chen.rev');
  await registrar.act(code, { action: 'register' });
  await registrar.act(code, { action: 'assign', assignee: 'wang.han', note: '内部备注：加急' });
  const pending = await api.post('/api/requests/lookup', { code, phone: '13600136000' });
  assert.equal(pending.json.status.stage, 'accepted');
  assert.equal(pending.json.stage, '审核');
  assert.equal(pending.json.replyAvailable, false);
  const early = await api.post('/api/requests/reply', { code, phone: '13600136000' });
  assert.deepEqual([early.status, early.json.error], [409, 'not-replied']);
  await handler.act(code, { action: 'draft_reply', outcome: { reason: 'third_party_rights', explanation: '涉及第三方商业秘密，第三方不同意公开。' } });
  await reviewer.act(code, { action: 'approve_reply' });
  const found = await api.post('/api/requests/lookup', { code, phone: '136 0013 6000' });
  assert.equal(found.status, 200);
  const { status } = found.json;
  assert.deepEqual([status.stage, status.stageLabel, found.json.stage, found.json.replyAvailable], ['replied', '已答复', '答复', true]);
  assert.deepEqual([status.outcome.kindLabel, status.outcome.reason], ['不予公开', 'third_party_rights']);
  assert.match(status.outcome.remedies, /示例县人民政府/);
  const everything = JSON.stringify(found.json);
  for (const secret of ['王承办', '陈审核', '李登记', 'wang.han', '内部备注']) assert.ok(!everything.includes(secret), secret);

  const reply = await fetch(`${server.origin}/api/requests/reply`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin }, body: JSON.stringify({ code, phone: '13600136000' }) });
  assert.equal(reply.status, 200);
  assert.equal(reply.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(reply.headers.get('content-disposition'), /^attachment; .*filename\*=UTF-8''%E7%AD%94%E5%A4%8D%E4%B9%A6/);
  const html = await reply.text();
  assert.match(html, /<h1>政府信息公开申请答复书<\/h1>/);
  assert.match(html, /@page \{ size: A4/);
  assert.ok(html.includes('&lt;b&gt;王五&lt;/b&gt;') && !html.includes('<b>王五'), 'the applicant’s name is escaped');
  for (let i = 0; i < 5; i++) assert.equal((await api.post('/api/requests/reply', { code, phone: '13900000000' })).status, 404);
  const locked = await api.post('/api/requests/reply', { code, phone: '13600136000' });
  assert.deepEqual([locked.status, locked.json.error], [429, 'locked']);
  assert.equal((await api.post('/api/requests/lookup', { code, phone: '13600136000' })).status, 429);
});

test('the queue: sorted by due date, filtered by state, due state, applicant type, agency and text; a paper application registered by the registrar', async () => {
  const registrar = await as('li.reg');
  const company = {
    applicantType: '法人',
    organisation: { name: '示例县某某建设有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '李四', contactName: '王五', phone: '0373-5551234', address: '示例县建设路9号', kind: '商业企业' },
    information: { description: '县城第二水厂建设项目的环评批复' },
    provideForm: '纸质',
    delivery: '邮寄',
  };
  const wrongRole = await (await as('wang.han')).post('/api/staff/requests', { application: company, channel: 'in_person', receivedOn: '2026-11-20', on: '2026-11-20' });
  assert.equal(wrongRole.status, 403);
  const noChannel = await registrar.post('/api/staff/requests', { application: company, receivedOn: '2026-11-20' });
  assert.deepEqual([noChannel.status, noChannel.json.errors?.[0]?.path], [422, 'channel']);
  const paper = await registrar.post('/api/staff/requests', { application: company, channel: 'post', receivedOn: '2026-11-20', on: '2026-11-23' });
  assert.equal(paper.status, 201, paper.text);
  assert.deepEqual([paper.json.state, paper.json.receivedOn, paper.json.channel, paper.json.source], ['accepted', '2026-11-20', '信函申请', 'post']);
  const { code: online } = await apply();

  const queue = (await registrar.get('/api/staff/requests')).json;
  const codes = queue.items.map((i) => i.code);
  assert.ok(codes.includes(paper.json.code) && codes.includes(online));
  // Each open case by the next date that matters: its reply due date, or (unconfirmed) the day it was submitted.
  const next = queue.items.map((i) => i.due.dueOn ?? i.submittedOn);
  assert.deepEqual(next, [...next].sort());
  assert.equal(queue.items.find((i) => i.code === paper.json.code).due.kind, 'running');
  assert.ok(queue.items.every((i) => ['submitted', 'accepted', 'correction', 'consultation'].includes(i.state)));
  const organisations = (await registrar.get('/api/staff/requests?applicantType=%E6%B3%95%E4%BA%BA')).json.items;
  assert.deepEqual(organisations.map((i) => [i.code, i.organisationKind]), [[paper.json.code, '商业企业']]);
  const unconfirmed = (await registrar.get('/api/staff/requests?due=unconfirmed')).json.items;
  assert.ok(unconfirmed.length >= 1 && unconfirmed.every((i) => i.state === 'submitted'));
  const byText = (await registrar.get(`/api/staff/requests?q=${encodeURIComponent('水厂')}`)).json.items;
  assert.deepEqual(byText.map((i) => i.code), [paper.json.code]);
  assert.equal((await registrar.get('/api/staff/requests?agency=ag-none')).json.items.length, 0);
  const archived = (await registrar.get('/api/staff/requests?state=archived')).json.items;
  assert.ok(archived.every((i) => i.state === 'archived'));
  assert.equal((await registrar.get('/api/staff/requests?state=bogus')).status, 422);
});

/**
 * Four paper applications to 发改委 in 2025, handled through the API, tallied by hand:
 * A 公民 予以公开; B 商业企业 不予公开（第三方合法权益）; C 其他组织 without a kind, still open on 31 December;
 * D 公民 撤回 (其他处理·其他).
 */
test('a year handled through the API gives the report tallied by hand (json, csv and xlsx)', async () => {
  const registrar = await as('li.reg');
  const handler = await as('wang.han');
  const reviewer = await as('chen.rev');
  const base = { information: { title: '2025年项目审批目录' }, provideForm: '电子', delivery: '电子邮件' };
  const person = { ...base, applicantType: '公民', citizen: { ...citizen.citizen, email: 'a@example.com' } };
  const firm = { ...base, applicantType: '法人', organisation: { name: '某某公司', creditCode: '91350100M000100Y43', legalRepresentative: '李四', contactName: '王五', phone: '0373-5551234', email: 'b@example.com', address: '建设路9号', kind: '商业企业' } };
  const group = { ...firm, applicantType: '其他组织', organisation: { ...firm.organisation, kind: undefined } };
  const register = async (application, day) => {
    const response = await registrar.post('/api/staff/requests', { application, channel: 'in_person', receivedOn: day, on: day, agencyId: 'ag-fgw' });
    assert.equal(response.status, 201, response.text);
    await registrar.act(response.json.code, { action: 'assign', assignee: 'wang.han', on: day });
    return response.json.code;
  };
  const reply = async (code, day, outcome) => {
    assert.equal((await handler.act(code, { action: 'draft_reply', on: day, outcome })).status, 200);
    assert.equal((await reviewer.act(code, { action: 'approve_reply', on: day })).status, 200);
  };
  await reply(await register(person, '2025-03-03'), '2025-03-20', { reason: 'provided' });
  await reply(await register(firm, '2025-04-01'), '2025-04-22', { reason: 'third_party_rights', explanation: '第三方不同意公开' });
  await register(group, '2025-12-29');
  const d = await register(person, '2025-06-02');
  assert.equal((await registrar.act(d, { action: 'withdraw', on: '2025-06-03' })).status, 200);

  const { json } = await reviewer.get('/api/staff/report?year=2025&agency=ag-fgw');
  assert.equal(json.title, '示例县发展和改革委员会2025年收到和处理政府信息公开申请情况');
  const { cells } = json.report;
  const row = (name) => [cells[name].natural, cells[name].commercial, cells[name].other_organisation, cells[name].total];
  assert.deepEqual(row('new'), [2, 1, 1, 4]);
  assert.deepEqual(row('carried_over'), [0, 0, 0, 0]);
  assert.deepEqual(row('disclosed'), [1, 0, 0, 1]);
  assert.deepEqual(row('withheld.third_party_rights'), [0, 1, 0, 1]);
  assert.deepEqual(row('other.other'), [1, 0, 0, 1]);
  assert.deepEqual(row('total'), [2, 1, 0, 3]);
  assert.deepEqual(row('carried_forward'), [0, 0, 1, 1]);
  assert.deepEqual([json.report.requests, json.report.organisationsWithoutKind, json.report.unbalanced], [4, 1, []]);

  const csv = await reviewer.get('/api/staff/report?year=2025&agency=ag-fgw&format=csv');
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(csv.text, /^项目,类别,情形,自然人,/);
  assert.match(csv.text, /一、本年新收政府信息公开申请数量,,,2,1,0,0,0,1,4\r\n/);
  const xlsx = await fetch(`${server.origin}/api/staff/report?year=2025&agency=ag-fgw&format=xlsx`, { headers: { Cookie: reviewer.cookie } });
  assert.equal(xlsx.status, 200);
  const bytes = Buffer.from(await xlsx.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  assert.equal((await api.get('/api/staff/report?year=2025')).status, 401);
});

test('trusted-header mode: the proxy’s user and roles are honoured only from the configured proxy address, and only in that mode', async () => {
  const headers = { 'X-Remote-User': 'sun.sso', 'X-Remote-Roles': `${encodeURIComponent('审核人')},admin`, 'X-Remote-Name': encodeURIComponent('孙统一') };
  // Password mode (the default) ignores the headers entirely.
  assert.equal((await api.get('/api/staff/session', headers)).json.signedIn, false);
  assert.equal((await api.get('/api/staff/requests', headers)).status, 401);

  await restart({ ZWGK_STAFF_AUTH: 'header', ZWGK_STAFF_PROXY_ADDRESSES: '127.0.0.1,::1' });
  const session = await api.get('/api/staff/session', headers);
  assert.deepEqual([session.json.signedIn, session.json.id, session.json.name, session.json.roles, session.json.mode], [true, 'sun.sso', '孙统一', ['reviewer', 'admin'], 'header']);
  assert.equal((await api.get('/api/staff/requests', headers)).status, 200);
  const { code } = await apply();
  const withoutToken = await api.post(`/api/staff/requests/${code}/actions`, { command: { action: 'register' } }, headers);
  assert.deepEqual([withoutToken.status, withoutToken.json.error], [403, 'csrf']);
  const withToken = await api.post(`/api/staff/requests/${code}/actions`, { command: { action: 'register' } }, { ...headers, 'X-CSRF-Token': session.json.csrfToken });
  assert.equal(withToken.status, 200, withToken.text);
  assert.equal(withToken.json.trace[1].actor.name, '孙统一');
  assert.equal((await api.post('/api/staff/login', { username: 'li.reg', password: 'dengji-mima-2026' })).json.error, 'header-mode');
  const noRole = await api.get('/api/staff/requests', { ...headers, 'X-Remote-Roles': 'visitor' });
  assert.deepEqual([noRole.status, noRole.json.error], [403, 'no-role']);

  await restart({ ZWGK_STAFF_AUTH: 'header', ZWGK_STAFF_PROXY_ADDRESSES: '10.20.30.40/32' });
  assert.equal((await api.get('/api/staff/session', headers)).json.signedIn, false);
  assert.equal((await api.get('/api/staff/requests', headers)).status, 401);
  await restart();
});

test('header mode without proxy addresses is a configuration error (exit 78)', async () => {
  const { runCommand } = await import('../helpers/zwgk-server.mjs');
  const result = runCommand(['migrate'], { ...env(), ZWGK_STAFF_AUTH: 'header' });
  assert.equal(result.status, 78);
  assert.match(result.stderr, /ZWGK_STAFF_PROXY_ADDRESSES/);
});

test('the audit log and the events are append-only in the database itself', async () => {
  await server.stop();
  try {
    await withDatabase(database, async (db) => {
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM audit_log');
      assert.ok(n > 20);
      await assert.rejects(db.query('UPDATE audit_log SET actor = $1', ['someone-else']), /append-only/);
      await assert.rejects(db.query('DELETE FROM audit_log'), /append-only/);
      await assert.rejects(db.query('TRUNCATE audit_log'), /append-only/);
      await assert.rejects(db.query('DELETE FROM request_events'), /append-only/);
      const actions = (await db.query("SELECT action FROM audit_log WHERE subject_type = 'staff' ORDER BY id")).map((r) => r.action);
      for (const action of ['user_add', 'login', 'login_failed', 'logout']) assert.ok(actions.includes(action), action);
      const sessions = await db.query('SELECT token_sha256 FROM staff_sessions');
      assert.ok(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.token_sha256)), 'only hashes of session tokens are stored');
    });
  } finally {
    server = await startServer(env());
    api = client(server.origin);
  }
});

test('the logs of the desk hold no phone, no ID number and no password', () => {
  assert.deepEqual(personalDataInLogs(['13800138000', '11010519491231002X', ...STAFF.map((s) => s.password)]), []);
});
