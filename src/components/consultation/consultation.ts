import { css, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkFormElement } from '../../forms/form-element.js';
import { DraftStore } from '../../forms/draft.js';
import { fieldProblemText } from '../../forms/field-rules.js';
import { keepSubmitInside, renderDraftNotice, renderErrorSummary, renderFailure, renderField, renderSubmit } from '../../forms/form-view.js';
import { opinionBody, opinionFields, opinionProblems, opinionRefusal } from '../../forms/opinion-schema.js';
import { newIdempotencyKey, submitJson } from '../../forms/submit.js';
import { scope } from '../../core/light-dom.js';
import { uiStyles } from '../../core/ui-styles.js';
import { heading } from '../../core/heading.js';
import { formatDate, formatDateTime, formatPeriod } from '../../core/format.js';
import { clockOf } from '../../core/clock.js';
import { FragmentController } from '../../core/hash-link.js';
import { ADOPTION_OUTCOME_LABELS } from '../../catalogue/codes.js';
import type { Catalogue, Consultation, ConsultationMethod } from '../../catalogue/schema.js';
import { adoptionTally, waysToTakePart, type ConsultationStatus, type WayToTakePart } from '../../catalogue/consultation.js';
import { listConsultations, type PhaseFilter } from './list.js';
import { messages, SELECTION_LABELS } from './messages.js';

const METHOD_EN: Readonly<Record<string, string>> = {
  座谈会: 'Forum', 听证会: 'Public hearing', 实地走访: 'Field visits', 书面征求意见: 'Written consultation',
  向社会公开征求意见: 'Public consultation', 问卷调查: 'Questionnaire', 民意调查: 'Opinion poll',
};
/** What the server answers for an opinion it recorded (docs/consultation-api.md). */
export interface OpinionReceipt {
  readonly code: string;
  readonly consultationId: string;
  readonly receivedAt: string;
}

const SUBJECT_EN: Readonly<Record<string, string>> = { 公共政策措施: 'Public policy measure', 公共建设项目: 'Public construction project' };

/**
 * @tagname zwgk-consultation
 * @summary 意见征集: open and closed public consultations with the draft and its explanation, the deadline, every way to take part, and after closing the 采纳情况 report.
 *
 * Each consultation shows where it stands today (正在征集 with the days left, 即将开始, 已截止, 已公布
 * 采纳情况), its host, subject and period, the 征求意见稿 and 起草说明 (linked, with their text), and
 * while it is open or about to open every way to take part: online, outside platforms and
 * questionnaires, e-mail, letter (address, postcode, what to write on the envelope), phone and
 * fax, and each 座谈会、听证会 or 实地走访 with its time, place, capacity and sign-up (open until
 * when, how participants are chosen, where to sign up). After closing it shows the 采纳情况: how
 * many opinions came in, how many were adopted, partly adopted or not, and the reason for each
 * opinion not adopted. A consultation that led to a policy links to it.
 *
 * Open consultations come first (closest deadline first), then upcoming ones, then closed ones
 * (latest first); readers can show only the current or only the closed ones, and `phase` pins
 * that for a page. `consultation="<id>"` shows one. Each has a stable anchor
 * (`#zwgk-consultation-<id>`, or `#<host id>-<id>`).
 *
 * Online opinions: where an open consultation takes them on the page (`onlineForm`), 在线提交意见
 * opens the opinion form (意见建议, required; 涉及条款, 姓名, 联系电话, optional) in place. It keeps
 * what was typed (a draft in sessionStorage, restored and reopened after a reload), checks it by
 * the server's own rules (src/forms/opinion-schema.ts) with an error summary, and posts it with an
 * idempotency key kept across retries to `<api>/consultations/<id>/opinions` (or the method's
 * `submitUrl`; contract in docs/consultation-api.md). A refusal (closed: 410, not open: 409) is
 * shown with the server's reason and the text kept; success shows the receipt number.
 *
 * @slot - Fallback content (e.g. a link to the CMS's 意见征集 column) shown until the catalogue is ready.
 *
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid, or an opinion could not be sent. `detail`: `{ errors, warnings, source }`.
 * @event zwgk-submit - Before an opinion is sent (cancelable: `preventDefault()` keeps it). `detail`: `{ kind: 'opinion', consultationId, values }`.
 * @event zwgk-submitted - The server recorded an opinion. `detail`: `{ kind: 'opinion', receipt: { code, consultationId, receivedAt } }`.
 *
 * @csspart filters - The current / closed filter.
 * @csspart summary - The number of consultations shown (a live region).
 * @csspart consultation - One consultation.
 * @csspart badge - Where a consultation stands (open, upcoming, closed, reported).
 * @csspart ways - The ways to take part.
 * @csspart session - One 座谈会, 听证会 or 实地走访.
 * @csspart opinion-form - Where opinions are sent online: the button, the form or the receipt.
 * @csspart form - The opinion form.
 * @csspart error-summary - The form's error summary.
 * @csspart receipt - The receipt after an opinion was sent.
 * @csspart report - The 采纳情况 report.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Links, buttons and focus.
 * @cssproperty --zwgk-color-success - An open consultation's mark.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkConsultation extends ZwgkFormElement {
  static override idBase = 'consultation';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      uiStyles(tag),
      css`
        ${body} .zwgk-consultation { margin-bottom: var(--_zwgk-space-l); }
        ${body} .zwgk-ways { display: block; margin: 0 0 var(--_zwgk-space-m); padding: 0; list-style: none !important; }
        ${body} .zwgk-way { display: block; margin: 0 0 var(--_zwgk-space-s); padding: var(--_zwgk-space-s) var(--_zwgk-space-m); border-inline-start: 4px solid var(--_zwgk-color-primary); background: var(--_zwgk-color-surface); }
        ${body} .zwgk-way-name { display: block; font-weight: 700; }
        ${body} .zwgk-way .zwgk-fields { margin: var(--_zwgk-space-xs) 0 0; }
        ${body} .zwgk-doc { display: block; margin: 0 0 var(--_zwgk-space-s); }
        ${body} .zwgk-doc-text { display: block; margin: var(--_zwgk-space-xs) 0 0; white-space: pre-line; }
        ${body} .zwgk-tally { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-s) var(--_zwgk-space-l); margin: 0 0 var(--_zwgk-space-m); padding: 0; }
        ${body} .zwgk-tally > div { display: block; min-width: 6em; }
        ${body} .zwgk-tally dt { display: block; color: var(--_zwgk-color-text-muted); }
        ${body} .zwgk-tally dd { display: block; margin: 0; font-size: 1.25em; font-weight: 700; }
        ${body} .zwgk-opinion { display: block; margin: 0 0 var(--_zwgk-space-s); }
        ${body} .zwgk-reason { display: block; color: var(--_zwgk-color-text-muted); }
        ${body} .zwgk-opinion-form { display: block; margin: var(--_zwgk-space-s) 0 0; }
        ${body} .zwgk-receipt { display: block; margin: var(--_zwgk-space-s) 0 0; padding: var(--_zwgk-space-m); border: 4px solid var(--_zwgk-color-success); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-receipt:focus { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
        ${body} .zwgk-receipt-code { font-weight: 700; letter-spacing: 0.1em; }
      `,
    ];
  }

  /** Id of one consultation to show; without it the element lists them all. */
  @property() consultation?: string;
  /** Pins the list: `current` (open and upcoming) or `ended` (closed); readers then get no filter. */
  @property() phase?: 'current' | 'ended';
  /** Level of each consultation's heading (3 by default: under the page's own 意见征集 heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Page of the policy list: a consultation that led to a policy links to `<policy-list-url>#zwgk-policy=<id>`. Without it, to the policy's original text. */
  @property({ attribute: 'policy-list-url' }) policyListUrl?: string;
  /** The date-time the phases are judged at (ISO); now by default. */
  @property() now?: string;

  /** Base URL of the opinion API (docs/consultation-api.md); a method's `submitUrl` overrides it. */
  @property() api = '/api';

  @state() private filter: PhaseFilter = '';
  /** The consultation whose opinion form is open. */
  @state() private active?: string;
  @state() private values: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  @state() private sending = false;
  @state() private failure?: string;
  @state() private restored = false;
  @state() private receipts: Readonly<Record<string, OpinionReceipt>> = {};
  private idempotencyKey = newIdempotencyKey();
  private draftsCheckedFor?: Catalogue;
  protected readonly fragment = new FragmentController(this, () => !!this.data);

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const now = clockOf(this.now);
    const all = data.consultations ?? [];
    if (this.consultation) {
      const one = listConsultations(all.filter((c) => c.id === this.consultation), now);
      return one.length ? this.renderConsultation(data, one[0]!.consultation, one[0]!.status, now) : html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'notFound', this.consultation)}</p>`;
    }
    const pinned = this.phase === 'current' || this.phase === 'ended' ? this.phase : undefined;
    const shown = listConsultations(all, now, pinned ?? this.filter);
    return html`
      ${pinned ? nothing : html`<div class="zwgk-controls" part="filters">
        <label class="zwgk-control" for=${this.uid('show')}>${this.msg(messages, 'show')}
          <select class="zwgk-input" id=${this.uid('show')} @change=${(e: Event) => (this.filter = (e.target as HTMLSelectElement).value as PhaseFilter)}>
            ${(['', 'current', 'ended'] as const).map((value) => html`<option value=${value} ?selected=${value === this.filter}>${this.msg(messages, value === '' ? 'all' : value)}</option>`)}
          </select>
        </label>
      </div>`}
      <p class="zwgk-count" part="summary" role="status">${shown.length ? this.msg(messages, 'count', shown.length) : this.msg(messages, 'none')}</p>
      ${shown.length ? html`<ul class="zwgk-plain" aria-label=${this.msg(messages, 'listLabel')}>
        ${shown.map(({ consultation, status }) => html`<li>${this.renderConsultation(data, consultation, status, now)}</li>`)}
      </ul>` : nothing}
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.data;
    if (!data || this.draftsCheckedFor === data) return;
    this.draftsCheckedFor = data;
    // After a reload the form a citizen was filling in comes back open, with what they typed.
    if (this.active) return;
    const now = clockOf(this.now);
    const pending = (data.consultations ?? []).find((c) => (!this.consultation || c.id === this.consultation) && !opinionRefusal(c, now) && this.draftFor(c.id).load());
    if (pending) {
      this.active = pending.id;
      this.values = this.draftFor(pending.id).load() ?? {};
      this.restored = true;
    }
  }

  private draftFor(id: string): DraftStore {
    return new DraftStore(`zwgk-consultation:${typeof location === 'undefined' ? '' : location.pathname}:${id}`, new Set());
  }

  private openForm(id: string): void {
    const draft = this.draftFor(id).load();
    this.active = id;
    this.values = draft ?? {};
    this.restored = !!draft;
    this.errors = {};
    this.summary = [];
    this.failure = undefined;
    this.idempotencyKey = newIdempotencyKey();
    void this.focusRendered(`#${CSS.escape(this.fieldId(`${id}-opinion`))}`);
  }

  private closeForm(id: string): void {
    this.active = undefined;
    this.summary = [];
    void this.focusRendered(`[data-write-opinion="${CSS.escape(id)}"]`);
  }

  private setValue(id: string, key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    this.draftFor(id).save(this.values);
  }

  private async submit(c: Consultation, submitUrl: string | undefined): Promise<void> {
    // A press while sending (the button stays focusable) is ignored: one opinion per press.
    if (this.sending) return;
    const problems = opinionProblems(opinionBody(this.values), this.locale);
    this.errors = Object.fromEntries(problems.map((p) => [p.path, fieldProblemText(p.field, p.code, this.locale)]));
    this.summary = problems.map((p) => ({ id: this.fieldId(`${c.id}-${p.path}`), message: this.errors[p.path]! }));
    if (problems.length) return;
    const values = { ...this.values };
    if (!this.emit('zwgk-submit', { kind: 'opinion', consultationId: c.id, values }, { cancelable: true })) return;
    this.sending = true;
    this.failure = undefined;
    const url = submitUrl ?? `${this.api}/consultations/${encodeURIComponent(c.id)}/opinions`;
    const outcome = await submitJson<OpinionReceipt>(url, opinionBody(values), { idempotencyKey: this.idempotencyKey });
    this.sending = false;
    switch (outcome.kind) {
      case 'ok':
        this.receipts = { ...this.receipts, [c.id]: outcome.data };
        this.active = undefined;
        this.values = {};
        this.restored = false;
        this.draftFor(c.id).clear();
        this.idempotencyKey = newIdempotencyKey();
        this.emit('zwgk-submitted', { kind: 'opinion', receipt: outcome.data });
        void this.focusRendered(`[data-receipt="${CSS.escape(c.id)}"]`);
        return;
      case 'invalid': {
        const keys = new Set(['opinion', 'article', 'name', 'phone']);
        const known = outcome.errors.filter((e) => keys.has(e.path));
        this.errors = Object.fromEntries(known.map((e) => [e.path, e.message]));
        this.summary = known.map((e) => ({ id: this.fieldId(`${c.id}-${e.path}`), message: e.message }));
        if (known.length) return;
        this.failure = this.msg(messages, 'refused');
        break;
      }
      case 'refused':
        this.failure = outcome.message ? `${outcome.message}。${this.msg(messages, 'refused')}`.replace('。。', '。') : this.msg(messages, 'refused');
        break;
      default:
        this.failure = this.msg(messages, outcome.kind);
    }
    this.emit('zwgk-error', { errors: [{ kind: 'network', path: '', code: outcome.kind, message: { 'zh-CN': this.failure ?? '', en: this.failure ?? '' } }], warnings: [], source: url });
    // Focus goes to the explanation, never to <body>: the text stays in the form for a retry.
    await this.focusRendered('form[part="form"] .zwgk-failure');
  }

  private methodLabel(type: string): string {
    return this.locale === 'en' ? (METHOD_EN[type] ?? type) : type;
  }

  private date(iso: string | undefined): string {
    return formatDate(iso, this.locale);
  }

  private renderBadge(status: ConsultationStatus) {
    const [text, tone] =
      status.phase === 'open' ? [this.msg(messages, 'open', status.daysLeft ?? 0), 'ok']
      : status.phase === 'upcoming' ? [this.msg(messages, 'upcoming', status.daysToStart ?? 0), 'info']
      : status.phase === 'closed' ? [this.msg(messages, 'closed'), 'quiet']
      : [this.msg(messages, 'reported'), 'quiet'];
    return html`<span class="zwgk-badge zwgk-${tone}" part="badge">${text}</span>`;
  }

  private renderConsultation(data: Catalogue, c: Consultation, status: ConsultationStatus, now: Date) {
    const host = data.agencies.find((a) => a.id === c.hostId)?.name ?? c.hostId;
    const policy = c.policyId ? data.policies?.find((p) => p.id === c.policyId) : undefined;
    const policyHref = policy ? (this.policyListUrl !== undefined ? `${this.policyListUrl}#zwgk-policy=${encodeURIComponent(policy.id)}` : policy.url) : undefined;
    const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    const titleId = this.uid(`${c.id}-title`);
    const subject = this.locale === 'en' ? (SUBJECT_EN[c.subjectMatter] ?? c.subjectMatter) : c.subjectMatter;
    const ended = status.phase === 'closed' || status.phase === 'reported';
    return html`<article class="zwgk-card zwgk-consultation" part="consultation" id=${this.uid(c.id)} aria-labelledby=${titleId}>
      ${heading(this.headingLevel, html`${c.title}${this.renderBadge(status)}`, 'zwgk-title', titleId)}
      <dl class="zwgk-fields">
        ${row(this.msg(messages, 'host'), host)}
        ${row(this.msg(messages, 'subject'), subject)}
        ${row(this.msg(messages, 'period'), formatPeriod(c.start, c.end, this.locale))}
        ${status.phase === 'open' ? row(this.msg(messages, 'deadline'), formatDateTime(c.end, this.locale)) : nothing}
        ${row(this.msg(messages, 'decided'), policy ? (policyHref ? html`<a href=${policyHref} data-zwgk-policy=${policy.id}>${policy.title}</a>` : policy.title) : '')}
        ${row(this.msg(messages, 'page'), c.url && !ended ? html`<a href=${c.url}>${c.url}</a>` : '')}
      </dl>
      ${c.summary ? html`<p class="zwgk-para">${c.summary}</p>` : nothing}
      ${this.renderDocument(this.msg(messages, 'draft'), c.draft)}
      ${this.renderDocument(this.msg(messages, 'explanation'), c.explanation)}
      ${ended ? this.renderOutcome(c) : this.renderWays(data, c, status, now)}
    </article>`;
  }

  private renderDocument(label: string, doc: Consultation['draft']) {
    if (!doc) return nothing;
    return html`<p class="zwgk-doc"><strong>${label}：</strong>${doc.url ? html`<a href=${doc.url}>${doc.title}</a>` : doc.title}
      ${doc.text ? html`<span class="zwgk-doc-text">${doc.text}</span>` : nothing}</p>`;
  }

  private renderWays(data: Catalogue, c: Consultation, status: ConsultationStatus, now: Date) {
    const ways = waysToTakePart(c, now);
    if (!ways.length) return nothing;
    const noted = new Set<ConsultationMethod>();
    return html`<div part="ways">
      ${heading(this.headingLevel + 1, this.msg(messages, 'ways'), 'zwgk-sub', this.uid(`${c.id}-ways`))}
      ${status.phase === 'upcoming' ? html`<p class="zwgk-para">${this.msg(messages, 'waysUpcoming')}</p>` : nothing}
      <ul class="zwgk-ways">${ways.map((way) => {
        const note = way.method.note && !noted.has(way.method) ? way.method.note : '';
        noted.add(way.method);
        return html`<li class="zwgk-way">${this.renderWay(data, c, way, status)}${note ? html`<span class="zwgk-meta">${note}</span>` : nothing}</li>`;
      })}</ul>
    </div>`;
  }

  private renderWay(data: Catalogue, c: Consultation, way: WayToTakePart, status: ConsultationStatus): TemplateResult {
    const name = (text: string) => html`<span class="zwgk-way-name">${text}</span>`;
    switch (way.kind) {
      case 'form':
        return html`${name(this.msg(messages, 'form'))}${this.renderOpinionForm(c, status, way.submitUrl)}`;
      case 'link': {
        const window = way.method.start || way.method.end ? `（${formatPeriod(way.method.start, way.method.end, this.locale)}）` : '';
        return html`${name(this.msg(messages, 'link', this.methodLabel(way.method.type)))}<a href=${way.url}>${way.url}</a>${window}`;
      }
      case 'email':
        return html`${name(this.msg(messages, 'email'))}<a href="mailto:${way.address}">${way.address}</a>`;
      case 'mail': {
        const extra = [way.mail.postcode ? this.msg(messages, 'postcode', way.mail.postcode) : '', way.mail.recipient ? this.msg(messages, 'recipient', way.mail.recipient) : ''].filter(Boolean).join('，');
        return html`${name(this.msg(messages, 'mail'))}${way.mail.address}${extra ? `（${extra}）` : ''}${way.mail.note ? html`<br />${way.mail.note}` : nothing}`;
      }
      case 'phone':
      case 'fax':
        return html`${name(this.msg(messages, way.kind))}${way.kind === 'phone' ? html`<a href="tel:${way.number.replace(/[^\d+]/g, '')}">${way.number}</a>` : way.number}`;
      case 'session':
        return this.renderSession(data, way.method, way.signupOpen);
      case 'described':
        return name(this.methodLabel(way.method.type));
    }
  }

  /** Where opinions are written online: 在线提交意见, the form it opens, or the receipt. */
  protected renderOpinionForm(c: Consultation, status: ConsultationStatus, submitUrl?: string): TemplateResult {
    const receipt = this.receipts[c.id];
    const content = status.phase === 'upcoming' ? this.msg(messages, 'formAfterStart')
      : receipt && this.active !== c.id ? this.renderReceipt(c, receipt)
      : this.active === c.id ? this.renderForm(c, submitUrl)
      : html`<button type="button" class="zwgk-primary" data-write-opinion=${c.id} @click=${() => this.openForm(c.id)}>${this.msg(messages, 'writeOpinion')}<span class="zwgk-visually-hidden">：${c.title}</span></button>`;
    return html`<div class="zwgk-opinion-form" part="opinion-form" data-consultation=${c.id}>${content}</div>`;
  }

  private renderForm(c: Consultation, submitUrl: string | undefined) {
    const formTitle = this.uid(`${c.id}-form-title`);
    return html`<form part="form" novalidate aria-labelledby=${formTitle} @submit=${keepSubmitInside(() => this.submit(c, submitUrl))}>
      ${heading(this.headingLevel + 2, this.msg(messages, 'opinionForm', c.title), 'zwgk-sub', formTitle)}
      ${renderErrorSummary(this.summary, this.renderRoot, this.locale, this.uid(`${c.id}-error-summary-title`))}
      ${this.restored ? renderDraftNotice(this.msg(messages, 'draftRestored'), this.msg(messages, 'clearDraft'), () => { this.draftFor(c.id).clear(); this.values = {}; this.restored = false; }) : nothing}
      ${renderFailure(this.failure)}
      <p class="zwgk-hint">${this.msg(messages, 'privacy')}</p>
      ${opinionFields(this.locale).map((field) => renderField(field, { value: this.values[field.key] ?? '', error: this.errors[field.key] || undefined, onInput: (v) => this.setValue(c.id, field.key, v) }, this.locale, this.fieldId(`${c.id}-${field.key}`)))}
      <div class="zwgk-actions">
        ${renderSubmit(this.sending ? this.msg(messages, 'sending') : this.failure ? this.msg(messages, 'retry') : this.msg(messages, 'submit'), this.sending)}
        <button type="button" class="zwgk-secondary" @click=${() => this.closeForm(c.id)}>${this.msg(messages, 'cancelForm')}</button>
      </div>
    </form>`;
  }

  private renderReceipt(c: Consultation, receipt: OpinionReceipt) {
    const title = this.uid(`${c.id}-receipt-title`);
    return html`<section class="zwgk-receipt" part="receipt" tabindex="-1" data-receipt=${c.id} aria-labelledby=${title}>
      ${heading(this.headingLevel + 2, this.msg(messages, 'receiptTitle'), 'zwgk-sub', title)}
      <dl class="zwgk-fields">
        <dt>${this.msg(messages, 'receiptCode')}</dt><dd class="zwgk-receipt-code">${receipt.code}</dd>
        <dt>${this.msg(messages, 'receiptTime')}</dt><dd>${formatDateTime(receipt.receivedAt, this.locale)}</dd>
      </dl>
      <p class="zwgk-para">${this.msg(messages, 'receiptHint')}</p>
      <button type="button" class="zwgk-secondary" data-write-opinion=${c.id} @click=${() => this.openForm(c.id)}>${this.msg(messages, 'another')}<span class="zwgk-visually-hidden">：${c.title}</span></button>
    </section>`;
  }

  private renderSession(data: Catalogue, method: ConsultationMethod, open: boolean) {
    const point = method.pointId ? data.disclosurePoints?.find((p) => p.id === method.pointId) : undefined;
    const place = [method.place, point && point.name !== method.place ? `（${point.name}）` : ''].join('');
    const signup = method.signup;
    const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    const signupText = !signup ? this.msg(messages, 'signupNone')
      : open ? this.msg(messages, 'signupOpen', formatDateTime(signup.deadline, this.locale))
      : this.msg(messages, 'signupClosed');
    return html`<div part="session">
      <span class="zwgk-way-name">${this.methodLabel(method.type)}</span>
      <dl class="zwgk-fields">
        ${row(this.msg(messages, 'time'), formatPeriod(method.start, method.end, this.locale))}
        ${row(this.msg(messages, 'place'), place)}
        ${row(this.msg(messages, 'capacity'), method.capacity !== undefined ? this.msg(messages, 'people', method.capacity) : '')}
        ${row(this.msg(messages, 'signup'), signupText)}
        ${open && signup?.selection ? row(this.msg(messages, 'selection'), SELECTION_LABELS[signup.selection]?.[this.locale] ?? signup.selection) : nothing}
        ${open && signup?.phone ? row(this.msg(messages, 'signupPhone'), html`<a href="tel:${signup.phone.replace(/[^\d+]/g, '')}">${signup.phone}</a>`) : nothing}
        ${open && signup?.url ? row(this.msg(messages, 'signupOnline'), html`<a href=${signup.url}>${signup.url}</a>`) : nothing}
      </dl>
      ${open && signup?.note ? html`<span class="zwgk-meta">${signup.note}</span>` : nothing}
    </div>`;
  }

  /** After closing: the 采纳情况, or that it is still to come. */
  private renderOutcome(c: Consultation) {
    const report = c.adoptionReport;
    const titleId = this.uid(`${c.id}-report`);
    if (!report) return html`<p class="zwgk-para zwgk-meta">${this.msg(messages, 'pending')}</p>`;
    const tally = adoptionTally(report);
    // A count the report neither gives nor lists opinions for is unknown, not zero.
    const listed = !!report.opinions?.length;
    const known = (given: number | undefined) => given !== undefined || listed;
    const complete = known(report.adopted) && known(report.partlyAdopted) && known(report.notAdopted);
    const count = (label: string, n: number | undefined, shown = true) => (n === undefined || !shown ? nothing : html`<div><dt>${label}</dt><dd>${this.msg(messages, 'items', n)}</dd></div>`);
    return html`<div part="report">
      ${heading(this.headingLevel + 1, html`${this.msg(messages, 'report')}<span class="zwgk-badge zwgk-quiet">${this.msg(messages, 'reportPublished', this.date(report.publishedAt))}</span>`, 'zwgk-sub', titleId)}
      ${report.summary ? html`<p class="zwgk-para">${report.summary}</p>` : nothing}
      ${tally.received !== undefined || listed || report.adopted !== undefined ? html`<dl class="zwgk-tally">
        ${count(this.msg(messages, 'received'), tally.received)}
        ${count(this.msg(messages, 'adopted'), tally.adopted, known(report.adopted))}
        ${count(this.msg(messages, 'partlyAdopted'), tally.partlyAdopted, known(report.partlyAdopted))}
        ${count(this.msg(messages, 'notAdopted'), tally.notAdopted, known(report.notAdopted))}
        ${count(this.msg(messages, 'other'), tally.other, complete && !!tally.other)}
      </dl>` : nothing}
      ${report.opinions?.length ? html`
        ${heading(this.headingLevel + 2, this.msg(messages, 'opinions'), 'zwgk-sub')}
        <ul class="zwgk-bullets">${report.opinions.map((o) => html`<li class="zwgk-opinion">
          ${o.summary}${o.count && o.count > 1 ? `（${this.msg(messages, 'items', o.count)}）` : ''}<span class="zwgk-badge zwgk-${o.outcome === 'adopted' ? 'ok' : o.outcome === 'partly_adopted' ? 'info' : 'quiet'}">${ADOPTION_OUTCOME_LABELS[o.outcome][this.locale]}</span>
          ${o.outcome !== 'adopted' ? html`<span class="zwgk-reason">${this.msg(messages, 'reason')}：${o.reason?.trim() || this.msg(messages, 'noReason')}</span>` : nothing}
        </li>`)}</ul>` : nothing}
      ${report.url ? html`<p class="zwgk-para"><a href=${report.url}>${this.msg(messages, 'reportFull')}<span class="zwgk-visually-hidden">：${c.title}</span></a></p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-consultation': ZwgkConsultation;
  }
}
