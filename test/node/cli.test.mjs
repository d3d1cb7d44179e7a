// The zwgk command as site editors run it: spawned through bin/zwgk.mjs, checked by exit code and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCli } from '../../scripts/build-cli.mjs';
import { loadSources, root } from '../helpers/node-bundle.mjs';

const lib = await loadSources();
const dir = mkdtempSync(join(tmpdir(), 'zwgk-cli-test-'));
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const corpus = (name) => {
  const doc = lib.brokenDocuments.find((d) => d.name === name);
  assert.ok(doc, `no corpus entry named ${name}`);
  return doc.text;
};

function zwgk(args, input) {
  const run = spawnSync(process.execPath, ['bin/zwgk.mjs', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zwgk CLI', () => {
  let valid, broken;
  before(async () => {
    await buildCli(); // the bundle the tests run is the current source, not an old build
    valid = file('minimal.json', JSON.stringify(lib.minimalCatalogue(), null, 2));
    broken = file('broken-mode.json', corpus('items[0].mode "公开"'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('validate: a valid catalogue exits 0 with a summary', () => {
    const { code, stdout } = zwgk(['validate', valid]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /✓ 目录有效：示例县基层政务公开事项标准目录，1 个公开事项，0 条警告/);
  });

  test('validate: a broken catalogue exits 1 with a path-qualified error line', () => {
    const { code, stdout } = zwgk(['validate', broken]);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^items\[0\]\.mode: 取值 “公开” 无效/m);
    assert.match(stdout, /✗ 发现 1 处错误/);
  });

  test('validate --lang en prints English', () => {
    const { code, stdout } = zwgk(['validate', broken, '--lang', 'en']);
    assert.equal(code, 1);
    assert.match(stdout, /^items\[0\]\.mode: “公开” is not allowed/m);
    assert.match(stdout, /✗ found 1 error/);
  });

  test('validate --json prints the errors and warnings as JSON', () => {
    const { code, stdout } = zwgk(['validate', '--json', broken]);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(report.errors.map((e) => [e.kind, e.path, e.code]), [['schema', 'items[0].mode', 'invalid-enum']]);
    assert.deepEqual(report.warnings, []);
  });

  test('validate: warnings for unknown fields, still exit 0', () => {
    const doc = lib.minimalCatalogue();
    doc.items[0].futureField = true;
    const { code, stdout } = zwgk(['validate', file('future.json', JSON.stringify(doc))]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^警告 items\[0\]\.futureField: 未知字段/m);
    assert.match(stdout, /1 条警告/);
  });

  test('validate: malformed JSON, a javascript: link with a newline, reference errors', () => {
    let run = zwgk(['validate', file('cut.json', corpus('malformed JSON (cut off mid-file)'))]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^（整个文件）: 不是有效的 JSON：第 \d+ 行第 \d+ 列附近有语法错误$/m);
    run = zwgk(['validate', file('newline.json', corpus('"java\\nscript:" with an embedded newline'))]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^items\[0\]\.channels\[0\]\.url: 链接 “java\\nscript:alert\(1\)” 不被接受/m, 'the newline is shown escaped, on one line');
    run = zwgk(['validate', file('dangling.json', corpus('dangling items[0].domainId'))]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^items\[0\]\.domainId: 找不到编号为 “no-such-domain” 的领域$/m);
  });

  test('validate - reads standard input', () => {
    const { code, stdout } = zwgk(['validate', '-'], JSON.stringify(lib.minimalCatalogue()));
    assert.equal(code, 0, stdout);
  });

  test('schema prints a JSON Schema with properties.items', () => {
    const { code, stdout } = zwgk(['schema']);
    assert.equal(code, 0);
    const schema = JSON.parse(stdout);
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.properties.items.type, 'array');
    assert.deepEqual(schema, lib.catalogueJsonSchema());
  });

  test('help in Chinese and English, listing the commands', () => {
    for (const args of [['--help'], ['help'], ['-h']]) {
      const { code, stdout } = zwgk(args);
      assert.equal(code, 0);
      assert.match(stdout, /用法/);
      assert.match(stdout, /usage/);
      assert.match(stdout, /^ {2}zwgk validate /m);
      assert.match(stdout, /^ {2}zwgk schema/m);
    }
    const { code, stdout } = zwgk(['help', 'validate']);
    assert.equal(code, 0);
    assert.match(stdout, /--lang/);
  });

  test('usage errors exit 2', () => {
    for (const args of [['frobnicate'], [], ['validate'], ['validate', valid, '--lang', 'fr'], ['validate', valid, '--nope'], ['validate', join(dir, 'missing.json')], ['schema', 'extra'], ['help', 'nope']]) {
      const { code, stderr } = zwgk(args);
      assert.equal(code, 2, `zwgk ${args.join(' ')}`);
      assert.ok(stderr.length > 0, `zwgk ${args.join(' ')} says why on stderr`);
    }
    assert.match(zwgk(['frobnicate']).stderr, /未知命令 “frobnicate”/);
  });
});
