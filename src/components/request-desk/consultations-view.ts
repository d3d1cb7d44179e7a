/**
 * The desk's 意见征集 screen: a consultation picker with the opinions' counts, each opinion with
 * the contact given (staff only), and the form that records how it was used (采纳、部分采纳、未采纳
 * with the reason and a summary fit for publication), then the 采纳情况 the decisions add up to.
 * Plain templates; the element owns state and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n.js';
import type { ConsultationListItem, ConsultationView, StaffOpinion } from './desk-types.js';
import { heading, type T } from './requests-view.js';

export interface DecisionState {
  code?: string;
  outcome: string;
  reason: string;
  summary: string;
  busy: boolean;
  errors: Readonly<Record<string, string>>;
  alert?: string;
  done?: string;
}
export const NO_DECISION: DecisionState = { outcome: '', reason: '', summary: '', busy: false, errors: {} };

export interface ConsultationsProps {
  t: T;
  locale: Locale;
  uid: (local: string) => string;
  level: number;
  list?: ConsultationListItem[];
  selected: string;
  view?: ConsultationView;
  decision: DecisionState;
  onSelect: (id: string) => void;
  onDecide: (opinion?: StaffOpinion) => void;
  onDecisionValue: (name: 'outcome' | 'reason' | 'summary', value: string) => void;
  onSubmitDecision: () => void;
}

const time = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function renderConsultations(p: ConsultationsProps): TemplateResult {
  const { t } = p;
  const v = p.view;
  const d = p.decision;
  return html`
    <div class="zwgk-field">
      <label for=${p.uid('cs-choose')}>${t('chooseConsultation')}</label>
      <select class="zwgk-control" id=${p.uid('cs-choose')} @change=${(e: Event) => p.onSelect((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!p.selected}>${t('chooseConsultation')}</option>
        ${(p.list ?? []).map((c) => html`<option value=${c.id} ?selected=${p.selected === c.id}>${c.title}（${c.phaseLabel}）· ${t('opinionCounts', c.counts.received, c.counts.undecided)}</option>`)}
      </select>
    </div>
    ${d.done ? html`<p class="zwgk-done" role="status" tabindex="-1" id=${p.uid('cs-done')}>${d.done}</p>` : nothing}
    ${v ? html`
      ${heading(p.level, v.consultation.title, { id: p.uid('cs-title'), focusable: true })}
      <dl class="zwgk-facts">
        <dt>${t('consultationPeriod')}</dt><dd>${v.consultation.start} — ${v.consultation.end}（${v.consultation.phaseLabel}）</dd>
        <dt>${t('received')}</dt><dd>${v.counts.received}</dd>
        <dt>${t('undecided')}</dt><dd>${v.counts.undecided}</dd>
        <dt>${t('adopted')}</dt><dd>${v.counts.adopted}</dd>
        <dt>${t('partlyAdopted')}</dt><dd>${v.counts.partly_adopted}</dd>
        <dt>${t('notAdopted')}</dt><dd>${v.counts.not_adopted}</dd>
      </dl>
      ${v.canDecide ? nothing : html`<p class="zwgk-hint">${t('cannotDecide')}</p>`}
      ${v.opinions.length ? html`<ol class="zwgk-opinions">${v.opinions.map((o) => renderOpinion(p, v, o))}</ol>` : html`<p>${t('noOpinions')}</p>`}
      <details class="zwgk-report-draft">
        <summary>${t('reportDraft')}</summary>
        <p class="zwgk-hint">${t('reportDraftHint')}</p>
        <pre class="zwgk-break" tabindex="0" aria-label=${t('reportDraft')}>${JSON.stringify(v.reportDraft, null, 2)}</pre>
      </details>
    ` : nothing}
  `;
}

function renderOpinion(p: ConsultationsProps, v: ConsultationView, o: StaffOpinion): TemplateResult {
  const { t } = p;
  const d = p.decision;
  const open = d.code === o.code;
  const titleId = p.uid(`op-${o.code}`);
  return html`<li class="zwgk-panel" aria-labelledby=${titleId}>
    ${heading(p.level + 1, html`${o.code}<span class="zwgk-sub">${time(o.receivedAt)} · ${o.outcomeLabel}</span>`, { id: titleId })}
    <p class="zwgk-opinion-text">${o.opinion ?? ''}</p>
    <dl class="zwgk-facts">
      ${o.article ? html`<dt>${t('article')}</dt><dd>${o.article}</dd>` : nothing}
      <dt>${t('contact')}</dt><dd>${o.personalDataRemoved ? t('contactRemoved') : [o.name, o.phone].filter(Boolean).join(' · ') || t('anonymous')}</dd>
      ${o.reason ? html`<dt>${t('reason')}</dt><dd>${o.reason}</dd>` : nothing}
      ${o.summary ? html`<dt>${t('publicSummary')}</dt><dd>${o.summary}</dd>` : nothing}
      ${o.decidedBy ? html`<dt>${t('decidedBy')}</dt><dd>${o.decidedBy} · ${time(o.decidedAt!)}</dd>` : nothing}
    </dl>
    ${v.canDecide && !open ? html`<button type="button" class="zwgk-secondary" data-decide=${o.code} @click=${() => p.onDecide(o)}>${o.outcome ? t('changeOutcome') : t('recordOutcome')}<span class="zwgk-visually-hidden">：${o.code}</span></button>` : nothing}
    ${open ? renderDecisionForm(p, v, o) : nothing}
  </li>`;
}

function renderDecisionForm(p: ConsultationsProps, v: ConsultationView, o: StaffOpinion): TemplateResult {
  const { t } = p;
  const d = p.decision;
  const id = (name: string) => p.uid(`decide-${name}`);
  const error = (name: string) => (d.errors[name] ? html`<p class="zwgk-field-error" id=${`${id(name)}-error`}>${d.errors[name]}</p>` : nothing);
  const described = (name: string, hint = false) => [hint ? `${id(name)}-hint` : '', d.errors[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ') || nothing;
  return html`<form class="zwgk-decision-form" novalidate aria-label=${`${t('recordOutcome')}：${o.code}`} @submit=${(e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    p.onSubmitDecision();
  }}>
    ${d.alert ? html`<div class="zwgk-alert" role="alert" tabindex="-1">${d.alert}</div>` : nothing}
    <fieldset class="zwgk-field" aria-describedby=${described('outcome')}>
      <legend>${t('opinionOutcome')}</legend>
      ${error('outcome')}
      ${v.outcomes.map((choice) => html`<label class="zwgk-check"><input type="radio" name=${id('outcome')} value=${choice.value} required
        .checked=${d.outcome === choice.value} @change=${() => p.onDecisionValue('outcome', choice.value)} /><span>${choice.label}</span></label>`)}
    </fieldset>
    <div class="zwgk-field">
      <label for=${id('reason')}>${t('reason')}${d.outcome === 'adopted' ? html`<span class="zwgk-optional">${p.locale === 'en' ? ' (optional)' : '（选填）'}</span>` : nothing}</label>
      <p class="zwgk-hint" id=${`${id('reason')}-hint`}>${t('reasonHint')}</p>
      ${error('reason')}
      <textarea class="zwgk-control" id=${id('reason')} rows="3" .value=${d.reason} aria-invalid=${d.errors.reason ? 'true' : 'false'} aria-describedby=${described('reason', true)}
        @input=${(e: Event) => p.onDecisionValue('reason', (e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    <div class="zwgk-field">
      <label for=${id('summary')}>${t('publicSummary')}<span class="zwgk-optional">${p.locale === 'en' ? ' (optional)' : '（选填）'}</span></label>
      <p class="zwgk-hint" id=${`${id('summary')}-hint`}>${t('summaryHint')}</p>
      ${error('summary')}
      <textarea class="zwgk-control" id=${id('summary')} rows="2" .value=${d.summary} aria-invalid=${d.errors.summary ? 'true' : 'false'} aria-describedby=${described('summary', true)}
        @input=${(e: Event) => p.onDecisionValue('summary', (e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    <p class="zwgk-buttons">
      <button type="submit" class="zwgk-primary" aria-disabled=${d.busy ? 'true' : 'false'}>${t('saveOutcome')}</button>
      <button type="button" class="zwgk-secondary" @click=${() => p.onDecide(undefined)}>${t('cancel')}</button>
    </p>
  </form>`;
}
