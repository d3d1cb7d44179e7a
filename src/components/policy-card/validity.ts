/**
 * 有效性 of a policy from its dates as well as its `status`: a 试行 document past its 有效期 is
 * 已失效 even if nobody updated the status, one whose 施行日期 is still ahead is 尚未施行, and an
 * amended or repealed one names the document that changed it (《政府网站发展指引》: 修改、废止、失效
 * must be marked on the original). Dates are read in Beijing time: a bare 有效期至 2026-02-28 runs to
 * the end of that day. Pure.
 */
import type { Catalogue, Policy, PolicyLink } from '../../catalogue/schema.js';
import { endOf, startOf } from '../../catalogue/dates.js';
import type { ValidityTone } from './relations.js';

export type ValidityState = 'effective' | 'trial' | 'amended' | 'not-yet-in-force' | 'expired' | 'repealed';

/** Another document that amended or repealed a policy, with what the catalogue knows of it. */
export interface ResolvedPolicyLink {
  readonly title: string;
  readonly docNo?: string;
  readonly url?: string;
  /** When the change took effect: the link's `date`, else the other document's 施行 or publication date. */
  readonly date?: string;
  /** The other document, when it is in this catalogue (open its card rather than `url`). */
  readonly policy?: Policy;
}

export interface PolicyValidity {
  readonly state: ValidityState;
  readonly label: string;
  readonly labelEn: string;
  readonly tone: ValidityTone;
  /** A 试行 document: shown beside the state (尚未施行 · 试行) and with its 有效期. */
  readonly trial: boolean;
  /** The state comes from the dates and differs from what `status` says. */
  readonly fromDates: boolean;
  /** Documents that amended this one, earliest first (already in effect or not). */
  readonly amendedBy: readonly ResolvedPolicyLink[];
  readonly repealedBy?: ResolvedPolicyLink;
}

const LABELS: Readonly<Record<ValidityState, readonly [string, string, ValidityTone]>> = {
  effective: ['有效', 'In force', 'ok'],
  trial: ['试行', 'Trial', 'notice'],
  amended: ['已修改', 'Amended', 'notice'],
  'not-yet-in-force': ['尚未施行', 'Not yet in force', 'notice'],
  expired: ['已失效', 'Expired', 'ended'],
  repealed: ['已废止', 'Repealed', 'ended'],
};

/** What `status` alone would say, to tell when the dates overrule it. */
const STATE_OF_STATUS: Readonly<Record<Policy['status'], ValidityState>> = {
  effective: 'effective', trial: 'trial', amended: 'amended', expired: 'expired', repealed: 'repealed',
};

export function resolvePolicyLink(link: PolicyLink, catalogue?: Pick<Catalogue, 'policies'>): ResolvedPolicyLink {
  const policy = link.policyId ? catalogue?.policies?.find((p) => p.id === link.policyId) : undefined;
  const title = link.title ?? policy?.title ?? link.policyId ?? '';
  const docNo = link.docNo ?? policy?.docNo;
  const url = link.url ?? policy?.url;
  const date = link.date ?? policy?.validFrom ?? policy?.publishedAt;
  return { title, ...(docNo ? { docNo } : {}), ...(url ? { url } : {}), ...(date ? { date } : {}), ...(policy ? { policy } : {}) };
}

/** Whether a change dated `date` has taken effect at `time`; an undated change counts as made. */
const inEffect = (link: ResolvedPolicyLink, time: number) => !link.date || time >= (startOf(link.date) ?? -Infinity);

/**
 * The 有效性 at `now`, in this order: 已废止 (status, or a repealing document in effect), 已失效
 * (status, or past `validUntil`), 尚未施行 (before `validFrom`), 已修改 (status, or an amending document
 * in effect), 试行, 有效.
 */
export function policyValidity(
  policy: Policy,
  options: { readonly now?: Date; readonly catalogue?: Pick<Catalogue, 'policies'> } = {},
): PolicyValidity {
  const time = (options.now ?? new Date()).getTime();
  const amendedBy = (policy.amendedBy ?? [])
    .map((link) => resolvePolicyLink(link, options.catalogue))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const repealedBy = policy.repealedBy ? resolvePolicyLink(policy.repealedBy, options.catalogue) : undefined;

  let state: ValidityState;
  if (policy.status === 'repealed' || (repealedBy && inEffect(repealedBy, time))) state = 'repealed';
  else if (policy.status === 'expired' || time >= (endOf(policy.validUntil) ?? Infinity)) state = 'expired';
  else if (time < (startOf(policy.validFrom) ?? -Infinity)) state = 'not-yet-in-force';
  else if (policy.status === 'amended' || amendedBy.some((link) => inEffect(link, time))) state = 'amended';
  else state = policy.status === 'trial' ? 'trial' : 'effective';

  const [label, labelEn, tone] = LABELS[state];
  return {
    state, label, labelEn, tone,
    trial: policy.status === 'trial',
    fromDates: state !== STATE_OF_STATUS[policy.status],
    amendedBy,
    ...(repealedBy ? { repealedBy } : {}),
  };
}

/** The catalogue's policies that this one amended or repealed (the other direction of `amendedBy` / `repealedBy`). */
export function policiesChangedBy(catalogue: Pick<Catalogue, 'policies'>, policy: Policy): { amends: Policy[]; repeals: Policy[] } {
  const others = (catalogue.policies ?? []).filter((p) => p.id !== policy.id);
  return {
    amends: others.filter((p) => p.amendedBy?.some((link) => link.policyId === policy.id)),
    repeals: others.filter((p) => p.repealedBy?.policyId === policy.id),
  };
}

/** The badge text: the state, and for a 试行 document not yet in force or amended also 试行 (尚未施行 · 试行). */
export function validityText(validity: PolicyValidity, locale: 'zh-CN' | 'en'): string {
  const label = locale === 'en' ? validity.labelEn : validity.label;
  const showTrial = validity.trial && (validity.state === 'not-yet-in-force' || validity.state === 'amended');
  return showTrial ? `${label} · ${locale === 'en' ? 'trial' : '试行'}` : label;
}
