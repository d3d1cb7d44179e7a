/**
 * What a 公示 table shows: the de-identified rows of an item's records, searched and paged. Search
 * runs on the de-identified text only, so typing someone's full ID number or name finds nothing a
 * reader could not already see — the search box cannot be used to test who is on a list. Pure.
 */
import type { ItemRecords } from '../../catalogue/schema.js';
import { deidentifyRecords, type DeidentifiedRecords, type RecordColumn } from '../../catalogue/deidentify.js';

export interface RecordsQuery {
  /** Words that must all appear in a row (any column); case, width and spacing are ignored. */
  readonly query?: string;
  /** 1-based page; clamped to the pages there are. */
  readonly page?: number;
  /** Rows per page; 0 or less shows every row (print). */
  readonly pageSize?: number;
}

export interface RecordsView {
  readonly columns: readonly RecordColumn[];
  /** The rows of the page asked for, as display text. */
  readonly rows: readonly (readonly string[])[];
  /** 1-based numbers of those rows in the whole list, for 序号 and for "第 21–40 条". */
  readonly rowNumbers: readonly number[];
  readonly total: number;
  readonly matched: number;
  readonly page: number;
  readonly pageCount: number;
  readonly personList: boolean;
}

export const DEFAULT_PAGE_SIZE = 20;

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Filters and pages rows that are already de-identified (compute those once with `deidentifyRecords`). */
export function viewRecords(table: DeidentifiedRecords, options: RecordsQuery = {}): RecordsView {
  const terms = (options.query ?? '').split(/\s+/).map(fold).filter(Boolean);
  const haystacks = table.rows.map((row) => fold(row.join(' ')));
  const matching = table.rows.map((_, i) => i).filter((i) => terms.every((term) => haystacks[i]!.includes(term)));
  const size = options.pageSize === undefined ? DEFAULT_PAGE_SIZE : options.pageSize;
  const pageCount = size > 0 ? Math.max(1, Math.ceil(matching.length / size)) : 1;
  const page = Math.min(pageCount, Math.max(1, Math.floor(options.page ?? 1)));
  const shown = size > 0 ? matching.slice((page - 1) * size, page * size) : matching;
  return {
    columns: table.columns,
    rows: shown.map((i) => table.rows[i]!),
    rowNumbers: shown.map((i) => i + 1),
    total: table.rows.length,
    matched: matching.length,
    page,
    pageCount,
    personList: table.personList,
  };
}

/** De-identifies and views in one step (for one-off use; an element should keep the de-identified table). */
export function recordsView(records: Pick<ItemRecords, 'schema' | 'rows'>, options: RecordsQuery = {}): RecordsView {
  return viewRecords(deidentifyRecords(records), options);
}
