/**
 * Chinese public holidays and 调休 make-up working days, from the State Council's annual notices
 * (国务院办公厅关于…部分节假日安排的通知). This is data: an editor extends it for a new year
 * by adding an entry here, or a page passes its own calendar to the request form.
 *
 * 2027's notice had not been published when this file was written: its entry holds only the
 * statutory holidays of the 2024 revised 全国年节及纪念日放假办法 (除夕 included), no 调休, and is
 * marked provisional, so deadlines computed in 2027 are shown as estimates.
 */
export interface HolidayYear {
  readonly year: number;
  /** Days off, as inclusive ranges `[first, last]` (YYYY-MM-DD) with the holiday's name. */
  readonly holidays: readonly (readonly [string, string, string])[];
  /** Weekend days that are working days (调休). */
  readonly workdays: readonly string[];
  /** The year's official notice, or undefined while it is provisional. */
  readonly source?: string;
  readonly provisional?: boolean;
}

export const HOLIDAY_CALENDAR: readonly HolidayYear[] = [
  {
    year: 2024,
    source: '国办发明电〔2023〕7号',
    holidays: [
      ['2024-01-01', '2024-01-01', '元旦'], ['2024-02-10', '2024-02-17', '春节'], ['2024-04-04', '2024-04-06', '清明节'],
      ['2024-05-01', '2024-05-05', '劳动节'], ['2024-06-10', '2024-06-10', '端午节'], ['2024-09-15', '2024-09-17', '中秋节'],
      ['2024-10-01', '2024-10-07', '国庆节'],
    ],
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    year: 2025,
    source: '国办发明电〔2024〕12号',
    holidays: [
      ['2025-01-01', '2025-01-01', '元旦'], ['2025-01-28', '2025-02-04', '春节'], ['2025-04-04', '2025-04-06', '清明节'],
      ['2025-05-01', '2025-05-05', '劳动节'], ['2025-05-31', '2025-06-02', '端午节'], ['2025-10-01', '2025-10-08', '国庆节、中秋节'],
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知',
    holidays: [
      ['2026-01-01', '2026-01-03', '元旦'], ['2026-02-15', '2026-02-23', '春节'], ['2026-04-04', '2026-04-06', '清明节'],
      ['2026-05-01', '2026-05-05', '劳动节'], ['2026-06-19', '2026-06-21', '端午节'], ['2026-09-25', '2026-09-27', '中秋节'],
      ['2026-10-01', '2026-10-07', '国庆节'],
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    provisional: true,
    holidays: [
      ['2027-01-01', '2027-01-01', '元旦'], ['2027-02-05', '2027-02-08', '春节'], ['2027-04-05', '2027-04-05', '清明节'],
      ['2027-05-01', '2027-05-02', '劳动节'], ['2027-06-09', '2027-06-09', '端午节'], ['2027-09-15', '2027-09-15', '中秋节'],
      ['2027-10-01', '2027-10-03', '国庆节'],
    ],
    workdays: [],
  },
];
