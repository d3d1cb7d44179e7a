/**
 * Working-day arithmetic for statutory deadlines (政府信息公开条例 art. 33: reply within 20
 * working days of receipt, extendable by 20; art. 30: 补正 notice within 7). Dates are calendar
 * days in China written `YYYY-MM-DD`, computed in UTC so no time zone can shift them.
 */
import { HOLIDAY_CALENDAR, type HolidayYear } from './holiday-calendar.js';

const DAY_MS = 86_400_000;

export interface WorkingCalendar {
  isWorkingDay(date: string): boolean;
  /** Whether the answer for `date` rests on a provisional or missing year of data. */
  isEstimate(date: string): boolean;
}

const toTime = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return toDate(toTime(date) + days * DAY_MS);
}

/** The calendar day in China (UTC+8, no daylight saving) of an instant: what a deadline counts from. */
export function beijingDate(instant: Date | string): string {
  const time = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return toDate(time + 8 * 3_600_000);
}

export function makeCalendar(years: readonly HolidayYear[] = HOLIDAY_CALENDAR): WorkingCalendar {
  const off = new Set<string>();
  const on = new Set<string>();
  const firm = new Set<number>();
  for (const entry of years) {
    if (!entry.provisional) firm.add(entry.year);
    for (const [first, last] of entry.holidays) for (let d = first; d <= last; d = addDays(d, 1)) off.add(d);
    for (const d of entry.workdays) on.add(d);
  }
  return {
    isWorkingDay(date) {
      if (on.has(date)) return true;
      if (off.has(date)) return false;
      const weekday = new Date(toTime(date)).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
    isEstimate: (date) => !firm.has(Number(date.slice(0, 4))),
  };
}

/** The n-th working day after `date` (the day of receipt itself does not count). */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = makeCalendar()): string {
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) counted++;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar = makeCalendar()): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) count++;
  return count;
}

export interface StatutoryTimeline {
  received: string;
  /** 补正 (request for clarification) must be sent by this day. */
  supplementBy: string;
  /** The reply is due by this day. */
  replyBy: string;
  /** The latest reply day if the agency extends (with notice). */
  extendedReplyBy: string;
  /** True when any of these days falls in a year whose holiday data is provisional or missing. */
  estimate: boolean;
}

export function statutoryTimeline(
  received: string,
  deadlines: { replyWorkingDays: number; extensionWorkingDays: number; supplementNoticeWorkingDays: number } = { replyWorkingDays: 20, extensionWorkingDays: 20, supplementNoticeWorkingDays: 7 },
  calendar: WorkingCalendar = makeCalendar(),
): StatutoryTimeline {
  const supplementBy = addWorkingDays(received, deadlines.supplementNoticeWorkingDays, calendar);
  const replyBy = addWorkingDays(received, deadlines.replyWorkingDays, calendar);
  const extendedReplyBy = addWorkingDays(replyBy, deadlines.extensionWorkingDays, calendar);
  const estimate = [received, supplementBy, replyBy, extendedReplyBy].some((d) => calendar.isEstimate(d));
  return { received, supplementBy, replyBy, extendedReplyBy, estimate };
}
