// `zwgk split`, and `zwgk validate` and `zwgk merge` reading what it writes (format 1.1 chunked
// catalogues), as editors run them: spawned through bin/zwgk.mjs, on the sample county.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCli } from '../../scripts/build-cli.mjs';
import { root } from '../helpers/node-bundle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'zwgk-chunks-test-'));
const zwgk = (...args) => {
  const run = spawnSync(process.execPath, ['bin/zwgk.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout + run.stderr };
};
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const sample = () => read(join(root, 'demo/data/shixian.json'));

/** A fresh split of the sample in its own folder; `change` may then edit its files. */
function split(name, args = []) {
  const folder = join(dir, name);
  const result = zwgk('split', join(root, 'demo/data/shixian.json'), '-o', folder, ...args);
  assert.equal(result.code, 0, result.out);
  return folder;
}
const edit = (path, change) => {
  const doc = read(path);
  change(doc);
  writeFileSync(path, JSON.stringify(doc));
};

describe('zwgk split / validate / merge on chunked catalogues', () => {
  before(async () => {
    await buildCli();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('split writes an index, one file per domain and a search index, and says what it wrote', () => {
    const folder = join(dir, 'by-domain');
    const { code, out } = zwgk('split', join(root, 'demo/data/shixian.json'), '-o', folder);
    assert.equal(code, 0, out);
    assert.match(out, /210 个公开事项，28 个分块（按领域）/);
    const index = read(join(folder, 'index.json'));
    assert.equal(index.schemaVersion, '1.1.0');
    assert.deepEqual(index.items, []);
    assert.equal(index.itemChunks.length, readdirSync(join(folder, 'items')).length);
    assert.equal(index.searchIndex.itemCount, 210);
    const { size } = { size: readFileSync(join(folder, index.itemChunks[0].url)).length };
    assert.equal(index.itemChunks[0].bytes, size, 'bytes says how large the chunk file is');
  });

  test('validate checks the index and every file it lists, and exits 0', () => {
    const folder = split('valid');
    const { code, out } = zwgk('validate', join(folder, 'index.json'));
    assert.equal(code, 0, out);
    assert.match(out, /分块目录的 29 个文件均有效，共 210 个公开事项/);
  });

  test('validate names the file and the path of each problem of a chunk, and exits 1', () => {
    const folder = split('broken');
    const index = read(join(folder, 'index.json'));
    edit(join(folder, index.itemChunks[2].url), (chunk) => {
      chunk.items[0].mode = '公开';
    });
    edit(join(folder, index.itemChunks[4].url), (chunk) => {
      chunk.catalogueVersion = '2023.9';
    });
    const { code, out } = zwgk('validate', join(folder, 'index.json'), '--lang', 'en');
    assert.equal(code, 1, out);
    assert.match(out, new RegExp(`${index.itemChunks[2].url} items\\[0\\]\\.mode: .*not allowed`));
    assert.match(out, new RegExp(`${index.itemChunks[4].url} catalogueVersion: the chunk belongs to catalogue version “2023.9”`));
    assert.match(out, /2 of the chunked catalogue's 29 files have errors/);
  });

  test('validate finds a missing chunk file, an id repeated across chunks and a stale search index', () => {
    const folder = split('across');
    const index = read(join(folder, 'index.json'));
    rmSync(join(folder, index.itemChunks[0].url));
    let out = zwgk('validate', join(folder, 'index.json')).out;
    assert.match(out, new RegExp(`${index.itemChunks[0].url} .*找不到目录索引列出的文件`));

    const again = split('across-2');
    const first = read(join(again, index.itemChunks[1].url)).items[0].id;
    edit(join(again, index.itemChunks[2].url), (chunk) => {
      chunk.items[3].id = first;
    });
    edit(join(again, 'search-index.json'), (search) => {
      search.texts[7] = 'stale';
    });
    const result = zwgk('validate', join(again, 'index.json'), '--json');
    assert.equal(result.code, 1);
    const report = JSON.parse(result.out);
    assert.equal(report.ok, false);
    const errorsOf = (file) => report.files.find((f) => f.file === file).errors;
    assert.ok(errorsOf(index.itemChunks[2].url).some((e) => e.code === 'duplicate-id' && e.path === 'items[3].id'));
    assert.ok(errorsOf('search-index.json').some((e) => e.code === 'search-index-mismatch' && e.path === 'texts[7]'));
  });

  test('merge joins a chunked catalogue into the whole catalogue again, items in their order', () => {
    const folder = split('join');
    const out = join(dir, 'joined.json');
    const result = zwgk('merge', join(folder, 'index.json'), '-o', out);
    assert.equal(result.code, 0, result.out);
    const joined = read(out);
    const original = sample();
    assert.deepEqual(joined.items, original.items);
    assert.deepEqual({ ...joined, schemaVersion: original.schemaVersion }, original);
    assert.equal(zwgk('validate', out).code, 0);
  });

  test('merge takes a chunked county catalogue with its townships', () => {
    const folder = split('county');
    const out = join(dir, 'merged.json');
    const result = zwgk('merge', join(folder, 'index.json'), join(root, 'demo/data/guandi-xiang.json'), '-o', out);
    assert.equal(result.code, 0, result.out);
    assert.ok(read(out).items.length > 210);
  });

  test('split by jurisdiction puts each township’s items in a chunk of its own', () => {
    const whole = sample();
    whole.jurisdiction.children = [{ name: '关堤乡', level: 'township' }];
    whole.items.forEach((item, i) => i % 2 && (item.jurisdiction = '关堤乡'));
    const file = join(dir, 'with-townships.json');
    writeFileSync(file, JSON.stringify(whole));
    const folder = join(dir, 'by-jurisdiction');
    const result = zwgk('split', file, '-o', folder, '--by', 'jurisdiction');
    assert.equal(result.code, 0, result.out);
    const index = read(join(folder, 'index.json'));
    assert.deepEqual(index.itemChunks.map((c) => [c.jurisdiction, c.itemCount]), [['示例县', 105], ['关堤乡', 105]]);
    assert.equal(zwgk('validate', join(folder, 'index.json')).code, 0);
  });

  test('split refuses an invalid catalogue, a chunked one, and a wrong --by', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "schemaVersion": "1.0.0" }');
    assert.equal(zwgk('split', broken, '-o', join(dir, 'x')).code, 1);
    const folder = split('twice');
    assert.equal(zwgk('split', join(folder, 'index.json'), '-o', join(dir, 'y')).code, 2);
    assert.equal(zwgk('split', join(root, 'demo/data/shixian.json'), '-o', join(dir, 'z'), '--by', 'county').code, 2);
  });
});
