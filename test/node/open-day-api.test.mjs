// The open-day sign-up API on the real demo server (its own data dir and a test catalogue whose
// dates are relative to today, so the test never expires): capacity enforced atomically under
// concurrency, waitlist promotion, idempotency, deadline, and durability across a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startDemoServer } from '../helpers/demo-server.mjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'zwgk-openday-'));
const days = (n) => new Date(Date.now() + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const catalogue = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
const base = catalogue.openDays.find((e) => e.id === 'od-2027-edu');
const event = (id, registration) => ({
  ...base, id, status: 'open', start: days(40), end: undefined,
  sessions: [{ id: 's1', start: days(40), capacity: 30 }],
  registration: { ...base.registration, open: true, deadline: days(30), capacity: 30, selection: 'first_come', waitlist: false, fields: base.registration.fields.slice(0, 2), ...registration },
});
catalogue.openDays.push(event('od-t-full', {}), event('od-t-wait', { waitlist: true }), event('od-t-late', { deadline: days(-1) }), event('od-t-idem', {}));
writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue));

let server;
let origin;
async function start() {
  server = await startDemoServer({ ZWGK_CATALOGUE: join(dir, 'catalogue.json'), ZWGK_DATA_DIR: join(dir, 'data') });
  origin = server.origin;
}
const stop = () => server.stop();
const post = (path, body, headers = {}) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const phone = (i) => `139${String(10_000_000 + i).slice(-8)}`;
const signUp = (eventId, i, headers) => post(`/api/open-days/${eventId}/sessions/s1/signups`, { name: `报名人${i}`, phone: phone(i) }, headers);
const taken = async (eventId) => (await (await fetch(`${origin}/api/open-days`)).json()).find((e) => e.id === eventId).sessions[0].taken;

before(start);
after(stop);

test('50 concurrent sign-ups for 30 places record exactly 30; the rest are refused as full', async () => {
  const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => signUp('od-t-full', i)));
  const bodies = await Promise.all(responses.map((r) => r.json()));
  assert.equal(responses.filter((r) => r.status === 201).length, 30);
  assert.equal(bodies.filter((b) => b.status === 'confirmed').length, 30);
  assert.equal(responses.filter((r) => r.status === 409).length, 20);
  assert.ok(bodies.filter((b) => b.error).every((b) => b.error === 'full' && b.message === '名额已满'));
  assert.equal(await taken('od-t-full'), 30);
});

test('with a waitlist the extra sign-ups wait, and a cancellation moves the first one up', async () => {
  const bodies = await Promise.all(Array.from({ length: 35 }, (_, i) => signUp('od-t-wait', 100 + i).then((r) => r.json())));
  assert.equal(bodies.filter((b) => b.status === 'confirmed').length, 30);
  const waiting = bodies.filter((b) => b.status === 'waitlisted').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  assert.equal(waiting.length, 5);
  const confirmed = bodies.find((b) => b.status === 'confirmed');
  const cancelPhone = phone(100 + bodies.indexOf(confirmed));
  const cancelled = await (await post(`/api/open-days/signups/${confirmed.code}/cancel`, { phone: cancelPhone })).json();
  assert.equal(cancelled.status, 'cancelled');
  const first = waiting[0];
  const firstPhone = phone(100 + bodies.findIndex((b) => b.code === first.code));
  const promoted = await (await fetch(`${origin}/api/open-days/signups/${first.code}?phone=${firstPhone}`)).json();
  assert.equal(promoted.status, 'confirmed');
  assert.equal(await taken('od-t-wait'), 30);
});

test('a cancellation frees the place: the count drops', async () => {
  const before = await taken('od-t-idem');
  const body = await (await signUp('od-t-idem', 900)).json();
  assert.equal(await taken('od-t-idem'), before + 1);
  await post(`/api/open-days/signups/${body.code}/cancel`, { phone: phone(900) });
  assert.equal(await taken('od-t-idem'), before);
});

test('the same Idempotency-Key (a double click, a retry) records one sign-up', async () => {
  const headers = { 'Idempotency-Key': 'same-key-1' };
  const responses = await Promise.all([signUp('od-t-idem', 500, headers), signUp('od-t-idem', 500, headers), signUp('od-t-idem', 500, headers)]);
  const codes = new Set(await Promise.all(responses.map(async (r) => (await r.json()).code)));
  assert.equal(codes.size, 1);
  assert.deepEqual(responses.map((r) => r.status).sort(), [200, 200, 201]);
  assert.equal(await taken('od-t-idem'), 1);
});

test('after the deadline the server refuses with a clear message', async () => {
  const response = await signUp('od-t-late', 1);
  assert.equal(response.status, 409);
  assert.deepEqual(await response.json(), { error: 'deadline', message: '报名已截止' });
});

test('invalid input gets 422 with field paths; a wrong phone reveals nothing about a code', async () => {
  const response = await post('/api/open-days/od-t-idem/sessions/s1/signups', { name: ' ', phone: '12345' });
  assert.equal(response.status, 422);
  assert.deepEqual((await response.json()).errors.map((e) => e.path).sort(), ['name', 'phone']);
  const body = await (await signUp('od-t-idem', 600)).json();
  const probe = await fetch(`${origin}/api/open-days/signups/${body.code}?phone=13900000000`);
  assert.equal(probe.status, 404);
});

test('sign-ups survive a server restart', async () => {
  const body = await (await signUp('od-t-idem', 700)).json();
  const count = await taken('od-t-full');
  await stop();
  await start();
  const found = await (await fetch(`${origin}/api/open-days/signups/${body.code}?phone=${phone(700)}`)).json();
  assert.equal(found.status, 'confirmed');
  assert.equal(await taken('od-t-full'), count);
});
