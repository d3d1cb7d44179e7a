/**
 * Form rendering shared by the request form and the open-day sign-up: one field template (label,
 * hint, inline error and input in the same shadow root, tied by aria-describedby), the GOV.UK
 * error summary, and the styles. Elements keep their own state; these are plain templates.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { FieldDef } from '../catalogue/schema.js';
import { translate, type Locale } from '../core/i18n.js';
import { fieldProblem, fieldProblemText, formMessages } from './field-rules.js';

export { formMessages };

/** The message for a field's value, or undefined when it is acceptable (rules in field-rules.ts). */
export function fieldError(def: FieldDef, value: string, locale: Locale): string | undefined {
  const problem = fieldProblem(def, value);
  return problem ? fieldProblemText(def, problem, locale) : undefined;
}

export interface FieldState {
  value: string;
  error?: string;
  onInput: (value: string) => void;
}

export function renderField(def: FieldDef, state: FieldState, locale: Locale, idPrefix = 'f'): TemplateResult {
  const id = `${idPrefix}-${def.key}`;
  const describedBy = [def.hint ? `${id}-hint` : '', state.error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const label = html`${def.label}${def.required ? nothing : html`<span class="optional">${translate(formMessages, locale, 'optional')}</span>`}`;
  const input = (event: Event) => state.onInput((event.target as HTMLInputElement).value);
  const common = { id, invalid: state.error ? 'true' : 'false' };
  let control: TemplateResult;
  switch (def.type) {
    case 'textarea':
      control = html`<textarea id=${common.id} name=${def.key} rows="4" .value=${state.value} aria-invalid=${common.invalid} aria-describedby=${describedBy} @input=${input}></textarea>`;
      break;
    case 'select':
    case 'idType':
      control = html`<select id=${common.id} name=${def.key} aria-invalid=${common.invalid} aria-describedby=${describedBy} @change=${input}>
        <option value="" ?selected=${!state.value}>${translate(formMessages, locale, 'select')}</option>
        ${(def.options ?? []).map((option) => html`<option value=${option} ?selected=${state.value === option}>${option}</option>`)}
      </select>`;
      break;
    case 'checkbox':
      return html`<div class="field checkbox ${state.error ? 'has-error' : ''}">
        ${state.error ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${translate(formMessages, locale, 'errorPrefix')}</span>${state.error}</p>` : nothing}
        <label><input type="checkbox" id=${common.id} name=${def.key} .checked=${state.value === 'yes'} aria-invalid=${common.invalid} aria-describedby=${describedBy}
          @change=${(e: Event) => state.onInput((e.target as HTMLInputElement).checked ? 'yes' : '')} /> ${def.label}</label>
        ${def.hint ? html`<p class="hint" id="${id}-hint">${def.hint}</p>` : nothing}
      </div>`;
    default: {
      const type = def.type === 'email' ? 'email' : def.type === 'phone' ? 'tel' : 'text';
      const inputMode = def.type === 'phone' || def.type === 'number' ? 'numeric' : nothing;
      const autocomplete = def.key === 'name' ? 'name' : def.type === 'phone' ? 'tel' : def.type === 'email' ? 'email' : 'off';
      control = html`<input id=${common.id} name=${def.key} type=${type} inputmode=${inputMode} autocomplete=${autocomplete} .value=${state.value}
        aria-invalid=${common.invalid} aria-describedby=${describedBy} @input=${input} />`;
    }
  }
  return html`<div class="field ${state.error ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${def.hint ? html`<p class="hint" id="${id}-hint">${def.hint}</p>` : nothing}
    ${state.error ? html`<p class="error" id="${id}-error"><span class="visually-hidden">${translate(formMessages, locale, 'errorPrefix')}</span>${state.error}</p>` : nothing}
    ${control}
  </div>`;
}

/**
 * GOV.UK error summary: shown at the top after a failed submit, focused (role=alert), each link
 * moving focus to its field. Fragment links cannot reach into a shadow root, so links focus by hand.
 */
export function renderErrorSummary(errors: readonly { id: string; message: string }[], root: ShadowRoot | HTMLElement, locale: Locale): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const focus = (event: Event, id: string) => {
    event.preventDefault();
    const field = (root as ShadowRoot).getElementById?.(id) ?? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    field?.focus();
    field?.scrollIntoView({ block: 'center' });
  };
  return html`<div class="error-summary" role="alert" tabindex="-1" part="error-summary" aria-labelledby="error-summary-title">
    <h2 class="error-summary-title" id="error-summary-title">${translate(formMessages, locale, 'summaryTitle')}</h2>
    <ul>${errors.map((e) => html`<li><a href="#${e.id}" @click=${(event: Event) => focus(event, e.id)}>${e.message}</a></li>`)}</ul>
  </div>`;
}

export const formStyles = css`
  .field { margin: 0 0 var(--zwgk-space-l); }
  .field > label { display: block; font-weight: 700; margin-bottom: var(--zwgk-space-xs); }
  .optional { font-weight: 400; color: var(--zwgk-color-text-muted); }
  .hint { margin: 0 0 var(--zwgk-space-xs); color: var(--zwgk-color-text-muted); }
  .error { margin: 0 0 var(--zwgk-space-xs); color: var(--zwgk-color-danger); font-weight: 700; }
  .has-error { padding-inline-start: var(--zwgk-space-m); border-inline-start: 5px solid var(--zwgk-color-danger); }
  input:not([type='checkbox']), textarea, select {
    box-sizing: border-box; width: 100%; max-width: 32em; min-height: 44px; padding: var(--zwgk-space-s);
    font: inherit; color: var(--zwgk-color-text); background: var(--zwgk-color-bg);
    border: 2px solid var(--zwgk-color-border); border-radius: var(--zwgk-radius);
  }
  [aria-invalid='true'] { border-color: var(--zwgk-color-danger) !important; }
  input[type='checkbox'] { width: 1.5em; height: 1.5em; vertical-align: middle; }
  .checkbox label { font-weight: 400; }
  .error-summary { margin: 0 0 var(--zwgk-space-l); padding: var(--zwgk-space-l); border: 4px solid var(--zwgk-color-danger); }
  .error-summary:focus { outline: 3px solid var(--zwgk-color-focus); outline-offset: 2px; }
  .error-summary-title { margin: 0 0 var(--zwgk-space-s); font-size: 1.2em; }
  .error-summary a { color: var(--zwgk-color-danger); font-weight: 700; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--zwgk-space-m); }
  .actions button, button.primary, button.secondary { min-height: 44px; padding: 0 var(--zwgk-space-xl); font: inherit; border-radius: var(--zwgk-radius); cursor: pointer; }
  button.primary { color: var(--zwgk-color-primary-contrast); background: var(--zwgk-color-primary); border: 2px solid var(--zwgk-color-primary); }
  button.secondary { color: var(--zwgk-color-primary); background: var(--zwgk-color-bg); border: 2px solid var(--zwgk-color-primary); }
  button[disabled] { opacity: 0.6; cursor: progress; }
`;
