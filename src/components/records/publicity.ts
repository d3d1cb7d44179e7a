/**
 * The 公示期 of an item's records: when the list went up, when it comes down, and whether it is still
 * running — "公示7个工作日" counts working days with the holiday calendar (调休 included), the first
 * day of display being day one. Pure.
 */
import type { CatalogueItem } from '../../catalogue/schema.js';
import { chinaDay, chinaDayOf, endOf, isoOfChinaDay, startOf } from '../../catalogue/dates.js';
import { addDays, addWorkingDays, makeCalendar, type WorkingCalendar } from '../../forms/working-days.js';

export type PublicityPhase = 'upcoming' | 'running' | 'ended' | 'undated';

export interface PublicityPeriod {
  /** Not yet up; on display; over; or no dates to tell. */
  readonly phase: PublicityPhase;
  /** `records.displayStart` as written. */
  readonly start?: string;
  /** `records.displayEnd`, or computed from the start and `timeLimit.windowDays`. */
  readonly end?: string;
  /** The end was computed from the item's 公示 window rather than given. */
  readonly endComputed: boolean;
  /** The computed window counts working days (公示7个工作日) rather than calendar days. */
  readonly workingDays: boolean;
  /** While running: whole Beijing calendar days left after today (0 = today is the last day). */
  readonly daysLeft?: number;
}

/** 公示7个工作日 / 公示期为5个工作日: the window is in working days when the rule says so next to 公示. */
const WORKING_DAY_WINDOW = /公示(期)?[^，。；,;]*?工作日/;

/** The last day of a window of `days` days starting on `start` (day one), in working or calendar days. */
export function windowEnd(start: string, days: number, workingDays: boolean, calendar: WorkingCalendar = makeCalendar()): string {
  const first = isoOfChinaDay(chinaDay(start)!);
  if (days <= 0) return first;
  if (!workingDays) return addDays(first, days - 1);
  return calendar.isWorkingDay(first) ? addWorkingDays(first, days - 1, calendar) : addWorkingDays(first, days, calendar);
}

export function publicityPeriod(
  item: Pick<CatalogueItem, 'records' | 'timeLimit'>,
  now: Date = new Date(),
  calendar?: WorkingCalendar,
): PublicityPeriod {
  const start = item.records?.displayStart;
  const workingDays = WORKING_DAY_WINDOW.test(item.timeLimit.text);
  const window = item.timeLimit.windowDays;
  const given = item.records?.displayEnd;
  const end = given ?? (start && window !== undefined ? windowEnd(start, window, workingDays, calendar) : undefined);
  const base = { ...(start ? { start } : {}), ...(end ? { end } : {}), endComputed: !given && end !== undefined, workingDays };
  const time = now.getTime();
  if (!start && !end) return { phase: 'undated', ...base };
  if (start && time < startOf(start)!) return { phase: 'upcoming', ...base };
  if (end && time >= endOf(end)!) return { phase: 'ended', ...base };
  if (!end) return { phase: 'running', ...base };
  return { phase: 'running', daysLeft: Math.max(0, chinaDay(end)! - chinaDayOf(now)), ...base };
}
