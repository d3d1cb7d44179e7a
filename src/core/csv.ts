/**
 * CSV as Excel reads it: RFC 4180 quoting, a UTF-8 BOM and CRLF line ends, so Chinese text opens
 * correctly by double-click. Shared by the catalogue table export and the desk's exports.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
