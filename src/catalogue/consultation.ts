/**
 * Reading a consultation (意见征集): its ways to take part whichever format version wrote it, where it
 * stands today, and its 采纳情况 counts. Pure; the consultation element, the desk and the server
 * (which takes opinions only while a consultation is open) share it.
 */
import type { Consultation, ConsultationMethod } from './schema.js';
import { chinaDay, chinaDayOf, endOf, startOf } from './dates.js';

/**
 * The methods of a consultation: `methods` (format 1.1), or the single 1.0 `method` as a one-entry
 * list, so that readers never look at `method` themselves.
 */
export function consultationMethods(consultation: Pick<Consultation, 'method' | 'methods'>): ConsultationMethod[] {
  if (consultation.methods?.length) return consultation.methods;
  return consultation.method ? [{ type: consultation.method }] : [];
}

export type ConsultationPhase = 'upcoming' | 'open' | 'closed' | 'reported';

export interface ConsultationStatus {
  /** Not yet started; taking opinions; closed, report pending; closed with its 采纳情况 published. */
  readonly phase: ConsultationPhase;
  /** While open: whole Beijing calendar days left after today (0 = today is the last day). */
  readonly daysLeft?: number;
  /** While upcoming: days until it opens. */
  readonly daysToStart?: number;
}

/**
 * Where a consultation stands at `now`. A bare `end` date (征集截止 2026-12-31) means to the end of
 * that day in Beijing; a date-time ends at that moment.
 */
export function consultationStatus(consultation: Pick<Consultation, 'start' | 'end' | 'adoptionReport'>, now: Date = new Date()): ConsultationStatus {
  const time = now.getTime();
  const today = chinaDayOf(now);
  if (time < (startOf(consultation.start) ?? -Infinity)) return { phase: 'upcoming', daysToStart: (chinaDay(consultation.start) ?? today) - today };
  if (time < (endOf(consultation.end) ?? Infinity)) return { phase: 'open', daysLeft: Math.max(0, (chinaDay(consultation.end) ?? today) - today) };
  return { phase: consultation.adoptionReport ? 'reported' : 'closed' };
}

/** One way to take part, flattened from the methods for display in a fixed order. */
export type WayToTakePart =
  | { readonly kind: 'form'; readonly method: ConsultationMethod; readonly submitUrl?: string }
  | { readonly kind: 'link'; readonly method: ConsultationMethod; readonly url: string }
  | { readonly kind: 'mail'; readonly method: ConsultationMethod; readonly mail: NonNullable<ConsultationMethod['mail']> }
  | { readonly kind: 'email'; readonly method: ConsultationMethod; readonly address: string }
  | { readonly kind: 'phone' | 'fax'; readonly method: ConsultationMethod; readonly number: string }
  | { readonly kind: 'session'; readonly method: ConsultationMethod; readonly signupOpen: boolean }
  | { readonly kind: 'described'; readonly method: ConsultationMethod };

/** The order ways are listed in: online first, sessions last. */
const WAY_ORDER: readonly WayToTakePart['kind'][] = ['form', 'link', 'email', 'mail', 'phone', 'fax', 'session', 'described'];

/** 座谈会, 听证会 and 实地走访 happen at a time and place; the rest are ways of sending an opinion. */
const SESSION_TYPES = new Set<string>(['座谈会', '听证会', '实地走访']);

/** Whether sign-up for a 座谈会 or 听证会 is still possible at `now`: marked open, before its deadline and before the session. */
export function signupOpen(method: ConsultationMethod, now: Date = new Date()): boolean {
  const signup = method.signup;
  if (!signup?.open) return false;
  const time = now.getTime();
  return time < (endOf(signup.deadline) ?? Infinity) && time < (startOf(method.start) ?? Infinity);
}

/**
 * Every way to take part, online first (the page's own form, then outside pages), then e-mail, letter,
 * phone and fax, then the sessions. A method that gives no detail (a 1.0 file) is `described`, so
 * it is still named.
 */
export function waysToTakePart(consultation: Pick<Consultation, 'method' | 'methods'>, now: Date = new Date()): WayToTakePart[] {
  const found: WayToTakePart[] = [];
  for (const method of consultationMethods(consultation)) {
    const session = SESSION_TYPES.has(method.type);
    const ways: WayToTakePart[] = [];
    if (method.onlineForm || method.submitUrl) ways.push({ kind: 'form', method, ...(method.submitUrl ? { submitUrl: method.submitUrl } : {}) });
    if (method.url && !session) ways.push({ kind: 'link', method, url: method.url });
    if (method.email) ways.push({ kind: 'email', method, address: method.email });
    if (method.mail) ways.push({ kind: 'mail', method, mail: method.mail });
    if (method.phone && !session) ways.push({ kind: 'phone', method, number: method.phone });
    if (method.fax) ways.push({ kind: 'fax', method, number: method.fax });
    if (session) ways.push({ kind: 'session', method, signupOpen: signupOpen(method, now) });
    found.push(...(ways.length ? ways : [{ kind: 'described', method } as const]));
  }
  return WAY_ORDER.flatMap((kind) => found.filter((way) => way.kind === kind));
}

export interface AdoptionTally {
  /** Opinions received, when the report says (or its opinion list implies). */
  readonly received?: number;
  readonly adopted: number;
  readonly partlyAdopted: number;
  readonly notAdopted: number;
  /** Received but in none of the three (duplicates, outside the consultation's scope). */
  readonly other?: number;
  /** Opinions listed as not adopted without a reason: the report owes one for each. */
  readonly notAdoptedWithoutReason: number;
}

/** The 采纳情况 counts: the report's own numbers where given, else counted from its list of opinions. */
export function adoptionTally(report: NonNullable<Consultation['adoptionReport']>): AdoptionTally {
  const opinions = report.opinions ?? [];
  const counted = (outcome: string) => opinions.filter((o) => o.outcome === outcome).reduce((n, o) => n + (o.count ?? 1), 0);
  const adopted = report.adopted ?? counted('adopted');
  const partlyAdopted = report.partlyAdopted ?? counted('partly_adopted');
  const notAdopted = report.notAdopted ?? counted('not_adopted');
  const received = report.received ?? (opinions.length ? adopted + partlyAdopted + notAdopted : undefined);
  const notAdoptedWithoutReason = opinions.filter((o) => o.outcome === 'not_adopted' && !o.reason?.trim()).length;
  const other = received === undefined ? undefined : Math.max(0, received - adopted - partlyAdopted - notAdopted);
  return { ...(received === undefined ? {} : { received, other }), adopted, partlyAdopted, notAdopted, notAdoptedWithoutReason };
}
