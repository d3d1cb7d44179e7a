/**
 * The desk's form controls: label, hint, inline error and control tied together by ids and
 * aria-describedby, `required` exposed, native controls only (every one reachable and operable by
 * keyboard). Plain templates; the element keeps the values.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n.js';
import type { ActionField, Choice } from './action-fields.js';

export interface ControlState {
  id: string;
  value: string;
  error?: string;
  /** For `staff` choices: the handlers who can be assigned. */
  staff?: readonly Choice[];
  /** Latest allowed date (today). */
  maxDate?: string;
  onInput: (value: string) => void;
}

const optionalMark = (locale: Locale) => (locale === 'en' ? ' (optional)' : '（选填）');

export function renderControl(field: ActionField, state: ControlState, locale: Locale): TemplateResult {
  const { id } = state;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [field.hint ? hintId : '', state.error ? errorId : ''].filter(Boolean).join(' ') || nothing;
  const label = html`${field.label[locale]}${field.required ? nothing : html`<span class="zwgk-optional">${optionalMark(locale)}</span>`}`;
  const hint = field.hint ? html`<p class="zwgk-hint" id=${hintId}>${field.hint[locale]}</p>` : nothing;
  const error = state.error ? html`<p class="zwgk-field-error" id=${errorId}><span class="zwgk-visually-hidden">${locale === 'en' ? 'Error: ' : '错误：'}</span>${state.error}</p>` : nothing;
  const input = (event: Event) => state.onInput((event.target as HTMLInputElement).value);
  const invalid = state.error ? 'true' : 'false';
  const choices = field.choices === 'staff' ? state.staff ?? [] : field.choices ?? [];
  if (field.kind === 'radio') {
    return html`<fieldset class="zwgk-field zwgk-radios ${state.error ? 'zwgk-has-error' : ''}" id=${id} aria-describedby=${described}>
      <legend>${label}</legend>
      ${hint}${error}
      ${choices.map((c, i) => html`<label><input type="radio" name=${id} value=${c.value} ?required=${field.required && i === 0} .checked=${state.value === c.value}
        @change=${() => state.onInput(c.value)} /><span>${c.label}</span></label>`)}
    </fieldset>`;
  }
  let control: TemplateResult;
  switch (field.kind) {
    case 'textarea':
    case 'lines':
      control = html`<textarea class="zwgk-control" id=${id} rows=${field.kind === 'lines' ? 4 : 3} ?required=${field.required} .value=${state.value}
        aria-invalid=${invalid} aria-describedby=${described} @input=${input}></textarea>`;
      break;
    case 'select': {
      const groups = [...new Set(choices.map((c) => c.group).filter(Boolean))] as string[];
      const option = (c: Choice) => html`<option value=${c.value} ?selected=${state.value === c.value}>${c.label}</option>`;
      control = html`<select class="zwgk-control" id=${id} ?required=${field.required} aria-invalid=${invalid} aria-describedby=${described} @change=${input}>
        <option value="" ?selected=${!state.value}>${locale === 'en' ? 'Choose' : '请选择'}</option>
        ${groups.length ? groups.map((g) => html`<optgroup label=${g}>${choices.filter((c) => c.group === g).map(option)}</optgroup>`) : choices.map(option)}
      </select>`;
      break;
    }
    default:
      control = html`<input class="zwgk-control" id=${id} type=${field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text'}
        inputmode=${field.kind === 'number' ? 'numeric' : nothing} min=${field.min ?? nothing} max=${field.kind === 'date' ? state.maxDate ?? nothing : field.max ?? nothing}
        ?required=${field.required} .value=${state.value} aria-invalid=${invalid} aria-describedby=${described} @input=${input} />`;
  }
  return html`<div class="zwgk-field ${state.error ? 'zwgk-has-error' : ''}">
    <label for=${id}>${label}</label>
    ${hint}${error}${control}
  </div>`;
}
