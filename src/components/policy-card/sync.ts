/**
 * 三同步: an interpretation should be published together with its policy. This compares the two
 * publication days as calendar days in China Standard Time (UTC+8), whatever offset or precision
 * the ISO strings carry, so 2024-03-20T23:30:00Z counts as 3月21日 in Beijing.
 */
import { chinaDay } from '../../catalogue/dates.js';

/** Re-exported: the Beijing calendar day now lives with the format's other date readers. */
export { chinaDay };

export type SyncStatus = 'same-day' | 'late' | 'early' | 'unknown';

export interface SyncResult {
  readonly status: SyncStatus;
  /** Whole calendar days between the two publications (positive when the interpretation is later). */
  readonly days: number;
}

export function syncStatus(policyPublishedAt: string | undefined, interpretationPublishedAt: string | undefined): SyncResult {
  const policy = chinaDay(policyPublishedAt);
  const interpretation = chinaDay(interpretationPublishedAt);
  if (policy === undefined || interpretation === undefined) return { status: 'unknown', days: 0 };
  const days = interpretation - policy;
  return { status: days === 0 ? 'same-day' : days > 0 ? 'late' : 'early', days };
}
