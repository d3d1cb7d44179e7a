import { expect } from '@open-wc/testing';
import { RowLayout } from '../../../src/components/catalogue-tree/row-layout.js';

/** The same layout the slow way: every row's height summed in turn. */
function tops(count: number, estimate: number, measured: Map<number, number>): number[] {
  const result = [0];
  for (let i = 0; i < count; i++) result.push(result[i]! + (measured.get(i) ?? estimate));
  return result;
}

describe('RowLayout (where each row of the virtual tree starts)', () => {
  it('rows not measured are one line high; measured rows move every row after them', () => {
    const measured = new Map([[3, 88], [0, 44], [10, 20], [7, 132.5]]);
    const layout = new RowLayout(12, 44, measured);
    const expected = tops(12, 44, measured);
    for (let i = 0; i <= 12; i++) expect(layout.top(i), `row ${i}`).to.equal(expected[i]);
    expect(layout.top(layout.count)).to.equal(expected[12]);
    expect(layout.top(4) - layout.top(3)).to.equal(88);
    expect(layout.top(8) - layout.top(7)).to.equal(132.5);
    expect(layout.top(5) - layout.top(4)).to.equal(44);
  });

  it('finds the row under a point, also inside a tall row and past either end', () => {
    const measured = new Map([[2, 100], [5, 30]]);
    const layout = new RowLayout(8, 40, measured);
    const expected = tops(8, 40, measured);
    for (let row = 0; row < 8; row++) {
      expect(layout.rowAt(expected[row]!), `start of row ${row}`).to.equal(row);
      expect(layout.rowAt(expected[row + 1]! - 0.5), `end of row ${row}`).to.equal(row);
    }
    expect(layout.rowAt(-10)).to.equal(0);
    expect(layout.rowAt(1e9)).to.equal(7);
  });

  it('ignores measurements of rows no longer listed, and an empty tree has no height', () => {
    const layout = new RowLayout(3, 44, [[5, 200], [-1, 200], [1, 60]]);
    expect(layout.top(layout.count)).to.equal(44 * 2 + 60);
    const empty = new RowLayout(0, 44);
    expect(empty.top(0)).to.equal(0);
    expect(empty.rowAt(100)).to.equal(0);
  });

  it('100,000 rows with a few hundred measured: the same tops as summing every row', () => {
    const measured = new Map<number, number>();
    for (let i = 0; i < 300; i++) measured.set((i * 7919) % 100_000, 44 + (i % 5) * 22);
    const layout = new RowLayout(100_000, 44, measured);
    const expected = tops(100_000, 44, measured);
    for (const i of [0, 1, 7919, 50_000, 99_999, 100_000]) expect(layout.top(i)).to.equal(expected[i]);
    expect(layout.rowAt(expected[61_234]! + 1)).to.equal(61_234);
  });
});
