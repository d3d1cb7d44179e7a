/**
 * Form rendering shared by the request form and the open-day sign-up: one field template (label,
 * hint, inline error and input together in the element's light DOM, tied by ids and
 * aria-describedby; required fields carry `required`), the GOV.UK error summary, and the styles.
 * Elements keep their own state; these are plain templates.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { scope } from '../core/light-dom.js';
import type { FieldDef } from '../catalogue/schema.js';
import { defineMessages, translate, type Locale } from '../core/i18n.js';
import { checkEmail, checkMobile, checkPhone, checkResidentId } from './validators.js';

export const formMessages = defineMessages({
  'zh-CN': {
    required: (label: string) => `请填写${label}`,
    choose: (label: string) => `请选择${label}`,
    mobile: '请填写11位手机号码，如 13800138000',
    phone: '请填写手机号码或带区号的固定电话，如 0373-5551009',
    email: '电子邮箱格式不对，如 name@example.com',
    'id-format': '身份证号码应为18位，最后一位可以是 X',
    'id-region': '身份证号码前两位不是有效的省级地区代码',
    'id-date': '身份证号码中的出生日期不对',
    'id-checksum': '身份证号码校验位不对，请核对后重新填写',
    number: '请填写数字',
    summaryTitle: '请修改以下问题后再提交',
    optional: '（选填）',
    select: '请选择',
  },
  en: {
    required: (label: string) => `Enter ${label}`,
    choose: (label: string) => `Choose ${label}`,
    mobile: 'Enter an 11-digit mobile number, like 13800138000',
    phone: 'Enter a mobile number or a landline with area code, like 0373-5551009',
    email: 'Enter an e-mail address like name@example.com',
    'id-format': 'An ID number has 18 characters; the last may be X',
    'id-region': 'The first two digits are not a valid province code',
    'id-date': 'The date of birth in the ID number is not valid',
    'id-checksum': 'The check digit of the ID number is wrong; please check it',
    number: 'Enter a number',
    summaryTitle: 'There is a problem',
    optional: ' (optional)',
    select: 'Choose',
  },
});

type PlainKey = 'mobile' | 'phone' | 'email' | 'id-format' | 'id-region' | 'id-date' | 'id-checksum' | 'number';

/** The message for a field's value, or undefined when it is acceptable. */
export function fieldError(def: FieldDef, value: string, locale: Locale): string | undefined {
  const text = value.trim();
  if (!text) return def.required ? translate(formMessages, locale, def.type === 'select' || def.type === 'checkbox' ? 'choose' : 'required', def.label) : undefined;
  const problem =
    def.type === 'phone' ? (def.key === 'phone' ? checkMobile(text) : checkPhone(text))
    : def.type === 'email' ? checkEmail(text)
    : def.type === 'idNumber' ? checkResidentId(text)
    : def.type === 'number' && !/^\d+$/.test(text) ? 'number'
    : undefined;
  return problem ? translate(formMessages, locale, problem as PlainKey) : undefined;
}

export interface FieldState {
  value: string;
  error?: string;
  onInput: (value: string) => void;
}

/**
 * One field. `idPrefix` makes the ids document-unique (an element passes `this.uid('field')`): the
 * input is `<idPrefix>-<key>`, its hint and error `…-hint` and `…-error`.
 */
export function renderField(def: FieldDef, state: FieldState, locale: Locale, idPrefix: string): TemplateResult {
  const id = `${idPrefix}-${def.key}`;
  const describedBy = [def.hint ? `${id}-hint` : '', state.error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const label = html`${def.label}${def.required ? nothing : html`<span class="zwgk-optional">${translate(formMessages, locale, 'optional')}</span>`}`;
  const input = (event: Event) => state.onInput((event.target as HTMLInputElement).value);
  const common = { id, invalid: state.error ? 'true' : 'false' };
  let control: TemplateResult;
  switch (def.type) {
    case 'textarea':
      control = html`<textarea id=${common.id} name=${def.key} rows="4" .value=${state.value} ?required=${def.required} aria-invalid=${common.invalid} aria-describedby=${describedBy} @input=${input}></textarea>`;
      break;
    case 'select':
    case 'idType':
      // aria-required as well: Chromium reports `required` for a <select> only from the ARIA attribute.
      control = html`<select id=${common.id} name=${def.key} ?required=${def.required} aria-required=${def.required ? 'true' : nothing} aria-invalid=${common.invalid} aria-describedby=${describedBy} @change=${input}>
        <option value="" ?selected=${!state.value}>${translate(formMessages, locale, 'select')}</option>
        ${(def.options ?? []).map((option) => html`<option value=${option} ?selected=${state.value === option}>${option}</option>`)}
      </select>`;
      break;
    case 'checkbox':
      return html`<div class="zwgk-field zwgk-checkbox ${state.error ? 'zwgk-has-error' : ''}">
        ${state.error ? html`<p class="zwgk-error-text" id="${id}-error"><span class="zwgk-visually-hidden">错误：</span>${state.error}</p>` : nothing}
        <label><input type="checkbox" id=${common.id} name=${def.key} .checked=${state.value === 'yes'} ?required=${def.required} aria-required=${def.required ? 'true' : nothing} aria-invalid=${common.invalid} aria-describedby=${describedBy}
          @change=${(e: Event) => state.onInput((e.target as HTMLInputElement).checked ? 'yes' : '')} /> ${def.label}</label>
        ${def.hint ? html`<p class="zwgk-hint" id="${id}-hint">${def.hint}</p>` : nothing}
      </div>`;
    default: {
      const type = def.type === 'email' ? 'email' : def.type === 'phone' ? 'tel' : 'text';
      const inputMode = def.type === 'phone' || def.type === 'number' ? 'numeric' : nothing;
      const autocomplete = def.key === 'name' ? 'name' : def.type === 'phone' ? 'tel' : def.type === 'email' ? 'email' : 'off';
      control = html`<input id=${common.id} name=${def.key} type=${type} inputmode=${inputMode} autocomplete=${autocomplete} .value=${state.value}
        ?required=${def.required} aria-invalid=${common.invalid} aria-describedby=${describedBy} @input=${input} />`;
    }
  }
  return html`<div class="zwgk-field ${state.error ? 'zwgk-has-error' : ''}">
    <label for=${id}>${label}</label>
    ${def.hint ? html`<p class="zwgk-hint" id="${id}-hint">${def.hint}</p>` : nothing}
    ${state.error ? html`<p class="zwgk-error-text" id="${id}-error"><span class="zwgk-visually-hidden">错误：</span>${state.error}</p>` : nothing}
    ${control}
  </div>`;
}

/**
 * GOV.UK error summary: shown at the top after a failed submit, focused (role=alert), each link
 * going to its field (a real fragment link now that fields are in the page; focus is also moved by
 * hand so that it lands in the field, not just scrolls to it). `titleId` must be document-unique.
 */
export function renderErrorSummary(errors: readonly { id: string; message: string }[], titleId: string, locale: Locale): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const focus = (event: Event, id: string) => {
    const root = (event.currentTarget as Node).getRootNode() as Document | ShadowRoot;
    const field = root.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return html`<div class="zwgk-error-summary" role="alert" tabindex="-1" part="error-summary" aria-labelledby=${titleId}>
    <h2 class="zwgk-error-summary-title" id=${titleId}>${translate(formMessages, locale, 'summaryTitle')}</h2>
    <ul>${errors.map((e) => html`<li><a href="#${e.id}" @click=${(event: Event) => focus(event, e.id)}>${e.message}</a></li>`)}</ul>
  </div>`;
}

/**
 * The form rules, for the element registered as `tag`. A button being sent is `aria-disabled`, not
 * `disabled`: a disabled button drops keyboard focus to <body>.
 */
export function formStyles(tag: string): CSSResult {
  const { body: b } = scope(tag);
  return css`
${b} form, ${b} fieldset { display: block; }
${b} fieldset { margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-s) var(--_zwgk-space-m) 0; border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); min-width: 0; }
${b} legend { padding: 0 var(--_zwgk-space-xs); font-weight: 700; }
${b} .zwgk-field { margin: 0 0 var(--_zwgk-space-l); }
${b} .zwgk-field > label { display: block; font-weight: 700; margin-bottom: var(--_zwgk-space-xs); }
${b} .zwgk-optional { font-weight: 400; color: var(--_zwgk-color-text-muted); }
${b} .zwgk-hint { margin: 0 0 var(--_zwgk-space-xs); color: var(--_zwgk-color-text-muted); }
${b} .zwgk-error-text { margin: 0 0 var(--_zwgk-space-xs); color: var(--_zwgk-color-danger); font-weight: 700; }
${b} .zwgk-has-error { padding-inline-start: var(--_zwgk-space-m); border-inline-start: 5px solid var(--_zwgk-color-danger); }
${b} input:not([type='checkbox']):not([type='radio']), ${b} textarea, ${b} select {
  display: block; width: 100%; max-width: 32em; min-height: 44px; padding: var(--_zwgk-space-s);
  color: var(--_zwgk-color-text); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius);
}
${b} [aria-invalid='true'] { border-color: var(--_zwgk-color-danger) !important; }
${b} input[type='checkbox'], ${b} input[type='radio'] { width: 1.5em; height: 1.5em; margin: 0 var(--_zwgk-space-s) 0 0; vertical-align: middle; }
${b} .zwgk-checkbox label { font-weight: 400; }
${b} .zwgk-error-summary { display: block; margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-l); border: 4px solid var(--_zwgk-color-danger); }
${b} .zwgk-error-summary:focus { outline: 3px solid var(--_zwgk-color-focus) !important; outline-offset: 2px !important; }
${b} .zwgk-error-summary-title { margin: 0 0 var(--_zwgk-space-s); font-size: 1.2em; font-weight: 700; }
${b} .zwgk-error-summary ul { margin: 0; padding-inline-start: 1.5em; }
${b} .zwgk-error-summary a { color: var(--_zwgk-color-danger); font-weight: 700; }
${b} .zwgk-actions { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-m); }
${b} .zwgk-actions button, ${b} button.zwgk-primary, ${b} button.zwgk-secondary { min-height: 44px; padding: 0 var(--_zwgk-space-xl); border-radius: var(--_zwgk-radius); cursor: pointer; }
${b} button.zwgk-primary { color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); border: 2px solid var(--_zwgk-color-primary); }
${b} button.zwgk-secondary { color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-primary); }
${b} button[aria-disabled='true'] { opacity: 0.6; cursor: progress; }
`;
}
