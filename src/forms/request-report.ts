/**
 * Table 三 of the annual report (国办公开办函〔2021〕30号: 收到和处理政府信息公开申请情况), counted
 * from the requests' events. Pure: the server passes the applications of an agency (or all), the
 * CLI and the desk print the layout as xlsx or CSV.
 *
 * Counting rules (docs/request-workflow.md §7):
 * - a request counts from its day of receipt (art. 31); one never registered, or voided, never counts;
 * - 本年新收: received in the year; 上年结转: received before it and not concluded before 1 January;
 * - 本年度办理结果: concluded in the year (the reply's date, or the day the request lapsed or was
 *   withdrawn), in the row of its reason (request-outcomes.ts);
 * - 结转下年度: received by 31 December and not concluded by then;
 * so in every column 一 + 二 = （七）总计 + 四, the check the format prints above the table.
 * Columns: 自然人 is a 公民 applicant; 法人 and 其他组织 go by their organisation kind, 其他 when none.
 */
import type { Locale, LocalizedText } from '../catalogue/problems.js';
import { toCsv } from '../core/csv.js';
import { OUTCOME_REASONS, REPORT_RESULT_ROWS, type ReportResultRow } from './request-outcomes.js';
import type { OrganisationKind } from './request-schema.js';
import { replay, type RequestCase, type WorkflowEvent } from './request-workflow.js';

export const REPORT_COLUMNS = ['natural', 'commercial', 'research', 'public_interest', 'legal_service', 'other_organisation', 'total'] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
type ApplicantColumn = Exclude<ReportColumn, 'total'>;

export const REPORT_COLUMN_LABELS: Readonly<Record<ReportColumn, LocalizedText>> = {
  natural: { 'zh-CN': '自然人', en: 'Natural persons' },
  commercial: { 'zh-CN': '商业企业', en: 'Businesses' },
  research: { 'zh-CN': '科研机构', en: 'Research institutions' },
  public_interest: { 'zh-CN': '社会公益组织', en: 'Public-interest organisations' },
  legal_service: { 'zh-CN': '法律服务机构', en: 'Legal service providers' },
  other_organisation: { 'zh-CN': '其他', en: 'Others' },
  total: { 'zh-CN': '总计', en: 'Total' },
};

const COLUMN_OF_KIND: Readonly<Record<OrganisationKind, ApplicantColumn>> = {
  商业企业: 'commercial',
  科研机构: 'research',
  社会公益组织: 'public_interest',
  法律服务机构: 'legal_service',
  其他: 'other_organisation',
};

export const REPORT_ROWS = ['new', 'carried_over', ...REPORT_RESULT_ROWS, 'total', 'carried_forward'] as const;
export type ReportRow = (typeof REPORT_ROWS)[number];

interface RowLabel {
  /** 一、… 二、… 三、本年度办理结果 四、… */
  section: LocalizedText;
  /** （一）…（七）: the result group, for result rows. */
  group?: LocalizedText;
  /** The numbered reason (1.属于国家秘密), for rows under a group with reasons. */
  item?: LocalizedText;
}

const RESULTS: LocalizedText = { 'zh-CN': '三、本年度办理结果', en: 'III. Results this year' };
const GROUPS: Readonly<Record<string, LocalizedText>> = {
  withheld: { 'zh-CN': '（三）不予公开', en: '(3) Withheld' },
  unavailable: { 'zh-CN': '（四）无法提供', en: '(4) Cannot be provided' },
  not_processed: { 'zh-CN': '（五）不予处理', en: '(5) Not processed' },
  other: { 'zh-CN': '（六）其他处理', en: '(6) Otherwise handled' },
};

/** The wording of table 三, row by row, as the 2021 format prints it. */
export const REPORT_ROW_LABELS: Readonly<Record<ReportRow, RowLabel>> = (() => {
  const labels = {
    new: { section: { 'zh-CN': '一、本年新收政府信息公开申请数量', en: 'I. Requests received this year' } },
    carried_over: { section: { 'zh-CN': '二、上年结转政府信息公开申请数量', en: 'II. Requests carried over from last year' } },
    disclosed: { section: RESULTS, group: { 'zh-CN': '（一）予以公开', en: '(1) Disclosed' } },
    partly_disclosed: { section: RESULTS, group: { 'zh-CN': '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: '(2) Partly disclosed (separable requests count here only)' } },
    total: { section: RESULTS, group: { 'zh-CN': '（七）总计', en: '(7) Total' } },
    carried_forward: { section: { 'zh-CN': '四、结转下年度继续办理', en: 'IV. Carried forward to next year' } },
  } as Record<ReportRow, RowLabel>;
  const ITEM_TEXT: Partial<Record<ReportResultRow, LocalizedText>> = {
    'other.no_correction': { 'zh-CN': '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', en: 'Not corrected in time without good reason; no further processing' },
    'other.fee_unpaid': { 'zh-CN': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', en: 'Fee not paid in time; no further processing' },
    'other.other': { 'zh-CN': '其他', en: 'Other' },
  };
  const counters: Record<string, number> = {};
  for (const row of REPORT_RESULT_ROWS) {
    const [group, reason] = row.split('.') as [string, string | undefined];
    if (!reason) continue;
    const n = (counters[group] = (counters[group] ?? 0) + 1);
    const text = ITEM_TEXT[row] ?? (OUTCOME_REASONS as Record<string, { label: LocalizedText }>)[reason]!.label;
    labels[row] = { section: RESULTS, group: GROUPS[group]!, item: { 'zh-CN': `${n}.${text['zh-CN']}`, en: `${n}. ${text.en}` } };
  }
  return labels;
})();

export interface ReportApplication {
  /** The agency the request was made to, for a report per agency. */
  agencyId?: string;
  applicantType: '公民' | '法人' | '其他组织';
  /** For 法人 and 其他组织 (the request form's organisation kind). */
  organisationKind?: OrganisationKind;
  events: readonly WorkflowEvent[] | RequestCase;
}

export type ReportCells = Record<ReportRow, Record<ReportColumn, number>>;

export interface AnnualReport {
  year: number;
  agencyId?: string;
  cells: ReportCells;
  /** Requests counted in the table. */
  requests: number;
  /** Organisations without a kind, counted under 其他. */
  organisationsWithoutKind: number;
  /** Columns where 一 + 二 ≠ （七）总计 + 四 (empty unless the data contradict themselves). */
  unbalanced: ReportColumn[];
}

const zeroRow = () => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, 0])) as Record<ReportColumn, number>;

/**
 * The table for `year`, counting `applications` (all of them, or those of `agencyId`).
 * `rowOf` lets a province that counts a reason elsewhere (art. 36 (七), say) say so.
 */
export function annualReport(
  applications: Iterable<ReportApplication>,
  options: { year: number; agencyId?: string; rowOf?: Partial<Record<keyof typeof OUTCOME_REASONS, ReportResultRow>> },
): AnnualReport {
  const { year, agencyId } = options;
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const cells = Object.fromEntries(REPORT_ROWS.map((row) => [row, zeroRow()])) as ReportCells;
  let requests = 0;
  let organisationsWithoutKind = 0;
  for (const application of applications) {
    if (agencyId !== undefined && application.agencyId !== agencyId) continue;
    const c = Array.isArray(application.events) ? replay(application.events) : (application.events as RequestCase);
    if (!c.receivedOn || c.state === 'voided' || c.receivedOn > last) continue;
    if (c.concludedOn && c.concludedOn < first) continue;
    let column: ApplicantColumn = 'natural';
    if (application.applicantType !== '公民') {
      column = application.organisationKind ? COLUMN_OF_KIND[application.organisationKind] : 'other_organisation';
      if (!application.organisationKind) organisationsWithoutKind++;
    }
    const count = (row: ReportRow) => {
      cells[row][column]++;
      cells[row].total++;
    };
    requests++;
    count(c.receivedOn >= first ? 'new' : 'carried_over');
    if (c.outcome && c.concludedOn && c.concludedOn <= last) {
      count(options.rowOf?.[c.outcome.reason] ?? OUTCOME_REASONS[c.outcome.reason].reportRow);
      count('total');
    } else {
      count('carried_forward');
    }
  }
  const unbalanced = REPORT_COLUMNS.filter((col) => cells.new[col] + cells.carried_over[col] !== cells.total[col] + cells.carried_forward[col]);
  return { year, ...(agencyId !== undefined ? { agencyId } : {}), cells, requests, organisationsWithoutKind, unbalanced };
}

/** A rectangle of merged cells, 0-based and inclusive: [top, left, bottom, right]. */
export type Merge = readonly [number, number, number, number];

export interface ReportSheet {
  title: string;
  /** The grid as printed: 3 heading rows, then one row per table row; labels in columns 0–2, counts in 3–9. */
  grid: (string | number)[][];
  merges: Merge[];
  /** Rows 0..headerRows-1 are headings. */
  headerRows: number;
}

/**
 * The table as the format prints it (three label columns, merged headings), for a workbook or a
 * screen. Counts are numbers, labels strings, empty cells ''.
 */
export function reportSheet(report: AnnualReport, locale: Locale = 'zh-CN', title?: string): ReportSheet {
  const l = (text: LocalizedText) => text[locale];
  const columns = REPORT_COLUMNS.map((c) => l(REPORT_COLUMN_LABELS[c]));
  const grid: (string | number)[][] = [
    [l({ 'zh-CN': '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', en: '(In each column, I + II = III + IV)' }), '', '', l({ 'zh-CN': '申请人情况', en: 'Applicants' }), '', '', '', '', '', ''],
    ['', '', '', columns[0]!, l({ 'zh-CN': '法人或其他组织', en: 'Legal persons and other organisations' }), '', '', '', '', columns[6]!],
    ['', '', '', '', ...columns.slice(1, 6), ''],
  ];
  const merges: Merge[] = [[0, 0, 2, 2], [0, 3, 0, 9], [1, 3, 2, 3], [1, 4, 1, 8], [1, 9, 2, 9]];
  const counts = (row: ReportRow) => REPORT_COLUMNS.map((c) => report.cells[row][c]);
  const top = grid.length;
  for (const row of REPORT_ROWS) {
    const label = REPORT_ROW_LABELS[row];
    const r = grid.length;
    grid.push([l(label.section), label.group ? l(label.group) : '', label.item ? l(label.item) : '', ...counts(row)]);
    if (!label.group) merges.push([r, 0, r, 2]);
    else if (!label.item) merges.push([r, 1, r, 2]);
  }
  // A label repeated down a column is printed once, in a merged cell: the section 三 and each group.
  const mergeRuns = (column: number, inRun: (row: RowLabel) => boolean) => {
    for (let r = top; r < grid.length; r++) {
      const label = REPORT_ROW_LABELS[REPORT_ROWS[r - top]!];
      if (!inRun(label)) continue;
      let end = r;
      while (end + 1 < grid.length && inRun(REPORT_ROW_LABELS[REPORT_ROWS[end + 1 - top]!]) && grid[end + 1]![column] === grid[r]![column]) end++;
      if (end > r) {
        merges.push([r, column, end, column]);
        for (let blank = r + 1; blank <= end; blank++) grid[blank]![column] = '';
      }
      r = end;
    }
  };
  mergeRuns(1, (label) => !!label.item);
  mergeRuns(0, (label) => label.section === RESULTS);
  const heading = title ?? l({ 'zh-CN': `${report.year}年 收到和处理政府信息公开申请情况`, en: `${report.year}: requests received and handled` });
  return { title: heading, grid, merges, headerRows: 3 };
}

/** The same table as CSV (UTF-8 with BOM): one heading row, labels repeated in every row, for spreadsheets and scripts. */
export function reportCsv(report: AnnualReport, locale: Locale = 'zh-CN'): string {
  const l = (text: LocalizedText) => text[locale];
  const organisations = l({ 'zh-CN': '法人或其他组织', en: 'Organisations' });
  const header = [
    l({ 'zh-CN': '项目', en: 'Section' }), l({ 'zh-CN': '类别', en: 'Group' }), l({ 'zh-CN': '情形', en: 'Item' }),
    ...REPORT_COLUMNS.map((c, i) => (i >= 1 && i <= 5 ? `${organisations}：${l(REPORT_COLUMN_LABELS[c])}` : l(REPORT_COLUMN_LABELS[c]))),
  ];
  const rows = REPORT_ROWS.map((row) => {
    const label = REPORT_ROW_LABELS[row];
    return [l(label.section), label.group ? l(label.group) : '', label.item ? l(label.item) : '', ...REPORT_COLUMNS.map((c) => report.cells[row][c])];
  });
  return toCsv(header, rows);
}
