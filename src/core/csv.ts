/**
 * CSV as Excel reads it: RFC 4180 quoting, a UTF-8 BOM and CRLF line ends, so Chinese text opens
 * correctly by double-click. Shared by the catalogue table export and the desk's exports.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[], options: { guardFormulas?: boolean } = {}): string {
  const cell = (value: string | number) => {
    const text = options.guardFormulas && typeof value === 'string' ? guardFormula(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return before one) as a formula, so text typed by the public (a name, an answer) could
 * call out or run commands when staff open the export. Such text gets a leading apostrophe and is
 * kept as text. For exports of what citizens typed; numbers are left alone.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
