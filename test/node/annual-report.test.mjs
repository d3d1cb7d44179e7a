// Table 三 of the annual report as an Excel workbook, read back with exceljs as an office would open it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { loadModules } from '../helpers/node-bundle.mjs';

const { annualReport, annualReportWorkbook, requestYear } = await loadModules(`
export { annualReport } from './src/forms/request-report.ts';
export { annualReportWorkbook } from './src/server/annual-report-xlsx.ts';
export { requestYear } from './test/fixtures/request-year.ts';
`);

test('xlsx: the 2021 layout with its merged cells and the counts as numbers', async () => {
  const report = annualReport(requestYear(), { year: 2026 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await annualReportWorkbook(report, { title: '示例县人民政府办公室2026年收到和处理政府信息公开申请情况' }));
  const ws = workbook.worksheets[0];
  assert.equal(ws.name, '2026年表三');
  assert.equal(ws.getCell('A1').value, '示例县人民政府办公室2026年收到和处理政府信息公开申请情况');
  assert.equal(ws.getCell('D2').value, '申请人情况');
  assert.equal(ws.getCell('E3').value, '法人或其他组织');
  assert.equal(ws.getCell('H4').value, '法律服务机构');
  // Row 5 is 一、本年新收; row 28 （七）总计; row 29 四、结转下年度.
  assert.deepEqual(ws.getRow(5).values.slice(1), ['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', 18, 3, 2, 2, 2, 1, 28]);
  assert.equal(ws.getCell('J28').value, 28);
  assert.equal(ws.getCell('A29').value, '四、结转下年度继续办理');
  assert.equal(ws.getCell('J29').value, 5);
  assert.equal(typeof ws.getCell('D9').value, 'number');
  // Merged: 三、本年度办理结果 down A7:A28, （三）不予公开 down B9:B16, the heading A2:C4.
  assert.equal(ws.getCell('A20').master.address, 'A7');
  assert.equal(ws.getCell('B16').master.address, 'B9');
  assert.equal(ws.getCell('C3').master.address, 'A2');
  assert.equal(ws.getCell('B9').value, '（三）不予公开');
  assert.equal(ws.pageSetup.orientation, 'landscape');
});
