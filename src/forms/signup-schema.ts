/**
 * An open-day sign-up (政府开放日报名) as data, shared by <zwgk-open-day> and the server so both
 * accept exactly the same sign-ups: the fields an event asks for (name and mobile always, the
 * event's own fields, a consent box when the event has a consent text), the body sent, and the
 * rules (field-rules.ts per field; no keys the event does not ask for).
 */
import * as z from 'zod/mini';
import type { FieldDef, OpenDayEvent } from '../catalogue/schema.js';
import { fieldProblem, type FieldProblem } from './field-rules.js';

/**
 * The JSON body of POST …/signups. Unknown top-level keys are refused. Marked pure so that the
 * element, which never parses a body, does not bundle zod for it (the server does).
 */
export const SignupBody = /* @__PURE__ */ z.strictObject({
  name: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000)),
  phone: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000)),
  fields: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(64)), /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(2000)))),
});
export type SignupBody = z.infer<typeof SignupBody>;

const BASE_FIELDS: readonly FieldDef[] = [
  { key: 'name', label: '姓名', type: 'text', required: true },
  { key: 'phone', label: '手机号码', type: 'phone', required: true },
];
/** The key of the consent box added when the event has a `consentText`. */
export const CONSENT_KEY = 'consent';

/** Every field of the event's sign-up form, in order. */
export function signupFields(event: OpenDayEvent, consentLabel = '我已阅读并同意上述说明'): FieldDef[] {
  const own = event.registration?.fields ?? [];
  const base = BASE_FIELDS.map((b) => ({ ...b, ...own.find((f) => f.key === b.key), type: b.type, required: true }));
  const rest = own.filter((f) => f.key !== 'name' && f.key !== 'phone' && !(event.registration?.consentText && f.key === CONSENT_KEY));
  const consent: FieldDef[] = event.registration?.consentText ? [{ key: CONSENT_KEY, label: consentLabel, type: 'checkbox', required: true }] : [];
  return [...base, ...rest, ...consent];
}

/** The body to send for the values typed into the form (empty answers left out). */
export function signupBody(fields: readonly FieldDef[], values: Readonly<Record<string, string>>): SignupBody {
  const extra = fields.filter((f) => f.key !== 'name' && f.key !== 'phone' && (values[f.key] ?? '').trim() !== '');
  return { name: values.name ?? '', phone: values.phone ?? '', fields: Object.fromEntries(extra.map((f) => [f.key, values[f.key]!])) };
}

export interface SignupProblem {
  /** `name`, `phone` or `fields.<key>`. */
  path: string;
  code: FieldProblem | 'unknown-field';
  field?: FieldDef;
}

/** What is wrong with a sign-up for this event; empty when it may be recorded. */
export function signupProblems(event: OpenDayEvent, body: SignupBody, today: Date = new Date()): SignupProblem[] {
  const fields = signupFields(event);
  const answers = body.fields ?? {};
  const problems: SignupProblem[] = [];
  for (const field of fields) {
    const base = field.key === 'name' || field.key === 'phone';
    const value = base ? body[field.key as 'name' | 'phone'] : (answers[field.key] ?? '');
    const code = fieldProblem(field, value, today);
    if (code) problems.push({ path: base ? field.key : `fields.${field.key}`, code, field });
  }
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(answers)) {
    if (!known.has(key) || key === 'name' || key === 'phone') problems.push({ path: `fields.${key}`, code: 'unknown-field' });
  }
  return problems;
}
