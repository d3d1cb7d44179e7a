/**
 * How staff record the use of each opinion on a consultation (采纳情况), as pure rules shared by the
 * server's desk routes and the desk: who may decide, what a decision needs (a reason for every
 * opinion not adopted or only partly adopted, as the seeds' 采纳情况 reports give), and the
 * `adoptionReport` draft (format 1.1) the decisions add up to, ready for the catalogue.
 */
import { ADOPTION_OUTCOMES, type AdoptionOutcome } from '../catalogue/code-values.js';
import type { Consultation } from '../catalogue/schema.js';
import type { StaffRole } from './request-workflow.js';

/** 承办人, 审核人 and 管理员 decide; a 登记员 reads the list. */
export const MODERATOR_ROLES: readonly StaffRole[] = ['handler', 'reviewer', 'admin'];
export const canModerate = (roles: readonly string[]): boolean => roles.some((r) => (MODERATOR_ROLES as readonly string[]).includes(r));

/** Opinions on one consultation by outcome, as the desk lists them. */
export interface OpinionCounts {
  received: number;
  undecided: number;
  adopted: number;
  partly_adopted: number;
  not_adopted: number;
}

export const REASON_MAX_LENGTH = 1000;
export const SUMMARY_MAX_LENGTH = 500;

export interface DecisionInput {
  outcome?: unknown;
  reason?: unknown;
  summary?: unknown;
}

export interface CheckedDecision {
  outcome: AdoptionOutcome;
  reason?: string;
  summary?: string;
}

export type DecisionProblem = { path: 'outcome' | 'reason' | 'summary'; message: string };

/** A decision as sent, checked: the outcome, and the reason it owes; or the problems found. */
export function checkDecision(input: DecisionInput): { ok: true; decision: CheckedDecision } | { ok: false; problems: DecisionProblem[] } {
  const problems: DecisionProblem[] = [];
  const outcome = typeof input.outcome === 'string' && (ADOPTION_OUTCOMES as readonly string[]).includes(input.outcome) ? (input.outcome as AdoptionOutcome) : undefined;
  if (!outcome) problems.push({ path: 'outcome', message: '请选择采纳情况：采纳、部分采纳或未采纳' });
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value === undefined || value === null ? '' : undefined);
  const reason = text(input.reason);
  const summary = text(input.summary);
  if (reason === undefined) problems.push({ path: 'reason', message: '理由应为文字' });
  else if (reason.length > REASON_MAX_LENGTH) problems.push({ path: 'reason', message: `理由最多 ${REASON_MAX_LENGTH} 字` });
  else if (outcome && outcome !== 'adopted' && !reason) problems.push({ path: 'reason', message: outcome === 'not_adopted' ? '未采纳的意见须说明理由' : '部分采纳的意见须说明未采纳部分的理由' });
  if (summary === undefined) problems.push({ path: 'summary', message: '公开摘要应为文字' });
  else if (summary.length > SUMMARY_MAX_LENGTH) problems.push({ path: 'summary', message: `公开摘要最多 ${SUMMARY_MAX_LENGTH} 字` });
  if (problems.length || !outcome) return { ok: false, problems };
  return { ok: true, decision: { outcome, ...(reason ? { reason } : {}), ...(summary ? { summary } : {}) } };
}

export interface DecidedOpinion {
  outcome: AdoptionOutcome | null;
  reason: string | null;
  summary: string | null;
}

/**
 * The `adoptionReport` the decisions add up to (published today, `on`): every opinion counted,
 * and the opinions staff gave a public summary listed with their outcome and reason, alike
 * summaries merged with a count. An opinion without a summary is counted, never quoted: the
 * citizen's own words may name people and are not published.
 */
export function adoptionReportDraft(opinions: readonly DecidedOpinion[], on: string): NonNullable<Consultation['adoptionReport']> {
  const count = (outcome: AdoptionOutcome) => opinions.filter((o) => o.outcome === outcome).length;
  const listed = new Map<string, { summary: string; outcome: AdoptionOutcome; reason?: string; count: number }>();
  for (const o of opinions) {
    if (!o.outcome || !o.summary) continue;
    const key = `${o.outcome}\u0000${o.summary}\u0000${o.reason ?? ''}`;
    const entry = listed.get(key);
    if (entry) entry.count++;
    else listed.set(key, { summary: o.summary, outcome: o.outcome, ...(o.reason ? { reason: o.reason } : {}), count: 1 });
  }
  return {
    publishedAt: on,
    received: opinions.length,
    adopted: count('adopted'),
    partlyAdopted: count('partly_adopted'),
    notAdopted: count('not_adopted'),
    opinions: [...listed.values()].map(({ count: n, ...rest }) => ({ ...rest, ...(n > 1 ? { count: n } : {}) })),
  };
}
