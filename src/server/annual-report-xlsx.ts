/**
 * Table 三 of the annual report as an Excel workbook, laid out as the 2021 format prints it
 * (merged headings, thin borders, A4 landscape), for `zwgk-server report` and the desk's download.
 * Node only: exceljs is loaded when a workbook is written.
 */
import type { Locale } from '../catalogue/problems.js';
import { reportSheet, type AnnualReport } from '../forms/request-report.js';

const WIDTHS = [14, 24, 46, 10, 10, 10, 12, 12, 10, 10];

export async function annualReportWorkbook(report: AnnualReport, options: { locale?: Locale; title?: string } = {}): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const sheet = reportSheet(report, options.locale, options.title);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zwgk-elements';
  const ws = workbook.addWorksheet(`${report.year}${options.locale === 'en' ? ' table III' : '年表三'}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 1 + sheet.headerRows }],
  });
  ws.addRow([sheet.title]);
  ws.mergeCells(1, 1, 1, WIDTHS.length);
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).alignment = { horizontal: 'center' };
  const border = { style: 'thin' as const };
  sheet.grid.forEach((cells, index) => {
    const row = ws.addRow(cells);
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.border = { top: border, left: border, bottom: border, right: border };
      cell.alignment = { vertical: 'middle', horizontal: column > 3 || index < sheet.headerRows ? 'center' : 'left', wrapText: true };
      if (index < sheet.headerRows) cell.font = { bold: true };
    });
  });
  // Grid row r is sheet row r + 2 (after the title); exceljs counts from 1.
  for (const [top, left, bottom, right] of sheet.merges) ws.mergeCells(top + 2, left + 1, bottom + 2, right + 1);
  WIDTHS.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
