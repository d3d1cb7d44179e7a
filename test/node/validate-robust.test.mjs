// The validator never throws, whatever the input, and reports everything wrong in one run:
// a file nesting 10,000 levels deep under any top-level key is one located error (exit 1, not an
// internal error), and shape and reference errors come together, so an editor fixes a file once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCli } from '../../scripts/build-cli.mjs';
import { loadSources, root } from '../helpers/node-bundle.mjs';

const lib = await loadSources();
const dir = mkdtempSync(join(tmpdir(), 'zwgk-validate-robust-'));
const zwgk = (...args) => spawnSync(process.execPath, ['bin/zwgk.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
before(() => buildCli());

for (const doc of lib.deepDocuments()) {
  test(`${doc.name}: a located error, never an exception`, () => {
    let result;
    assert.doesNotThrow(() => (result = lib.parseCatalogueText(doc.text)));
    assert.equal(result.ok, false);
    assert.ok(result.errors.some((e) => e.path === doc.at || e.path.startsWith(`${doc.at}[`) || e.path.startsWith(`${doc.at}.`)),
      `${JSON.stringify(result.errors.map((e) => e.path))} should locate ${doc.at}`);
    for (const e of result.errors) assert.ok(e.message['zh-CN'].length < 300, 'messages stay short');
  });
}

test('zwgk validate on 10,000 levels exits 1 with the place, not 70 with an internal error', () => {
  const documents = lib.deepDocuments();
  for (const doc of [documents.find((d) => d.at === 'openDays'), documents.find((d) => d.name.includes('records'))]) {
    const file = join(dir, 'deep.json');
    writeFileSync(file, doc.text);
    const run = zwgk('validate', file);
    assert.equal(run.status, 1, run.stderr);
    assert.doesNotMatch(run.stderr, /internal error/);
    assert.match(run.stdout, new RegExp(`^${doc.at.replace(/[[\]]/g, '\\$&')}(?:[.[][^:]*)?: `, 'm'));
  }
  const records = lib.parseCatalogueText(documents.find((d) => d.name.includes('records')).text);
  assert.deepEqual(records.errors.map((e) => [e.path, e.code]), [['items[0]', 'too-deep']]);
});

test('shape and reference errors are reported in one run', () => {
  const doc = lib.minimalCatalogue();
  doc.items[0].mode = '公开';
  doc.items[0].subjectIds = ['ag-nowhere'];
  doc.publisherId = 'ag-missing';
  doc.domains[0].responsibleAgencyIds = ['ag-jtj', 42];
  const result = lib.validateCatalogue(doc);
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors.map((e) => [e.kind, e.path, e.code]), [
    ['schema', 'domains[0].responsibleAgencyIds[1]', 'invalid-type'],
    ['schema', 'items[0].mode', 'invalid-enum'],
    ['reference', 'publisherId', 'dangling-reference'],
    ['reference', 'items[0].subjectIds[0]', 'dangling-reference'],
  ]);
  const file = join(dir, 'both.json');
  writeFileSync(file, JSON.stringify(doc));
  const run = zwgk('validate', file);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /^items\[0\]\.mode: /m);
  assert.match(run.stdout, /^items\[0\]\.subjectIds\[0\]: 找不到编号为 “ag-nowhere” 的机构$/m);
  assert.match(run.stdout, /✗ 发现 4 处错误/);
});

test('a reference check on a document of the wrong shape everywhere does not throw', () => {
  for (const value of [{ items: 'x', domains: [null, 1, 'a', []], agencies: { id: 'a' }, tasks: [{ responsibleIds: 'x' }], openDays: [{ sessions: 5 }], requestForm: [] },
    { items: [{ channels: [null, { pointId: 3 }] }], interpretations: [{ interpreter: null }] },
    { policies: 'x', consultations: [{ methods: 'x' }, null], negativeList: {} }, { policies: [{ amendedBy: 3, repealedBy: [] }] }]) {
    const doc = { ...lib.minimalCatalogue(), ...value };
    assert.doesNotThrow(() => lib.validateCatalogue(doc));
    assert.equal(lib.validateCatalogue(doc).ok, false);
  }
});

test('a cycle given as a property (not JSON) is a located error too', () => {
  const doc = lib.minimalCatalogue();
  doc.items[0].records = { schema: [], rows: [{}] };
  doc.items[0].records.rows[0].self = doc.items[0].records.rows[0];
  const result = lib.validateCatalogue(doc);
  assert.equal(result.ok, false);
  assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['items[0]', 'too-deep']]);
});
