// `zwgk import`: the county tables in test/fixtures/tables/ (written by
// scripts/generate-table-fixtures.mjs, modelled on DOMAIN-PRACTICE §1.5) become catalogues that
// validate, with every cell that could not be mapped reported at its sheet, row and column; an
// export imports back to the same items; unreadable files are refused with exit code 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { agencyNames, byName, channels, dir, fixture, importTable, root, tableFields, zwgk } from '../helpers/import-cli.mjs';

test('社会救助 with a two-row header, √ sub-columns and merged cells imports every row', () => {
  const { catalogue, report } = importTable(fixture('shehui-jiuzhu.xlsx'), '--jurisdiction', '示例县');
  assert.equal(catalogue.items.length, 9);
  assert.deepEqual(catalogue.domains.map((d) => d.id), ['shehui-jiuzhu']);
  assert.deepEqual(report.warnings.map((w) => `${w.ref} ${w.code}`), ['社会救助!A13 legend-row']);
  // 综合业务 and its 公开依据 are merged over two rows: the second row has both.
  const supervision = byName(catalogue, '监督检查');
  assert.equal(supervision.matter, '综合业务');
  assert.deepEqual(supervision.basis, byName(catalogue, '政策法规文件').basis);
  // The √ columns: 审核信息 is for 特定群体, published at the township only.
  const review = catalogue.items.find((i) => i.matter === '最低生活保障' && i.name === '审核信息');
  assert.equal(review.audience, '特定群体');
  assert.deepEqual(review.levels, ['township']);
  assert.deepEqual(review.timeLimit, { text: '10个工作日内，公示7个工作日', amount: 10, unit: 'working_day', windowDays: 7 });
  // ■ required, □ optional; two bodies split and created once.
  const first = byName(catalogue, '政策法规文件');
  assert.deepEqual(channels(first), ['■website_column', '□reading_point', '□service_hall']);
  assert.deepEqual(agencyNames(catalogue, first), ['县民政局', '乡镇人民政府（街道办事处）']);
  assert.deepEqual(first.timeLimit, { text: '制定或获取信息之日起10个工作日内', amount: 10, unit: 'working_day', trigger: 'formed_or_changed' });
  assert.deepEqual(first.basis[1], { title: '社会救助暂行办法', docNo: '国务院令第649号' });
  assert.equal(catalogue.agencies.filter((a) => a.name === '县民政局').length, 1);
  const approval = catalogue.items.find((i) => i.matter === '临时救助' && i.name === '审批信息');
  assert.equal(approval.mode, '依申请');
  assert.deepEqual(approval.basis, [{ title: '民发〔2018〕23号', docNo: '民发〔2018〕23号' }]);
});

test('a township workbook: one sheet per domain, 过程 column, 同上, 口 for □, local level labels', () => {
  const { catalogue, report, stderr } = importTable(fixture('guandi-xiang.xlsx'), '--jurisdiction', '关堤乡', '--parent', '示例县');
  assert.equal(catalogue.jurisdiction.level, 'township');
  assert.equal(catalogue.items.length, 11);
  assert.deepEqual(catalogue.domains.map((d) => d.name), ['农村危房改造', '义务教育', '财政预决算']);
  assert.deepEqual(report.warnings, []);
  assert.match(stderr, /未导入隐藏的工作表：选项/);
  const policy = byName(catalogue, '危房改造政策');
  assert.deepEqual(channels(policy), ['■website_column', '□new_media', '■meeting', '□reading_point']);
  assert.deepEqual(policy.levels, ['township', 'village']);
  assert.deepEqual(policy.stages, ['决策']);
  const review = byName(catalogue, '申请审核');
  assert.deepEqual(channels(review), ['■notice_board:社区/企事业单位/村公示栏（电子屏）', '□new_media:政务新媒体']);
  assert.equal(review.audience, '特定群体');
  assert.deepEqual(review.basis, policy.basis, '同上 takes the basis of the row above');
  assert.equal(review.timeLimit.text, policy.timeLimit.text);
  assert.deepEqual(byName(catalogue, '公示结果').levels, ['village']);
  assert.equal(byName(catalogue, '公示结果').matter, '补助对象认定', 'the merged 一级事项 reaches the second row');
  assert.deepEqual(byName(catalogue, '资金使用情况').timeLimit, { text: '每年3月底前', trigger: 'periodic', recurrence: 'annual' });
  assert.deepEqual(byName(catalogue, '预算公开').timeLimit, { text: '本级人民代表大会或其常务委员会批准后20日内', amount: 20, unit: 'day', trigger: 'event' });
  assert.deepEqual(byName(catalogue, '预算公开').levels, ['township'], '镇（街）级');
  assert.equal(byName(catalogue, '办学基本信息').mode, '依申请');
  assert.deepEqual(byName(catalogue, '规范性文件').stages, ['决策', '结果']);
  const education = catalogue.agencies.find((a) => a.name === '示例县教育局');
  assert.equal(education.level, 'county');
});

test('a GBK CSV is detected, decoded and read; its 领域 column and blank cells continue from above', () => {
  const { catalogue, report, stderr } = importTable(fixture('yiwu-jiaoyu-gbk.csv'), '--jurisdiction', '示例县');
  assert.match(stderr, /yiwu-jiaoyu-gbk\.csv：按 GBK 编码读取/);
  assert.deepEqual(report.warnings, []);
  assert.deepEqual(catalogue.items.map((i) => `${catalogue.domains.find((d) => d.id === i.domainId).name}/${i.matter}/${i.name}`), [
    '义务教育/招生管理/招生计划', '义务教育/招生管理/招生范围', '义务教育/招生管理/入学结果',
    '医疗卫生/医疗机构/医疗机构名录', '医疗卫生/医疗机构/收费标准',
  ]);
  const result = byName(catalogue, '入学结果');
  assert.equal(result.audience, '特定群体', '特定对象 is a variant of 特定群体');
  assert.equal(result.timeLimit.text, '信息形成或者变更之日起20个工作日内');
  assert.deepEqual(agencyNames(catalogue, result), ['示例县教育局']);
  assert.deepEqual(agencyNames(catalogue, byName(catalogue, '收费标准')), ['示例县医疗保障局']);
});

test('a table with mistakes: each one is a warning at its cell, no row is lost, the result still validates', () => {
  const { catalogue, report, stderr } = importTable(fixture('mistakes.xlsx'), '--jurisdiction', '示例县');
  assert.deepEqual(report.warnings.map((w) => `${w.ref} ${w.code}`), [
    '社会救助!L2 unknown-column',
    '社会救助!I5 unknown-channel',
    '社会救助!J6 unknown-mode',
    '社会救助!K7 unknown-level',
    '社会救助!G8 empty-basis',
    '社会救助!E9 empty-time-limit',
    '社会救助!C10 duplicate-item',
    '社会救助!D11 continuation-row',
    '社会救助!F12 unknown-audience',
    '社会救助!A16 legend-row',
  ]);
  assert.ok(stderr.split('\n').includes('社会救助!F12: 未识别的公开对象 “部分群众”，按“全社会”导入'));
  // 14 rows below the header: 10 items + 1 blank + 1 note + 1 repeated header + 1 merged into the row above.
  assert.deepEqual(report.rows, [{ sheet: '社会救助', read: 14, blank: 1, legend: 1, repeatedHeader: 1, section: 0, merged: 1, emptyProcess: 0, filled: 0 }]);
  assert.equal(catalogue.items.length, 10);
  assert.ok(stderr.includes('读取 1 个工作表、14 行：导入 10 个事项，空行 1，说明行 1，重复表头 1，标题行 0，并入上一行 1'));
  const duplicates = catalogue.items.filter((i) => i.name === '监督检查');
  assert.equal(duplicates.length, 2);
  assert.match(duplicates[1].content, /监督电话：0373-12345$/, 'the split cell continues the content of the row above');
  assert.deepEqual(channels(byName(catalogue, '办事指南')), ['■website_column', '□other:乡村大喇叭']);
  assert.equal(catalogue.items.find((i) => i.matter === '特困人员救助供养').basis[0].title, '中华人民共和国政府信息公开条例');
  assert.deepEqual(agencyNames(catalogue, byName(catalogue, '资金物资')), ['县应急管理局', '县民政局']);
});

test('--unchecked ignore leaves □ channels out', () => {
  const { catalogue } = importTable(fixture('shehui-jiuzhu.xlsx'), '--jurisdiction', '示例县', '--unchecked', 'ignore');
  assert.deepEqual(channels(byName(catalogue, '政策法规文件')), ['■website_column']);
});

for (const [file, message] of [
  ['corrupt.xlsx', /“corrupt\.xlsx” 已损坏/],
  ['empty.csv', /“empty\.csv” 是空的/],
  ['encrypted.xlsx', /设置了打开密码（已加密）/],
  ['catalogue.docx', /是 Word 文档；请把其中的表格复制到 Excel/],
  ['empty-sheet.xlsx', /Sheet1!A1: 工作表是空的[\s\S]*表格中没有找到任何公开事项，未写入/],
]) {
  test(`${file} is refused with a clear message and exit code 1, and nothing is written`, () => {
    const out = join(dir, `${file}.json`);
    const result = zwgk('import', fixture(file), '--jurisdiction', '示例县', '-o', out);
    assert.equal(result.status, 1);
    assert.match(result.stderr, message);
    assert.equal(existsSync(out), false);
  });
}

const sample = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));

for (const [label, file, extra] of [['xlsx, one sheet per domain', 'rt.xlsx', []], ['xlsx, one sheet', 'rt-one.xlsx', ['--one-sheet']], ['csv', 'rt.csv', []]]) {
  test(`round trip (${label}): the 210 sample items come back field for field`, () => {
    const table = join(dir, file);
    assert.equal(zwgk('export', 'demo/data/shixian.json', '-o', table, ...extra).status, 0);
    const { catalogue, report } = importTable(table, '--jurisdiction', '示例县');
    assert.deepEqual(report.warnings, []);
    assert.equal(catalogue.items.length, sample.items.length);
    const imported = new Map(catalogue.items.map((item) => [item.id, item]));
    for (const item of sample.items) {
      assert.ok(imported.has(item.id), `${item.id} is missing`);
      assert.deepEqual(tableFields(catalogue, imported.get(item.id)), tableFields(sample, item), item.id);
    }
  });
}

test('round trip with --base: every item is identical, including what a table cannot hold (points, links, records)', () => {
  const table = join(dir, 'base.xlsx');
  zwgk('export', 'demo/data/shixian.json', '-o', table);
  const { catalogue } = importTable(table, '--base', 'demo/data/shixian.json');
  assert.deepEqual(catalogue.items, sample.items);
  assert.equal(catalogue.updatedAt, sample.updatedAt, 'nothing changed, so the date stays');
  assert.deepEqual(catalogue.agencies, sample.agencies);
  assert.deepEqual(catalogue.policies, sample.policies);
});

test('an imported table exports and imports back to the same catalogue items', () => {
  const first = importTable(fixture('guandi-xiang.xlsx'), '--jurisdiction', '关堤乡');
  const table = join(dir, 'again.xlsx');
  assert.equal(zwgk('export', first.out, '-o', table).status, 0);
  const second = importTable(table, '--jurisdiction', '关堤乡');
  // The export lists domains in the 26-domain order, so compare item by item.
  const sorted = (items) => [...items].sort((a, b) => a.id.localeCompare(b.id));
  assert.equal(second.catalogue.items.length, 11);
  assert.deepEqual(sorted(second.catalogue.items), sorted(first.catalogue.items));
});

test('an edit made in Excel shows in zwgk diff as exactly the edited fields', async () => {
  const table = join(dir, 'edited.xlsx');
  zwgk('export', 'demo/data/shixian.json', '-o', table);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(table);
  const sheet = workbook.getWorksheet('社会救助');
  const headers = sheet.getRow(1).values;
  const row = sheet.getRow(3);
  const id = row.getCell(headers.indexOf('事项ID')).value;
  row.getCell(headers.indexOf('公开时限')).value = '制定或获取信息之日起5个工作日内';
  row.getCell(headers.indexOf('公开方式')).value = '依申请公开';
  row.commit();
  await workbook.xlsx.writeFile(table);
  const { out } = importTable(table, '--base', 'demo/data/shixian.json');
  const diff = JSON.parse(zwgk('diff', 'demo/data/shixian.json', out, '--json').stdout);
  assert.deepEqual(diff.added, []);
  assert.deepEqual(diff.removed, []);
  assert.deepEqual(diff.changed.map((c) => [c.id, c.fields.map((f) => f.field)]), [[id, ['mode', 'timeLimit', 'updatedAt']]]);
  const timeLimit = diff.changed[0].fields.find((f) => f.field === 'timeLimit').after;
  assert.deepEqual(timeLimit, { text: '制定或获取信息之日起5个工作日内', amount: 5, unit: 'working_day', trigger: 'formed_or_changed' });
});

test('an imported township table checked against the county: its copies of county-level items are reported by zwgk merge --check', () => {
  const { out } = importTable(fixture('guandi-xiang.xlsx'), '--jurisdiction', '关堤乡', '--parent', '示例县');
  const check = zwgk('merge', 'demo/data/shixian.json', out, '--check', '--json');
  assert.equal(check.status, 1);
  const problems = JSON.parse(check.stdout).problems.filter((p) => p.severity === 'error');
  // 规范性文件 and 招生政策 are published by 示例县教育局 at county level: the county catalogue already lists them.
  assert.deepEqual(problems.map((p) => [p.code, p.path]), [['duplicate-item', 'items[4]'], ['duplicate-item', 'items[6]']]);
});

test('a table without a column gets one warning for the sheet; a value the format refuses is reported at its cell and nothing is written', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('社会救助');
  sheet.addRow(['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开层级']);
  for (let n = 1; n <= 30; n++) sheet.addRow([n, '最低生活保障', `事项${n}`, '办理条件', '《社会救助暂行办法》', '20个工作日', '县民政局', '■政府网站', '全社会', '县级']);
  sheet.addRow([31, '最低生活保障', '名单', '低保对象名单', '《社会救助暂行办法》', `信息形成之日起${'并按要求'.repeat(130)}`, '县民政局', '■政府网站', '全社会', '县级']);
  const file = join(dir, 'no-mode.xlsx');
  await workbook.xlsx.writeFile(file);
  const out = join(dir, 'no-mode.json');
  const result = zwgk('import', file, '--jurisdiction', '示例县', '-o', out);
  assert.equal(result.status, 1);
  const lines = result.stderr.split('\n');
  assert.deepEqual(lines.filter((l) => l.includes('公开方式')), ['社会救助!A1: 表格中没有“公开方式”列，本工作表的每个事项：公开方式为空，按“主动”导入']);
  assert.ok(lines.includes('  社会救助!F32: items[30].timeLimit.text: 文字过长（最多 500 个字符）'), result.stderr);
  assert.equal(existsSync(out), false);
});

for (const bad of ['2026-13-45', '2026-02-30', 'foo', '20261122']) {
  test(`import --date ${bad} is one usage error (exit 2) before any file is read, and nothing is written`, () => {
    const out = join(dir, `date-${bad}.json`);
    const result = zwgk('import', fixture('shehui-jiuzhu.xlsx'), '--jurisdiction', '示例县', '--date', bad, '-o', out);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 3, result.stderr); // the error in Chinese, in English, and the usage line
    assert.match(lines[0], /^zwgk: --date/);
    assert.equal(existsSync(out), false);
    // Before any work: a missing file is not even looked at.
    assert.match(zwgk('import', join(dir, 'no-such-table.xlsx'), '--jurisdiction', '示例县', '--date', bad).stderr, /--date/);
  });
}

test('a real leap day is a date; the importer writes it', () => {
  const { catalogue } = importTable(fixture('shehui-jiuzhu.xlsx'), '--jurisdiction', '示例县', '--date', '2028-02-29');
  assert.equal(catalogue.updatedAt, '2028-02-29');
});
