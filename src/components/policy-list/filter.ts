/**
 * The policy library (政策文件库): every policy with its 有效性 computed from the dates, searched by
 * title and 文号 and filtered by 有效性, year and issuer. Pure.
 *
 * Search folds what people type differently from what is printed: full-width and half-width
 * characters, spaces, and the brackets of a 文号 (〔〕, [], (), （）, 【】) and of a title (《》), so
 * 示政办[2026]12号, 示政办2026 12号 and 〔2026〕12 all find 示政办〔2026〕12号. Every word typed must
 * occur in the title or the 文号.
 */
import type { Catalogue, Policy } from '../../catalogue/schema.js';
import { chinaDay, isoOfChinaDay } from '../../catalogue/dates.js';
import { policyValidity, type PolicyValidity, type ValidityState } from '../policy-card/validity.js';

export interface PolicyRow {
  readonly policy: Policy;
  readonly validity: PolicyValidity;
  /** Year of publication (Beijing calendar). */
  readonly year: number;
  readonly issuerName: string;
  /** Folded title and 文号, for search. */
  readonly haystack: string;
}

export interface PolicyQuery {
  readonly text?: string;
  /** A 有效性 state, or '' for any. */
  readonly validity?: ValidityState | '';
  /** A year as text (from a `<select>`), or '' for any. */
  readonly year?: string;
  /** An issuer's agency id, or '' for any. */
  readonly issuer?: string;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[\s〔〕[\]()（）【】《》〈〉<>"“”'‘’]/g, '');

/** Every policy, newest publication first, with its 有效性 at `now`. */
export function policyRows(catalogue: Pick<Catalogue, 'policies' | 'agencies'>, now: Date = new Date()): PolicyRow[] {
  const names = new Map(catalogue.agencies.map((a) => [a.id, a.name] as const));
  return (catalogue.policies ?? [])
    .map((policy): PolicyRow => ({
      policy,
      validity: policyValidity(policy, { now, catalogue }),
      year: Number(isoOfChinaDay(chinaDay(policy.publishedAt) ?? 0).slice(0, 4)),
      issuerName: names.get(policy.issuerId) ?? policy.issuerId,
      haystack: `${fold(policy.title)}\n${fold(policy.docNo ?? '')}`,
    }))
    .sort((a, b) => (chinaDay(b.policy.publishedAt) ?? 0) - (chinaDay(a.policy.publishedAt) ?? 0) || a.policy.title.localeCompare(b.policy.title, 'zh-CN'));
}

/** The words of a search, folded; empty words dropped. */
export function searchTerms(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,，、;；]+/).map(fold).filter(Boolean);
}

export function filterPolicies(rows: readonly PolicyRow[], query: PolicyQuery): PolicyRow[] {
  const terms = searchTerms(query.text);
  return rows.filter((row) =>
    (!query.validity || row.validity.state === query.validity)
    && (!query.year || String(row.year) === query.year)
    && (!query.issuer || row.policy.issuerId === query.issuer)
    && terms.every((term) => row.haystack.includes(term)));
}

export interface PolicyFacets {
  /** The 有效性 states that occur, in the order of the label list, with counts. */
  readonly validity: readonly { readonly state: ValidityState; readonly label: string; readonly labelEn: string; readonly count: number }[];
  /** Publication years, newest first. */
  readonly years: readonly number[];
  /** Issuing agencies, by number of documents, then name. */
  readonly issuers: readonly { readonly id: string; readonly name: string; readonly count: number }[];
}

const STATE_ORDER: readonly ValidityState[] = ['effective', 'trial', 'amended', 'not-yet-in-force', 'expired', 'repealed'];

/** What the filters offer: only values some policy has, so no choice leads to an empty list by itself. */
export function policyFacets(rows: readonly PolicyRow[]): PolicyFacets {
  const validity = STATE_ORDER.map((state) => {
    const matching = rows.filter((r) => r.validity.state === state);
    return { state, label: matching[0]?.validity.label ?? '', labelEn: matching[0]?.validity.labelEn ?? '', count: matching.length };
  }).filter((v) => v.count > 0);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  const issuers = new Map<string, { id: string; name: string; count: number }>();
  for (const row of rows) {
    const entry = issuers.get(row.policy.issuerId) ?? { id: row.policy.issuerId, name: row.issuerName, count: 0 };
    entry.count++;
    issuers.set(entry.id, entry);
  }
  return { validity, years, issuers: [...issuers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN')) };
}
