// Consultation opinions on the reference server (engine under test): an opinion is taken only
// while its consultation is open and offers the page's form (409 before, 410 after, with the
// reason), passes exactly the element's rules, is recorded once per idempotency key (bound to the
// payload), answers bad input 4xx, never serves the citizen's words or contact to the public; staff
// list the opinions and record how each was used (a reason owed when not adopted), audited, and
// the draft 采纳情况 report adds the decisions up without quoting the citizen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueFile, client, ENGINE, freshDatabase, openDayCatalogue, personalDataInLogs, runCommand, startServer, withDatabase } from '../helpers/zwgk-server.mjs';
import { addStaff, signIn, STAFF, TEST_PASSWORD_ENV } from '../helpers/desk.mjs';

const days = (n) => new Date(Date.now() + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const catalogue = openDayCatalogue([]);
const form = { type: '向社会公开征求意见', onlineForm: true };
const consultation = (id, start, end, methods = [form]) => ({ id, title: `测试征集 ${id}`, subjectMatter: '公共政策措施', start: days(start), end: days(end), hostId: catalogue.agencies[0].id, methods });
catalogue.consultations = [
  consultation('cs-open', -5, 10),
  consultation('cs-soon', 5, 20),
  consultation('cs-over', -30, -1),
  consultation('cs-meeting', -5, 10, [{ type: '座谈会', place: '县政府三楼会议室', capacity: 20 }]),
];
const file = catalogueFile(catalogue);
let database;
let server;
let api;
const as = (username) => signIn(server.origin, username, STAFF.find((s) => s.username === username).password);
const send = (id, body, key = crypto.randomUUID()) => api.post(`/api/consultations/${id}/opinions`, body, key ? { 'Idempotency-Key': key } : {});
const SECRET_NAME = '欧阳晓明';
const SECRET_PHONE = '13912345678';

before(async () => {
  database = await freshDatabase();
  addStaff(database.env);
  server = await startServer({ ...database.env, ...TEST_PASSWORD_ENV, ZWGK_CATALOGUE: file, ZWGK_RATE_LOGIN: '100000/60' });
  api = client(server.origin);
});
after(async () => {
  await server?.stop();
  await database?.drop();
});

test(`[${ENGINE}] an opinion on an open consultation is recorded: 201 with a receipt code and nothing the citizen typed`, async () => {
  const response = await send('cs-open', { opinion: '建议第五条补充农村地区的办理渠道。', article: '第五条', name: SECRET_NAME, phone: SECRET_PHONE });
  assert.equal(response.status, 201, response.text);
  assert.match(response.json.code, /^YJ[2-9A-HJKMNP-Z]{8}$/);
  assert.deepEqual(Object.keys(response.json).sort(), ['code', 'consultationId', 'receivedAt']);
  assert.ok(!response.text.includes(SECRET_NAME) && !response.text.includes(SECRET_PHONE) && !response.text.includes('农村'));
  // Anonymous opinions are welcome: only the opinion is required; a landline is a valid contact.
  assert.equal((await send('cs-open', { opinion: '赞成。' })).status, 201);
  assert.equal((await send('cs-open', { opinion: '请延长征集期。', phone: '0373-5551009' })).status, 201);
});

test('closed, not yet open and no-form consultations refuse with the reason; an unknown one is 404', async () => {
  const over = await send('cs-over', { opinion: '晚了吗？' });
  assert.equal(over.status, 410);
  assert.equal(over.json.error, 'closed');
  assert.match(over.json.message, /截止/);
  const soon = await send('cs-soon', { opinion: '早了吗？' });
  assert.deepEqual([soon.status, soon.json.error], [409, 'not-open']);
  assert.match(soon.json.message, /尚未开始/);
  const meeting = await send('cs-meeting', { opinion: '表单？' });
  assert.deepEqual([meeting.status, meeting.json.error], [409, 'no-online-form']);
  assert.deepEqual([(await send('cs-none', { opinion: 'x' })).status, (await send('cs-none', { opinion: 'x' })).json.error], [404, 'unknown-consultation']);
});

test('the element’s rules, and nothing else: 422 with field paths; bad bodies are 4xx, never 500', async () => {
  const empty = await send('cs-open', { opinion: '   ' });
  assert.equal(empty.status, 422);
  assert.deepEqual(empty.json.errors.map((e) => [e.path, e.message]), [['opinion', '请填写意见建议']]);
  const wrong = await send('cs-open', { opinion: '好', phone: '12345' });
  assert.deepEqual(wrong.json.errors.map((e) => e.path), ['phone']);
  const long = await send('cs-open', { opinion: '长'.repeat(2001) });
  assert.deepEqual([long.status, long.json.errors[0].code], [422, 'too-long']);
  assert.equal((await send('cs-open', { opinion: '好', extra: 'x' })).status, 422);
  assert.equal((await send('cs-open', { opinion: 42 })).status, 422);
  assert.equal((await send('cs-open', [])).status, 422);
  assert.equal((await api.raw('POST', '/api/consultations/cs-open/opinions', '{"opinion":', { 'Content-Type': 'application/json' })).status, 400);
  assert.equal((await api.raw('POST', '/api/consultations/cs-open/opinions', 'opinion=hi', { 'Content-Type': 'application/x-www-form-urlencoded' })).status, 415);
  assert.equal((await api.raw('POST', '/api/consultations/cs-open/opinions', JSON.stringify({ opinion: '大'.repeat(20_000) }), { 'Content-Type': 'application/json' })).status, 413);
  assert.equal((await api.post('/api/consultations/cs-open/opinions', { opinion: '跨站' }, { Origin: 'https://evil.example' })).status, 403);
  assert.equal((await send('cs-open', { opinion: '好' }, 'bad key with spaces')).status, 400);
});

test('one opinion per idempotency key: a retry gets the same receipt (200), another payload with the key is refused', async () => {
  const key = crypto.randomUUID();
  const first = await send('cs-open', { opinion: '重复提交测试' }, key);
  const again = await send('cs-open', { opinion: '重复提交测试' }, key);
  assert.deepEqual([first.status, again.status, again.json.code], [201, 200, first.json.code]);
  const other = await send('cs-open', { opinion: '另一条意见' }, key);
  assert.deepEqual([other.status, other.json.error], [422, 'idempotency-mismatch']);
  // Two at once with one key: one record.
  const twin = crypto.randomUUID();
  const both = await Promise.all([send('cs-open', { opinion: '同时提交' }, twin), send('cs-open', { opinion: '同时提交' }, twin)]);
  assert.equal(new Set(both.map((r) => r.json.code)).size, 1);
});

test('staff list the opinions with the contact given; the public and signed-out callers get none of it', async () => {
  assert.equal((await api.get('/api/staff/consultations')).status, 401);
  assert.equal((await api.get('/api/staff/consultations/cs-open')).status, 401);
  assert.equal((await api.get('/api/consultations/cs-open/opinions')).status, 404);
  const registrar = await as('li.reg');
  const list = (await registrar.get('/api/staff/consultations')).json;
  const open = list.find((c) => c.id === 'cs-open');
  assert.deepEqual([open.phase, open.onlineForm, open.counts.received, open.counts.undecided], ['open', true, 5, 5]);
  const view = (await registrar.get('/api/staff/consultations/cs-open')).json;
  const named = view.opinions.find((o) => o.name === SECRET_NAME);
  assert.deepEqual([named.phone, named.article, named.outcomeLabel], [SECRET_PHONE, '第五条', '待处理']);
  assert.equal(view.canDecide, false);
});

test('recording how each opinion was used: a reason owed unless adopted, registrars refused, CSRF required, audited', async () => {
  const registrar = await as('li.reg');
  const handler = await as('wang.han');
  const opinions = (await handler.get('/api/staff/consultations/cs-open')).json.opinions;
  const [a, b, c, d] = opinions.map((o) => o.code);
  const path = (code) => `/api/staff/consultations/cs-open/opinions/${code}/outcome`;
  assert.equal((await registrar.post(path(a), { outcome: 'adopted' })).status, 403);
  assert.equal((await handler.post(path(a), { outcome: 'adopted' }, { 'X-CSRF-Token': 'wrong' })).status, 403);
  const noReason = await handler.post(path(b), { outcome: 'not_adopted' });
  assert.deepEqual([noReason.status, noReason.json.errors[0].path, noReason.json.errors[0].message], [422, 'reason', '未采纳的意见须说明理由']);
  assert.equal((await handler.post(path(b), { outcome: 'maybe' })).status, 422);
  assert.equal((await handler.post(path('YJ22222222'), { outcome: 'adopted' })).status, 404);
  assert.equal((await handler.post(path(a), { outcome: 'adopted', summary: '补充农村地区办理渠道' })).status, 200);
  assert.equal((await handler.post(path(b), { outcome: 'not_adopted', reason: '与上位法规定不一致', summary: '取消备案要求' })).status, 200);
  assert.equal((await handler.post(path(c), { outcome: 'partly_adopted', reason: '征集期已按最短期限设置' })).status, 200);
  // A second decision replaces the first; the audit log keeps both.
  const changed = (await handler.post(path(d), { outcome: 'not_adopted', reason: '不属于本次征集范围' })).json;
  const final = (await (await as('chen.rev')).post(path(d), { outcome: 'adopted' })).json;
  const row = final.opinions.find((o) => o.code === d);
  assert.deepEqual([row.outcome, row.outcomeLabel, row.decidedBy], ['adopted', '采纳', 'chen.rev']);
  assert.deepEqual(row.audit.map((e) => [e.actor.id, e.stateBefore, e.stateAfter]), [['wang.han', null, 'not_adopted'], ['chen.rev', 'not_adopted', 'adopted']]);
  assert.ok(changed.opinions.length >= 4);
  assert.deepEqual(final.counts, { received: 5, undecided: 1, adopted: 2, partly_adopted: 1, not_adopted: 1 });
  // The draft report counts every opinion and quotes only the staff's public summaries.
  const report = final.reportDraft;
  assert.deepEqual([report.received, report.adopted, report.partlyAdopted, report.notAdopted], [5, 2, 1, 1]);
  assert.deepEqual(report.opinions, [{ summary: '补充农村地区办理渠道', outcome: 'adopted' }, { summary: '取消备案要求', outcome: 'not_adopted', reason: '与上位法规定不一致' }]);
  assert.ok(!JSON.stringify(report).includes(SECRET_NAME) && !JSON.stringify(report).includes('建议第五条'));
});

test('the logs hold no opinion text, name or phone', () => {
  assert.deepEqual(personalDataInLogs([SECRET_NAME, SECRET_PHONE, '建议第五条补充']), []);
});

test('retention removes the contact given with an opinion after ZWGK_RETENTION_OPINION_DAYS, keeping the opinion and its decision', async () => {
  await server.stop();
  await withDatabase(database, (db) => db.query(`UPDATE consultation_opinions SET received_at = now() - interval '181 days' WHERE name = $1`, [SECRET_NAME]));
  const result = runCommand(['retention'], { ...database.env, ZWGK_CATALOGUE: file, ZWGK_RETENTION_OPINION_DAYS: '180' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).opinionsAnonymised, 1);
  const rows = await withDatabase(database, (db) => db.query('SELECT name, phone, opinion, article, outcome FROM consultation_opinions WHERE personal_data_removed_at IS NOT NULL'));
  assert.deepEqual(rows, [{ name: null, phone: null, opinion: '建议第五条补充农村地区的办理渠道。', article: '第五条', outcome: 'adopted' }]);
  server = await startServer({ ...database.env, ...TEST_PASSWORD_ENV, ZWGK_CATALOGUE: file });
  api = client(server.origin);
  const view = (await (await as('wang.han')).get('/api/staff/consultations/cs-open')).json;
  assert.equal(view.opinions.find((o) => o.personalDataRemoved).name, null);
});
