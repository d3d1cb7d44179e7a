/**
 * Lays the cells of an HTML table out on a grid as a browser does, rowspan and colspan included:
 * a spanning cell's text is carried into every slot it covers, as a merged Excel cell's value is,
 * and those slots are marked as copied (`Sheet.copied`). Pure; used by the HTML reader.
 */
import { cellKey } from './import-types.js';

export interface SpanCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** The HTML spec's limits (a colspan of 1,000, a rowspan of 65,534); rowspan 0 means "to the last row". */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65_534;

export function spanGrid(rows: readonly (readonly SpanCell[])[]): { rows: string[][]; copied: Set<number> } {
  const grid: (string | undefined)[][] = rows.map(() => []);
  const copied = new Set<number>();
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      const colSpan = Math.min(Math.max(1, Math.floor(cell.colSpan) || 1), MAX_COLSPAN);
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : Math.min(Math.max(1, Math.floor(cell.rowSpan) || 1), MAX_ROWSPAN, rows.length - r);
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const row = grid[r + dr]!;
          // An overlapping span keeps the cell placed first, as browsers do.
          if (row[c + dc] !== undefined) continue;
          row[c + dc] = cell.text;
          if (dr || dc) copied.add(cellKey(r + dr, c + dc));
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { rows: grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? '')), copied };
}
