// The server's pure rules, tested directly: upload sniffing, canonical payload hashing, the SQL
// splitter of the migrations, the configuration reader, the journal reader that recovers records
// glued to a torn line, and the sign-up rules shared with <zwgk-open-day> (incl. the bounded
// waiting list in the capacity rules), and the turn scheduler that keeps a saturated server accepting.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ENGINE, freshDatabase, root } from '../helpers/zwgk-server.mjs';

let m;
before(async () => {
  const outdir = join(root, 'node_modules/.cache/zwgk-test-server');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `rules-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: [
        "export * from './src/server/requests/upload.ts';", "export * from './src/server/idempotency.ts';", "export * from './src/server/db/migrate.ts';",
        "export * from './src/server/db/migrations.ts';", "export * from './src/server/db/postgres.ts';", "export * from './src/server/config.ts';", "export * from './src/server/import-journal.ts';",
        "export * from './src/forms/signup-schema.ts';", "export * from './src/components/open-day/capacity.ts';", "export * from './src/server/http/turns.ts';",
      ].join('\n'),
      resolveDir: root, loader: 'ts',
    },
    bundle: true, packages: 'external', platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error',
  });
  m = await import(outfile);
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const upload = (bytes, type) => ({ name: 'f', type, dataUrl: `data:${type};base64,${bytes.toString('base64')}` });
const ALL = ['application/pdf', 'image/png', 'image/jpeg'];

test('uploads: the type comes from the bytes and the size from the decoded data', () => {
  assert.equal(m.sniffType(Buffer.from('%PDF-1.7\n')), 'application/pdf');
  assert.equal(m.sniffType(PNG), 'image/png');
  assert.equal(m.sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'image/jpeg');
  for (const bytes of [Buffer.from('<html>'), Buffer.from('GIF89a'), Buffer.from('PK\x03\x04'), Buffer.alloc(0)]) assert.equal(m.sniffType(bytes), undefined);
  const checked = m.checkUpload(upload(PNG, 'image/png'), ALL, 1000);
  assert.equal(checked.bytes.length, PNG.length);
  assert.match(checked.sha256, /^[0-9a-f]{64}$/);
  assert.equal(m.checkUpload(upload(Buffer.from('<script>'), 'image/png'), ALL, 1000), 'upload-type');
  assert.equal(m.checkUpload(upload(PNG, 'image/jpeg'), ALL, 1000), 'upload-type');
  assert.equal(m.checkUpload(upload(PNG, 'image/png'), ['application/pdf'], 1000), 'upload-type');
  assert.equal(m.checkUpload(upload(PNG, 'image/png'), ALL, PNG.length - 1), 'upload-size');
});

test('idempotency: equal payloads hash equally whatever the key order; any change hashes differently', () => {
  assert.equal(m.payloadHash({ a: 1, b: { c: [1, 2], d: 'x' } }), m.payloadHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
  assert.notEqual(m.payloadHash({ a: 1 }), m.payloadHash({ a: 2 }));
  assert.notEqual(m.payloadHash({ a: [1, 2] }), m.payloadHash({ a: [2, 1] }));
  assert.equal(m.readKey(undefined), undefined);
  assert.equal(m.readKey('0b8c…'.replace('…', '')), '0b8c');
  assert.throws(() => m.readKey('x'.repeat(201)), /Idempotency-Key/);
  assert.throws(() => m.readKey('has space'), /Idempotency-Key/);
});

test('migrations: statements split at top-level semicolons only, function bodies and strings intact', () => {
  const parts = m.splitStatements(`CREATE TABLE a (x text DEFAULT ';'); -- a comment; with a semicolon
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN RETURN NULL; END $fn$;
SELECT 1`);
  assert.equal(parts.length, 3);
  assert.match(parts[1], /BEGIN RETURN NULL; END \$fn\$$/);
  assert.deepEqual(m.MIGRATIONS.map((x) => x.version), m.MIGRATIONS.map((_, i) => i + 1));
});

test('configuration: defaults for a demo, every bad variable named at once', () => {
  const config = m.readConfig({}, '/srv/zwgk');
  assert.equal(config.dataDir, '/srv/zwgk/.zwgk-data');
  assert.equal(config.databaseUrl, undefined);
  assert.deepEqual(config.rateLimits.submit, { limit: 20, windowSeconds: 600 });
  assert.deepEqual(config.lookupLock, { maxFailures: 5, lockSeconds: 3600, windowSeconds: 86_400 });
  assert.equal(config.waitlistFactor, 2);
  assert.deepEqual(config.corsOrigins, []);
  const custom = m.readConfig({ DATABASE_URL: 'postgres://u:p@db/zwgk', ZWGK_RATE_LOOKUP: '5/60', ZWGK_ALLOWED_ORIGINS: 'https://www.example.gov.cn, https://cms.example.gov.cn', ZWGK_DATA_DIR: 'data' }, '/srv');
  assert.equal(custom.databaseUrl, 'postgres://u:p@db/zwgk');
  assert.deepEqual(custom.rateLimits.lookup, { limit: 5, windowSeconds: 60 });
  assert.deepEqual(custom.allowedOrigins, ['https://www.example.gov.cn', 'https://cms.example.gov.cn']);
  assert.equal(custom.dataDir, '/srv/data');
  assert.throws(() => m.readConfig({ PORT: 'eighty', ZWGK_RATE_SUBMIT: 'lots', ZWGK_ALLOWED_ORIGINS: 'example.gov.cn', DATABASE_URL: 'mysql://x' }), (error) => {
    for (const name of ['PORT', 'ZWGK_RATE_SUBMIT', 'ZWGK_ALLOWED_ORIGINS', 'DATABASE_URL']) assert.match(error.message, new RegExp(name));
    return true;
  });
  assert.equal(m.dataDirInside('/srv/zwgk/demo/.data', ['/srv/zwgk/demo']), '/srv/zwgk/demo');
  assert.equal(m.dataDirInside('/srv/zwgk/.zwgk-data', ['/srv/zwgk/demo', '/srv/zwgk/dist']), undefined);
});

test('journal reader: a record appended to a torn line is recovered; a torn line alone is counted', () => {
  const text = `{"code":"A"}\n{"code":"B","recei{"code":"C","x":{"y":1}}\n{"code":"D"\n\n`;
  const { records, unreadable } = m.readJournal(text);
  assert.deepEqual(records.map((r) => r.code), ['A', 'C']);
  assert.equal(unreadable, 1);
});

const event = (registration = {}) => ({
  id: 'od', title: 't', level: 'county', hostId: 'ag', activities: ['公民走进机关'], start: '2030-01-01T09:00:00+08:00', status: 'open', address: 'x',
  registration: {
    open: true, fields: [
      { key: 'name', label: '姓名', type: 'text', required: true },
      { key: 'phone', label: '手机号码', type: 'phone', required: true },
      { key: 'companions', label: '同行人数', type: 'number', required: false, max: 2 },
      { key: 'identity', label: '身份类别', type: 'select', required: false, options: ['群众代表', '企业代表'] },
      { key: 'note', label: '备注', type: 'textarea', required: false },
    ],
    consentText: '同意', ...registration,
  },
});
const problems = (body, registration) => m.signupProblems(event(registration), { name: '张三', phone: '13800138000', ...body }).map((p) => `${p.path}:${p.code}`);

test('sign-up rules: consent, options, number bounds, lengths, unknown keys, as the element checks them', () => {
  assert.deepEqual(problems({ fields: { consent: 'yes', companions: '2', identity: '群众代表', note: '好' } }), []);
  assert.deepEqual(problems({ fields: {} }), ['fields.consent:tick']);
  assert.deepEqual(problems({ fields: {} }, { consentText: undefined }), []);
  assert.deepEqual(problems({ fields: { consent: 'no' } }), ['fields.consent:option']);
  assert.deepEqual(problems({ fields: { consent: 'yes', companions: '3' } }), ['fields.companions:number-range']);
  assert.deepEqual(problems({ fields: { consent: 'yes', companions: '1.5' } }), ['fields.companions:number']);
  assert.deepEqual(problems({ fields: { consent: 'yes', identity: '其他' } }), ['fields.identity:option']);
  assert.deepEqual(problems({ fields: { consent: 'yes', note: 'x'.repeat(2001) } }), ['fields.note:too-long']);
  assert.deepEqual(problems({ name: 'x'.repeat(201), fields: { consent: 'yes' } }), ['name:too-long']);
  assert.deepEqual(problems({ fields: { consent: 'yes', name: '李四', role: 'admin' } }), ['fields.name:unknown-field', 'fields.role:unknown-field']);
  assert.deepEqual(problems({ phone: '0373-5551009', fields: { consent: 'yes' } }), ['phone:mobile']);
  const fields = m.signupFields(event());
  assert.deepEqual(fields.map((f) => f.key), ['name', 'phone', 'companions', 'identity', 'note', 'consent']);
  assert.deepEqual(m.signupBody(fields, { name: '张三', phone: '13800138000', companions: '', identity: '企业代表', consent: 'yes', stale: 'x' }), { name: '张三', phone: '13800138000', fields: { identity: '企业代表', consent: 'yes' } });
  assert.equal(m.SignupBody.safeParse({ name: 'a', phone: 'b', admin: true }).success, false);
});

test('capacity rules: a full waiting list refuses, a waiting list with room waitlists', () => {
  const facts = { capacity: 10, taken: 10, mode: 'first_come', waitlist: true, open: true, eventStatus: 'open', start: '2030-01-01T09:00:00+08:00' };
  const now = new Date('2029-12-01T00:00:00Z');
  assert.deepEqual(m.decideSignup({ ...facts, waitlisted: 19, waitlistLimit: 20 }, now), { status: 'waitlisted' });
  assert.deepEqual(m.decideSignup({ ...facts, waitlisted: 20, waitlistLimit: 20 }, now), { status: 'refused', reason: 'full' });
  assert.equal(m.sessionPhase({ ...facts, waitlisted: 20, waitlistLimit: 20 }, now), 'full');
  assert.equal(m.sessionPhase(facts, now), 'full-waitlist');
});

test('turns: requests start two per turn of the event loop, in arrival order, so the loop comes round (and accepts) between them', async () => {
  const nextTurn = m.turnScheduler(2);
  let turn = 0;
  let counting = true;
  const tick = () => { turn++; if (counting) setImmediate(tick); };
  setImmediate(tick);
  const started = [];
  await Promise.all([0, 1, 2, 3, 4].map((i) => nextTurn().then(() => started.push([i, turn]))));
  counting = false;
  assert.deepEqual(started.map(([i]) => i), [0, 1, 2, 3, 4]);
  const turns = started.map(([, t]) => t);
  assert.equal(turns[0], turns[1], 'two in the first turn');
  assert.equal(turns[2], turns[3], 'two in the next');
  assert.ok(turns[2] > turns[1] && turns[4] > turns[3], `each pair in a later turn: ${turns}`);
  // Idle, a request starts at the next turn: nothing waits longer than one.
  const before = turn;
  counting = true;
  setImmediate(tick);
  await nextTurn();
  counting = false;
  assert.ok(turn - before <= 2, `started within a turn (${turn - before})`);
});

if (ENGINE === 'postgres') {
  test('[postgres] eight processes migrating a fresh database at the same instant all succeed, each migration applied once', async () => {
    const database = await freshDatabase();
    const connections = await Promise.all(Array.from({ length: 8 }, () => m.openPostgres(database.url, 1)));
    try {
      // Without the lock around CREATE TABLE IF NOT EXISTS, PostgreSQL's catalogue races (duplicate key in pg_type_typname_nsp_index).
      const results = await Promise.allSettled(connections.map((db) => m.migrate(db)));
      assert.deepEqual(results.filter((r) => r.status === 'rejected').map((r) => String(r.reason)), []);
      assert.deepEqual(results.flatMap((r) => r.value).sort(), [1, 2, 3, 4]);
    } finally {
      await Promise.all(connections.map((db) => db.close()));
      await database.drop();
    }
  });
}
