// Writes the county tables that test/node/import.test.mjs imports, into test/fixtures/tables/.
// They are modelled on the published catalogues quoted in DOMAIN-PRACTICE §1.2–§1.6 (天津宝坻 and
// 腾冲 社会救助, 南宁良庆 with its 过程 column, 香山街道 义务教育, the 东阳 / 黄石 / 荣昌 variants of
// the 标准指引 template) and on the seeds' own annexes (seed 003 附件4 事项目录标准梳理表, seed 000's
// 试点领域及责任单位一览表 and 任务分工, seed 004's 责任清单), with the layouts those tables really
// have: a title row, a two-row header with √ sub-columns, vertically merged 一级事项 and 公开依据
// cells, ■/□ channel lists (口 for □ when pasted from Word), "同上", a legend row, a hidden sheet,
// one row per 过程 left blank where a process does not apply, the 26 domains in the top column,
// GBK-encoded CSVs, saved CMS pages (rowspan/colspan, GBK declared or not), and one table full of
// mistakes. Our own rows, not copies. Run: node scripts/generate-table-fixtures.mjs
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
  Object.assign(SOCIAL_ASSISTANCE, { rows, merges });
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

/** Excel's A1 reference → 0-based [row, column]. */
function position(ref) {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref);
  return [Number(digits) - 1, [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1];
}

/** The same rows as an HTML table: each merge becomes a rowspan/colspan on its first cell, the cells it covers are left out. */
function htmlTable(rows, merges, attributes = 'border="1" cellspacing="0" class="MsoNormalTable"') {
  const spans = new Map();
  const covered = new Set();
  for (const range of merges) {
    const [from, to] = range.split(':').map(position);
    spans.set(`${from[0]},${from[1]}`, { rowspan: to[0] - from[0] + 1, colspan: to[1] - from[1] + 1 });
    for (let r = from[0]; r <= to[0]; r++) for (let c = from[1]; c <= to[1]; c++) if (r !== from[0] || c !== from[1]) covered.add(`${r},${c}`);
  }
  const width = Math.max(...rows.map((row) => row.length));
  const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
  const lines = rows.map((row, r) => {
    const cells = [];
    for (let c = 0; c < width; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const span = spans.get(`${r},${c}`);
      const value = row[c];
      const attrs = span ? `${span.rowspan > 1 ? ` rowspan="${span.rowspan}"` : ''}${span.colspan > 1 ? ` colspan="${span.colspan}"` : ''}` : '';
      // Word pastes wrap text in <p><span>; some cells are left unclosed, as CMS editors leave them.
      cells.push(`<td${attrs} valign="top"><p class="MsoNormal"><span style="font-size:10.5pt">${value === null || value === undefined ? '&nbsp;' : escape(value)}</span></p>${c % 5 === 4 ? '' : '</td>'}`);
    }
    return `  <tr>${cells.join('\n    ')}</tr>`;
  });
  return `<table ${attributes}>\n<tbody>\n${lines.join('\n')}\n</tbody>\n</table>`;
}

/** A saved TRS/大汉-style article page: navigation and layout tables around the catalogue table. */
function cmsPage({ title, charset, body }) {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
${charset ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}" />\n` : ''}<title>${title}_示例县人民政府</title>
<script type="text/javascript">var _hmt = _hmt || []; document.write('<table><tr><td>序号</td><td>公开事项</td></tr></table>');</script>
<style>table.MsoNormalTable{border-collapse:collapse}</style>
</head>
<body>
<table width="1000" align="center"><tr><td><a href="/">首页</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/hdjl/">互动交流</a></td></tr></table>
<table width="1000" align="center" class="layout"><tr><td class="left"><ul><li>基层政务公开</li><li>标准目录</li></ul></td><td class="main">
<div class="title"><h1>${title}</h1></div>
<div class="info">发布时间：2026-11-20　来源：示例县人民政府办公室</div>
<div class="TRS_Editor">
${body}
</div>
</td></tr></table>
<table width="1000" align="center"><tr><td>主办：示例县人民政府办公室　网站标识码：4107990001</td></tr></table>
</body>
</html>
`;
}

/* 6. The 社会救助 table of (1) as a saved CMS page, GBK with <meta charset=gb2312>: rowspan/colspan for the merges. */
const SOCIAL_ASSISTANCE = {};

/* 7. Seed 003 附件4 事项目录标准梳理表 (兰山区): one row per 过程, blank where a process does not apply. */
const LANSHAN_HEADER = ['序号', '一级目录\n（事项类别）', '二级目录\n（事项名称）', '三级目录\n（公开内容）', '过程', '项目类别', '公开标准', '公开依据', '公开主体', '公开方式', '公开时限', '公开格式', '监督方式'];
const PROCESSES = ['决策', '执行', '管理', '服务', '结果', '发布', '解读', '回应', '互动', '其他'];
/** Blocks of process rows: [一级, 二级, 三级, processes, { process: [项目类别, 公开标准, 公开方式, 公开格式] }, 公开依据, 公开主体, 公开时限, 监督方式]. */
const LANSHAN_BLOCKS = [
  ['社会保险', '养老保险', '城乡居民基本养老保险参保缴费', PROCESSES, {
    执行: ['公共服务', '1. 参保范围 2. 缴费档次和标准 3. 缴费方式', '政府网站、公示栏、新闻发布会', '文本、图表'],
    服务: ['公共服务', '1、办理流程；2、办理地点；3、咨询电话', '办事大厅、便民服务窗口', '文本'],
  }, '《中华人民共和国社会保险法》；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', '兰山区人力资源和社会保障局', '信息形成或者变更之日起20个工作日内', '监督电话：0539-8311234；电子邮箱：lsrsj@example.gov.cn'],
  ['社会救助', '最低生活保障', '低保对象名单', PROCESSES.slice(0, 5), {
    执行: ['社会治理', '（1）户主姓名（2）所在村组（3）保障人数（4）保障金额', '公示栏、办事大厅', '文本'],
    结果: ['公共服务', '每季度公示本辖区低保对象名单及保障金额', '政府网站、公示栏', '文本、图表'],
  }, '《社会救助暂行办法》（国务院令第649号）', '兰山区民政局、各街道办事处', '每季度结束后10个工作日内', '监督电话：0539-8221100'],
  ['扶贫救灾', '智力扶贫', '教育资助政策落实情况', PROCESSES.slice(0, 3), {
    执行: ['公共服务', '1. 落实情况综述， 2. 主要工作， 3. 主要措施， 4. 群众反映， 5. 存在问题， 6. 下步打算， 7. 意见建议', '政府网站、政务新媒体', '文本'],
  }, '《国务院扶贫办2017年政务公开工作实施方案》；《山东省“十三五”脱贫攻坚规划》', '兰山区扶贫开发领导小组办公室', '信息形成或者变更之日起20个工作日内', '电子邮箱：lsfpb@example.gov.cn；地址：兰山区金雀山路9号'],
  ['涉农补贴', '耕地地力保护补贴', '补贴资金发放情况', PROCESSES.slice(0, 5), {
    决策: ['公共服务', '补贴实施方案及批复文件，包括补贴范围、补贴标准、补贴对象', '政府网站', '文本'],
    结果: ['公共服务', '补贴对象、补贴面积、补贴标准、补贴金额', '公示栏、广播', '文本、图表'],
  }, '《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）', '兰山区农业局', '补贴资金发放后10个工作日内，公示7个工作日', '监督电话：0539-8123456（工作日）'],
  ['养老服务', '高龄津贴', '高龄津贴发放名单', PROCESSES.slice(0, 5), {
    服务: ['公共服务', '申领条件\n申领材料\n办理流程', '政务新媒体、广播、电视、报纸', '文本、音频、视频'],
  }, '《山东省老年人权益保障条例》', '兰山区民政局', '实时公开', '电子邮箱、监督电话'],
];

/** The rows and merges of the 附件4 table; `merged` false gives a CSV's blanks instead of merges. */
function lanshanRows(merged) {
  const rows = [['兰山区基层政务公开标准化规范化试点工作事项目录标准梳理表'], LANSHAN_HEADER];
  const merges = ['A1:M1'];
  let seq = 1;
  for (const [l1, l2, l3, processes, filled, basis, subject, limit, supervision] of LANSHAN_BLOCKS) {
    const first = rows.length + 1;
    processes.forEach((process, i) => {
      const [category, standard, carrier, format] = filled[process] ?? [null, null, null, null];
      const top = i === 0 || merged;
      rows.push([seq++, i === 0 ? l1 : null, i === 0 ? l2 : null, i === 0 ? l3 : null, process, category, standard,
        i === 0 ? basis : null, i === 0 ? subject : null, carrier, top && i === 0 ? limit : null, format, i === 0 ? supervision : null]);
    });
    const last = rows.length;
    if (merged && last > first) for (const column of ['B', 'C', 'D', 'H', 'I', 'K', 'M']) merges.push(`${column}${first}:${column}${last}`);
  }
  rows.push([seq++], ['…']);
  return { rows, merges };
}

async function lanshan() {
  const workbook = new ExcelJS.Workbook();
  const { rows, merges } = lanshanRows(true);
  sheetWith(workbook, '附件4', rows, merges);
  await workbook.xlsx.writeFile(out('lanshan-biaozhun-shuli.xlsx'));
  const csv = lanshanRows(false).rows.map((row) => row.map((value) => (value === null || value === undefined ? '' : String(value)))
    .map((value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',')).join('\r\n');
  writeFileSync(out('lanshan-biaozhun-shuli.csv'), iconv.encode(`${csv}\r\n`, 'gbk'));
}

/* 8. A combined county table: the 26 domain names in 公开事项（一级事项）, once per domain, merged or left blank below. */
const COMBINED_DOMAINS = [
  '国土空间规划', '重大建设项目', '公共资源交易', '财政预决算', '安全生产', '税收管理', '征地补偿', '国有土地上房屋征收与补偿',
  '保障性住房', '农村危房改造', '生态环境', '公共文化服务', '公共法律服务', '扶贫', '救灾', '食品药品监管', '城市综合执法',
  '就业创业', '社会保险', '社会救助领域', '养老服务', '户籍管理', '涉农补贴', '义务教育', '卫生健康', '市政服务',
];
const COMBINED_MATTERS = [['政策文件', '规范性文件'], ['政策文件', '政策解读'], ['办事服务', '办事指南'], ['办事服务', '办理结果'], ['监督管理', '监督检查']];

async function combined() {
  const workbook = new ExcelJS.Workbook();
  const header = ['序号', '公开事项（一级事项）', '二级事项', '三级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'];
  const rows = [['示例县基层政务公开事项标准目录（26个试点领域）'], header];
  const merges = ['A1:L1'];
  COMBINED_DOMAINS.forEach((domain, d) => {
    const first = rows.length + 1;
    COMBINED_MATTERS.forEach(([matter, name], i) => {
      rows.push([rows.length - 1, i === 0 ? domain : null, matter, `${domain.replace(/领域$/, '')}${name}`, `${name}的名称、文号、发布日期`, 条例,
        '信息形成或者变更之日起20个工作日内', d % 2 ? '示例县人民政府办公室' : '示例县各有关部门', '■政府网站 □两微一端', '全社会', i === 3 ? '依申请' : '主动', '县级']);
    });
    // Half the domains are merged cells, half are left blank below the name (a CSV or a Word paste).
    if (d % 2 === 0) merges.push(`B${first}:B${rows.length}`);
  });
  sheetWith(workbook, '标准目录', rows, merges);
  await workbook.xlsx.writeFile(out('county-combined.xlsx'));
}

/* 9. The 标准指引 layouts counties adapted (DOMAIN-PRACTICE §1.2): 东阳 (公开 / 五公开 with ■□), 黄石 (公开时长, 公开范围, 公开渠道), 荣昌 (公开要求). */
async function guidelineLayouts() {
  const workbook = new ExcelJS.Workbook();
  sheetWith(workbook, '城乡规划', [
    ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开', '五公开', '公开对象', '公开方式', '公开层级'],
    [1, '规划制定', '总体规划', '规划图件及批复文件，包括规划期限、用地布局', '《中华人民共和国城乡规划法》', '批准后20个工作日内', '示例县自然资源局', '■政府网站 ■公开查阅点', '■文本 ■图表 □音频 □视频', '■决策 □执行 □管理 □服务 ■结果', '全社会', '主动', '县级'],
    [2, '规划许可', '建设工程规划许可证', '1.项目名称 2.建设单位 3.建设位置 4.建设规模', '《中华人民共和国城乡规划法》第四十条', '作出决定之日起7个工作日内', '示例县自然资源局', '■政府网站 □政务服务中心', '■文本 □图表 □音频 □视频', '□决策 □执行 ■管理 □服务 ■结果', '全社会', '主动', '县级/镇街乡'],
  ], []);
  sheetWith(workbook, '财政预决算', [
    ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开时长', '公开主体', '公开范围', '公开渠道'],
    [1, '政府预算', '一般公共预算收支预算表；政府性基金预算收支表；三公经费预算情况说明', '《中华人民共和国预算法》', '本级人民代表大会批准后20日内', '长期，最新有效', '示例县财政局', '全社会', '政府网站、政府公报'],
    [2, '部门决算', '部门决算收支总表、三公经费决算情况说明', '《地方预决算公开操作规程》（财预〔2016〕143号）', '本级政府财政部门批复后20日内', '任期内', '示例县各预算单位', '全社会', '政府网站'],
  ], []);
  sheetWith(workbook, '义务教育', [
    ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开要求', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'],
    [1, '招生管理', '招生政策', '随迁子女入学办法、招生范围', '依据《中华人民共和国义务教育法》，信息形成之日起20个工作日内公开，条目化展示', '示例县教育局', '■政府网站 ■12345政务服务热线', '全社会', '主动', '县级'],
    [2, '教育概况', '学校名录', '学校名称、学校地址、办学层次', '按《义务教育学校管理标准》（教基〔2017〕9号）要求，每年9月底前更新，可链接至上级教育部门栏目但要保持数据同源', '示例县教育局', '■政府网站 □政务公开专区', '全社会', '主动', '县级、乡级'],
  ], []);
  await workbook.xlsx.writeFile(out('biaozhun-zhiyin.xlsx'));
}

/* 10. Saved CMS pages: the 社会救助 table of (1) in GBK (declared gb2312, and undeclared), and a CMS "Excel" export that is HTML. */
function cmsPages() {
  const body = htmlTable(SOCIAL_ASSISTANCE.rows, SOCIAL_ASSISTANCE.merges);
  const declared = cmsPage({ title: '示例县社会救助领域基层政务公开标准目录', charset: 'gb2312', body });
  writeFileSync(out('shehui-jiuzhu-gb2312.html'), iconv.encode(declared, 'gbk'));
  // Undeclared, and without the title row inside the table: the page's heading names the domain.
  const withoutTitle = htmlTable(SOCIAL_ASSISTANCE.rows.slice(1), SOCIAL_ASSISTANCE.merges.slice(1).map((range) => range.replace(/\d+/g, (n) => String(Number(n) - 1))));
  const undeclared = cmsPage({ title: '示例县社会救助领域基层政务公开标准目录', charset: undefined, body: withoutTitle });
  writeFileSync(out('shehui-jiuzhu-undeclared.htm'), iconv.encode(undeclared, 'gbk'));
  // Many CMS "导出Excel" buttons send an HTML table named .xls.
  const rows = [['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'],
    [1, '招生管理', '招生计划', '各校本年度招生计划', '《中华人民共和国义务教育法》', '信息形成或者变更之日起20个工作日内', '示例县教育局', '■政府网站', '全社会', '主动', '县级'],
    [2, null, '招生范围', '招生范围、学区划分详细情况', '同上', '同上', '示例县教育局', '■政府网站 ■社区/企事业单位/村公示栏（电子屏）', '全社会', '主动', '县级、乡级']];
  writeFileSync(out('yiwu-jiaoyu-export.xls'), `<html><head><meta charset="utf-8"><title>义务教育</title></head><body>${htmlTable(rows, ['B2:B3'])}</body></html>`);
}

/* 11. Seed 000's annexes (凤泉区 实施方案): 试点领域及责任单位一览表 (several domains to a cell, the header repeated
   after a page break) and 任务分工及进度安排 (序号 and 工作任务 merged over their 具体事项, 指导单位 in brackets). */
async function planWorkbook() {
  const workbook = new ExcelJS.Workbook();
  const header = ['序号', '试点领域', '责任单位'];
  sheetWith(workbook, '附件1', [
    ['试点领域及责任单位一览表'], header,
    [1, '城乡规划领域、征地补偿领域', '区自然资源局'],
    [2, '重大建设项目领域、公共资源交易领域', '区发展改革委'],
    [3, '安全生产领域、救灾领域', '区应急管理局'],
    [4, '国有土地上房屋征收领域、保障性住房领域、农村危房改造领域、市政服务领域', '区住建局、城管局'],
    header, // the table continues on the next printed page
    [5, '城市综合执法领域', '区城管局'],
    [6, '社会救助领域、养老服务领域', '区民政局'],
    [7, '医疗卫生领域', '区卫健委、区医保局'],
  ], ['A1:C1']);
  sheetWith(workbook, '附件2', [
    ['基层政务公开标准化规范化工作任务分工及进度安排'],
    ['序号', '工作任务', '具体事项', '责任单位', '完成时间'],
    [1, '全面梳理政务公开事项', '（1）梳理规范基层政府权责清单，动态调整更新', '各乡镇（街道）、区政府各部门（指导单位：区委编办）', '2020年12月底'],
    [null, null, '（2）梳理规范基层政府公共服务清单，动态调整更新', '各乡镇（街道）、区政府各部门（指导单位：区政务服务中心）', '2020年12月底'],
    [2, '编制政务公开事项目录', '（3）制定区、乡两级政务公开事项清单', '各乡镇（街道）、区政府各部门（指导单位：区政府办）', '2020年12月底'],
    [null, null, '（4）编制汇总区、乡两级26个试点领域政务公开事项目录', '区政府办', '26个试点领域：2020年12月底 其他领域：2021年12月底'],
    [3, '完善依申请公开办理流程', '（5）建立县域统一的依申请公开网络受理平台', '区政务服务中心（指导单位：区政府办）', '2023 年 12 月底'],
    [4, '推行政务公开日活动', '（6）探索设立区、乡两级“政府开放日”', '区政府办', '长期坚持'],
  ], ['A1:E1', 'A3:A4', 'B3:B4', 'A5:A6', 'B5:B6']);
  await workbook.xlsx.writeFile(out('fangan-fujian.xlsx'));
}

/* 12. Seed 004's 责任清单 (a city's list of tasks) as a saved page: section rows 一、/（一） over numbered rows. */
function responsibilityPage() {
  const rows = [
    ['序号', '工作内容', '完成时间', '责任单位'],
    ['一、总体任务'],
    [1, '以“最多跑一次”改革为牵引，推动基层政务公开标准化规范化全覆盖。', '2022年底前', '市政府办公室，各县（市、区）政府、示例经济开发区'],
    [2, '完成26个试点领域和其他领域事项标准目录的发布实施。', '2020年底前', '各县（市、区）政府、示例经济开发区'],
    ['二、重点工作'],
    ['（一）制定和完善政务公开事项标准目录'],
    [3, '对照26个试点领域标准指引，梳理细化权力运行和政务服务事项，编制政务公开事项标准目录。', '2020年8月底前', '各县（市、区）政府'],
    [4, '指导各地、各领域按照标准化理念和方式制定政务公开事项标准目录。', '2020年8月底前', '市市场监管局'],
    [5, '建立政务公开事项、目录动态调整和长效管理机制。', '长期', '各县（市、区）政府'],
    ['（二）规范建设政务公开平台'],
    [6, '在基层行政服务中心、档案馆、图书馆等设立政务公开专区。', '2020年12月31日前', '各县（市、区）政府'],
    ['三、保障措施'],
    [7, '把推进基层政务公开标准化规范化工作情况列入绩效考评指标体系。', '每年', '市政府办公室'],
  ];
  const merges = rows.flatMap((row, r) => (row.length === 1 ? [`A${r + 1}:D${r + 1}`] : []));
  const page = cmsPage({ title: '示例市全面推进基层政务公开标准化规范化工作责任清单', charset: 'utf-8', body: htmlTable(rows, merges) });
  writeFileSync(out('zeren-qingdan.html'), page);
}

await socialAssistance();
await township();
gbkCsv();
await mistakes();
await brokenFiles();
await lanshan();
await combined();
await guidelineLayouts();
cmsPages();
await planWorkbook();
responsibilityPage();
console.log(`table fixtures written to ${dir.pathname}`);
