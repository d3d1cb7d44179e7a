/**
 * Form rendering shared by the request form and the open-day sign-up, in the element's light DOM
 * (issue 15): one field template (label, hint, inline error and control side by side, tied by ids
 * from the element's `uid()` and `aria-describedby`; `required` on every field the rules require,
 * so assistive technology hears it), the GOV.UK error summary, the draft and failure notices, the
 * submit button, and the styles. Elements keep their own state; these are plain templates.
 *
 * Focus never falls to `<body>` while a form is sending: the submit button is marked
 * `aria-disabled` instead of `disabled` (a disabled button loses focus), and the element ignores a
 * second press while it waits. Our `<form>`s may sit inside a CMS page's own `<form>` now that they
 * are in the page's DOM: the inner form owns our fields (a control belongs to its nearest form),
 * and `keepSubmitInside` keeps our submit events from reaching the page's handlers.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { FieldDef } from '../catalogue/schema.js';
import { scope } from '../core/light-dom.js';
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

/** A label that already says it is optional (“用途（选填）”) does not get the marker twice. */
function saysOptional(label: string, marker: string): boolean {
  return label.trimEnd().endsWith(marker.trim());
}

/** The inline error: a visually hidden “错误：” so a screen reader tells it from a hint. */
export function renderFieldError(id: string, message: string | undefined, locale: Locale): TemplateResult | typeof nothing {
  return message ? html`<p class="zwgk-field-error" id=${id}><span class="zwgk-visually-hidden">${translate(formMessages, locale, 'errorPrefix')}</span>${message}</p>` : nothing;
}

/**
 * One field. `id` is the control's document-unique id (the element's `uid()`); the hint and the
 * error take `<id>-hint` and `<id>-error`, which the error summary and aria-describedby use.
 */
export function renderField(def: FieldDef, state: FieldState, locale: Locale, id: string): TemplateResult {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [def.hint ? hintId : '', state.error ? errorId : ''].filter(Boolean).join(' ') || nothing;
  const invalid = state.error ? 'true' : 'false';
  const required = def.required === true;
  const optional = translate(formMessages, locale, 'optional');
  const label = html`${def.label}${required || saysOptional(def.label, optional) ? nothing : html`<span class="zwgk-optional">${optional}</span>`}`;
  const hint = def.hint ? html`<p class="zwgk-hint" id=${hintId}>${def.hint}</p>` : nothing;
  const error = renderFieldError(errorId, state.error, locale);
  const input = (event: Event) => state.onInput((event.target as HTMLInputElement).value);
  let control: TemplateResult;
  switch (def.type) {
    case 'textarea':
      control = html`<textarea class="zwgk-control" id=${id} name=${def.key} rows="4" ?required=${required} .value=${state.value}
        aria-invalid=${invalid} aria-describedby=${describedBy} @input=${input}></textarea>`;
      break;
    case 'select':
    case 'idType':
      control = html`<select class="zwgk-control" id=${id} name=${def.key} ?required=${required} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${input}>
        <option value="" ?selected=${!state.value}>${translate(formMessages, locale, 'select')}</option>
        ${(def.options ?? []).map((option) => html`<option value=${option} ?selected=${state.value === option}>${option}</option>`)}
      </select>`;
      break;
    case 'checkbox':
      return html`<div class="zwgk-field zwgk-checkbox ${state.error ? 'zwgk-has-error' : ''}">
        ${error}
        <label><input type="checkbox" id=${id} name=${def.key} ?required=${required} .checked=${state.value === 'yes'} aria-invalid=${invalid} aria-describedby=${describedBy}
          @change=${(e: Event) => state.onInput((e.target as HTMLInputElement).checked ? 'yes' : '')} /><span>${def.label}</span></label>
        ${hint}
      </div>`;
    default: {
      const type = def.type === 'email' ? 'email' : def.type === 'phone' ? 'tel' : 'text';
      const inputMode = def.type === 'phone' || def.type === 'number' ? 'numeric' : nothing;
      const autocomplete = def.key === 'name' ? 'name' : def.type === 'phone' ? 'tel' : def.type === 'email' ? 'email' : 'off';
      control = html`<input class="zwgk-control" id=${id} name=${def.key} type=${type} inputmode=${inputMode} autocomplete=${autocomplete} ?required=${required} .value=${state.value}
        aria-invalid=${invalid} aria-describedby=${describedBy} @input=${input} />`;
    }
  }
  return html`<div class="zwgk-field ${state.error ? 'zwgk-has-error' : ''}">
    <label for=${id}>${label}</label>
    ${hint}
    ${error}
    ${control}
  </div>`;
}

/** The values and errors of a small form the element keeps whole (the status lookup, check-or-cancel). */
export interface FieldsState {
  readonly values: Readonly<Record<string, string>>;
  readonly errors: Readonly<Record<string, string>>;
}
export const NO_FIELDS: FieldsState = { values: {}, errors: {} };

/** The state with every field checked; `invalid` is the first field with an error. */
export function checkFields(defs: readonly FieldDef[], state: FieldsState, locale: Locale): FieldsState & { invalid?: string } {
  const errors: Record<string, string> = {};
  for (const def of defs) {
    const message = fieldError(def, state.values[def.key] ?? '', locale);
    if (message) errors[def.key] = message;
  }
  return { values: state.values, errors, invalid: defs.find((def) => errors[def.key])?.key };
}

/** The state after typing `value` into field `key`: the value is kept and that field's error cleared. */
export function withValue(state: FieldsState, key: string, value: string): FieldsState {
  return { values: { ...state.values, [key]: value }, errors: { ...state.errors, [key]: '' } };
}

/** The fields of a small form; `onInput` gets each change (apply it with `withValue` to the element's current state). */
export function renderFields(defs: readonly FieldDef[], state: FieldsState, locale: Locale, id: (key: string) => string, onInput: (key: string, value: string) => void): TemplateResult[] {
  return defs.map((def) => renderField(def, { value: state.values[def.key] ?? '', error: state.errors[def.key] || undefined, onInput: (value) => onInput(def.key, value) }, locale, id(def.key)));
}

/**
 * GOV.UK error summary: shown at the top after a failed submit, focused by the element (role=alert),
 * each link moving focus to its field and bringing the field's label into view. The links keep
 * their `#id` for reading and copying, but do not change the page's address: the catalogue tree
 * keeps its state in the hash.
 */
export function renderErrorSummary(errors: readonly { id: string; message: string }[], root: ParentNode, locale: Locale, titleId: string): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  const focus = (event: Event, id: string) => {
    event.preventDefault();
    const field = root.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!field) return;
    const label = root.querySelector<HTMLElement>(`label[for="${CSS.escape(id)}"]`) ?? field.closest('fieldset')?.querySelector('legend') ?? field;
    label.scrollIntoView({ block: 'start' });
    field.focus({ preventScroll: true });
  };
  return html`<div class="zwgk-error-summary" role="alert" tabindex="-1" part="error-summary" aria-labelledby=${titleId}>
    <h2 class="zwgk-error-summary-title" id=${titleId}>${translate(formMessages, locale, 'summaryTitle')}</h2>
    <ul>${errors.map((e) => html`<li><a href="#${e.id}" @click=${(event: Event) => focus(event, e.id)}>${e.message}</a></li>`)}</ul>
  </div>`;
}

/** Summary entries in the order their fields appear (as GOV.UK asks); entries without a field on the page go last. */
export function inPageOrder<T extends { id: string }>(entries: readonly T[], root: ParentNode): T[] {
  const position = (entry: T) => root.querySelector(`#${CSS.escape(entry.id)}`);
  return [...entries].sort((a, b) => {
    const [x, y] = [position(a), position(b)];
    if (!x || !y) return x ? -1 : y ? 1 : 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/** “We restored what you typed”, with a button that clears it. */
export function renderDraftNotice(text: string, clearLabel: string, onClear: () => void): TemplateResult {
  return html`<p class="zwgk-notice" role="status">${text} <button type="button" class="zwgk-secondary" @click=${onClear}>${clearLabel}</button></p>`;
}

/** Why a send failed (network, timeout, server, a refusal such as 409): focusable, so the element can move focus to it. */
export function renderFailure(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<p class="zwgk-notice zwgk-failure" role="alert" tabindex="-1">${text}</p>` : nothing;
}

/** The submit button. While sending it stays focusable (`aria-disabled`, not `disabled`); the element ignores presses meanwhile. */
export function renderSubmit(label: string, sending: boolean): TemplateResult {
  return html`<button type="submit" class="zwgk-primary" aria-disabled=${sending ? 'true' : nothing}>${label}</button>`;
}

/**
 * A submit listener for our own `<form>`: no navigation, and the event stops here, so that a CMS
 * page's handlers on an enclosing `<form>` (or on `document`) never see our sign-ups as theirs.
 */
export function keepSubmitInside(handler: (event: Event) => unknown): (event: Event) => void {
  return (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    void handler(event);
  };
}

/**
 * A file field whose words are the page's, not the browser's: the native control says "Choose File
 * / No file chosen" in the browser's own language (an English core on a Chinese page, or 浏览… in
 * some 360 builds), which elderly applicants do not recognise. The native input stays the control
 * (keyboard, picker, accessible name from the field's label), transparent over a drawn button, and
 * the chosen file's name is written beside it and read as its description.
 */
export function renderFileControl(options: {
  id: string; accept: string; required: boolean; invalid: boolean; describedBy: string;
  chosen: File | undefined; locale: Locale; onChange: (event: Event) => void;
}): TemplateResult {
  const { id, locale, chosen } = options;
  return html`<div class="zwgk-file">
    <span class="zwgk-file-picker">
      <input type="file" class="zwgk-file-input" id=${id} accept=${options.accept} ?required=${options.required}
        aria-invalid=${options.invalid ? 'true' : 'false'} aria-describedby="${options.describedBy} ${id}-chosen" @change=${options.onChange} />
      <span class="zwgk-file-button" aria-hidden="true">${translate(formMessages, locale, 'chooseFile')}</span>
    </span>
    <span class="zwgk-file-chosen" id="${id}-chosen">${chosen ? translate(formMessages, locale, 'fileChosen', chosen.name) : translate(formMessages, locale, 'noFileChosen')}</span>
  </div>`;
}

/** The form rules, for the element registered as `tag` (see light-dom.ts: every selector starts with the body selector). */
export function formStyles(tag: string): CSSResult {
  const { body } = scope(tag);
  return css`
    ${body} .zwgk-field { margin: 0 0 var(--_zwgk-space-l); }
    ${body} .zwgk-field > label { display: block; margin: 0 0 var(--_zwgk-space-xs); font-weight: 700; }
    ${body} .zwgk-optional { font-weight: 400; color: var(--_zwgk-color-text-muted); }
    ${body} .zwgk-hint { margin: 0 0 var(--_zwgk-space-xs); color: var(--_zwgk-color-text-muted); }
    ${body} .zwgk-field-error { margin: 0 0 var(--_zwgk-space-xs); color: var(--_zwgk-color-danger); font-weight: 700; }
    ${body} .zwgk-has-error { padding-inline-start: var(--_zwgk-space-m); border-inline-start: 5px solid var(--_zwgk-color-danger); }
    ${body} .zwgk-control {
      width: 100%; max-width: 32em; min-height: 44px; padding: var(--_zwgk-space-s);
      color: var(--_zwgk-color-text); background: var(--_zwgk-color-bg);
      border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius);
    }
    ${body} textarea.zwgk-control { display: block; resize: vertical; }
    ${body} .zwgk-control[aria-invalid='true'] { border-color: var(--_zwgk-color-danger); }
    ${body} input[type='checkbox'], ${body} input[type='radio'] { flex: none; width: 1.5em; height: 1.5em; margin: 0; }
    ${body} .zwgk-checkbox label { display: flex; align-items: center; gap: var(--_zwgk-space-s); min-height: 44px; }
    ${body} fieldset { min-width: 0; }
    ${body} .zwgk-file { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_zwgk-space-s) var(--_zwgk-space-m); }
    ${body} .zwgk-file-picker { position: relative; display: inline-block; }
    ${body} .zwgk-file-input { position: absolute; top: 0; left: 0; width: 100%; height: 100%; margin: 0; padding: 0; opacity: 0; cursor: pointer; font-size: 0; }
    ${body} .zwgk-file-button {
      display: inline-flex; align-items: center; min-height: 44px; padding: 0 var(--_zwgk-space-xl); font-weight: 700;
      color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-primary); border-radius: var(--_zwgk-radius);
    }
    ${body} .zwgk-file-input:focus-visible + .zwgk-file-button { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
    ${body} .zwgk-file-input[aria-invalid='true'] + .zwgk-file-button { border-color: var(--_zwgk-color-danger); }
    ${body} .zwgk-file-input:disabled { cursor: not-allowed; }
    ${body} .zwgk-file-input:disabled + .zwgk-file-button { color: var(--_zwgk-color-text-muted); border-style: dashed; border-color: var(--_zwgk-color-text-muted); }
    ${body} .zwgk-file-chosen { min-width: 0; overflow-wrap: anywhere; }
    ${body} .zwgk-error-summary { margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-l); border: 4px solid var(--_zwgk-color-danger); }
    ${body} .zwgk-error-summary-title { margin: 0 0 var(--_zwgk-space-s); font-size: 1.2em; font-weight: 700; }
    ${body} .zwgk-error-summary ul { margin: 0; padding-inline-start: 1.5em; }
    ${body} .zwgk-error-summary a { color: var(--_zwgk-color-danger); font-weight: 700; }
    ${body} .zwgk-error-summary:focus, ${body} .zwgk-failure:focus { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
    ${body} .zwgk-notice { margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-m); color: var(--_zwgk-color-warning); background: var(--_zwgk-color-warning-bg); border-radius: var(--_zwgk-radius); }
    ${body} .zwgk-notice button { margin-inline-start: var(--_zwgk-space-s); }
    ${body} .zwgk-actions { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-m); margin: 0; }
    ${body} .zwgk-primary, ${body} .zwgk-secondary {
      min-height: 44px; padding: 0 var(--_zwgk-space-xl); border-radius: var(--_zwgk-radius); cursor: pointer;
      font-weight: 700; text-align: center;
    }
    ${body} .zwgk-primary { color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); border: 2px solid var(--_zwgk-color-primary); }
    ${body} .zwgk-secondary { color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-primary); }
    ${body} [aria-disabled='true'] { cursor: progress; }
    ${body} dl { display: grid; grid-template-columns: fit-content(40%) minmax(0, 1fr); gap: var(--_zwgk-space-xs) var(--_zwgk-space-l); margin: 0 0 var(--_zwgk-space-m); }
    ${body} dt { font-weight: 700; }
    ${body} dd { margin: 0; min-width: 0; }
    ${body} p { margin: 0 0 var(--_zwgk-space-s); }
    ${body} details { display: block; margin: 0 0 var(--_zwgk-space-m); }
    ${body} summary { display: list-item; min-height: 44px; padding: var(--_zwgk-space-s) 0; cursor: pointer; font-weight: 700; }
  `;
}
