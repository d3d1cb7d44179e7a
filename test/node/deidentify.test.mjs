// Keeping personal data off the public site: `zwgk validate` warns about 公示 lists that still hold
// it, `zwgk deidentify` writes the copy fit to publish (checked before it is written), and the demo
// server serves only that copy to browsers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCli } from '../../scripts/build-cli.mjs';
import { root } from '../helpers/node-bundle.mjs';
import { startDemoServer } from '../helpers/demo-server.mjs';

const sampleFile = join(root, 'demo/data/shixian.json');
const sample = JSON.parse(readFileSync(sampleFile, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'zwgk-deidentify-test-'));

/** The personal data of the sample lists as written: ID numbers, names of three characters, bank cards. */
const personal = sample.items.filter((i) => i.records).flatMap((item) => item.records.rows.flatMap((row) =>
  item.records.schema.filter((c) => !c.public && /身份|姓名|户主|账号/.test(c.label)).map((c) => String(row[c.key]))))
  .filter((value) => /^\d{15,19}X?$/.test(value) || [...value].length === 3);

function zwgk(args) {
  const run = spawnSync(process.execPath, ['bin/zwgk.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zwgk validate and zwgk deidentify', () => {
  before(async () => {
    await buildCli();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('validate warns, list by list, about personal data a published file would carry, and still exits 0', () => {
    assert.ok(personal.length > 60, 'the sample has personal data to protect');
    const { code, stdout } = zwgk(['validate', sampleFile]);
    assert.equal(code, 0, stdout);
    const warnings = stdout.split('\n').filter((line) => line.startsWith('警告 items['));
    assert.deepEqual(warnings.map((line) => /^警告 (items\[\d+\]\.records\.rows):/.exec(line)?.[1]), ['items[146].records.rows', 'items[149].records.rows', 'items[156].records.rows', 'items[169].records.rows']);
    assert.match(warnings[0], /97 个单元格含未去标识化的个人信息（户主姓名、身份证号码、联系电话、家庭住址、备注）.*zwgk deidentify/);
    const json = JSON.parse(zwgk(['validate', '--json', sampleFile]).stdout);
    assert.equal(json.warnings.filter((w) => w.code === 'personal-data' && w.kind === 'privacy').length, 4);
  });

  test('deidentify --check exits 1 on the full file; -o writes a valid copy with no personal data, which passes the check', () => {
    const check = zwgk(['deidentify', sampleFile, '--check']);
    assert.equal(check.code, 1, check.stdout);
    assert.match(check.stdout, /审核信息（it-147）：需遮盖 97 个单元格/);
    const out = join(dir, 'public.json');
    const run = zwgk(['deidentify', sampleFile, '-o', out]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /✓ 已写入/);
    const text = readFileSync(out, 'utf8');
    for (const value of personal) assert.ok(!text.includes(value), `${value} is still in the public copy`);
    const copy = JSON.parse(text);
    const list = copy.items.find((i) => i.id === 'it-147');
    assert.equal(list.privacy, 'deidentified');
    assert.deepEqual(list.records.rows[0], { ...sample.items.find((i) => i.id === 'it-147').records.rows[0], holder: '苏*', idNumber: '410***********4571', phone: '199****7469', address: '示例县关堤乡刘庄村***' });
    // The school directory has no personal data: unchanged.
    assert.deepEqual(copy.items.find((i) => i.id === 'it-178').records.rows, sample.items.find((i) => i.id === 'it-178').records.rows);
    assert.equal(zwgk(['validate', out]).stdout.trim().split('\n').at(-1), '✓ 目录有效：示例县基层政务公开事项标准目录，210 个公开事项，0 条警告');
    assert.equal(zwgk(['deidentify', out, '--check']).code, 0);
    // Running it again changes nothing.
    const again = join(dir, 'again.json');
    assert.equal(zwgk(['deidentify', out, '-o', again]).code, 0);
    assert.equal(readFileSync(again, 'utf8'), text);
  });

  test('deidentify: English, usage errors, invalid input', () => {
    assert.match(zwgk(['deidentify', sampleFile, '--check', '--lang', 'en']).stdout, /it-147\): to mask 97 cells/);
    assert.equal(zwgk(['deidentify', sampleFile]).code, 2, 'neither -o nor --check');
    assert.equal(zwgk(['deidentify', sampleFile, '--check', '-o', join(dir, 'x.json')]).code, 2, 'both');
    assert.equal(zwgk(['deidentify']).code, 2);
    const broken = zwgk(['deidentify', join(dir, 'missing.json'), '--check']);
    assert.notEqual(broken.code, 0);
    assert.match(zwgk(['help']).stdout, /deidentify/);
  });
});

describe('the demo site serves the de-identified copy', () => {
  let server;
  before(async () => {
    server = await startDemoServer();
  });
  after(async () => {
    await server?.stop();
  });

  for (const path of ['/data/shixian.json', '/offline/data/shixian.json']) {
    test(`${path} carries no personal data of the lists, and the full file stays on disk`, async () => {
      const response = await fetch(`${server.origin}${path}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /json/);
      const text = await response.text();
      for (const value of personal) assert.ok(!text.includes(value), `${value} served at ${path}`);
      const served = JSON.parse(text);
      assert.equal(served.items.length, sample.items.length);
      assert.equal(served.items.find((i) => i.id === 'it-147').records.rows[0].holder, '苏*');
      assert.ok(readFileSync(sampleFile, 'utf8').includes(personal[0]));
    });
  }
});
