/**
 * An opinion on a consultation (意见征集) as data, shared by <zwgk-consultation> and the server so
 * both accept exactly the same opinions: the form's fields, the body sent, the rules (field-rules.ts
 * per field), and whether a consultation takes opinions on the page at a given moment.
 */
import * as z from 'zod/mini';
import type { Consultation, FieldDef } from '../catalogue/schema.js';
import { consultationMethods, consultationStatus } from '../catalogue/consultation.js';
import type { Locale } from '../core/i18n.js';
import { fieldProblem, type FieldProblem } from './field-rules.js';

/**
 * The JSON body of POST /api/consultations/:id/opinions. Unknown keys are refused. Marked pure so
 * that the element, which never parses a body, does not bundle zod for it (the server does).
 */
export const OpinionBody = /* @__PURE__ */ z.strictObject({
  opinion: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(4000)),
  article: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(400))),
  name: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(400))),
  phone: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(400))),
});
export type OpinionBody = z.infer<typeof OpinionBody>;

export type OpinionKey = 'opinion' | 'article' | 'name' | 'phone';

const LABELS: Readonly<Record<Locale, Readonly<Record<OpinionKey, string>>>> = {
  'zh-CN': { opinion: '意见建议', article: '涉及条款', name: '姓名', phone: '联系电话' },
  en: { opinion: 'Your opinion', article: 'Article concerned', name: 'Name', phone: 'Phone' },
};
const HINTS: Readonly<Record<Locale, Partial<Record<OpinionKey, string>>>> = {
  'zh-CN': { opinion: '最多 2000 字', article: '如：第五条', phone: '留下电话，以便就您的意见与您联系；不会公开' },
  en: { opinion: 'At most 2,000 characters', article: 'For example: Article 5', phone: 'So that the office can contact you about your opinion; never published' },
};

/**
 * The fields of the opinion form, in order. Only the opinion is required: a consultation hears
 * anonymous opinions too; a name and phone only let the office follow up.
 */
export function opinionFields(locale: Locale = 'zh-CN'): FieldDef[] {
  const field = (key: OpinionKey, type: FieldDef['type'], required = false): FieldDef => ({ key, label: LABELS[locale][key], type, required, ...(HINTS[locale][key] ? { hint: HINTS[locale][key] } : {}) });
  return [field('opinion', 'textarea', true), field('article', 'text'), field('name', 'text'), field('phone', 'phone')];
}

/** The body to send for the values typed into the form (empty answers left out). */
export function opinionBody(values: Readonly<Record<string, string>>): OpinionBody {
  const body: Record<string, string> = { opinion: values.opinion ?? '' };
  for (const key of ['article', 'name', 'phone'] as const) {
    const value = (values[key] ?? '').trim();
    if (value) body[key] = value;
  }
  return body as OpinionBody;
}

export interface OpinionProblem {
  path: OpinionKey;
  code: FieldProblem;
  field: FieldDef;
}

/** What is wrong with an opinion; empty when it may be recorded. */
export function opinionProblems(body: OpinionBody, locale: Locale = 'zh-CN'): OpinionProblem[] {
  const problems: OpinionProblem[] = [];
  for (const field of opinionFields(locale)) {
    const code = fieldProblem({ ...field, ...(field.key === 'phone' ? { key: 'contact' } : {}) }, body[field.key as OpinionKey] ?? '');
    if (code) problems.push({ path: field.key as OpinionKey, code, field });
  }
  return problems;
}

/** Why a consultation does not take an opinion on the page now. */
export type OpinionRefusal = 'no-online-form' | 'not-open' | 'closed';

/**
 * Whether `consultation` takes opinions through the page's form at `now`: it must offer the form
 * (`onlineForm` on one of its methods, posting to this site) and be open. Pure.
 */
export function opinionRefusal(consultation: Pick<Consultation, 'method' | 'methods' | 'start' | 'end' | 'adoptionReport'>, now: Date): OpinionRefusal | undefined {
  if (!consultationMethods(consultation).some((m) => m.onlineForm)) return 'no-online-form';
  const { phase } = consultationStatus(consultation, now);
  return phase === 'open' ? undefined : phase === 'upcoming' ? 'not-open' : 'closed';
}
