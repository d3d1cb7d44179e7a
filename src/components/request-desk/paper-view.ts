/**
 * The form for registering a paper application: the fields of paper-fields.ts with their labels,
 * hints and inline errors, an alert that takes focus, and the staff note. Plain template; the
 * element owns the values and posts them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n.js';
import { renderControl } from './fields.js';
import { visiblePaperFields } from './paper-fields.js';
import { heading, type T } from './requests-view.js';

export interface PaperState {
  values: Record<string, string>;
  errors: Record<string, string>;
  alert?: string;
  busy: boolean;
}

export interface PaperProps {
  t: T;
  locale: Locale;
  uid: (local: string) => string;
  level: number;
  today: string;
  state: PaperState;
  onValue: (name: string, value: string) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

export function renderPaperForm(p: PaperProps): TemplateResult {
  const { t, state } = p;
  const note = { name: 'note', kind: 'textarea' as const, label: { 'zh-CN': '内部备注', en: 'Staff note' }, hint: { 'zh-CN': '仅工作人员可见，不会告知申请人', en: 'Never shown to the applicant' } };
  return html`<form class="zwgk-paper-form" novalidate aria-labelledby=${p.uid('paper-title')} @submit=${(e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    p.onSubmit();
  }}>
    ${heading(p.level, t('paperTitle'), { id: p.uid('paper-title'), focusable: true, cls: 'zwgk-paper-form-title' })}
    ${state.alert ? html`<div class="zwgk-alert" role="alert" tabindex="-1">${state.alert}</div>` : nothing}
    ${[...visiblePaperFields(state.values), note].map((field) => renderControl(field, {
      id: p.uid(`paper-${field.name}`), value: state.values[field.name] ?? '', error: state.errors[field.name], maxDate: p.today,
      onInput: (value) => p.onValue(field.name, value),
    }, p.locale))}
    <div class="zwgk-buttons">
      <button type="submit" class="zwgk-primary" aria-disabled=${state.busy ? 'true' : 'false'}>${state.busy ? t('working') : t('register')}</button>
      <button type="button" class="zwgk-secondary" @click=${p.onCancel}>${t('cancel')}</button>
    </div>
  </form>`;
}
