/**
 * `zwgk export catalogue.json -o table.xlsx|table.csv`: the familiar wide table that county sites
 * publish (序号, 公开事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式,
 * 公开层级), one sheet per domain by default. The columns are the tree's print/CSV table, one
 * definition for all three.
 */
import { writeFile } from 'node:fs/promises';
import { TABLE_HEADERS, tableRows, toCsv } from '../components/catalogue-tree/export-table.js';
import { sortDomains } from '../components/catalogue-tree/model.js';
import type { Catalogue } from '../catalogue/schema.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';

const WIDTHS = [6, 28, 40, 40, 24, 20, 24, 10, 10, 12];

/** Sheets of the workbook: one per domain (in the 26-domain order), or one for all. */
export function sheetsOf(catalogue: Catalogue, oneSheet: boolean): { name: string; rows: string[][] }[] {
  if (oneSheet) return [{ name: '标准目录', rows: tableRows(catalogue.items, catalogue) }];
  return sortDomains(catalogue.domains)
    .map((domain) => ({ name: domain.name.slice(0, 31), rows: tableRows(catalogue.items.filter((i) => i.domainId === domain.id), catalogue) }))
    .filter((sheet) => sheet.rows.length > 0);
}

export async function workbookBuffer(catalogue: Catalogue, oneSheet: boolean): Promise<Buffer> {
  // Loaded only when a workbook is written: other commands start without it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zwgk-elements';
  for (const sheet of sheetsOf(catalogue, oneSheet)) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...TABLE_HEADERS]);
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    for (const row of sheet.rows) ws.addRow(row).alignment = { vertical: 'top', wrapText: true };
    WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
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
    if (/\.csv$/i.test(values.o)) await writeFile(values.o, toCsv(TABLE_HEADERS, tableRows(catalogue.items, catalogue)));
    else await writeFile(values.o, await workbookBuffer(catalogue, !!values['one-sheet']));
    io.err(`已导出 ${catalogue.items.length} 个公开事项到 ${values.o}`);
    return EXIT_OK;
  },
};
