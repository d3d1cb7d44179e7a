// `zwgk import` on every table layout the seeds and DOMAIN-PRACTICE §1.2–§1.6 show (fixtures written
// by scripts/generate-table-fixtures.mjs): seed 003's 附件4 事项目录标准梳理表 (one row per 过程, 事项类别
// as the domain, 公开方式 as the carrier, 监督方式, 项目类别, 公开格式), a combined county table with the
// 26 domains in its top column, the 东阳 / 黄石 / 荣昌 variants of the 标准指引 template, and saved CMS
// pages. Each is asserted field by field; --explain and --map are checked on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agencyNames, byName, channels, dir, domainOf, fixture, importTable, root, tableFields, zwgk, DATE } from '../helpers/import-cli.mjs';

const LANSHAN = ['--jurisdiction', '兰山区'];
const items = (catalogue, name) => catalogue.items.filter((item) => item.name === name);

test('seed 003 附件4: 事项类别 is the domain, one item per process that has content, blank process rows skipped and counted', () => {
  const { catalogue, report, stderr } = importTable(fixture('lanshan-biaozhun-shuli.xlsx'), ...LANSHAN);
  assert.deepEqual(catalogue.domains.map((d) => d.name), ['社会保险', '社会救助', '扶贫', '涉农补贴', '养老服务'], 'no 未分类');
  assert.equal(catalogue.items.length, 8);
  // 30 rows below the header: 8 items, 20 process rows without content, 2 unused numbered rows (11, …).
  assert.deepEqual(report.rows, [{ sheet: '附件4', read: 30, blank: 2, legend: 0, repeatedHeader: 0, section: 0, merged: 0, emptyProcess: 20, filled: 42 }]);
  assert.match(stderr, /读取 1 个工作表、30 行：导入 8 个事项，空行 2，说明行 0，重复表头 0，标题行 0，并入上一行 0，无内容的过程行 20/);
  assert.deepEqual(catalogue.items.map((i) => `${domainOf(catalogue, i)}/${i.matter}/${i.name}/${i.stages.join('')}`), [
    '社会保险/养老保险/城乡居民基本养老保险参保缴费/执行', '社会保险/养老保险/城乡居民基本养老保险参保缴费/服务',
    '社会救助/最低生活保障/低保对象名单/执行', '社会救助/最低生活保障/低保对象名单/结果',
    '扶贫/智力扶贫/教育资助政策落实情况/执行',
    '涉农补贴/耕地地力保护补贴/补贴资金发放情况/决策', '涉农补贴/耕地地力保护补贴/补贴资金发放情况/结果',
    '养老服务/高龄津贴/高龄津贴发放名单/服务',
  ]);
  assert.equal(new Set(catalogue.items.map((i) => i.id)).size, 8, 'the same names under two processes are two items with two ids');

  const [pay, service] = items(catalogue, '城乡居民基本养老保险参保缴费');
  // 公开方式 holds carriers: they are the channels, none lost.
  assert.deepEqual(channels(pay), ['■website_column', '■notice_board:公示栏', '■press_event:新闻发布会']);
  assert.deepEqual(channels(service), ['■service_hall:办事大厅', '■service_hall:便民服务窗口']);
  assert.equal(pay.mode, '主动');
  assert.equal(pay.category, '公共服务');
  assert.deepEqual(pay.formats, ['文本', '图表']);
  assert.deepEqual(service.formats, ['文本']);
  assert.deepEqual(pay.supervision, { phone: '0539-8311234', email: 'lsrsj@example.gov.cn' });
  assert.deepEqual(service.supervision, pay.supervision, 'the merged 监督方式 reaches every process row');
  assert.equal(pay.content, '1. 参保范围 2. 缴费档次和标准 3. 缴费方式');
  assert.deepEqual(pay.standard, ['参保范围', '缴费档次和标准', '缴费方式']);
  assert.deepEqual(service.standard, ['办理流程', '办理地点', '咨询电话']);
  assert.deepEqual(pay.basis, [
    { title: '中华人民共和国社会保险法' },
    { title: '国务院关于建立统一的城乡居民基本养老保险制度的意见', docNo: '国发〔2014〕8号' },
  ]);
  assert.deepEqual(agencyNames(catalogue, service), ['兰山区人力资源和社会保障局']);
  assert.deepEqual(pay.timeLimit, { text: '信息形成或者变更之日起20个工作日内', amount: 20, unit: 'working_day', trigger: 'formed_or_changed' });

  const [listed, result] = items(catalogue, '低保对象名单');
  assert.equal(listed.category, '社会治理');
  assert.deepEqual(listed.standard, ['户主姓名', '所在村组', '保障人数', '保障金额']);
  assert.deepEqual(channels(listed), ['■notice_board:公示栏', '■service_hall:办事大厅']);
  assert.equal(result.standard, undefined, 'one sentence is not a list');
  assert.deepEqual(agencyNames(catalogue, listed), ['兰山区民政局', '各街道办事处']);
  assert.deepEqual(listed.timeLimit, { text: '每季度结束后10个工作日内', amount: 10, unit: 'working_day', trigger: 'periodic', recurrence: 'quarterly' });

  const education = byName(catalogue, '教育资助政策落实情况');
  // The seed's own example row, split as written: at the numbers, not at the commas.
  assert.deepEqual(education.standard, ['落实情况综述', '主要工作', '主要措施', '群众反映', '存在问题', '下步打算', '意见建议']);
  assert.deepEqual(education.supervision, { email: 'lsfpb@example.gov.cn', address: '兰山区金雀山路9号' });
  assert.deepEqual(channels(education), ['■website_column', '■new_media:政务新媒体']);

  const [plan, paid] = items(catalogue, '补贴资金发放情况');
  assert.equal(plan.content, '补贴实施方案及批复文件，包括补贴范围、补贴标准、补贴对象');
  assert.equal(plan.standard, undefined, 'a 、 inside a phrase is not a list boundary');
  assert.deepEqual(paid.standard, ['补贴对象', '补贴面积', '补贴标准', '补贴金额']);
  assert.deepEqual(paid.supervision, { phone: '0539-8123456（工作日）' });
  assert.deepEqual(paid.timeLimit.windowDays, 7);

  const allowance = byName(catalogue, '高龄津贴发放名单');
  assert.deepEqual(allowance.standard, ['申领条件', '申领材料', '办理流程']);
  assert.deepEqual(allowance.formats, ['文本', '音频', '视频']);
  assert.deepEqual(channels(allowance), ['■new_media:政务新媒体', '■broadcast:广播', '■broadcast:电视', '■newspaper:报纸']);
  assert.equal(allowance.supervision, undefined);

  // What could not be kept is said once, where it is: the kinds-only 监督方式, 扶贫救灾, the absent columns.
  assert.deepEqual(report.warnings.map((w) => `${w.ref} ${w.code}`), [
    '附件4!A2 missing-column', '附件4!A2 missing-column', '附件4!A2 missing-column',
    '附件4!B19 split-domain', '附件4!M29 unknown-supervision',
  ]);
  assert.ok(!report.warnings.some((w) => w.code === 'unknown-mode' || w.code === 'unknown-column'));
});

test('seed 003 附件4 saved as CSV (no merged cells, GBK) imports to the same items', () => {
  const xlsx = importTable(fixture('lanshan-biaozhun-shuli.xlsx'), ...LANSHAN).catalogue;
  const { catalogue, report } = importTable(fixture('lanshan-biaozhun-shuli.csv'), ...LANSHAN);
  assert.equal(report.rows[0].emptyProcess, 20);
  assert.deepEqual(catalogue.items.map((i) => ({ ...tableFields(catalogue, i), supervision: i.supervision, standard: i.standard })),
    xlsx.items.map((i) => ({ ...tableFields(xlsx, i), supervision: i.supervision, standard: i.standard })));
});

test('--explain prints each column with its evidence; the report carries the same in JSON', () => {
  const out = join(dir, 'explain.json');
  const run = zwgk('import', fixture('lanshan-biaozhun-shuli.xlsx'), ...LANSHAN, '--date', DATE, '--explain', '-o', out);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stderr.split('\n');
  assert.equal(lines[0], '附件4（表头在第 2 行）：');
  assert.ok(lines.includes('  B 一级目录（事项类别） → 领域：列名是“一级目录（事项类别）”，但 5 个值中 5 个是领域名称（社会保险、社会救助、扶贫救灾…）'), run.stderr);
  assert.ok(lines.includes('  J 公开方式 → 公开渠道和载体：列名是“公开方式”，但 8 个值中 8 个是公开渠道和载体（政府网站、公示栏、新闻发布会…），不是主动/依申请'), run.stderr);
  assert.ok(lines.includes('  M 监督方式 → 监督方式：列名“监督方式”'));
  assert.ok(lines.includes('  F 项目类别 → 项目类别：列名“项目类别”，2 个值中 2 个是项目类别（公共服务、社会治理）'), run.stderr);
  assert.ok(lines.includes('  L 公开格式 → 公开格式：列名“公开格式”，3 个值中 3 个是公开格式（文本、图表、音频…）'), run.stderr);
  // The explanation comes before the warnings and the summary.
  assert.ok(lines.indexOf('  M 监督方式 → 监督方式：列名“监督方式”') < lines.findIndex((l) => l.startsWith('附件4!')));
  const en = zwgk('import', fixture('lanshan-biaozhun-shuli.xlsx'), ...LANSHAN, '--date', DATE, '--explain', '--lang', 'en', '-o', out);
  assert.ok(en.stderr.split('\n').includes('  B 一级目录（事项类别） → domain: heading "一级目录（事项类别）", but 5 of 5 values are domain names (社会保险, 社会救助, 扶贫救灾…)'), en.stderr);
  const report = JSON.parse(zwgk('import', fixture('lanshan-biaozhun-shuli.xlsx'), ...LANSHAN, '--date', DATE, '--json').stdout);
  const byColumn = Object.fromEntries(report.columns.map((c) => [c.column, c]));
  assert.deepEqual([byColumn.B.field, byColumn.B.source], ['domain', 'values']);
  assert.deepEqual([byColumn.J.field, byColumn.J.source], ['channels', 'values']);
  assert.deepEqual([byColumn.M.field, byColumn.M.source], ['supervision', 'heading']);
  assert.equal(byColumn.B.evidence.en, 'heading "一级目录（事项类别）", but 5 of 5 values are domain names (社会保险, 社会救助, 扶贫救灾…)');
});

test('a combined county table with the 26 domains in 公开事项（一级事项）: 26 domains, 130 items, no 未分类', () => {
  const { catalogue, report, stderr } = importTable(fixture('county-combined.xlsx'), '--jurisdiction', '示例县', '--explain');
  assert.equal(catalogue.items.length, 130);
  assert.equal(catalogue.domains.length, 26);
  assert.ok(catalogue.domains.every((d) => d.isPilot), catalogue.domains.map((d) => d.name).join());
  assert.ok(!catalogue.domains.some((d) => d.name === '未分类'));
  assert.deepEqual(report.warnings, []);
  assert.match(stderr, /^ {2}B 公开事项（一级事项） → 领域：列名是“公开事项（一级事项）”，但 26 个值中 26 个是领域名称（国土空间规划、重大建设项目、公共资源交易…）$/m);
  const count = (name) => catalogue.items.filter((i) => domainOf(catalogue, i) === name).length;
  // Aliases and later names are the pilot domains: 国土空间规划, 生态环境, 就业创业, 卫生健康, 社会救助领域.
  for (const name of ['城乡规划', '环境保护', '就业', '医疗卫生', '社会救助', '国有土地上房屋征收']) assert.equal(count(name), 5, name);
  // Both a merged domain cell and one left blank below carry the domain down, and names do not leak across domains.
  const planning = catalogue.items.filter((i) => domainOf(catalogue, i) === '城乡规划');
  assert.deepEqual(planning.map((i) => `${i.matter}/${i.name}`), ['政策文件/国土空间规划规范性文件', '政策文件/国土空间规划政策解读', '办事服务/国土空间规划办事指南', '办事服务/国土空间规划办理结果', '监督管理/国土空间规划监督检查']);
  const projects = catalogue.items.filter((i) => domainOf(catalogue, i) === '重大建设项目');
  assert.deepEqual(projects.map((i) => i.name), ['重大建设项目规范性文件', '重大建设项目政策解读', '重大建设项目办事指南', '重大建设项目办理结果', '重大建设项目监督检查']);
  assert.equal(projects[3].mode, '依申请');
});

test('--map overrides: a column read as another field, or left out on purpose without a warning', () => {
  // Without --map the top column is the domain; with --map B=item1 it is the 一级事项 again.
  const mapped = importTable(fixture('county-combined.xlsx'), '--jurisdiction', '示例县', '--domain', '综合', '--map', 'B=item1');
  assert.deepEqual(mapped.catalogue.domains.map((d) => d.name), ['综合']);
  assert.equal(mapped.catalogue.items[0].matter, '国土空间规划');
  assert.equal(mapped.report.columns.find((c) => c.column === 'B').source, 'map');
  // J=channels on the 附件4 table is what the values already said; M=ignore drops 监督方式 with no warning.
  const ignored = importTable(fixture('lanshan-biaozhun-shuli.xlsx'), ...LANSHAN, '--map', 'J=channels,M=ignore');
  assert.ok(ignored.catalogue.items.every((i) => i.supervision === undefined));
  assert.ok(!ignored.report.warnings.some((w) => w.code === 'unknown-supervision' || w.code === 'unknown-column'));
  assert.deepEqual(channels(ignored.catalogue.items[0]), ['■website_column', '■notice_board:公示栏', '■press_event:新闻发布会']);
  // Chinese field names, one sheet only, and several --map options are accepted.
  const chinese = importTable(fixture('county-combined.xlsx'), '--jurisdiction', '示例县', '--map', '标准目录!B=一级事项', '--map', 'E=公开标准', '--domain', '综合');
  assert.equal(chinese.catalogue.items[0].matter, '国土空间规划');
  // A column the sheet does not have is a warning; a field zwgk does not know is a usage error before any work.
  const missing = importTable(fixture('county-combined.xlsx'), '--jurisdiction', '示例县', '--map', 'Z=ignore');
  assert.deepEqual(missing.report.warnings.map((w) => `${w.ref} ${w.code}`), ['标准目录!A2 map-no-column']);
  const out = join(dir, 'bad-map.json');
  for (const bad of ['B=colour', 'B', '=domain', '1=domain']) {
    const run = zwgk('import', fixture('county-combined.xlsx'), '--jurisdiction', '示例县', '--map', bad, '-o', out);
    assert.equal(run.status, 2, bad);
    assert.match(run.stderr, /--map 中的 “.*” 看不懂/);
    assert.equal(existsSync(out), false);
  }
});

test('标准指引 variants: 东阳 公开/五公开 with ■□, 黄石 公开时长/公开范围/公开渠道, 荣昌 公开要求', () => {
  const { catalogue, report } = importTable(fixture('biaozhun-zhiyin.xlsx'), '--jurisdiction', '示例县');
  assert.deepEqual(catalogue.domains.map((d) => d.name), ['城乡规划', '财政预决算', '义务教育']);
  const plan = byName(catalogue, '总体规划');
  assert.deepEqual(plan.formats, ['文本', '图表'], '公开 ■文本 ■图表 □音频 □视频');
  assert.deepEqual(plan.stages, ['决策', '结果'], '五公开 ■决策 ■结果');
  assert.equal(plan.standard, undefined);
  const permit = byName(catalogue, '建设工程规划许可证');
  assert.deepEqual(permit.standard, ['项目名称', '建设单位', '建设位置', '建设规模']);
  assert.deepEqual(permit.levels, ['county', 'township'], '县级/镇街乡');
  assert.deepEqual(permit.basis, [{ title: '中华人民共和国城乡规划法', article: '第四十条' }]);
  const budget = byName(catalogue, '政府预算');
  assert.deepEqual(budget.timeLimit, { text: '本级人民代表大会批准后20日内（公开时长：长期，最新有效）', amount: 20, unit: 'day', trigger: 'event' });
  assert.equal(budget.audience, '全社会', '公开范围');
  assert.deepEqual(channels(budget), ['■website_column', '■gazette']);
  assert.deepEqual(budget.standard, ['一般公共预算收支预算表', '政府性基金预算收支表', '三公经费预算情况说明']);
  const enrol = byName(catalogue, '招生政策');
  assert.deepEqual(enrol.basis, [{ title: '中华人民共和国义务教育法' }], '公开要求 gives the basis');
  assert.deepEqual(enrol.timeLimit, { text: '信息形成之日起20个工作日内公开', amount: 20, unit: 'working_day', trigger: 'formed_or_changed' }, '…and the time limit');
  assert.deepEqual(channels(enrol), ['■website_column', '■hotline']);
  const schools = byName(catalogue, '学校名录');
  assert.deepEqual(schools.basis, [{ title: '义务教育学校管理标准', docNo: '教基〔2017〕9号' }]);
  assert.deepEqual(schools.timeLimit, { text: '每年9月底前更新', trigger: 'periodic', recurrence: 'annual' });
  assert.deepEqual(channels(schools), ['■website_column', '□disclosure_zone']);
  // Only what the 黄石 sheet really lacks is reported, once each.
  assert.deepEqual(report.warnings.map((w) => `${w.ref} ${w.code}`), ['财政预决算!A1 missing-column', '财政预决算!A1 missing-column']);
});

test('a saved CMS page (GBK, gb2312 declared) with rowspan/colspan imports equal to the same table as xlsx', () => {
  const xlsx = importTable(fixture('shehui-jiuzhu.xlsx'), '--jurisdiction', '示例县');
  const html = importTable(fixture('shehui-jiuzhu-gb2312.html'), '--jurisdiction', '示例县');
  assert.match(html.stderr, /shehui-jiuzhu-gb2312\.html：按 GBK 编码读取/);
  assert.match(html.stderr, /页面中另有 3 个表格不是目录表格（版式、导航等），未导入/);
  assert.deepEqual(html.catalogue.items, xlsx.catalogue.items);
  assert.deepEqual(html.catalogue.agencies, xlsx.catalogue.agencies);
  assert.deepEqual(html.catalogue.domains, xlsx.catalogue.domains);
  assert.deepEqual(html.report.rows.map(({ sheet, ...counts }) => counts), xlsx.report.rows.map(({ sheet, ...counts }) => counts));
  assert.deepEqual(html.report.warnings.map((w) => w.cell), xlsx.report.warnings.map((w) => w.cell), 'the same cells, as rowspan/colspan lay them out');
});

test('an undeclared GBK page names its domain in its heading; a CMS "Excel" export that is HTML reads too', () => {
  const xlsx = importTable(fixture('shehui-jiuzhu.xlsx'), '--jurisdiction', '示例县');
  const page = importTable(fixture('shehui-jiuzhu-undeclared.htm'), '--jurisdiction', '示例县');
  assert.match(page.stderr, /按 GBK 编码读取/);
  assert.deepEqual(page.catalogue.items, xlsx.catalogue.items);
  const exported = importTable(fixture('yiwu-jiaoyu-export.xls'), '--jurisdiction', '示例县');
  assert.deepEqual(exported.catalogue.domains.map((d) => d.name), ['义务教育']);
  assert.deepEqual(exported.catalogue.items.map((i) => `${i.matter}/${i.name}`), ['招生管理/招生计划', '招生管理/招生范围']);
  assert.deepEqual(exported.catalogue.items[1].basis, [{ title: '中华人民共和国义务教育法' }]);
  assert.deepEqual(exported.catalogue.items[1].levels, ['county', 'township']);
});

test('a page without a catalogue table is refused with exit 1 and says why', () => {
  const file = join(dir, 'news.html');
  writeFileSync(file, '<html><head><meta charset="utf-8"><title>新闻</title></head><body><table><tr><td>首页</td><td>新闻</td></tr></table></body></html>');
  const run = zwgk('import', file, '--jurisdiction', '示例县', '-o', join(dir, 'news.json'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /网页 “news\.html” 中的 1 个表格都不是标准目录/);
});

const agencyName = (catalogue, id) => catalogue.agencies.find((a) => a.id === id).name;
const names = (catalogue, ids = []) => ids.map((id) => agencyName(catalogue, id));

test('seed 000 附件1 (试点领域及责任单位一览表): each domain named in a cell gets its responsible units', () => {
  const { catalogue, report, stderr } = importTable(fixture('fangan-fujian.xlsx'), '--jurisdiction', '凤泉区');
  const responsible = Object.fromEntries(catalogue.domains.map((d) => [d.name, names(catalogue, d.responsibleAgencyIds)]));
  assert.deepEqual(responsible, {
    城乡规划: ['区自然资源局'], 征地补偿: ['区自然资源局'], 重大建设项目: ['区发展改革委'], 公共资源交易: ['区发展改革委'],
    安全生产: ['区应急管理局'], 救灾: ['区应急管理局'], 国有土地上房屋征收: ['区住建局', '城管局'], 保障性住房: ['区住建局', '城管局'],
    农村危房改造: ['区住建局', '城管局'], 市政服务: ['区住建局', '城管局'], 城市综合执法: ['城管局'], 社会救助: ['区民政局'],
    养老服务: ['区民政局'], 医疗卫生: ['区卫健委', '区医保局'],
  });
  assert.ok(catalogue.domains.every((d) => d.isPilot));
  assert.equal(report.rows.find((r) => r.sheet === '附件1').repeatedHeader, 1, 'the header repeated after a page break');
  assert.match(stderr, /为 14 个领域填入责任单位/);
  assert.deepEqual(catalogue.items, [], 'a plan has no items, and that is not an error');
});

test('seed 000 附件2 (任务分工): merged 工作任务 over its 具体事项, 指导单位 in brackets, dates and milestones', () => {
  const { catalogue } = importTable(fixture('fangan-fujian.xlsx'), '--jurisdiction', '凤泉区');
  const tasks = catalogue.tasks.map((t) => ({ seq: t.seq, task: t.task, subtask: t.subtask, responsible: names(catalogue, t.responsibleIds), guide: names(catalogue, t.guideIds), due: t.due }));
  assert.deepEqual(tasks, [
    { seq: 1, task: '全面梳理政务公开事项', subtask: '梳理规范基层政府权责清单，动态调整更新', responsible: ['各乡镇（街道）', '区政府各部门'], guide: ['区委编办'], due: { text: '2020年12月底', date: '2020-12-31' } },
    { seq: 2, task: '全面梳理政务公开事项', subtask: '梳理规范基层政府公共服务清单，动态调整更新', responsible: ['各乡镇（街道）', '区政府各部门'], guide: ['区政务服务中心'], due: { text: '2020年12月底', date: '2020-12-31' } },
    { seq: 3, task: '编制政务公开事项目录', subtask: '制定区、乡两级政务公开事项清单', responsible: ['各乡镇（街道）', '区政府各部门'], guide: ['区政府办'], due: { text: '2020年12月底', date: '2020-12-31' } },
    { seq: 4, task: '编制政务公开事项目录', subtask: '编制汇总区、乡两级26个试点领域政务公开事项目录', responsible: ['区政府办'], guide: [],
      due: { text: '26个试点领域：2020年12月底 其他领域：2021年12月底', date: '2021-12-31', split: [{ label: '26个试点领域', date: '2020-12-31' }, { label: '其他领域', date: '2021-12-31' }] } },
    { seq: 5, task: '完善依申请公开办理流程', subtask: '建立县域统一的依申请公开网络受理平台', responsible: ['区政务服务中心'], guide: ['区政府办'], due: { text: '2023 年 12 月底', date: '2023-12-31' } },
    { seq: 6, task: '推行政务公开日活动', subtask: '探索设立区、乡两级“政府开放日”', responsible: ['区政府办'], guide: [], due: { text: '长期坚持' } },
  ]);
  assert.equal(new Set(catalogue.tasks.map((t) => t.id)).size, 6);
});

test('seed 004 责任清单 as a saved page: section rows name the task of the numbered rows below them', () => {
  const { catalogue } = importTable(fixture('zeren-qingdan.html'), '--jurisdiction', '示例市');
  assert.deepEqual(catalogue.tasks.map((t) => [t.seq, t.task, t.subtask.slice(0, 12), names(catalogue, t.responsibleIds), t.due]), [
    [1, '总体任务', '以“最多跑一次”改革为牵', ['市政府办公室', '各县（市、区）政府', '示例经济开发区'], { text: '2022年底前', date: '2022-12-31' }],
    [2, '总体任务', '完成26个试点领域和其他', ['各县（市、区）政府', '示例经济开发区'], { text: '2020年底前', date: '2020-12-31' }],
    [3, '制定和完善政务公开事项标准目录', '对照26个试点领域标准指', ['各县（市、区）政府'], { text: '2020年8月底前', date: '2020-08-31' }],
    [4, '制定和完善政务公开事项标准目录', '指导各地、各领域按照标准', ['市市场监管局'], { text: '2020年8月底前', date: '2020-08-31' }],
    [5, '制定和完善政务公开事项标准目录', '建立政务公开事项、目录动', ['各县（市、区）政府'], { text: '长期' }],
    [6, '规范建设政务公开平台', '在基层行政服务中心、档案', ['各县（市、区）政府'], { text: '2020年12月31日前', date: '2020-12-31' }],
    [7, '保障措施', '把推进基层政务公开标准化', ['市政府办公室'], { text: '每年' }],
  ]);
});

test('a task table with --base replaces the tasks and keeps every item; a catalogue table and a plan import together', () => {
  const { catalogue } = importTable(fixture('fangan-fujian.xlsx'), '--base', 'demo/data/shixian.json');
  const sample = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
  assert.deepEqual(catalogue.items, sample.items, 'no item table: the items stay as they were');
  assert.equal(catalogue.tasks.length, 6);
  // 区民政局 is the county's 示例县民政局, found by its core name rather than created again.
  assert.ok(names(catalogue, catalogue.domains.find((d) => d.name === '社会救助').responsibleAgencyIds).includes('示例县民政局'));
  assert.ok(!catalogue.agencies.some((a) => a.name === '区民政局'));
  const both = importTable(fixture('shehui-jiuzhu.xlsx'), fixture('fangan-fujian.xlsx'), '--jurisdiction', '示例县');
  assert.equal(both.catalogue.items.length, 9);
  assert.equal(both.catalogue.tasks.length, 6);
  // …and the 县民政局 of the catalogue table is the 区民政局 of the plan: one agency.
  assert.deepEqual(names(both.catalogue, both.catalogue.domains.find((d) => d.name === '社会救助').responsibleAgencyIds), ['县民政局']);
});
