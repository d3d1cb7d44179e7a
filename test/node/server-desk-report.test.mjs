// `zwgk-server report` over a year of applications stored in the database (the 37 requests of
// test/fixtures/request-year.ts, their events as the workflow recorded them) gives table 三 equal
// to the one tallied by hand, on the engine under test; and the desk's report route agrees.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { catalogueFile, ENGINE, freshDatabase, openDayCatalogue, runCommand, startServer, withDatabase } from '../helpers/zwgk-server.mjs';
import { loadModules } from '../helpers/node-bundle.mjs';
import { addStaff, signIn, STAFF, TEST_PASSWORD_ENV } from '../helpers/desk.mjs';

const { requestYear, EXPECTED_2026, EXPECTED_MZJ, REPORT_COLUMNS, REPORT_ROWS } = await loadModules(`
export { requestYear, EXPECTED_2026, EXPECTED_MZJ } from './test/fixtures/request-year.ts';
export { REPORT_COLUMNS, REPORT_ROWS } from './src/forms/request-report.ts';
`);

const file = catalogueFile(openDayCatalogue([]));
let database;
const env = () => ({ ...database.env, ...TEST_PASSWORD_ENV, ZWGK_CATALOGUE: file });
const full = (sparse) => Object.fromEntries(REPORT_ROWS.map((row) => [row, Object.fromEntries(REPORT_COLUMNS.map((c, i) => [c, sparse[row]?.[i] ?? 0]))]));

before(async () => {
  database = await freshDatabase();
  addStaff(database.env, STAFF.filter((s) => s.username === 'chen.rev'));
  // Migrate, then store the year as the server stores applications: the row and one event per step.
  assert.equal(runCommand(['migrate'], env()).status, 0);
  await withDatabase(database, async (db) => {
    for (const application of requestYear()) {
      const code = `YSQ20260101TEST${String(application.no).padStart(2, '0')}`.slice(0, 17);
      const first = application.events[0];
      const organisation = application.organisationKind ? { name: '某单位', kind: application.organisationKind } : application.applicantType === '公民' ? undefined : { name: '某单位' };
      const payload = { applicantType: application.applicantType, ...(organisation ? { organisation } : { citizen: { name: '某人' } }), information: { title: `第${application.no}件` } };
      const last = application.events.at(-1);
      await db.query(
        `INSERT INTO requests (code, received_at, stage, applicant_type, application, source, agency_id, state, event_count)
         VALUES ($1, $2, '接收', $3, $4::text::jsonb, 'online', $5, 'submitted', $6)`,
        [code, first.at, application.applicantType, JSON.stringify(payload), application.agencyId, application.events.length],
      );
      for (const event of application.events) {
        await db.query('INSERT INTO request_events (request_code, at, stage, actor, event) VALUES ($1, $2, $3, $4, $5::text::jsonb)', [code, event.at, event.action, event.actor.id, JSON.stringify(event)]);
      }
      void last;
    }
  });
});
after(async () => {
  await database?.drop();
});

test(`[${ENGINE}] zwgk-server report --year 2026 gives the hand-tallied table (json), balanced`, () => {
  const result = runCommand(['report', '--year', '2026', '--format', 'json'], env());
  assert.equal(result.status, 0, result.stderr);
  const { title, report } = JSON.parse(result.stdout);
  assert.equal(title, '示例县人民政府办公室2026年收到和处理政府信息公开申请情况');
  assert.deepEqual(report.cells, full(EXPECTED_2026));
  assert.deepEqual([report.requests, report.organisationsWithoutKind, report.unbalanced], [33, 1, []]);
});

test('per agency (--agency), as CSV and as xlsx written to a file', async () => {
  const csv = runCommand(['report', '--year', '2026', '--agency', 'ag-mzj', '--format', 'csv'], env());
  assert.equal(csv.status, 0, csv.stderr);
  const rows = csv.stdout.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
  const expected = full(EXPECTED_MZJ);
  assert.deepEqual(rows[1].slice(3).map(Number), REPORT_COLUMNS.map((c) => expected.new[c]));
  assert.deepEqual(rows.at(-1).slice(3).map(Number), REPORT_COLUMNS.map((c) => expected.carried_forward[c]));

  const out = join(mkdtempSync(join(tmpdir(), 'zwgk-report-')), '2026.xlsx');
  const written = runCommand(['report', '--year', '2026', '--out', out], env());
  assert.equal(written.status, 0, written.stderr);
  assert.match(written.stdout, /33 件申请/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(out));
  const ws = workbook.worksheets[0];
  assert.deepEqual(ws.getRow(5).values.slice(4), EXPECTED_2026.new);
  assert.deepEqual(ws.getRow(29).values.slice(4), EXPECTED_2026.carried_forward);
});

test('the text table for a terminal, and refusals: no year, an unknown agency', () => {
  const table = runCommand(['report', '--year', '2026'], env());
  assert.equal(table.status, 0);
  assert.match(table.stdout, /^\s+18\s+3\s+2\s+2\s+2\s+1\s+28\s+一、本年新收政府信息公开申请数量$/m);
  assert.equal(runCommand(['report'], env()).status, 1);
  const unknown = runCommand(['report', '--year', '2026', '--agency', 'ag-nowhere'], env());
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /no agency "ag-nowhere"/);
});

test('the desk’s report route gives the same table', async () => {
  const server = await startServer({ ...env(), ZWGK_RATE_LOGIN: '1000/60' });
  try {
    const reviewer = await signIn(server.origin, 'chen.rev', STAFF.find((s) => s.username === 'chen.rev').password);
    const { json } = await reviewer.get('/api/staff/report?year=2026');
    assert.deepEqual(json.report.cells, full(EXPECTED_2026));
    const next = (await reviewer.get('/api/staff/report?year=2027')).json.report;
    assert.deepEqual([next.cells.carried_over.total, next.cells.new.total], [5, 2]);
  } finally {
    await server.stop();
  }
});
