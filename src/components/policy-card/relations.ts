/** Two-way relations between policies, interpretations and the catalogue items that cite them. */
import type { Catalogue, CatalogueItem, ConcernResponse, Consultation, Interpretation, Policy } from '../../catalogue/schema.js';
import { normalizeDocNo, normalizeTitle } from './doc-number.js';

/** Interpretations of a policy: those it lists and those that name it, newest last, no duplicates. */
export function interpretationsOf(catalogue: Catalogue, policy: Policy): Interpretation[] {
  const all = catalogue.interpretations ?? [];
  const listed = new Set(policy.interpretationIds ?? []);
  return all
    .filter((i) => i.policyId === policy.id || listed.has(i.id))
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
}

export function policyOf(catalogue: Catalogue, interpretation: Interpretation): Policy | undefined {
  return catalogue.policies?.find((p) => p.id === interpretation.policyId);
}

/** Catalogue items whose 公开依据 cites the policy by 文号 (any bracket style) or by title. */
export function itemsCiting(catalogue: Catalogue, policy: Policy): CatalogueItem[] {
  const docNo = policy.docNo ? normalizeDocNo(policy.docNo) : undefined;
  const title = normalizeTitle(policy.title);
  return catalogue.items.filter((item) =>
    item.basis.some((basis) => (docNo && basis.docNo && normalizeDocNo(basis.docNo) === docNo) || normalizeTitle(basis.title) === title),
  );
}

/** 回应关切 about a policy, newest first. */
export function responsesTo(catalogue: Pick<Catalogue, 'responses'>, policy: Pick<Policy, 'id'>): ConcernResponse[] {
  return (catalogue.responses ?? []).filter((r) => r.policyId === policy.id).sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}

/** The consultations (意见征集) that led to a policy: 决策前预公开 shown with the decision. */
export function consultationsFor(catalogue: Pick<Catalogue, 'consultations'>, policy: Pick<Policy, 'id'>): Consultation[] {
  return (catalogue.consultations ?? []).filter((c) => c.policyId === policy.id);
}

export type ValidityTone = 'ok' | 'notice' | 'ended';
