/**
 * Reading the format's dates (`YYYY-MM-DD`, or a date-time with an optional offset) as Chinese
 * sources mean them: in Beijing time (UTC+8), whatever offset the string carries or the reader's
 * clock is set to. Pure; shared by the validator, the policy rules and every element that compares
 * a date with today.
 */

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HAS_ZONE = /([zZ]|[+-]\d{2}:\d{2})$/;

/** The calendar day (days since 1970-01-01) of an ISO date or date-time, in China Standard Time. */
export function chinaDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const dateOnly = DATE_ONLY.exec(iso);
  if (dateOnly) return Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) / DAY_MS;
  const ms = instantOf(iso);
  return ms === undefined ? undefined : Math.floor((ms + CST_OFFSET_MS) / DAY_MS);
}

/** The Beijing calendar day of a moment, e.g. of `new Date()`. */
export function chinaDayOf(moment: Date): number {
  return Math.floor((moment.getTime() + CST_OFFSET_MS) / DAY_MS);
}

/** `YYYY-MM-DD` of a Beijing calendar day number. */
export function isoOfChinaDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The moment (epoch ms) an ISO date-time denotes; a date-time without an offset is read as Beijing
 * time, which is what Chinese sources mean. A bare date has no single moment: see `startOf`/`endOf`.
 */
function instantOf(iso: string): number | undefined {
  const ms = Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}+08:00`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** When a date or date-time begins: a bare date begins at 00:00 Beijing time. */
export function startOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const day = DATE_ONLY.test(iso) ? chinaDay(iso) : undefined;
  return day !== undefined ? day * DAY_MS - CST_OFFSET_MS : instantOf(iso);
}

/**
 * When a date or date-time ends, as an exclusive bound: a bare date (有效期至 2026-02-28) runs to
 * the end of that day in Beijing, so this is 2026-03-01 00:00 Beijing time; a date-time ends at itself.
 */
export function endOf(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const day = DATE_ONLY.test(iso) ? chinaDay(iso) : undefined;
  return day !== undefined ? (day + 1) * DAY_MS - CST_OFFSET_MS : instantOf(iso);
}
