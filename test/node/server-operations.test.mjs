// The reference server as an operator runs it, on the engine under test: kill -9 in the middle
// of a stream of submissions loses nothing acknowledged; several processes share one PostgreSQL
// without overbooking (PGlite refuses a second process on its data directory instead); the
// retention command removes personal data but keeps counts; import-journal moves the old JSON
// Lines journals into the database, torn lines included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueFile, client, ENGINE, freshDatabase, mobile, openDayCatalogue, personalDataInLogs, runCommand, startServer, withDatabase } from '../helpers/zwgk-server.mjs';

const catalogue = openDayCatalogue([['od-big', { capacity: 100_000, consentText: undefined, fields: [] }], ['od-30', { consentText: undefined, fields: [] }]]);
const file = catalogueFile(catalogue);
const citizen = (i) => ({
  applicantType: '公民',
  citizen: { name: `申请人${i}`, idType: '居民身份证', idNumber: '11010519491231002X', phone: mobile(i), address: '示例县人民路1号' },
  information: { title: `信息${i}` }, provideForm: '电子', delivery: '邮寄', privacyConsent: true,
});

test(`[${ENGINE}] kill -9 in the middle of a stream: every acknowledged application and sign-up is there after a restart`, async () => {
  const database = await freshDatabase();
  let server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  let api = client(server.origin);
  const acknowledged = [];
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (!killed) {
      const i = next++;
      const request = i % 2
        ? api.post('/api/requests', citizen(i), { 'Idempotency-Key': `stream-${i}` })
        : api.post('/api/open-days/od-big/sessions/s1/signups', { name: `报名人${i}`, phone: mobile(i) }, { 'Idempotency-Key': `stream-${i}` });
      try {
        const response = await request;
        if (response.status === 201) acknowledged.push({ kind: i % 2 ? 'request' : 'signup', code: response.json.code, phone: mobile(i) });
      } catch {
        // Cut off by the kill: never acknowledged.
      }
    }
  };
  const workers = Array.from({ length: 16 }, worker);
  while (acknowledged.length < 200) await new Promise((resolve) => setTimeout(resolve, 20));
  const result = await server.kill9();
  killed = true;
  await Promise.all(workers);
  assert.equal(result.signal, 'SIGKILL');
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  api = client(server.origin);
  const missing = [];
  for (let i = 0; i < acknowledged.length; i += 10) {
    await Promise.all(acknowledged.slice(i, i + 10).map(async (record) => {
      const path = record.kind === 'request' ? '/api/requests/lookup' : '/api/open-days/signups/lookup';
      const response = await api.post(path, { code: record.code, phone: record.phone });
      if (response.status !== 200 || response.json.code !== record.code) missing.push(record.code);
    }));
  }
  assert.ok(acknowledged.length >= 200);
  assert.deepEqual(missing, []);
  await server.stop();
  await database.drop();
});

if (ENGINE === 'postgres') {
  test('[postgres] four server processes started at once on a fresh database all start: the migrations take turns', async () => {
    const database = await freshDatabase();
    const started = await Promise.allSettled(Array.from({ length: 4 }, () => startServer({ ...database.env, ZWGK_CATALOGUE: file })));
    const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    await Promise.all(servers.map((s) => s.stop()));
    assert.deepEqual(started.filter((result) => result.status === 'rejected').map((result) => String(result.reason).split('\n').slice(0, 3).join(' ')), []);
    const rows = await withDatabase(database, (db) => db.query('SELECT version FROM schema_migrations ORDER BY version'));
    assert.deepEqual(rows.map((row) => row.version), [1, 2, 3, 4]);
    await database.drop();
  });

  test('[postgres] two server processes on one database, 50 concurrent sign-ups for 30 places across both: exactly 30 confirmed', async () => {
    const database = await freshDatabase();
    // Started at the same moment on a fresh database: both migrate at once (the lock makes them take turns).
    const started = await Promise.allSettled([startServer({ ...database.env, ZWGK_CATALOGUE: file }), startServer({ ...database.env, ZWGK_CATALOGUE: file })]);
    const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    if (servers.length < 2) {
      // A process left running would keep this test file from ever ending.
      await Promise.all(servers.map((s) => s.stop()));
      throw started.find((result) => result.status === 'rejected').reason;
    }
    const apis = servers.map((s) => client(s.origin));
    const responses = await Promise.all(Array.from({ length: 50 }, (_, i) => apis[i % 2].post('/api/open-days/od-30/sessions/s1/signups', { name: `报名人${i}`, phone: mobile(5000 + i) })));
    assert.equal(responses.filter((r) => r.status === 201 && r.json.status === 'confirmed').length, 30);
    assert.equal(responses.filter((r) => r.status === 409 && r.json.error === 'full').length, 20);
    for (const api of apis) assert.equal((await api.get('/api/open-days')).json.find((e) => e.id === 'od-30').sessions[0].taken, 30);
    await Promise.all(servers.map((s) => s.stop()));
    const [row] = await withDatabase(database, (db) => db.query(`SELECT count(*)::int AS n FROM open_day_signups WHERE event_id = 'od-30' AND status = 'confirmed'`));
    assert.equal(row.n, 30);
    await database.drop();
  });
} else {
  test('[pglite] a second process on the same data directory refuses to start (it would corrupt the files)', async () => {
    const database = await freshDatabase();
    const first = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
    await assert.rejects(startServer({ ...database.env, ZWGK_CATALOGUE: file }), /in use by process \d+/);
    assert.equal((await client(first.origin).get('/healthz')).status, 200);
    await first.stop();
    const again = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
    await again.stop();
    await database.drop();
  });
}

test('graceful shutdown (SIGTERM) finishes the requests in progress before the process exits', async () => {
  const database = await freshDatabase();
  const server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  const api = client(server.origin);
  const inFlight = Array.from({ length: 20 }, (_, i) => api.post('/api/requests', citizen(7000 + i)));
  await new Promise((resolve) => setTimeout(resolve, 5));
  const stopped = server.stop();
  const statuses = (await Promise.allSettled(inFlight)).map((r) => (r.status === 'fulfilled' ? r.value.status : 'refused'));
  assert.equal((await stopped).code, 0);
  // Each request either completed (201) or was never accepted (connection refused): none is cut off half-way with 5xx.
  assert.ok(statuses.every((s) => s === 201 || s === 'refused'), statuses.join());
  assert.ok(statuses.includes(201));
  await database.drop();
});

test('retention removes personal data after the open day and after a closed application, keeping counts and outcomes', async () => {
  const database = await freshDatabase();
  let server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  let api = client(server.origin);
  const signup = (await api.post('/api/open-days/od-30/sessions/s1/signups', { name: '王五', phone: mobile(8000) })).json;
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  const closed = (await api.post('/api/requests', { ...citizen(8001), identityProof: { name: 'id.png', type: 'image/png', size: png.length, dataUrl: `data:image/png;base64,${png.toString('base64')}` } })).json;
  const open = (await api.post('/api/requests', citizen(8002))).json;
  await server.stop();
  await withDatabase(database, async (db) => {
    await db.query(`UPDATE open_day_sessions SET starts_at = now() - interval '41 days', ends_at = now() - interval '40 days' WHERE event_id = 'od-30'`);
    await db.query(`UPDATE requests SET stage = '归档', outcome = '予以公开', closed_at = now() - interval '400 days' WHERE code = $1`, [closed.code]);
  });
  const run = runCommand(['retention'], { ...database.env, ZWGK_RETENTION_OPEN_DAY_DAYS: '30', ZWGK_RETENTION_REQUEST_DAYS: '365' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { signupsAnonymised: 1, requestsAnonymised: 1, uploadsDeleted: 1, opinionsAnonymised: 0 });
  await withDatabase(database, async (db) => {
    const [s] = await db.query('SELECT name, phone, fields, status FROM open_day_signups WHERE code = $1', [signup.code]);
    assert.deepEqual(s, { name: null, phone: null, fields: null, status: 'confirmed' });
    const [count] = await db.query(`SELECT n FROM open_day_counts WHERE event_id = 'od-30' AND status = 'confirmed'`);
    assert.equal(count.n, 1);
    const [r] = await db.query('SELECT application, lookup_phone, outcome, applicant_type FROM requests WHERE code = $1', [closed.code]);
    assert.deepEqual(r, { application: { applicantType: '公民', information: { title: '信息8001' }, provideForm: '电子', delivery: '邮寄' }, lookup_phone: null, outcome: '予以公开', applicant_type: '公民' });
    const [kept] = await db.query('SELECT application FROM requests WHERE code = $1', [open.code]);
    assert.equal(kept.application.citizen.name, '申请人8002');
  });
  const again = runCommand(['retention'], database.env);
  assert.deepEqual(JSON.parse(again.stdout), { signupsAnonymised: 0, requestsAnonymised: 0, uploadsDeleted: 0, opinionsAnonymised: 0 });
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  api = client(server.origin);
  assert.equal((await api.post('/api/requests/lookup', { code: closed.code, phone: mobile(8001) })).status, 404);
  await server.stop();
  await database.drop();
});

test('import-journal moves the old journals into the database, torn lines and uploads included, once', async () => {
  const database = await freshDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-journal-'));
  mkdirSync(join(dir, 'uploads'));
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  writeFileSync(join(dir, 'uploads/YSQ20260301ABCDEF.png'), png);
  const request = (code, i, extra = {}) => ({ code, receivedAt: '2026-03-01T02:00:00.000Z', idempotencyKey: `old-${i}`, stage: '接收', application: { ...citizen(i), ...extra } });
  const requests = [
    JSON.stringify(request('YSQ20260301ABCDEF', 9001, { identityProof: { name: 'id.png', type: 'image/png', size: 1, file: join(dir, 'uploads/YSQ20260301ABCDEF.png') } })),
    // A power cut tore this line; the next acknowledged record was appended to the fragment.
    `{"code":"YSQ20260301TORN22","receivedAt":"2026-03-01T0${JSON.stringify(request('YSQ20260301GKUED3', 9002))}`,
    JSON.stringify(request('YSQ20260302KMNPQR', 9003)),
  ].join('\n');
  writeFileSync(join(dir, 'requests.jsonl'), `${requests}\n`);
  const signup = (code, i, status) => ({ type: 'signup', signup: { code, eventId: 'od-30', sessionId: 's1', status, name: `报名人${i}`, phone: mobile(i), fields: {}, idempotencyKey: `old-s-${i}`, createdAt: '2026-03-01T02:00:00.000Z', updatedAt: '2026-03-01T02:00:00.000Z' } });
  const signups = [
    JSON.stringify(signup('KF22223333', 9101, 'confirmed')),
    JSON.stringify(signup('KF22224444', 9102, 'confirmed')),
    `{"type":"sta${JSON.stringify({ type: 'status', code: 'KF22224444', status: 'cancelled', at: '2026-03-02T00:00:00.000Z' })}`,
    JSON.stringify(signup('KF22225555', 9103, 'waitlisted')),
    JSON.stringify(signup('KF22226666', 9104, 'confirmed')).slice(0, 40),
  ].join('\n');
  writeFileSync(join(dir, 'open-day-signups.jsonl'), signups);
  const args = ['import-journal', '--requests', join(dir, 'requests.jsonl'), '--signups', join(dir, 'open-day-signups.jsonl')];
  const run = runCommand(args, { ...database.env, ZWGK_CATALOGUE: file });
  assert.equal(run.status, 0, run.stderr + run.stdout);
  const summary = JSON.parse(run.stdout.slice(0, run.stdout.lastIndexOf('}') + 1));
  assert.deepEqual(summary.requests, { read: 3, imported: 3, alreadyPresent: 0, uploads: 1, unreadableLines: 0, uploadsMissing: [] });
  assert.deepEqual(summary.signups, { read: 3, imported: 3, alreadyPresent: 0, unreadableLines: 1 });
  assert.deepEqual(summary.missing, []);
  const twice = JSON.parse(runCommand(args, { ...database.env, ZWGK_CATALOGUE: file }).stdout.split('\n导入完成')[0]);
  assert.equal(twice.requests.alreadyPresent, 3);
  assert.equal(twice.signups.alreadyPresent, 3);
  const server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  const api = client(server.origin);
  assert.equal((await api.post('/api/requests/lookup', { code: 'YSQ20260301GKUED3', phone: mobile(9002) })).json.code, 'YSQ20260301GKUED3');
  assert.equal((await api.post('/api/open-days/signups/lookup', { code: 'KF22224444', phone: mobile(9102) })).json.status, 'cancelled');
  const counts = (await api.get('/api/open-days')).json.find((e) => e.id === 'od-30').sessions[0];
  assert.equal(counts.taken, 1);
  const replay = await api.post('/api/requests', citizen(9003), { 'Idempotency-Key': 'old-9003' });
  assert.equal(replay.status, 200);
  assert.equal(replay.json.code, 'YSQ20260302KMNPQR');
  await server.stop();
  await database.drop();
});

test('the logs of this whole run hold no phone number and no ID number', () => {
  const phones = Array.from({ length: 10_000 }, (_, i) => mobile(i));
  assert.deepEqual(personalDataInLogs([...phones, '11010519491231002X']), []);
});
