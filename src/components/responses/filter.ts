/**
 * 回应关切 for display: newest first, narrowed to one policy (or to those about no policy — a
 * construction project or a general concern), with how quickly each concern was answered. Pure.
 */
import type { Catalogue, ConcernResponse } from '../../catalogue/schema.js';
import { chinaDay } from '../../catalogue/dates.js';

/** `policy` value that keeps the responses about no policy in this catalogue (a project, a general concern). */
export const NO_POLICY = '-';

export interface ResponseQuery {
  /** A policy id, `NO_POLICY`, or '' for all. */
  readonly policy?: string;
  /** Only the newest `limit` (0 or less: all). */
  readonly limit?: number;
}

/** Newest response first; the same day by topic. */
export function sortedResponses(responses: readonly ConcernResponse[]): ConcernResponse[] {
  return [...responses].sort((a, b) => (chinaDay(b.publishedAt) ?? 0) - (chinaDay(a.publishedAt) ?? 0) || a.topic.localeCompare(b.topic, 'zh-CN'));
}

export function filterResponses(catalogue: Pick<Catalogue, 'responses' | 'policies'>, query: ResponseQuery = {}): ConcernResponse[] {
  const known = new Set((catalogue.policies ?? []).map((p) => p.id));
  const about = (r: ConcernResponse) => (r.policyId && known.has(r.policyId) ? r.policyId : NO_POLICY);
  const matching = sortedResponses(catalogue.responses ?? []).filter((r) => !query.policy || about(r) === query.policy);
  return query.limit && query.limit > 0 ? matching.slice(0, query.limit) : matching;
}

/** Calendar days (Beijing) from the concern being raised to the response; undefined without `raisedAt`. */
export function responseDays(response: Pick<ConcernResponse, 'raisedAt' | 'publishedAt'>): number | undefined {
  const raised = chinaDay(response.raisedAt);
  const answered = chinaDay(response.publishedAt);
  return raised === undefined || answered === undefined ? undefined : Math.max(0, answered - raised);
}

/** The policies some response concerns, in the order of their newest response, for a filter. */
export function policiesWithResponses(catalogue: Pick<Catalogue, 'responses' | 'policies'>): { id: string; title: string }[] {
  const policies = new Map((catalogue.policies ?? []).map((p) => [p.id, p] as const));
  const seen = new Map<string, string>();
  for (const r of sortedResponses(catalogue.responses ?? [])) {
    const policy = r.policyId ? policies.get(r.policyId) : undefined;
    if (policy && !seen.has(policy.id)) seen.set(policy.id, policy.title);
  }
  return [...seen].map(([id, title]) => ({ id, title }));
}
