/**
 * The data passed between the steps of a table import: sheets of text cells in, located warnings
 * out. Kept apart so that the readers (xlsx, CSV) and the pure steps share one vocabulary.
 */

/** One worksheet (or one CSV file) as text: `rows[r][c]`, merged cells already carry their value. */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

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
