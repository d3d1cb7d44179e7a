/**
 * 三同步: an interpretation should be published together with its policy. This compares the two
 * publication days as calendar days in China Standard Time (UTC+8), whatever offset or precision
 * the ISO strings carry, so 2024-03-20T23:30:00Z counts as 3月21日 in Beijing.
 */
export type SyncStatus = 'same-day' | 'late' | 'early' | 'unknown';

export interface SyncResult {
  readonly status: SyncStatus;
  /** Whole calendar days between the two publications (positive when the interpretation is later). */
  readonly days: number;
}

const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** The calendar day (days since 1970-01-01) of an ISO date or date-time, in China Standard Time. */
export function chinaDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (dateOnly) return Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) / DAY_MS;
  // A date-time without an offset is read as Beijing time, which is what Chinese sources mean.
  const withZone = /([zZ]|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso}+08:00`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : Math.floor((ms + CST_OFFSET_MS) / DAY_MS);
}

export function syncStatus(policyPublishedAt: string | undefined, interpretationPublishedAt: string | undefined): SyncResult {
  const policy = chinaDay(policyPublishedAt);
  const interpretation = chinaDay(interpretationPublishedAt);
  if (policy === undefined || interpretation === undefined) return { status: 'unknown', days: 0 };
  const days = interpretation - policy;
  return { status: days === 0 ? 'same-day' : days > 0 ? 'late' : 'early', days };
}
