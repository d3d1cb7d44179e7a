/**
 * `zwgk export catalogue.json -o table.xlsx|table.csv`: the familiar wide table that county sites
 * publish, one sheet per domain by default. The columns are those `zwgk import` reads
 * (src/catalogue/table/write-table.ts), so an exported table imports back to the same items.
 */
import { writeFile } from 'node:fs/promises';
import { toCsv } from '../core/csv.js';
import { sortDomains } from '../components/catalogue-tree/model.js';
import type { Catalogue, CatalogueItem } from '../catalogue/schema.js';
import { tableSheet, type TableSheet } from '../catalogue/table/write-table.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';

/** Column widths in characters, by heading; level columns and anything else get 14. */
const WIDTHS: Readonly<Record<string, number>> = {
  序号: 6, 领域: 12, '公开内容（要素）': 40, 公开依据: 40, 公开时限: 24, 公开主体: 20, 公开渠道和载体: 26,
  公开对象: 10, 公开方式: 10, 公开层级: 12, 过程: 10, 公开形式: 10, 项目类别: 10, 监督方式: 24, 事项编码: 10, 事项ID: 14,
};

/** Items in the order the tree shows them: by domain (26-domain order), then by `order`. */
function inTableOrder(items: readonly CatalogueItem[]): CatalogueItem[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.order ?? a.index) - (b.item.order ?? b.index) || a.index - b.index).map(({ item }) => item);
}

/** Sheets of the workbook: one per domain (in the 26-domain order), or one for all with a 领域 column. */
export function sheetsOf(catalogue: Catalogue, oneSheet: boolean): TableSheet[] {
  const domains = sortDomains(catalogue.domains);
  if (oneSheet) {
    const items = domains.flatMap((domain) => inTableOrder(catalogue.items.filter((i) => i.domainId === domain.id)));
    return [tableSheet('标准目录', items, catalogue, true)];
  }
  return domains
    .map((domain) => tableSheet(domain.name.slice(0, 31), inTableOrder(catalogue.items.filter((i) => i.domainId === domain.id)), catalogue, false))
    .filter((sheet) => sheet.rows.length > 0);
}

export async function workbookBuffer(catalogue: Catalogue, oneSheet: boolean): Promise<Buffer> {
  // Loaded only when a workbook is written: other commands start without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zwgk-elements';
  for (const sheet of sheetsOf(catalogue, oneSheet)) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...sheet.header]);
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    for (const row of sheet.rows) ws.addRow([...row]).alignment = { vertical: 'top', wrapText: true };
    sheet.header.forEach((heading, i) => (ws.getColumn(i + 1).width = WIDTHS[heading] ?? 14));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <catalogue.json> -o <table.xlsx|table.csv> [--one-sheet]',
  summary: { zh: '把目录导出为县级网站常用的宽表（Excel 或 CSV）', en: 'export the catalogue as the familiar wide table (Excel or CSV)' },
  details: [
    '  -o <file>      .xlsx（每个领域一个工作表）或 .csv（UTF-8 带 BOM，Excel 可直接打开）',
    '                 .xlsx (one sheet per domain) or .csv (UTF-8 with BOM, opens in Excel)',
    '  --one-sheet    全部事项放在一个工作表 / all items on one sheet',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { o: { type: 'string', short: 'o' }, 'one-sheet': { type: 'boolean' } });
    if (positionals.length !== 1 || !values.o) throw new UsageError('用法：zwgk export <目录.json> -o <表格.xlsx|.csv>', 'usage: zwgk export <catalogue.json> -o <table.xlsx|.csv>');
    if (!/\.(xlsx|csv)$/i.test(values.o)) throw new UsageError('输出文件应以 .xlsx 或 .csv 结尾', 'the output file must end in .xlsx or .csv');
    const result = await loadSource(positionals[0]!);
    if (!result.ok) {
      io.err(`${positionals[0]} 不是有效的目录，请先运行 zwgk validate`);
      return EXIT_INVALID;
    }
    const { catalogue } = result;
    if (/\.csv$/i.test(values.o)) {
      const [sheet] = sheetsOf(catalogue, true);
      await writeFile(values.o, toCsv(sheet!.header, sheet!.rows));
    }
    else await writeFile(values.o, await workbookBuffer(catalogue, !!values['one-sheet']));
    io.err(`已导出 ${catalogue.items.length} 个公开事项到 ${values.o}`);
    return EXIT_OK;
  },
};
