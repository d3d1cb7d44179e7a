// `zwgk export`: the wide table as Excel (one sheet per domain, in the 26-domain order) or CSV,
// read back with exceljs to check what an editor would open.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const root = new URL('../../', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
const zwgk = (...args) => spawnSync(process.execPath, [join(root, 'bin/zwgk.mjs'), ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'zwgk-export-'));
const catalogue = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
const COLUMNS = ['公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'];
/** 序号, the level columns (一级事项, 二级事项[, 三级…]), the familiar columns, then the optional ones and the ids. */
const headersOf = (row) => row.filter((h) => h !== undefined);

test('xlsx: one sheet per domain in the seed order, the familiar headers, every item once', async () => {
  const file = join(dir, 'table.xlsx');
  assert.equal(zwgk('export', 'demo/data/shixian.json', '-o', file).status, 0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const names = workbook.worksheets.map((ws) => ws.name);
  assert.deepEqual(names.slice(0, 3), ['城乡规划', '重大建设项目', '公共资源交易']);
  assert.equal(names.length, 28);
  let rows = 0;
  for (const ws of workbook.worksheets) {
    const headers = headersOf(ws.getRow(1).values);
    assert.deepEqual(headers.slice(0, 3), ['序号', '一级事项', '二级事项']);
    assert.deepEqual(headers.filter((h) => COLUMNS.includes(h)), COLUMNS);
    assert.deepEqual(headers.slice(-2), ['事项编码', '事项ID']);
    rows += ws.rowCount - 1;
  }
  assert.equal(rows, catalogue.items.length);
  const sheet = workbook.getWorksheet('社会救助');
  const headers = headersOf(sheet.getRow(1).values);
  const first = sheet.getRow(2).values.slice(1);
  const expected = catalogue.items.filter((i) => i.domainId === 'shehui-jiuzhu').sort((a, b) => a.order - b.order)[0];
  assert.equal(first[headers.indexOf('一级事项')], expected.matter);
  assert.equal(first[headers.indexOf('事项ID')], expected.id);
  assert.match(first[headers.indexOf('公开渠道和载体')], /^■/);
});

test('--one-sheet puts every item on one sheet; csv has a BOM, a 领域 column and the familiar columns', async () => {
  const xlsx = join(dir, 'one.xlsx');
  zwgk('export', 'demo/data/shixian.json', '-o', xlsx, '--one-sheet');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  assert.equal(workbook.worksheets.length, 1);
  assert.equal(workbook.worksheets[0].rowCount, catalogue.items.length + 1);
  const csv = join(dir, 'table.csv');
  assert.equal(zwgk('export', 'demo/data/shixian.json', '-o', csv).status, 0);
  const text = readFileSync(csv, 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff);
  const header = text.slice(1).split('\r\n')[0].split(',');
  assert.deepEqual(header.slice(0, 2), ['序号', '领域']);
  assert.deepEqual(header.filter((h) => COLUMNS.includes(h)), COLUMNS);
});

test('a wrong output type or a missing -o is a usage error', () => {
  assert.equal(zwgk('export', 'demo/data/shixian.json', '-o', join(dir, 'table.pdf')).status, 2);
  assert.equal(zwgk('export', 'demo/data/shixian.json').status, 2);
});
