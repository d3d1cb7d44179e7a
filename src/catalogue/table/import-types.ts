/**
 * The data passed between the steps of a table import: sheets of text cells in, located warnings
 * out. Kept apart so that the readers (xlsx, CSV) and the pure steps share one vocabulary.
 */

/** One worksheet (or one CSV file) as text: `rows[r][c]`, merged cells already carry their value. */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  /** Cells (keyed by `cellKey`) whose value a merged cell, or an HTML rowspan/colspan, copied from the cell it starts at. */
  readonly copied?: ReadonlySet<number>;
  /** Text around the table that may name its domain: an HTML page's title, caption and headings. */
  readonly context?: readonly string[];
}

/** The key of a 0-based cell in `Sheet.copied`. */
export const cellKey = (row: number, column: number) => row * 16_384 + column;

/** A cell that could not be mapped, a row that was not imported, an assumption made. */
export interface ImportWarning {
  readonly sheet: string;
  /** A1 reference such as `F12`. */
  readonly cell: string;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/** `社会救助!F12: 未识别的公开对象 "部分群众"` */
export function describeWarning(warning: ImportWarning, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return `${warning.sheet}!${warning.cell}: ${locale === 'en' ? warning.en : warning.zh}`;
}

/** Column letters → number: A → 1, AA → 27. */
const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Warnings in reading order: by sheet (in the order given), then row, then column. */
export function sortWarnings(warnings: readonly ImportWarning[], sheetOrder: readonly string[]): ImportWarning[] {
  const position = (w: ImportWarning) => {
    const [, letters = 'A', row = '0'] = /^([A-Z]+)(\d+)$/.exec(w.cell) ?? [];
    return [sheetOrder.indexOf(w.sheet), Number(row), columnNumber(letters)];
  };
  return warnings
    .map((warning, index) => ({ warning, index, key: position(warning) }))
    .sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]! || a.index - b.index)
    .map(({ warning }) => warning);
}
