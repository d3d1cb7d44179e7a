/**
 * The yearly review of the 负面清单: "每年度对不予公开的政府信息进行评估，对因情势变化可以公开的信息予以
 * 公开". Pure: when an entry was last reviewed, when the next review is due, and whether it is late.
 */
import type { NegativeListEntry } from './schema.js';
import { chinaDay, chinaDayOf, isoOfChinaDay } from './dates.js';

export interface NegativeListReview {
  /** `YYYY-MM-DD` of the last review: `reviewedAt`, else the entry's `updatedAt`. */
  readonly lastReview: string;
  /** `YYYY-MM-DD` the next review is due: `nextReviewAt`, else a year after the last one. */
  readonly nextReview: string;
  /** The due day has passed (Beijing time). */
  readonly overdue: boolean;
}

/** The same day one year later; 29 February becomes 28 February. */
function oneYearAfter(date: string): string {
  const year = Number(date.slice(0, 4)) + 1;
  const monthDay = date.slice(5, 10) === '02-29' ? '02-28' : date.slice(5, 10);
  return `${year}-${monthDay}`;
}

export function negativeListReview(entry: Pick<NegativeListEntry, 'updatedAt' | 'reviewedAt' | 'nextReviewAt'>, now: Date = new Date()): NegativeListReview {
  const lastReview = isoOfChinaDay(chinaDay(entry.reviewedAt ?? entry.updatedAt)!);
  const nextReview = entry.nextReviewAt ? isoOfChinaDay(chinaDay(entry.nextReviewAt)!) : oneYearAfter(lastReview);
  return { lastReview, nextReview, overdue: chinaDayOf(now) > chinaDay(nextReview)! };
}
