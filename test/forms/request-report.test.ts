import { expect } from '@open-wc/testing';
import { REPORT_RESULT_ROWS } from '../../src/forms/request-outcomes.js';
import { annualReport, reportCsv, reportSheet, REPORT_COLUMNS, REPORT_ROWS, type ReportCells, type ReportRow } from '../../src/forms/request-report.js';
import { EXPECTED_2026, EXPECTED_MZJ, requestYear } from '../fixtures/request-year.js';

const full = (sparse: Partial<Record<ReportRow, number[]>>): ReportCells =>
  Object.fromEntries(REPORT_ROWS.map((row) => [row, Object.fromEntries(REPORT_COLUMNS.map((c, i) => [c, sparse[row]?.[i] ?? 0]))])) as ReportCells;

describe('annual report table 三 (国办公开办函〔2021〕30号)', () => {
  const year = requestYear();

  it('a seeded year gives the hand-computed table, balanced in every column', () => {
    const report = annualReport(year, { year: 2026 });
    expect(report.cells).to.deep.equal(full(EXPECTED_2026));
    expect(report).to.deep.include({ year: 2026, requests: 33, organisationsWithoutKind: 1, unbalanced: [] });
  });

  it('per agency', () => {
    const report = annualReport(year, { year: 2026, agencyId: 'ag-mzj' });
    expect(report.cells).to.deep.equal(full(EXPECTED_MZJ));
    expect(report.requests).to.equal(5);
  });

  it('the next year starts from this year\'s carried-forward requests', () => {
    const next = annualReport(year, { year: 2027 });
    // 27, 28, 29, 30, 33 carried over; 31 and 34 received in 2027.
    expect(next.cells.carried_over.total).to.equal(5);
    expect(next.cells.new.total).to.equal(2);
    expect(next.cells.disclosed.total).to.equal(2); // 33, 34
  });

  it('a province that counts a reason elsewhere can say so', () => {
    const report = annualReport(year, { year: 2026, rowOf: { special_procedure: 'not_processed.confirmation' } });
    expect(report.cells['other.other'].total).to.equal(3);
    expect(report.cells['not_processed.confirmation'].total).to.equal(2);
    expect(report.unbalanced).to.deep.equal([]);
  });

  it('the printed layout: three label columns, merged headings and groups, 28 rows', () => {
    const sheet = reportSheet(annualReport(year, { year: 2026 }));
    expect(sheet.grid).to.have.length(3 + REPORT_ROWS.length);
    expect(sheet.grid[1]).to.deep.equal(['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计']);
    expect(sheet.grid[2]).to.deep.equal(['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    expect(sheet.grid[3]).to.deep.equal(['一、本年新收政府信息公开申请数量', '', '', 18, 3, 2, 2, 2, 1, 28]);
    expect(sheet.grid[5]).to.deep.equal(['三、本年度办理结果', '（一）予以公开', '', 5, 0, 1, 0, 1, 0, 7]);
    expect(sheet.grid[7]).to.deep.equal(['', '（三）不予公开', '1.属于国家秘密', 1, 0, 0, 0, 0, 0, 1]);
    expect(sheet.grid[9]).to.deep.equal(['', '', '3.危及“三安全一稳定”', 0, 0, 0, 0, 0, 0, 0]);
    expect(sheet.grid[23]!.slice(1, 3)).to.deep.equal(['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']);
    expect(sheet.grid[26]!.slice(0, 2)).to.deep.equal(['', '（七）总计']);
    expect(sheet.grid[27]).to.deep.equal(['四、结转下年度继续办理', '', '', 3, 1, 0, 1, 0, 0, 5]);
    expect([...sheet.merges].sort()).to.deep.equal([
      [0, 0, 2, 2], [0, 3, 0, 9], [1, 3, 2, 3], [1, 4, 1, 8], [1, 9, 2, 9],
      [3, 0, 3, 2], [4, 0, 4, 2], [5, 1, 5, 2], [6, 1, 6, 2], [7, 1, 14, 1], [15, 1, 17, 1], [18, 1, 22, 1], [23, 1, 25, 1], [26, 1, 26, 2], [27, 0, 27, 2],
      [5, 0, 26, 0],
    ].sort());
    expect(REPORT_RESULT_ROWS).to.have.length(21);
  });

  it('CSV: a heading row, then every row with its labels repeated', () => {
    const lines = reportCsv(annualReport(year, { year: 2026 })).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('项目,类别,情形,自然人,法人或其他组织：商业企业,法人或其他组织：科研机构,法人或其他组织：社会公益组织,法人或其他组织：法律服务机构,法人或其他组织：其他,总计');
    expect(lines[8]).to.equal('三、本年度办理结果,（三）不予公开,4.保护第三方合法权益,1,1,0,0,0,0,2');
    expect(lines).to.have.length(1 + REPORT_ROWS.length + 1);
    expect(reportCsv(annualReport(year, { year: 2026 }), 'en').split('\r\n')[1]).to.equal('I. Requests received this year,,,18,3,2,2,2,1,28');
  });
});
