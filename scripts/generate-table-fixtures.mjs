// Writes the county tables that test/node/import.test.mjs imports, into test/fixtures/tables/.
// They are modelled on the published catalogues quoted in DOMAIN-PRACTICE §1.2–§1.5 (天津宝坻 and
// 腾冲 社会救助, 南宁良庆 with its 过程 column, 香山街道 义务教育), with the layouts those tables
// really have: a title row, a two-row header with √ sub-columns, vertically merged 一级事项 and
// 公开依据 cells, ■/□ channel lists (口 for □ when pasted from Word), "同上", a legend row, a hidden
// sheet, a GBK-encoded CSV, and one table full of mistakes. Run: node scripts/generate-table-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import XlsxPopulate from 'xlsx-populate';
import { zipSync, strToU8 } from 'fflate';

const dir = new URL('../test/fixtures/tables/', import.meta.url);
mkdirSync(dir, { recursive: true });
const out = (name) => new URL(name, dir).pathname;

const 条例 = '《中华人民共和国政府信息公开条例》（国务院令第711号）';
const 暂行办法 = '《社会救助暂行办法》（国务院令第649号）';

/** Fills rows from `first`, merging the cells named in `merges` ("B4:B5"). */
function sheetWith(workbook, name, rows, merges, first = 1) {
  const ws = workbook.addWorksheet(name);
  rows.forEach((row, i) => {
    const excelRow = ws.getRow(first + i);
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) excelRow.getCell(c + 1).value = value;
    });
    excelRow.commit();
  });
  for (const range of merges) ws.mergeCells(range);
  return ws;
}

/* 1. 社会救助, two-row header with √ sub-columns, merged cells (天津宝坻 / 腾冲 layout). */
async function socialAssistance() {
  const workbook = new ExcelJS.Workbook();
  const channels = '■政府网站 □公开查阅点 □政务服务中心';
  const rows = [
    ['示例县社会救助领域基层政务公开标准目录'],
    ['序号', '公开事项', null, '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', null, '公开方式', null, '公开层级', null],
    [null, '一级事项', '二级事项', null, null, null, null, null, '全社会', '特定群体', '主动', '依申请', '县级', '乡级'],
    [1, '综合业务', '政策法规文件', '《社会救助暂行办法》及本县配套文件：\n●文件名称\n●文号\n●发文部门', `${条例}；${暂行办法}`, '制定或获取信息之日起10个工作日内', '县民政局、乡镇人民政府（街道办事处）', channels, '√', null, '√', null, '√', '√'],
    [2, null, '监督检查', '社会救助信访通讯地址、投诉举报电话', null, null, null, '■政府网站 ■社区/企事业单位/村公示栏（电子屏）', '√', null, '√', null, '√', '√'],
    [3, '最低生活保障', '办事指南', '办理事项、办理条件、最低生活保障标准、申请材料、办理流程、办理时间、地点、联系方式', `${暂行办法}；《最低生活保障审核确认办法》（民发〔2021〕57号）`, '制定或获取信息之日起10个工作日内', '县民政局', '■政府网站 ■公开查阅点 ■村公示栏', '√', null, '√', null, '√', '√'],
    [4, null, '审核信息', '初审对象名单及相关信息', null, '10个工作日内，公示7个工作日', '乡镇人民政府（街道办事处）', '■社区/企事业单位/村公示栏（电子屏）', null, '√', '√', null, null, '√'],
    [5, null, '审批信息', '低保对象名单及相关信息', null, '10个工作日内', '县民政局', '■政府网站 ■村公示栏', null, '√', '√', null, '√', null],
    [6, '特困人员救助供养', '办事指南', '办理事项、办理条件、申请材料、办理流程、办理时间、地点、联系方式', '《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）', '20个工作日', '县民政局、乡镇人民政府（街道办事处）', channels, '√', null, '√', null, '√', '√'],
    [7, null, '审批信息', '特困人员名单、终止供养名单', '《特困人员认定办法》（民发〔2021〕43号）', '20个工作日', '县民政局', '■政府网站 □公开查阅点', null, '√', '√', null, '√', null],
    [8, '临时救助', '办事指南', '办理事项、办理条件、申请材料、办理流程、联系方式', '《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）', '20个工作日', '县民政局、乡镇人民政府（街道办事处）', channels, '√', null, '√', null, '√', '√'],
    [9, null, '审批信息', '临时救助对象名单、救助金额', '民发〔2018〕23号', '20个工作日', '县民政局', '■政府网站', null, '√', null, '√', '√', null],
    ['注：■表示必选项，□表示可选项；√表示适用。'],
  ];
  const merges = ['A1:N1', 'A2:A3', 'B2:C2', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:J2', 'K2:L2', 'M2:N2',
    'B4:B5', 'E4:E5', 'F4:F5', 'G4:G5', 'B6:B8', 'E6:E8', 'B9:B10', 'B11:B12', 'A13:N13'];
  sheetWith(workbook, '社会救助', rows, merges);
  await workbook.xlsx.writeFile(out('shehui-jiuzhu.xlsx'));
}

/* 2. A township workbook, one sheet per domain, with a 过程 column (南宁良庆 layout). */
async function township() {
  const workbook = new ExcelJS.Workbook();
  const header = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体（■表示必选项，□表示可选项）', '公开对象', '公开方式', '公开层级', '过程'];
  const weifang = '《住房和城乡建设部 财政部 民政部 国务院扶贫办关于决战决胜脱贫攻坚进一步做好农村危房改造工作的通知》（建村〔2019〕83号）';
  sheetWith(workbook, '农村危房改造', [
    header,
    [1, '政策文件', '危房改造政策', '补助对象、补助标准、申请条件、办理程序', weifang, '信息形成或者变更之日起20个工作日内', '关堤乡人民政府', '■政府网站 □两微一端 ■会议 口公开查阅点', '全社会', '主动公开', '镇级、村级', '决策公开'],
    [2, '补助对象认定', '申请审核', '申请人姓名、所在村组、审核结果', '同上', '同上', '关堤乡人民政府', '■社区/企事业单位/村公示栏（电子屏） □其他：政务新媒体', '特定群众', '主动公开', '乡、村级', '执行公开'],
    [3, null, '公示结果', '拟补助对象名单、补助标准、公示期', '同上', '信息形成之日起10个工作日内，公示7个工作日', '关堤乡人民政府、各村民委员会', '■社区/企事业单位/村公示栏（电子屏）', '特定群众', '主动公开', '村级', '结果公开'],
    [4, '资金管理', '资金使用情况', '补助资金拨付、使用情况', '同上', '每年3月底前', '关堤乡财政所', '■政府网站 ■公示栏', '全社会', '主动公开', '镇级', '管理公开'],
  ], ['B3:B4']);
  sheetWith(workbook, '义务教育', [
    header,
    [1, '政策文件', '规范性文件', '部门和地方政府规章、各类教育政策文件', '《中华人民共和国义务教育法》', '信息形成或者变更之日起20个工作日内', '示例县教育局', '■政府网站 □两微一端', '全社会', '主动', '县级', '决策、结果'],
    [2, '教育概况', '义务教育学校名录', '学校名称、学校地址、办学层次、办学类型、办公电话', '同上', '同上', '关堤乡中心学校', '■政府网站 ■公开查阅点', '全社会', '主动', '乡级', '服务'],
    [3, '招生管理', '招生政策', '随迁子女入学办法', '同上', '同上', '示例县教育局', '■政府网站', '全社会', '主动', '县级、乡级', '决策'],
    [4, null, '招生范围', '招生范围、学区划分详细情况', '同上', '同上', '关堤乡中心学校', '■政府网站 ■社区/企事业单位/村公示栏（电子屏）', '全社会', '主动', '乡级', '服务'],
    [5, '民办学校信息', '办学基本信息', '学校名称、办学许可证、办学规模、联系方式', '《中华人民共和国民办教育促进法》', '同上', '示例县教育局', '■政府网站', '全社会', '依申请公开', '县级', '结果'],
  ], ['B5:B6']);
  sheetWith(workbook, '财政预决算', [
    header,
    [1, '政府预算', '预算公开', '一般公共预算收支预算表、支出预算明细表（经济分类、功能分类）；政府性基金预算收支表', '《中华人民共和国预算法》；《地方预决算公开操作规程》（财预〔2016〕143号）', '本级人民代表大会或其常务委员会批准后20日内', '关堤乡财政所', '■政府网站', '全社会', '主动', '镇（街）级', '结果'],
    [2, '政府决算', '决算公开', '一般公共预算收支决算表、三公经费决算情况说明', '同上', '同上', '关堤乡财政所', '■政府网站', '全社会', '主动', '镇（街）级', '结果'],
  ], []);
  const lists = workbook.addWorksheet('选项', { state: 'hidden' });
  lists.addRow(['全社会', '特定群体']);
  await workbook.xlsx.writeFile(out('guandi-xiang.xlsx'));
}

/* 3. A GBK CSV (Excel on Chinese Windows), two domains in a 领域 column, merged cells lost as blanks. */
function gbkCsv() {
  const rows = [
    ['序号', '领域', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'],
    ['1', '义务教育', '招生管理', '招生计划', '各校本年度招生计划', '《中华人民共和国义务教育法》；《教育部关于做好义务教育招生入学工作的通知》', '信息形成或者变更之日起20个工作日内', '示例县教育局', '■政府网站 ■公开查阅点', '全社会', '主动', '县级'],
    ['2', '', '', '招生范围', '招生范围、学区划分详细情况', '', '', '', '■政府网站 ■社区/企事业单位/村公示栏（电子屏）', '全社会', '主动', '县级、乡级'],
    ['3', '', '', '入学结果', '录取结果查询方式、咨询电话', '', '', '', '■政府网站', '特定对象', '依申请', '县级'],
    ['4', '医疗卫生', '医疗机构', '医疗机构名录', '机构名称、地址、诊疗科目、联系电话', '《医疗卫生服务单位信息公开管理办法》（国家卫生健康委令第5号）', '实时公开', '示例县卫生健康委员会', '■政府网站 □两微一端', '全社会', '主动', '县级'],
    ['5', '', '', '收费标准', '医疗服务项目价格、药品价格', '', '', '示例县医疗保障局', '■政府网站 ■政务服务中心', '全社会', '主动', '县级'],
  ];
  const cell = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
  writeFileSync(out('yiwu-jiaoyu-gbk.csv'), iconv.encode(text, 'gbk'));
}

/* 4. A table with the mistakes editors make; test/node/import.test.mjs lists the warning expected at each cell. */
async function mistakes() {
  const workbook = new ExcelJS.Workbook();
  const header = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开时限', '公开对象', '公开依据', '公开主体', '公开渠道和载体', '公开方式', '公开层级', '备注'];
  const ok = (n, l1, l2, content, extra = {}) => {
    const row = [n, l1, l2, content, '10个工作日内', '全社会', 暂行办法, '县民政局', '■政府网站', '主动', '县级', ''];
    for (const [column, value] of Object.entries(extra)) row['ABCDEFGHIJKL'.indexOf(column)] = value;
    return row;
  };
  sheetWith(workbook, '社会救助', [
    ['示例县社会救助领域标准目录（2026年修订稿）'],
    header,
    ok(1, '综合业务', '政策法规文件', '文件名称、文号、发文部门', { L: '2025年新增' }), // row 3
    ok(2, '综合业务', '监督检查', '信访通讯地址、投诉举报电话'), // row 4
    ok(3, '最低生活保障', '办事指南', '办理条件、申请材料', { I: '■政府网站 □乡村大喇叭' }), // row 5: unknown channel
    ok(4, '最低生活保障', '审核信息', '初审对象名单', { J: '公开' }), // row 6: unknown mode
    ok(5, '最低生活保障', '审批信息', '低保对象名单', { K: '组级' }), // row 7: unknown level
    ok(6, '特困人员救助供养', '办事指南', '办理条件、申请材料', { G: '' }), // row 8: no basis
    ok(7, '临时救助', '办事指南', '办理条件、申请材料', { E: '' }), // row 9: no time limit
    ok(8, '综合业务', '监督检查', '信访通讯地址、投诉举报电话'), // row 10: repeats row 4
    [null, null, null, '（续上行）监督电话：0373-12345'], // row 11: a cell Word split in two
    ok(9, '受灾人员救助', '救助信息', '救助对象、救助标准', { F: '部分群众' }), // row 12: unknown audience
    [], // row 13
    header, // row 14: the header repeated on a new page
    ok(10, '受灾人员救助', '资金物资', '款物管理使用情况', { H: '县应急管理局、县民政局' }), // row 15
    ['注：本表由各责任单位于每年1月底前更新。'], // row 16
  ], ['A1:L1', 'A16:L16']);
  await workbook.xlsx.writeFile(out('mistakes.xlsx'));
}

/* 5. Files that are not readable tables. */
async function brokenFiles() {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('社会救助').addRow(['序号', '公开事项', '公开内容']);
  const valid = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(out('corrupt.xlsx'), valid.subarray(0, Math.floor(valid.length / 2)));
  writeFileSync(out('empty.csv'), '');
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1');
  await empty.xlsx.writeFile(out('empty-sheet.xlsx'));
  const encrypted = await XlsxPopulate.fromBlankAsync();
  encrypted.sheet(0).cell('A1').value('序号');
  await encrypted.toFileAsync(out('encrypted.xlsx'), { password: 'zwgk2026' });
  writeFileSync(out('catalogue.docx'), zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
  }));
}

await socialAssistance();
await township();
gbkCsv();
await mistakes();
await brokenFiles();
console.log(`table fixtures written to ${dir.pathname}`);
