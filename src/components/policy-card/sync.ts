/**
 * 三同步: an interpretation should be published together with its policy. This compares the two
 * publication days as calendar days in China Standard Time (UTC+8), whatever offset or precision
 * the ISO strings carry, so 2024-03-20T23:30:00Z counts as 3月21日 in Beijing.
 */
import { chinaDay } from '../../catalogue/dates.js';
import type { Interpretation, Policy } from '../../catalogue/schema.js';

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

/**
 * Who interpreted: the drafting department (谁起草、谁解读: its 第一解读人 or staff), an expert, the
 * media, or another body. Expert and media interpretations are recognised by role or form first, so
 * an expert talk organised by the drafting department still counts as an expert's.
 */
export type InterpreterKind = 'drafting' | 'expert' | 'media' | 'other';

export function interpreterKind(policy: Pick<Policy, 'drafterId'>, interpretation: Interpretation): InterpreterKind {
  const { role, agencyId } = interpretation.interpreter;
  if (role === '专家' || interpretation.form === '专家解读') return 'expert';
  if (role === '媒体' || interpretation.form === '媒体解读') return 'media';
  if (agencyId === policy.drafterId || role === '第一解读人' || role === '起草部门') return 'drafting';
  return 'other';
}

/**
 * 三同步 for one policy: `met` when the drafting department's interpretation came out with the policy
 * (within `toleranceDays` calendar days), `late` when its first one came later, `missing` when it has
 * none, `date-error` when its only ones are dated before the policy (a data error, which `zwgk
 * validate` reports), `not-applicable` for a 不予公开 document. Expert, media and other bodies'
 * interpretations are listed but never judged: coming later is normal for them.
 */
export type SyncVerdict = 'met' | 'late' | 'missing' | 'date-error' | 'not-applicable';

export interface JudgedInterpretation {
  readonly interpretation: Interpretation;
  readonly kind: InterpreterKind;
  readonly sync: SyncResult;
}

export interface PolicySync {
  readonly verdict: SyncVerdict;
  readonly toleranceDays: number;
  /** The drafting department's first interpretation on or after the policy's day, which the verdict rests on. */
  readonly drafting?: JudgedInterpretation;
  /** Every interpretation given, oldest first, with who made it and its distance from the policy. */
  readonly interpretations: readonly JudgedInterpretation[];
  /** Interpretations dated before the policy (data errors), of any interpreter. */
  readonly dateErrors: readonly JudgedInterpretation[];
}

export interface SyncOptions {
  /** Calendar days the drafting department's interpretation may follow the policy and still count (default 0: the same day). */
  readonly toleranceDays?: number;
}

export function judgeSync(policy: Policy, interpretations: readonly Interpretation[], options: SyncOptions = {}): PolicySync {
  const toleranceDays = Math.max(0, Math.floor(options.toleranceDays ?? 0));
  const judged = interpretations
    .map((interpretation): JudgedInterpretation => ({
      interpretation, kind: interpreterKind(policy, interpretation), sync: syncStatus(policy.publishedAt, interpretation.publishedAt),
    }))
    .sort((a, b) => a.sync.days - b.sync.days || a.interpretation.publishedAt.localeCompare(b.interpretation.publishedAt));
  const dateErrors = judged.filter((j) => j.sync.status === 'early');
  const base = { toleranceDays, interpretations: judged, dateErrors };
  if (policy.attribute === '不予公开') return { verdict: 'not-applicable', ...base };
  const ownAll = judged.filter((j) => j.kind === 'drafting');
  const drafting = ownAll.find((j) => j.sync.status === 'same-day' || j.sync.status === 'late');
  if (!drafting) return { verdict: ownAll.length ? 'date-error' : 'missing', ...base };
  return { verdict: drafting.sync.days <= toleranceDays ? 'met' : 'late', drafting, ...base };
}
