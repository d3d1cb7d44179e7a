/**
 * `zwgk import <table.xlsx|table.csv>… --jurisdiction 示例县 -o catalogue.json`: builds a catalogue
 * from the standard tables counties already publish. Prints every cell it could not map as
 * `sheet!cell: …`, accounts for every row read, and writes the result only when it validates.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { JURISDICTION_LEVELS } from '../catalogue/code-values.js';
import { describeProblem, type Locale } from '../catalogue/problems.js';
import type { Catalogue } from '../catalogue/schema.js';
import { buildCatalogue, cellOfPath, type JurisdictionInput } from '../catalogue/table/build-catalogue.js';
import { describeWarning, type ImportWarning, sortWarnings } from '../catalogue/table/import-types.js';
import { describeChoice, MAP_FIELD_NAMES, parseColumnMap, type ColumnOverride } from '../catalogue/table/column-meaning.js';
import { readSheet, type RowCounts, type SheetReading } from '../catalogue/table/read-sheet.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { parseCommandArgs, parseDateOption, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';
import { readTableFile, TableFileError } from './table-files.js';

/** Warnings printed one per line; the rest are counted (all of them are in --json). */
const MAX_PRINTED_WARNINGS = 300;

type Level = (typeof JURISDICTION_LEVELS)[number];

/** 关堤乡, 城关镇, 北关街道 are townships; anything else is taken to be a county. */
export function levelOfJurisdiction(name: string): Level {
  if (/(?:乡|镇|街道|苏木)$/.test(name)) return 'township';
  if (/(?:村|社区)$/.test(name)) return 'village';
  return 'county';
}

/** A row counter on an interactive terminal; nothing in CI or when piped. */
function progressLine(enabled: boolean) {
  let last = 0;
  return {
    show(text: string) {
      const now = Date.now();
      if (!enabled || now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[2K${text}`);
    },
    clear() {
      if (enabled) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** The summary lines: where every row went, what was created, what to check. */
export function summaryLines(readings: readonly SheetReading[], itemCount: number, created: { agencies: readonly string[]; domains: number }, warningCount: number, locale: Locale = 'zh-CN'): string[] {
  const totals: RowCounts = { read: 0, blank: 0, legend: 0, repeatedHeader: 0, section: 0, merged: 0, emptyProcess: 0, filled: 0 };
  for (const reading of readings) for (const key of Object.keys(totals) as (keyof RowCounts)[]) totals[key] += reading.counts[key];
  const en = locale === 'en';
  // Per-process template rows are named only in tables that have them.
  const process = totals.emptyProcess ? (en ? `, ${totals.emptyProcess} process rows without content` : `，无内容的过程行 ${totals.emptyProcess}`) : '';
  const lines = [en
    ? `read ${readings.length} sheet(s), ${totals.read} rows: ${itemCount} items, ${totals.blank} blank, ${totals.legend} notes, ${totals.repeatedHeader} repeated headers, ${totals.section} titles, ${totals.merged} merged into the row above${process}`
    : `读取 ${readings.length} 个工作表、${totals.read} 行：导入 ${itemCount} 个事项，空行 ${totals.blank}，说明行 ${totals.legend}，重复表头 ${totals.repeatedHeader}，标题行 ${totals.section}，并入上一行 ${totals.merged}${process}`];
  const verdict = warningCount ? (en ? `${warningCount} warning(s): please check each` : `警告 ${warningCount} 条，请逐条核对`) : en ? 'no warnings' : '没有警告';
  if (itemCount === 0) return [...lines, verdict];
  if (totals.filled) lines.push(en ? `${totals.filled} cells filled from the row above (merged cells, 同上)` : `按合并单元格或“同上”从上一行补全 ${totals.filled} 个单元格`);
  const names = `${created.agencies.slice(0, 12).join(en ? ', ' : '、')}${created.agencies.length > 12 ? '…' : ''}`;
  if (created.agencies.length) lines.push(en ? `${created.agencies.length} disclosing bodies created: ${names}` : `新建公开主体 ${created.agencies.length} 个：${names}`);
  if (created.domains) lines.push(en ? `${created.domains} domain(s) created` : `新建领域 ${created.domains} 个`);
  lines.push(verdict);
  return lines;
}

/** `--explain`: per sheet, where its header is and what each column was read as, with the evidence. */
export function explainLines(readings: readonly SheetReading[], locale: Locale = 'zh-CN'): string[] {
  const en = locale === 'en';
  const lines: string[] = [];
  for (const reading of readings) {
    if (!reading.hasHeader) {
      lines.push(en ? `${reading.sheet}: no header found` : `${reading.sheet}：没有找到表头`);
      continue;
    }
    const first = reading.headerRow!;
    const last = first + (reading.headerHeight ?? 1) - 1;
    const rows = last > first ? `${first}–${last}` : `${first}`;
    lines.push(en ? `${reading.sheet} (header in row ${rows}):` : `${reading.sheet}（表头在第 ${rows} 行）：`);
    for (const choice of reading.choices) if (choice.column.kind !== 'empty') lines.push(describeChoice(choice, locale));
  }
  return lines;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import <table.xlsx|table.csv|page.html>… --jurisdiction <名称> [-o <catalogue.json>] [--base <old.json>] [--explain] [--map B=domain,…]',
  summary: { zh: '从县乡常用的标准目录表格（Excel 或 CSV）生成目录', en: 'build a catalogue from the standard tables counties publish (Excel or CSV)' },
  details: [
    '  --jurisdiction <名称>   本级行政区划名称，如 示例县、关堤乡（有 --base 时可省略）/ the county or township',
    '  --level <级别>          county | township | village，默认按名称判断 / level, guessed from the name',
    '  --division-code <代码>  行政区划代码（6 或 12 位）/ GB/T 2260 code',
    '  --parent <名称>         上级行政区划 / the parent jurisdiction',
    '  -o <catalogue.json>     输出文件，省略时输出到屏幕 / output file, standard output by default',
    '  --base <old.json>       上一版目录：保留事项ID、点位、链接等表格中没有的内容 / previous version: keeps what a table cannot hold',
    '  --domain <领域>         没有标明领域的工作表归入此领域 / domain of sheets that name none',
    '  --unchecked <方式>      □ 表示：optional（可选渠道，默认）或 ignore（不选）/ what □ means',
    '  --explain               先列出每列按什么导入及依据（如 “B: 26 个值中 26 个是领域名称”）/ print each column\'s meaning and the evidence first',
    '  --map <列=字段,…>       指定列的含义，如 --map B=domain,J=channels（字段见 zwgk help import）/ override column meanings',
    '  --date <YYYY-MM-DD>     更新日期，默认今天 / date, today by default',
    '  --force                 校验不通过也写入 / write even when the result does not validate',
    '  --json                  以 JSON 输出导入报告 / print the import report as JSON',
    '  --quiet                 不逐条列出警告 / do not list warnings one by one',
    '  --lang en               英文提示 / English messages',
    '',
    '  zwgk import 社会救助.xlsx 义务教育.csv --jurisdiction 示例县 -o catalogue.json',
    '  zwgk import 目录2026.xlsx --base catalogue.json -o catalogue.json',
    '  zwgk import 附件4梳理表.xlsx --jurisdiction 兰山区 --explain -o catalogue.json',
    '  zwgk import 标准目录.html --jurisdiction 示例县 --map B=domain,J=channels -o catalogue.json',
    '',
    `  --map 的字段 / fields: ${MAP_FIELD_NAMES.join(' ')}（也可用中文列名，如 B=领域）`,
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      jurisdiction: { type: 'string' }, level: { type: 'string' }, 'division-code': { type: 'string' }, parent: { type: 'string' },
      o: { type: 'string', short: 'o' }, base: { type: 'string' }, domain: { type: 'string' }, unchecked: { type: 'string' },
      date: { type: 'string' }, force: { type: 'boolean' }, json: { type: 'boolean' }, quiet: { type: 'boolean' }, lang: { type: 'string' },
      explain: { type: 'boolean' }, map: { type: 'string', multiple: true },
    });
    const locale = parseLocale(values.lang);
    if (positionals.length === 0) throw new UsageError('请给出要导入的表格文件（.xlsx 或 .csv）', 'give the table file(s) to import (.xlsx or .csv)');
    if (values.unchecked && values.unchecked !== 'optional' && values.unchecked !== 'ignore') throw new UsageError('--unchecked 只能是 optional 或 ignore', '--unchecked must be optional or ignore');
    const date = parseDateOption(values.date);
    if (values.level && !(JURISDICTION_LEVELS as readonly string[]).includes(values.level)) throw new UsageError(`--level 只能是 ${JURISDICTION_LEVELS.join('、')}`, `--level must be one of ${JURISDICTION_LEVELS.join(', ')}`);
    if (values['division-code'] && !/^\d{6}(\d{6})?$/.test(values['division-code'])) throw new UsageError('--division-code 应为 6 位或 12 位数字', '--division-code must have 6 or 12 digits');
    const map: ColumnOverride[] = [];
    for (const text of values.map ?? []) {
      const parsed = parseColumnMap(text);
      if ('bad' in parsed) {
        throw new UsageError(`--map 中的 “${parsed.bad}” 看不懂：应写成 列字母=字段，如 B=domain,J=channels；字段可以是 ${MAP_FIELD_NAMES.join('、')}`,
          `cannot read "${parsed.bad}" in --map: write column=field, e.g. B=domain,J=channels; fields: ${MAP_FIELD_NAMES.join(', ')}`);
      }
      map.push(...parsed.overrides);
    }

    let base: Catalogue | undefined;
    if (values.base) {
      const loaded = await loadSource(values.base);
      if (!loaded.ok) {
        io.err(locale === 'en' ? `${values.base} is not a valid catalogue (run zwgk validate ${values.base})` : `${values.base} 不是有效的目录（先运行 zwgk validate ${values.base}）`);
        return EXIT_INVALID;
      }
      base = loaded.catalogue;
    }
    const name = values.jurisdiction ?? base?.jurisdiction.name;
    if (!name) throw new UsageError('请用 --jurisdiction 给出本级行政区划名称，如 --jurisdiction 示例县', 'give the jurisdiction, e.g. --jurisdiction 示例县');
    const jurisdiction: JurisdictionInput = {
      name,
      level: (values.level as Level | undefined) ?? base?.jurisdiction.level ?? levelOfJurisdiction(name),
      ...(values['division-code'] ? { divisionCode: values['division-code'] } : {}),
      ...(values.parent ? { parentName: values.parent } : {}),
    };

    const progress = progressLine(!!process.stderr.isTTY && !process.env.CI && !values.json);
    const started = performance.now();
    const readings: SheetReading[] = [];
    const hidden: string[] = [];
    let rowsSoFar = 0;
    for (const file of positionals) {
      let bytes: Uint8Array;
      try {
        if ((await stat(file)).isDirectory()) throw new UsageError(`“${file}” 是一个文件夹，请给出表格文件`, `${file} is a directory; give a table file`);
        bytes = await readFile(file);
      } catch (e) {
        if (e instanceof UsageError) throw e;
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`找不到文件 “${file}”`, `no such file: ${file}`);
        throw e;
      }
      progress.show(`正在读取 ${basename(file)}（${(bytes.length / 1048576).toFixed(1)} MB）…`);
      let table;
      try {
        table = await readTableFile(bytes, basename(file));
      } catch (e) {
        progress.clear();
        if (!(e instanceof TableFileError)) throw e;
        io.err(`zwgk import: ${locale === 'en' ? e.en : e.zh}`);
        return EXIT_INVALID;
      }
      if (table.encoding && table.encoding !== 'UTF-8') io.err(locale === 'en' ? `${basename(file)}: read as ${table.encoding}` : `${basename(file)}：按 ${table.encoding} 编码读取`);
      if (table.otherTables) io.err(locale === 'en' ? `${basename(file)}: ${table.otherTables} other table(s) of the page (layout, navigation) are not catalogue tables; not imported` : `${basename(file)}：页面中另有 ${table.otherTables} 个表格不是目录表格（版式、导航等），未导入`);
      hidden.push(...table.hiddenSheets);
      for (const sheet of table.sheets) {
        const before = rowsSoFar;
        const reading = readSheet(sheet, {
          jurisdictionName: name,
          defaultDomain: values.domain,
          map,
          onRow: (rows) => progress.show(`已读取 ${before + rows} 行（${sheet.name}）`),
        });
        rowsSoFar += reading.counts.read;
        progress.show(`已读取 ${rowsSoFar} 行（${sheet.name}）`);
        readings.push(reading);
      }
    }
    progress.clear();
    if (hidden.length) io.err(locale === 'en' ? `hidden sheets not imported: ${hidden.join(', ')}` : `未导入隐藏的工作表：${hidden.join('、')}`);

    const result = buildCatalogue(readings, { jurisdiction, date, base, unchecked: values.unchecked as 'optional' | 'ignore' | undefined });
    const warnings: ImportWarning[] = sortWarnings([...readings.flatMap((r) => r.warnings), ...result.warnings], readings.map((r) => r.sheet));
    const itemCount = result.catalogue.items.length;
    const seconds = (performance.now() - started) / 1000;

    if (values.explain && !values.json) for (const line of explainLines(readings, locale)) io.err(line);
    if (values.json) {
      io.out(JSON.stringify({
        rows: readings.map((r) => ({ sheet: r.sheet, ...r.counts })),
        columns: readings.flatMap((r) => r.choices.map((c) => ({
          sheet: r.sheet, column: c.letter, heading: c.heading, kind: c.column.kind,
          ...(c.column.kind === 'text' ? { field: c.column.field, ...(c.column.depth ? { depth: c.column.depth } : {}) } : {}),
          ...(c.column.kind === 'tick' ? { field: c.column.group, option: c.column.option } : {}),
          source: c.source, evidence: c.evidence,
        }))),
        items: itemCount,
        createdAgencies: result.createdAgencies.map((a) => ({ id: a.id, name: a.name })),
        createdDomains: result.createdDomains.map((d) => ({ id: d.id, name: d.name })),
        removedFromBase: result.removedFromBase.map((i) => i.id),
        tasks: result.tasks,
        responsibleDomains: result.responsibleDomains,
        warnings: warnings.map((w) => ({ ref: `${w.sheet}!${w.cell}`, ...w })),
      }, null, 2));
    } else if (!values.quiet) {
      for (const warning of warnings.slice(0, MAX_PRINTED_WARNINGS)) io.err(describeWarning(warning, locale));
      const more = warnings.length - MAX_PRINTED_WARNINGS;
      if (more > 0) io.err(locale === 'en' ? `…${more} more warnings not listed (--json lists all)` : `…另有 ${more} 条警告未列出（加 --json 查看全部）`);
    }
    for (const line of summaryLines(readings, itemCount, { agencies: result.createdAgencies.map((a) => a.name), domains: result.createdDomains.length }, warnings.length, locale)) io.err(line);
    const removed = result.removedFromBase;
    if (removed.length) {
      const names = `${removed.slice(0, 8).map((i) => i.name).join('、')}${removed.length > 8 ? '…' : ''}`;
      io.err(locale === 'en' ? `${removed.length} item(s) of the base catalogue are not in the table and were removed: ${names}` : `上一版中有 ${removed.length} 个事项不在表格中，已删除：${names}`);
    }

    if (result.tasks || result.responsibleDomains) {
      io.err(locale === 'en'
        ? `${result.tasks} task(s) from task tables, responsible units for ${result.responsibleDomains} domain(s)`
        : `从任务分工表导入任务 ${result.tasks} 项，为 ${result.responsibleDomains} 个领域填入责任单位`);
    }
    if (itemCount === 0 && !result.tasks && !result.responsibleDomains) {
      io.err(locale === 'en' ? 'zwgk import: no items found in the table; nothing written' : 'zwgk import: 表格中没有找到任何公开事项，未写入');
      return EXIT_INVALID;
    }
    const check = validateCatalogue(result.catalogue);
    if (!check.ok) {
      io.err(locale === 'en' ? 'the imported catalogue does not validate:' : '导入结果未通过校验：');
      for (const problem of check.errors) {
        const cell = cellOfPath(problem.path, result.sources);
        io.err(`  ${cell ? `${cell}: ` : ''}${describeProblem(problem, locale)}`);
      }
    }
    const text = `${JSON.stringify(result.catalogue, null, 2)}\n`;
    if (check.ok || values.force) {
      if (values.o) await writeFile(values.o, text);
      else if (!values.json) io.out(text.trimEnd());
    }
    const written = values.o && (check.ok || values.force);
    const verdict = locale === 'en'
      ? `${check.ok ? 'the catalogue validates' : values.force ? 'the catalogue does not validate; written because of --force' : 'the catalogue does not validate; nothing written'}${written ? `, written to ${values.o}` : ''} (${seconds.toFixed(2)} s)`
      : `${check.ok ? '目录校验通过' : values.force ? '目录未通过校验，已按 --force 写入' : '目录未通过校验，未写入'}${written ? `，已写入 ${values.o}` : ''}（用时 ${seconds.toFixed(2)} 秒）`;
    io.err(verdict);
    return check.ok ? EXIT_OK : EXIT_INVALID;
  },
};
