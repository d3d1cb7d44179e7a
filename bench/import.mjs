#!/usr/bin/env node
// `npm run bench:import`: how long `zwgk import` takes on a 10,000-row county table and how much
// memory it needs at its peak. Writes the tables (xlsx with 26 domain sheets and merged 一级事项
// cells; the same rows as one GBK CSV), imports each in a fresh Node process, and prints wall time,
// rows per second and peak resident memory (the kernel's maxRSS). Figures are printed, not asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { buildCli } from '../scripts/build-cli.mjs';

const ROWS = Number(process.env.ZWGK_BENCH_ROWS ?? 10_000);
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'zwgk-bench-import-'));
const cli = await buildCli();

const DOMAINS = ['城乡规划', '重大建设项目', '公共资源交易', '财政预决算', '安全生产', '税收管理', '征地补偿', '国有土地上房屋征收', '保障性住房',
  '农村危房改造', '环境保护', '公共文化服务', '公共法律服务', '扶贫', '救灾', '食品药品监管', '城市综合执法', '就业', '社会保险', '社会救助',
  '养老服务', '户籍管理', '涉农补贴', '义务教育', '医疗卫生', '市政服务'];
const HEADER = ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级', '过程'];
const AGENCIES = ['县民政局', '县财政局', '县教育局', '县卫生健康委员会', '县人力资源和社会保障局', '县住房和城乡建设局', '县自然资源局', '乡镇人民政府（街道办事处）'];

function row(domain, i) {
  return [
    i + 1, `${domain}事项${Math.floor(i / 5) + 1}`, `第${i + 1}项公开内容`,
    '办理事项、办理条件、申请材料、办理流程、办理时间、地点、联系方式',
    '《中华人民共和国政府信息公开条例》（国务院令第711号）；《社会救助暂行办法》（国务院令第649号）第二十条',
    i % 7 === 0 ? '信息形成之日起10个工作日内，公示7个工作日' : '自该信息形成或者变更之日起20个工作日内',
    `${AGENCIES[i % AGENCIES.length]}、${AGENCIES[(i + 3) % AGENCIES.length]}`,
    i % 3 === 0 ? '■政府网站 □两微一端 ■公开查阅点 □社区/企事业单位/村公示栏（电子屏）' : '■政府网站 □政务服务中心',
    i % 4 === 0 ? '特定群体' : '全社会', i % 9 === 0 ? '依申请' : '主动', i % 2 === 0 ? '县级、乡级' : '县级', ['决策', '执行', '管理', '服务', '结果'][i % 5],
  ];
}

const perDomain = Math.ceil(ROWS / DOMAINS.length);
const workbook = new ExcelJS.Workbook();
const csvRows = [['领域', ...HEADER]];
let written = 0;
for (const domain of DOMAINS) {
  const ws = workbook.addWorksheet(domain);
  ws.addRow(HEADER);
  const count = Math.min(perDomain, ROWS - written);
  for (let i = 0; i < count; i++) {
    const cells = row(domain, i);
    csvRows.push([domain, ...cells.map(String)]);
    // 一级事项 is merged over each group of five rows, as in the county tables.
    if (i % 5 !== 0) cells[1] = null;
    ws.addRow(cells);
  }
  for (let first = 2; first <= count + 1; first += 5) ws.mergeCells(`B${first}:B${Math.min(first + 4, count + 1)}`);
  written += count;
}
const xlsx = join(dir, 'table-10k.xlsx');
await workbook.xlsx.writeFile(xlsx);
const csv = join(dir, 'table-10k-gbk.csv');
const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
writeFileSync(csv, iconv.encode(csvRows.map((r) => r.map(quote).join(',')).join('\r\n'), 'gbk'));

// A fresh process per import, so the peak memory is the import's own.
const child = `
const started = performance.now();
const { main } = await import(${JSON.stringify(cli)});
const quiet = { out() {}, err() {} };
const code = await main(process.argv.slice(1), quiet);
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ code, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, heapMB: process.memoryUsage().heapUsed / 1048576 }));
`;
console.log(`zwgk import benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${written} rows)`);
for (const [label, file] of [['xlsx, 26 sheets', xlsx], ['csv, GBK', csv]]) {
  const out = join(dir, 'out.json');
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', child, 'import', file, '--jurisdiction', '示例县', '--date', '2026-11-22', '-o', out], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr);
    process.exit(1);
  }
  const figures = JSON.parse(result.stdout);
  const size = (statSync(file).size / 1048576).toFixed(1);
  console.log(`${label.padEnd(16)} file=${size}MB  exit=${figures.code}  time=${(figures.ms / 1000).toFixed(2)}s  rows/s=${Math.round(written / (figures.ms / 1000))}  peakRSS=${figures.maxRssMB.toFixed(0)}MB  heapAtEnd=${figures.heapMB.toFixed(0)}MB  catalogue=${(statSync(out).size / 1048576).toFixed(1)}MB`);
}
