// The open-day sign-up API of the reference server (bin/zwgk-server.mjs) on the engine under test
// (PGlite, or PostgreSQL with npm run test:postgres): capacity and the bounded waiting list
// enforced by the database, the element's own rules, idempotency bound to route and payload,
// lookups and cancellations by POST with a lock after failed phone checks, malformed input
// answered 4xx, public counts never above capacity, and logs free of personal data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueFile, client, ENGINE, freshDatabase, mobile, openDayCatalogue, personalDataInLogs, startServer } from '../helpers/zwgk-server.mjs';

const catalogue = openDayCatalogue([
  ['od-full', { consentText: undefined, fields: [] }],
  ['od-wait', { waitlist: true, capacity: 10, consentText: undefined, fields: [] }],
  ['od-rules'],
  ['od-draw', { selection: 'draw', capacity: 20, consentText: undefined, fields: [] }],
  ['od-late', { deadline: new Date(Date.now() - 86_400_000).toISOString(), consentText: undefined, fields: [] }],
  ['od-other', { consentText: undefined, fields: [] }],
]);
const file = catalogueFile(catalogue);
let database;
let server;
let api;
const used = [];

async function start(env = {}) {
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file, ...env });
  api = client(server.origin);
}
before(async () => {
  database = await freshDatabase();
  await start();
});
after(async () => {
  await server?.stop();
  await database?.drop();
});

const signUp = (eventId, i, extra = {}, headers = {}) => {
  used.push(mobile(i));
  return api.post(`/api/open-days/${eventId}/sessions/s1/signups`, { name: `报名人${i}`, phone: mobile(i), ...extra }, headers);
};
const summary = async (eventId) => (await api.get('/api/open-days')).json.find((e) => e.id === eventId).sessions[0];

test(`[${ENGINE}] 50 concurrent sign-ups for 30 places: exactly 30 confirmed, 20 refused as full`, async () => {
  const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => signUp('od-full', i)));
  assert.equal(responses.filter((r) => r.status === 201 && r.json.status === 'confirmed').length, 30);
  assert.equal(responses.filter((r) => r.status === 409 && r.json.error === 'full' && r.json.message === '名额已满').length, 20);
  assert.deepEqual(await summary('od-full'), { sessionId: 's1', capacity: 30, taken: 30, remaining: 0 });
});

test('the waiting list is bounded (2× capacity): 10 confirmed, 20 waiting, the rest refused; a cancellation moves the first one up', async () => {
  const bodies = [];
  for (let i = 0; i < 35; i++) bodies.push((await signUp('od-wait', 100 + i)).json);
  assert.equal(bodies.filter((b) => b.status === 'confirmed').length, 10);
  assert.equal(bodies.filter((b) => b.status === 'waitlisted').length, 20);
  assert.equal(bodies.filter((b) => b.error === 'full').length, 5);
  assert.deepEqual(await summary('od-wait'), { sessionId: 's1', capacity: 10, taken: 10, remaining: 0, waitlisted: 20, waitlistLimit: 20 });
  const cancelled = await api.post('/api/open-days/signups/cancel', { code: bodies[3].code, phone: mobile(103) });
  assert.equal(cancelled.json.status, 'cancelled');
  const first = await api.post('/api/open-days/signups/lookup', { code: bodies[10].code, phone: mobile(110) });
  assert.equal(first.json.status, 'confirmed');
  const second = await api.post('/api/open-days/signups/lookup', { code: bodies[11].code, phone: mobile(111) });
  assert.equal(second.json.status, 'waitlisted');
  assert.equal((await summary('od-wait')).waitlisted, 19);
});

test('a draw session’s public summary never shows more taken than capacity (60 applications for 20 places)', async () => {
  const responses = await Promise.all(Array.from({ length: 65 }, (_, i) => signUp('od-draw', 300 + i)));
  assert.equal(responses.filter((r) => r.json.status === 'pending').length, 60);
  assert.equal(responses.filter((r) => r.json.error === 'full').length, 5);
  const counts = await summary('od-draw');
  assert.deepEqual(counts, { sessionId: 's1', capacity: 20, taken: 0, remaining: 20, pending: 60 });
  assert.ok(counts.taken <= counts.capacity);
});

test('the sign-up accepts exactly what <zwgk-open-day> accepts (422 with field paths otherwise)', async () => {
  const ok = { consent: 'yes', companions: '2', identity: '群众代表', idNumber: '11010519491231002X', question: '想了解招生政策' };
  assert.equal((await signUp('od-rules', 400, { fields: ok })).status, 201);
  const cases = [
    [{ fields: { ...ok, consent: '' } }, 'fields.consent', 'tick'],
    [{ fields: { companions: '1' } }, 'fields.consent', 'tick'],
    [{ fields: { ...ok, idNumber: '123' } }, 'fields.idNumber', 'id-format'],
    [{ fields: { ...ok, companions: '-5' } }, 'fields.companions', 'number-range'],
    [{ fields: { ...ok, companions: '99999999999999999999' } }, 'fields.companions', 'number-range'],
    [{ fields: { ...ok, companions: 'two' } }, 'fields.companions', 'number'],
    [{ fields: { ...ok, identity: '黑客' } }, 'fields.identity', 'option'],
    [{ fields: { ...ok, question: 'x'.repeat(2001) } }, 'fields.question', 'format'],
    [{ fields: { ...ok, extra0: 'x', role: 'admin' } }, 'fields.extra0', 'unknown-field'],
    [{ phone: '12345' }, 'phone', 'mobile'],
    [{ name: ' ' }, 'name', 'required'],
  ];
  for (const [i, [extra, path, code]] of cases.entries()) {
    const response = await signUp('od-rules', 410 + i, extra);
    assert.equal(response.status, 422, `${path} ${code}: ${response.text}`);
    assert.ok(response.json.errors.some((e) => e.path === path && e.code === code), `${path} ${code}: ${response.text}`);
  }
  const thirtyUnknown = await signUp('od-rules', 440, { fields: { ...ok, ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`extra${i}`, 'x'.repeat(2000)])) } });
  assert.equal(thirtyUnknown.status, 413);
  const unknownTop = await api.post('/api/open-days/od-rules/sessions/s1/signups', { name: '张三', phone: mobile(450), admin: true });
  assert.equal(unknownTop.status, 422);
});

test('an idempotency key is bound to its route and payload: a retry replays, another payload or event is refused', async () => {
  const key = { 'Idempotency-Key': 'od-key-1' };
  const [a, b] = await Promise.all([signUp('od-other', 500, {}, key), signUp('od-other', 500, {}, key)]);
  assert.deepEqual([a.status, b.status].sort(), [200, 201]);
  assert.equal(a.json.code, b.json.code);
  const otherPerson = await signUp('od-other', 501, {}, key);
  assert.equal(otherPerson.status, 422);
  assert.equal(otherPerson.json.error, 'idempotency-mismatch');
  const otherEvent = await signUp('od-rules', 500, { fields: { consent: 'yes' } }, key);
  assert.equal(otherEvent.status, 422);
  assert.equal(otherEvent.json.error, 'idempotency-mismatch');
  assert.equal(otherEvent.json.name, undefined);
});

test('state-changing requests must be JSON (415) from the site itself or an allowed origin (403)', async () => {
  const plain = await api.post('/api/open-days/od-other/sessions/s1/signups', JSON.stringify({ name: '张三', phone: mobile(600) }), { 'Content-Type': 'text/plain' });
  assert.equal(plain.status, 415);
  assert.equal(plain.json.error, 'unsupported-media-type');
  const form = await api.post('/api/open-days/signups/cancel', 'code=KF22222222&phone=13900000000', { 'Content-Type': 'application/x-www-form-urlencoded' });
  assert.equal(form.status, 415);
  const evil = await api.post('/api/open-days/od-other/sessions/s1/signups', { name: '张三', phone: mobile(601) }, { Origin: 'https://evil.example' });
  assert.equal(evil.status, 403);
  assert.equal(evil.json.error, 'forbidden-origin');
  const crossSite = await api.post('/api/open-days/od-other/sessions/s1/signups', { name: '张三', phone: mobile(602) }, { Origin: '', 'Sec-Fetch-Site': 'cross-site' });
  assert.equal(crossSite.status, 403);
  const preflight = await api.raw('OPTIONS', '/api/open-days/od-other/sessions/s1/signups', undefined, { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' });
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
});

test('malformed paths and bodies answer 400/404/422 JSON, never 500', async () => {
  for (const [method, path, body, status] of [
    ['POST', '/api/open-days/%E0%A4%A/sessions/s1/signups', { name: '张三', phone: mobile(700) }, 404],
    ['GET', '/api/open-days/signups/%25%', undefined, 410],
    ['POST', '/api/open-days/signups/%25%/cancel', { phone: mobile(700) }, 404],
    ['POST', '/api/open-days/signups/cancel', 'null', 422],
    ['POST', '/api/open-days/signups/KF22222222/cancel', 'null', 404],
    ['POST', '/api/open-days/signups/lookup', '{"code":', 400],
    ['POST', '/api/open-days/signups/lookup', '[]', 422],
    ['POST', '/api/open-days/od-other/sessions/s1/signups', '"text"', 422],
    ['POST', '/api/open-days/od-other/sessions/nope/signups', { name: '张三', phone: mobile(701) }, 404],
    ['GET', '/api/nothing/here', undefined, 404],
  ]) {
    const response = await api.raw(method, path, body);
    assert.equal(response.status, status, `${method} ${path} → ${response.status} ${response.text}`);
    assert.equal(typeof response.json?.error, 'string', `${method} ${path}`);
    assert.equal(typeof response.json?.message, 'string', `${method} ${path}`);
    assert.doesNotMatch(response.text, /at \w+ \(|node:internal|\.ts:\d+/);
  }
});

test('bodies are limited per route (413), and every response carries security headers', async () => {
  const big = await signUp('od-other', 710, { fields: { question: 'x'.repeat(20_000) } });
  assert.equal(big.status, 413);
  assert.equal(big.json.error, 'too-large');
  const response = await api.get('/api/open-days');
  for (const [name, value] of [['x-content-type-options', 'nosniff'], ['cache-control', 'no-store'], ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"], ['referrer-policy', 'no-referrer'], ['x-frame-options', 'SAMEORIGIN']]) {
    assert.equal(response.headers.get(name), value, name);
  }
});

test('lookups and cancellations are POST only; a code locks after 5 wrong phones, even for the right one', async () => {
  const body = (await signUp('od-other', 800)).json;
  const old = await api.get(`/api/open-days/signups/${body.code}?phone=${mobile(800)}`);
  assert.equal(old.status, 410);
  for (let i = 0; i < 5; i++) {
    const wrong = await api.post('/api/open-days/signups/lookup', { code: body.code, phone: mobile(9000 + i) });
    assert.equal(wrong.status, 404);
  }
  const locked = await api.post('/api/open-days/signups/lookup', { code: body.code.toLowerCase(), phone: mobile(800) });
  assert.equal(locked.status, 429);
  assert.equal(locked.json.error, 'locked');
  assert.ok(Number(locked.headers.get('retry-after')) > 0);
  const cancel = await api.post('/api/open-days/signups/cancel', { code: body.code, phone: mobile(800) });
  assert.equal(cancel.status, 429);
});

test('after the deadline the server refuses with a clear message', async () => {
  const response = await signUp('od-late', 900);
  assert.equal(response.status, 409);
  assert.deepEqual(response.json, { error: 'deadline', message: '报名已截止' });
});

test('sign-ups and counts survive a restart; the old cancel route still works', async () => {
  const body = (await signUp('od-other', 950)).json;
  const before = await summary('od-full');
  await server.stop();
  await start();
  const found = await api.post('/api/open-days/signups/lookup', { code: body.code, phone: mobile(950) });
  assert.equal(found.json.status, 'confirmed');
  assert.deepEqual(await summary('od-full'), before);
  const cancelled = await api.post(`/api/open-days/signups/${body.code}/cancel`, { phone: mobile(950) });
  assert.equal(cancelled.json.status, 'cancelled');
});

test('rate limits per client: 429 with Retry-After on sign-ups, lookups and cancellations', async () => {
  await server.stop();
  await start({ ZWGK_RATE_SUBMIT: '3/600', ZWGK_RATE_LOOKUP: '3/600', ZWGK_RATE_CANCEL: '2/600' });
  const submits = [];
  for (let i = 0; i < 4; i++) submits.push(await signUp('od-other', 1000 + i));
  assert.deepEqual(submits.map((r) => r.status), [201, 201, 201, 429]);
  assert.equal(submits[3].json.error, 'rate-limited');
  assert.ok(Number(submits[3].headers.get('retry-after')) > 0);
  const lookups = [];
  for (let i = 0; i < 4; i++) lookups.push((await api.post('/api/open-days/signups/lookup', { code: submits[0].json.code, phone: mobile(1000) })).status);
  assert.deepEqual(lookups, [200, 200, 200, 429]);
  const cancels = [];
  for (let i = 0; i < 3; i++) cancels.push((await api.post('/api/open-days/signups/cancel', { code: submits[i].json.code, phone: mobile(1000 + i) })).status);
  assert.deepEqual(cancels, [200, 200, 429]);
});

test('the logs of this whole run hold no phone number and no ID number', async () => {
  await server.stop();
  assert.deepEqual(personalDataInLogs([...used, '11010519491231002X']), []);
});
