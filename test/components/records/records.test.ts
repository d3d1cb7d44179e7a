import { expect } from '@open-wc/testing';
import { publicityPeriod, windowEnd } from '../../../src/components/records/publicity.js';
import { recordsView, viewRecords } from '../../../src/components/records/records-table.js';
import { deidentifyRecords, findIdNumbers } from '../../../src/catalogue/deidentify.js';
import { loadSample } from '../../helpers/sample.js';
import type { CatalogueItem, FieldDef } from '../../../src/catalogue/schema.js';

const beijing = (wallClock: string) => new Date(`${wallClock}+08:00`);
const dibaoLimit = { text: '信息形成之日起10个工作日内，公示7个工作日', amount: 10, unit: 'working_day', trigger: 'formed_or_changed', windowDays: 7 } as const;

describe('公示期', () => {
  it('公示7个工作日 from Monday 30 November 2026 ends Tuesday 8 December; calendar days when the rule says 天', () => {
    expect(windowEnd('2026-11-30', 7, true)).to.equal('2026-12-08');
    expect(windowEnd('2026-11-30', 7, false)).to.equal('2026-12-06');
    // Starting on a Saturday: the first working day is Monday.
    expect(windowEnd('2026-12-05', 5, true)).to.equal('2026-12-11');
  });

  it('counts 调休 and holidays: 5 working days from 30 September 2025 are 30 Sep, 9, 10, Saturday 11 (调休) and 13 October', () => {
    expect(windowEnd('2025-09-30', 5, true)).to.equal('2025-10-13');
    expect(windowEnd('2025-09-30', 4, true)).to.equal('2025-10-11');
  });

  it('running while on display, with days left, ended from the Beijing midnight after its last day', () => {
    const item = { timeLimit: dibaoLimit, records: { schema: [], rows: [], displayStart: '2026-11-30' } } as Pick<CatalogueItem, 'records' | 'timeLimit'>;
    expect(publicityPeriod(item, beijing('2026-12-06T10:00:00'))).to.deep.equal({ phase: 'running', daysLeft: 2, start: '2026-11-30', end: '2026-12-08', endComputed: true, workingDays: true });
    expect(publicityPeriod(item, beijing('2026-12-08T23:59:00'))).to.include({ phase: 'running', daysLeft: 0 });
    expect(publicityPeriod(item, beijing('2026-12-09T00:00:00'))).to.include({ phase: 'ended' });
    expect(publicityPeriod(item, beijing('2026-11-29T23:59:00'))).to.include({ phase: 'upcoming' });
  });

  it('a given end wins over the computed one; no dates at all is undated', () => {
    const given = { timeLimit: dibaoLimit, records: { schema: [], rows: [], displayStart: '2026-11-30', displayEnd: '2026-12-10' } } as Pick<CatalogueItem, 'records' | 'timeLimit'>;
    expect(publicityPeriod(given, beijing('2026-12-09T12:00:00'))).to.include({ phase: 'running', end: '2026-12-10', endComputed: false });
    const undated = { timeLimit: { text: '实时公开' }, records: { schema: [], rows: [] } } as Pick<CatalogueItem, 'records' | 'timeLimit'>;
    expect(publicityPeriod(undated, beijing('2026-12-09T12:00:00'))).to.deep.equal({ phase: 'undated', endComputed: false, workingDays: false });
  });
});

describe('公示 table: search and pages over de-identified rows', () => {
  const schema: FieldDef[] = [
    { key: 'holder', label: '户主姓名', type: 'text', required: true },
    { key: 'idNumber', label: '身份证号码', type: 'idNumber', required: true },
    { key: 'village', label: '村', type: 'text', required: true, public: true },
  ];
  const rows = Array.from({ length: 45 }, (_, i) => ({ holder: i === 7 ? '张小明' : `李${'一二三四五六七八九'[i % 9]}`, idNumber: `41079919900307${String(1000 + i)}`, village: i % 3 ? '刘庄村' : '赵庄村' }));

  it('pages of 20 by default, clamped to the pages there are, with each row\'s number in the whole list', () => {
    const view = recordsView({ schema, rows }, { page: 3 });
    expect(view).to.include({ total: 45, matched: 45, page: 3, pageCount: 3 });
    expect(view.rowNumbers).to.deep.equal([41, 42, 43, 44, 45]);
    expect(recordsView({ schema, rows }, { page: 99 }).page).to.equal(3);
    expect(recordsView({ schema, rows }, { pageSize: 0 }).rows.length).to.equal(45); // print: every row
  });

  it('finds rows by what is shown (village, masked name), width and spacing ignored, all words required', () => {
    const table = deidentifyRecords({ schema, rows });
    expect(viewRecords(table, { query: '赵庄村' }).matched).to.equal(15);
    expect(viewRecords(table, { query: '张*明' }).rowNumbers).to.deep.equal([8]);
    expect(viewRecords(table, { query: '赵庄村 李*' }).matched).to.equal(15);
    expect(viewRecords(table, { query: 'ＺＨＡＯ' }).matched).to.equal(0);
  });

  it('cannot be used to test who is on the list: a full name or full ID number finds nothing', () => {
    const table = deidentifyRecords({ schema, rows });
    expect(viewRecords(table, { query: '张小明' }).matched).to.equal(0);
    expect(viewRecords(table, { query: rows[7]!.idNumber }).matched).to.equal(0);
    expect(viewRecords(table, { query: rows[7]!.idNumber.slice(6, 14) }).matched, 'birth date').to.equal(0);
  });

  it('every page of every sample list is free of full ID numbers outside public columns', async () => {
    for (const item of (await loadSample()).items.filter((i) => i.records)) {
      const view = recordsView(item.records!, { pageSize: 0 });
      view.rows.forEach((row) => row.forEach((cell, c) => {
        if (!view.columns[c]!.public) expect(findIdNumbers(cell), `${item.name}: ${cell}`).to.deep.equal([]);
      }));
    }
  });
});
