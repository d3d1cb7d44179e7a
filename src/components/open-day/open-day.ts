import { css, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scope } from '../../core/light-dom.js';
import { formatDate } from '../../core/format.js';
import { defineMessages } from '../../core/i18n.js';
import type { Catalogue, FieldDef, OpenDayEvent } from '../../catalogue/schema.js';
import { DraftStore } from '../../forms/draft.js';
import { ZwgkFormElement } from '../../forms/form-element.js';
import {
  checkFields, fieldError, keepSubmitInside, NO_FIELDS, renderDraftNotice, renderErrorSummary, renderFailure, renderField, renderFields, renderSubmit, withValue, type FieldsState,
} from '../../forms/form-view.js';
import { signupBody, signupFields } from '../../forms/signup-schema.js';
import { lookUp, newIdempotencyKey, submitJson } from '../../forms/submit.js';
import { sessionFacts, sessionPhase, type SessionFacts, type SessionPhase } from './capacity.js';
import { toIcs } from './ics.js';
import { renderPublishedSurvey, renderSignupDetails, statusMessages, statusTitleKey, surveyAnswers, surveyMissing, type SignupDraw, type SignupStatus, type SignupSurvey, type SurveyFormState, type PublishedSurvey } from './signup-status.js';
import { translate } from '../../core/i18n.js';

export interface OpenDaySignup {
  code: string;
  eventId: string;
  sessionId: string;
  /** The last four are set by the organiser at the desk (审核, 抽签, check-in). */
  status: SignupStatus;
  name: string;
  /** In a lookup after a draw: the published facts and this sign-up's place in the order. */
  draw?: SignupDraw;
  /** In a lookup after checking in: the 评议 questionnaire. */
  survey?: SignupSurvey;
}
declare module '../../core/events.js' {
  interface ZwgkEventMap {
    'zwgk-cancel': { readonly signup: OpenDaySignup };
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-cancel': CustomEvent<{ signup: OpenDaySignup }>;
  }
}

const messages = defineMessages({
  'zh-CN': {
    upcoming: '近期政府开放日', past: (n: number) => `往期活动（${n}）`, none: '近期暂无政府开放日活动。', review: '活动回顾',
    activities: '活动内容', time: '时间', place: '地点', audience: '邀请对象', deadline: '报名截止', contact: '联系方式', remaining: '剩余名额',
    places: (left: number, total: number) => `${left} / ${total}`, selection: '确定方式',
    first_come: '先到先得', draw: '报名后抽签确定', review_mode: '报名后由主办单位审核确定',
    open: '可报名', 'nearly-full': '名额紧张', 'full-waitlist': '名额已满，可报名候补', full: '名额已满', closed: '报名已截止', 'not-open': '暂未开放报名', past_phase: '活动已结束', cancelled: '活动已取消',
    signUp: '我要报名', session: '场次', consent: '我已阅读并同意本表开头的信息使用说明', submit: '提交报名', sending: '正在提交…', cancelForm: '取消填写',
    draftRestored: '已恢复您上次填写的内容。', clearDraft: '清除已填内容',
    network: '网络连接失败，您填写的内容已保留，请检查网络后重试。', timeout: '提交超时，您填写的内容已保留，请稍后重试。', server: '服务器暂时无法处理，您填写的内容已保留，请稍后重试。', retry: '重试',
    confirmedTitle: '报名成功', pendingTitle: '已报名，待确认', waitlistedTitle: '已进入候补名单',
    pendingHint: '主办单位确定参加人员后会通过短信或电话通知您。', waitlistedHint: '有人取消时将按报名先后依次递补，并通知您。',
    code: '确认码', keepCode: '请记下确认码，查询或取消报名时需要用到。', bring: '请携带', meet: '集合地点和时间', ics: '添加到日历（.ics 文件）',
    manage: '查询或取消报名', phone: '报名时填写的手机号码', find: '查询', cancelSignup: '取消报名', notFound: '确认码或手机号码不正确。', tooMany: '尝试次数过多，请稍后再试；如需帮助请致电活动联系电话。',
    statusLine: (s: string) => `报名状态：${s}`, cancelledTitle: '已取消报名', privacy: '报名信息仅用于本次活动，不会公开。',
  },
  en: {
    upcoming: 'Upcoming open days', past: (n: number) => `Past events (${n})`, none: 'No open days are scheduled.', review: 'Event report',
    activities: 'Activities', time: 'Time', place: 'Place', audience: 'Who is invited', deadline: 'Sign-up closes', contact: 'Contact', remaining: 'Places left',
    places: (left: number, total: number) => `${left} of ${total}`, selection: 'Selection',
    first_come: 'First come, first served', draw: 'By draw after sign-up', review_mode: 'Chosen by the organiser after sign-up',
    open: 'Open', 'nearly-full': 'Few places left', 'full-waitlist': 'Full: join the waiting list', full: 'Full', closed: 'Sign-up closed', 'not-open': 'Not open yet', past_phase: 'Ended', cancelled: 'Cancelled',
    signUp: 'Sign up', session: 'Session', consent: 'I have read and agree to how my details are used, as set out at the top of this form', submit: 'Send', sending: 'Sending…', cancelForm: 'Cancel',
    draftRestored: 'What you typed last time has been restored.', clearDraft: 'Clear the form',
    network: 'No connection. Your answers are kept; try again.', timeout: 'The server took too long. Your answers are kept; try again.', server: 'The server could not handle it. Your answers are kept; try again later.', retry: 'Try again',
    confirmedTitle: 'You are signed up', pendingTitle: 'Signed up, awaiting confirmation', waitlistedTitle: 'On the waiting list',
    pendingHint: 'The organiser will confirm by SMS or phone.', waitlistedHint: 'If someone cancels, places go to the waiting list in order.',
    code: 'Confirmation code', keepCode: 'Keep this code to check or cancel your sign-up.', bring: 'Please bring', meet: 'Meeting point and time', ics: 'Add to calendar (.ics)',
    manage: 'Check or cancel a sign-up', phone: 'Mobile number used to sign up', find: 'Check', cancelSignup: 'Cancel sign-up', notFound: 'Code or phone number not found.', tooMany: 'Too many attempts; please try again later or call the contact number.',
    statusLine: (s: string) => `Status: ${s}`, cancelledTitle: 'Sign-up cancelled', privacy: 'Your details are used for this event only and never published.',
  },
});

interface SessionCount {
  sessionId: string;
  capacity?: number;
  taken?: number;
  remaining?: number;
  /** 抽签/审核 applications awaiting the organiser's decision. */
  pending?: number;
  waitlisted?: number;
  waitlistLimit?: number;
  /** The 评议 summary, when the organiser published it. */
  survey?: PublishedSurvey;
}

/**
 * @tagname zwgk-open-day
 * @summary Government open days (政府开放日): upcoming events with their sessions and places left, sign-up, confirmation with a calendar file, self-cancellation, the organiser's decision (审核, 抽签, check-in) in the lookup, the 评议 questionnaire after attending, and the published 评议 summary of past events.
 *
 * Events come from the catalogue's `openDays`; places left come from the sign-up API (`api`
 * attribute, default `/api`, contract in docs/open-day-api.md), whose counts are the truth: the
 * server enforces capacity. Selection modes follow the data: 先到先得 confirms at once (or
 * waitlists), 抽签 and 审核 record 已报名，待确认. The sign-up form has the same validation, error
 * summary and draft keeping as the request form (shared machinery in `src/forms/`); ID numbers are
 * never stored in the browser. Nothing about other registrants is ever shown. Every required field
 * carries `required`. While a sign-up is being sent the submit button keeps focus (`aria-disabled`,
 * not disabled); a refusal (409: the phone number is already signed up, the session filled up) or a
 * failure is announced and takes focus, and what the citizen typed stays.
 *
 * Rendered in the light DOM (issue 15), so that 无障碍 toolbars, reader modes and crawlers read it:
 * sessions, places left, the form, the confirmation and the check-or-cancel section are the page's
 * own nodes, styled by a stylesheet scoped to the tag (CONTRIBUTING.md, "Light DOM"). Ids are
 * document-unique: the sign-up field `phone` is `el.uid('field-phone')` (`zwgk-openday-field-phone`
 * for the first element on a page). The `::part()` names below keep their `part` attributes; select
 * them as `zwgk-open-day:not(#_):not(#_):not(#_) [part~="event"]` (docs/integrator-guide.md §6).
 * Our forms' `submit` events stop at the element, so a CMS page's handlers on an enclosing `<form>`
 * never take them for their own.
 *
 * @slot - Fallback content (e.g. the event title, time and a phone number to sign up) shown until the catalogue is ready, and again under a load error.
 *
 * @event zwgk-submit - Before a sign-up is sent. Cancelable. `detail`: `{ kind: 'open-day', eventId, sessionId, values }`.
 * @event zwgk-submitted - The server recorded a sign-up. `detail`: `{ kind: 'open-day', signup }` with `code` and `status`.
 * @event zwgk-cancel - A sign-up was cancelled by its owner. `detail`: `{ signup }`.
 * @event zwgk-error - The catalogue failed to load, or a sign-up could not be sent. `detail`: `{ errors, warnings, source }`.
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 *
 * @csspart event - One event card.
 * @csspart phase - The sign-up state of a session (open, nearly full, full…).
 * @csspart form - The sign-up form.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart confirmation - The confirmation with the code.
 * @csspart manage - The check-or-cancel section.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Buttons, links and focus.
 * @cssproperty --zwgk-color-danger - Errors.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkOpenDay extends ZwgkFormElement {
  static override idBase = 'openday';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      css`
        ${body} .zwgk-event { display: block; margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-l); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-title { margin: 0 0 var(--_zwgk-space-xs); font-size: 1.25em; font-weight: 700; }
        ${body} .zwgk-slogan { color: var(--_zwgk-color-text-muted); }
        ${body} ul.zwgk-sessions { margin: 0 0 var(--_zwgk-space-m); padding: 0; list-style: none !important; }
        ${body} ul.zwgk-sessions > li { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-m); align-items: center; padding: var(--_zwgk-space-s) 0; border-top: 1px solid var(--_zwgk-color-border); }
        ${body} .zwgk-phase { font-weight: 700; }
        ${body} .zwgk-phase.zwgk-full, ${body} .zwgk-phase.zwgk-closed, ${body} .zwgk-phase.zwgk-past_phase, ${body} .zwgk-phase.zwgk-cancelled { color: var(--_zwgk-color-danger); }
        ${body} .zwgk-phase.zwgk-nearly-full, ${body} .zwgk-phase.zwgk-full-waitlist { color: var(--_zwgk-color-warning); }
        ${body} .zwgk-phase.zwgk-open { color: var(--_zwgk-color-success); }
        ${body} .zwgk-confirmation { display: block; margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-l); border: 4px solid var(--_zwgk-color-success); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-confirmation:focus { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
        ${body} .zwgk-code { font-size: 1.5em; font-weight: 700; letter-spacing: 0.1em; }
        ${body} .zwgk-signup { display: block; margin: var(--_zwgk-space-m) 0 0; padding: var(--_zwgk-space-l); background: var(--_zwgk-color-surface); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-consent-text { white-space: pre-line; }
        ${body} .zwgk-past ul { margin: 0 0 var(--_zwgk-space-s); padding-inline-start: 1.5em; }
        ${body} .zwgk-manage { display: block; margin: var(--_zwgk-space-xl) 0 0; }
        @media print {
          ${body} form, ${body} button, ${body} .zwgk-manage { display: none !important; }
        }
      `,
    ];
  }

  /** Base URL of the sign-up API (see docs/open-day-api.md). */
  @property() api = '/api';
  /** Show only this event. */
  @property() event?: string;
  /** Never show places left, whatever the data says. */
  @property({ type: Boolean, attribute: 'hide-remaining' }) hideRemaining = false;
  /** Keep the ID number in the saved draft too (off by default: ID numbers stay out of storage). */
  @property({ type: Boolean, attribute: 'persist-sensitive' }) persistSensitive = false;
  /** The time used to decide what is upcoming and what is open (an ISO string); now by default. */
  @property() now?: string;

  @state() private counts = new Map<string, SessionCount[]>();
  @state() private active?: { eventId: string; sessionId: string };
  @state() private values: Record<string, string> = {};
  @state() private errors: Record<string, string> = {};
  @state() private sending = false;
  @state() private failure?: string;
  @state() private restored = false;
  /** The sign-up to confirm on screen (set by the element after sending; integrators who sign up server-side can set it too). */
  @property({ attribute: false }) signup?: OpenDaySignup;
  @state() private managed?: OpenDaySignup;
  @state() private manageError = '';
  @state() private manageForm: FieldsState = NO_FIELDS;
  @state() private surveyForm: SurveyFormState = { answers: {}, errors: {} };
  /** The code and phone of the last lookup, for the questionnaire (memory only). */
  private lookedUp?: { code: string; phone: string };
  private idempotencyKey = newIdempotencyKey();
  private countsFor?: Catalogue;

  private clock(): Date {
    return this.now ? new Date(this.now) : new Date();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.data;
    if (data && this.countsFor !== data) {
      this.countsFor = data;
      this.refreshCounts();
    }
  }

  /** Re-reads places left from the server. */
  async refreshCounts(): Promise<void> {
    try {
      const response = await fetch(`${this.api}/open-days`, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const list = (await response.json()) as { id: string; sessions: SessionCount[] }[];
      this.counts = new Map(list.map((e) => [e.id, e.sessions]));
    } catch {
      // Without counts the cards still show; the server decides at sign-up time.
    }
  }

  private sessionsOf(event: OpenDayEvent) {
    return event.sessions?.length ? event.sessions : [{ id: 'main', label: undefined, start: event.start, end: event.end, capacity: event.registration?.capacity ?? 0 }];
  }

  private fieldsOf(event: OpenDayEvent): FieldDef[] {
    return signupFields(event, this.msg(messages, 'consent'));
  }

  private facts(event: OpenDayEvent, session: { id: string; start: string; capacity: number }): SessionFacts {
    const count = this.counts.get(event.id)?.find((c) => c.sessionId === session.id);
    return sessionFacts(event, session, { taken: (count?.taken ?? 0) + (count?.pending ?? 0), waitlisted: count?.waitlisted, waitlistLimit: count?.waitlistLimit });
  }

  private phaseLabel(phase: SessionPhase): string {
    return this.msg(messages, phase === 'past' ? 'past_phase' : phase);
  }

  private draftFor(eventId: string): DraftStore {
    return new DraftStore(`zwgk-open-day:${location.pathname}:${eventId}`, new Set(['idNumber']), undefined, this.persistSensitive);
  }

  private openForm(eventId: string, sessionId: string): void {
    this.active = { eventId, sessionId };
    this.signup = undefined;
    this.errors = {};
    this.summary = [];
    this.failure = undefined;
    const draft = this.draftFor(eventId).load();
    this.values = draft ?? {};
    this.restored = !!draft;
    this.idempotencyKey = newIdempotencyKey();
    void this.focusRendered('form[part="form"] .zwgk-control, form[part="form"] input');
  }

  private setValue(key: string, value: string): void {
    this.values = { ...this.values, [key]: value };
    if (this.errors[key]) this.errors = { ...this.errors, [key]: '' };
    if (this.active) this.draftFor(this.active.eventId).save(this.values);
  }

  private async submit(data: Catalogue): Promise<void> {
    // A press while sending (the button stays focusable) is ignored: one sign-up per press.
    if (!this.active || this.sending) return;
    const openDay = data.openDays!.find((e) => e.id === this.active!.eventId)!;
    const fields = this.fieldsOf(openDay);
    const errors: Record<string, string> = {};
    for (const field of fields) {
      const message = fieldError(field, this.values[field.key] ?? '', this.locale);
      if (message) errors[field.key] = message;
    }
    this.errors = errors;
    this.summary = fields.filter((f) => errors[f.key]).map((f) => ({ id: this.fieldId(f.key), message: errors[f.key]! }));
    if (this.summary.length) return;
    const { eventId, sessionId } = this.active;
    const values = { ...this.values };
    if (!this.emit('zwgk-submit', { kind: 'open-day', eventId, sessionId, values }, { cancelable: true })) return;
    this.sending = true;
    this.failure = undefined;
    const outcome = await submitJson<OpenDaySignup>(`${this.api}/open-days/${encodeURIComponent(eventId)}/sessions/${encodeURIComponent(sessionId)}/signups`, signupBody(fields, values), { idempotencyKey: this.idempotencyKey });
    this.sending = false;
    switch (outcome.kind) {
      case 'ok':
        this.signup = outcome.data;
        this.active = undefined;
        this.draftFor(eventId).clear();
        this.values = {};
        this.emit('zwgk-submitted', { kind: 'open-day', signup: outcome.data });
        this.refreshCounts();
        void this.focusRendered('.zwgk-confirmation');
        return;
      case 'invalid': {
        const byPath: Record<string, string> = {};
        for (const e of outcome.errors) byPath[e.path.replace(/^fields\./, '')] = e.message;
        this.errors = byPath;
        this.summary = Object.entries(byPath).map(([key, message]) => ({ id: this.fieldId(key), message }));
        return;
      }
      case 'refused':
        this.failure = outcome.message || this.msg(messages, 'full');
        this.refreshCounts();
        break;
      default:
        this.failure = this.msg(messages, outcome.kind);
    }
    this.emit('zwgk-error', { errors: [{ kind: 'network', path: '', code: outcome.kind, message: { 'zh-CN': this.failure ?? '', en: this.failure ?? '' } }], warnings: [], source: this.api });
    // Focus goes to the explanation, never to <body>: the values stay in the form for a retry.
    await this.focusRendered('form[part="form"] .zwgk-failure');
  }

  private downloadIcs(data: Catalogue, signup: OpenDaySignup): void {
    const event = data.openDays!.find((e) => e.id === signup.eventId)!;
    const session = this.sessionsOf(event).find((s) => s.id === signup.sessionId)!;
    const text = toIcs({
      uid: `${signup.code}@zwgk-elements`,
      title: event.title,
      start: session.start,
      end: session.end ?? event.end,
      location: this.placeOf(data, event),
      description: [`${this.msg(messages, 'code')}：${signup.code}`, event.registration?.bring ?? '', event.contact?.phone ? `${this.msg(messages, 'contact')}：${event.contact.phone}` : ''].filter(Boolean).join('\n'),
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    link.download = `${signup.code}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  private placeOf(data: Catalogue, event: OpenDayEvent): string {
    const point = event.pointId ? data.disclosurePoints?.find((p) => p.id === event.pointId) : undefined;
    return point ? `${point.name}（${point.address ?? ''}）` : (event.address ?? '');
  }

  private showOnMap(pointId: string): void {
    const map = document.querySelector('zwgk-disclosure-map') as (HTMLElement & { selected?: string }) | null;
    if (!map) return;
    map.selected = pointId;
    map.scrollIntoView({ block: 'start' });
  }

  /** The check-or-cancel fields: both required; the phone is the mobile number signed up with. */
  private manageFields(): FieldDef[] {
    return [
      { key: 'code', label: this.msg(messages, 'code'), type: 'text', required: true },
      { key: 'phone', label: this.msg(messages, 'phone'), type: 'phone', required: true },
    ];
  }

  private async manage(action: 'find' | 'cancel'): Promise<void> {
    const checked = checkFields(this.manageFields(), this.manageForm, this.locale);
    this.manageForm = checked;
    this.manageError = '';
    if (checked.invalid) {
      await this.focusRendered(`#${CSS.escape(this.uid(`manage-${checked.invalid}`))}`);
      return;
    }
    const { code = '', phone = '' } = checked.values;
    const outcome = await lookUp<OpenDaySignup>(`${this.api}/open-days/signups/${action === 'find' ? 'lookup' : 'cancel'}`, code.trim(), phone.trim());
    if (outcome.kind !== 'ok') {
      if (outcome.kind !== 'network') this.managed = undefined;
      this.manageError = this.msg(messages, outcome.kind === 'too-many' ? 'tooMany' : outcome.kind === 'network' ? 'network' : 'notFound');
      return;
    }
    this.managed = outcome.data;
    this.lookedUp = { code: code.trim(), phone: phone.trim() };
    this.surveyForm = { answers: {}, errors: {} };
    if (action === 'cancel') {
      this.emit('zwgk-cancel', { signup: outcome.data });
      this.refreshCounts();
    }
  }

  private statusTitle(status: OpenDaySignup['status']): string {
    const decided = statusTitleKey(status);
    if (decided) return translate(statusMessages, this.locale, decided);
    return this.msg(messages, status === 'confirmed' ? 'confirmedTitle' : status === 'pending' ? 'pendingTitle' : status === 'waitlisted' ? 'waitlistedTitle' : 'cancelledTitle');
  }

  private async sendSurvey(): Promise<void> {
    const survey = this.managed?.survey;
    const asked = this.lookedUp;
    if (!survey || !asked || this.surveyForm.busy) return;
    const missing = surveyMissing(this.surveyForm, survey, this.locale);
    if (Object.keys(missing).length) {
      this.surveyForm = { ...this.surveyForm, errors: missing, alert: Object.values(missing).join('；') };
      await this.focusRendered('.zwgk-survey .zwgk-failure');
      return;
    }
    this.surveyForm = { ...this.surveyForm, busy: true, alert: undefined, errors: {} };
    const outcome = await submitJson<OpenDaySignup>(`${this.api}/open-days/signups/survey`, { ...asked, answers: surveyAnswers(this.surveyForm, survey) }, { idempotencyKey: newIdempotencyKey(), timeout: 20_000 });
    if (outcome.kind === 'ok') {
      this.surveyForm = { answers: {}, errors: {}, sent: true };
      await this.focusRendered('.zwgk-manage .zwgk-done');
      return;
    }
    const message = outcome.kind === 'refused' ? outcome.message : outcome.kind === 'invalid' ? outcome.errors.map((e) => e.message).join('；') : this.msg(messages, outcome.kind);
    this.surveyForm = { ...this.surveyForm, busy: false, alert: message };
    await this.focusRendered('.zwgk-survey .zwgk-failure');
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const now = this.clock();
    const events = (data.openDays ?? []).filter((e) => !this.event || e.id === this.event);
    const isPast = (e: OpenDayEvent) => e.status === 'done' || Date.parse(e.end ?? e.start) < now.getTime();
    const upcoming = events.filter((e) => !isPast(e)).sort((a, b) => a.start.localeCompare(b.start));
    const past = events.filter(isPast).sort((a, b) => b.start.localeCompare(a.start));
    return html`
      ${this.signup ? this.renderConfirmation(data, this.signup) : nothing}
      <div role="heading" aria-level="2" class="zwgk-title">${this.msg(messages, 'upcoming')}</div>
      ${upcoming.length ? upcoming.map((e) => this.renderEvent(data, e, now)) : html`<p>${this.msg(messages, 'none')}</p>`}
      ${past.length
        ? html`<details class="zwgk-past"><summary>${this.msg(messages, 'past', past.length)}</summary>
            <ul>${past.map((e) => html`<li>${e.title}（${formatDate(e.start, this.locale)}）${e.report?.url ? html` <a href=${e.report.url}>${this.msg(messages, 'review')}</a>` : nothing}${e.report?.summary ? html`<p>${e.report.summary}</p>` : nothing}
              ${(this.counts.get(e.id) ?? []).map((c) => (c.survey ? renderPublishedSurvey(c.survey, this.locale) : nothing))}</li>`)}</ul>
          </details>`
        : nothing}
      ${this.renderManage()}
    `;
  }

  private renderEvent(data: Catalogue, event: OpenDayEvent, now: Date) {
    const host = data.agencies.find((a) => a.id === event.hostId);
    const point = event.pointId ? data.disclosurePoints?.find((p) => p.id === event.pointId) : undefined;
    const selection = event.registration?.selection ?? 'first_come';
    const showRemaining = !this.hideRemaining && event.registration?.showRemaining !== false;
    const time = (start: string, end?: string) => `${formatDate(start, this.locale)} ${start.slice(11, 16)}${end ? `—${end.slice(11, 16)}` : ''}`;
    return html`<article class="zwgk-event" part="event" aria-labelledby=${this.uid(`event-${event.id}`)}>
      <div role="heading" aria-level="3" class="zwgk-title" id=${this.uid(`event-${event.id}`)}>${event.title}</div>
      ${event.slogan ? html`<p class="zwgk-slogan">${event.slogan}</p>` : nothing}
      ${event.description ? html`<p>${event.description}</p>` : nothing}
      <dl>
        <dt>${this.msg(messages, 'activities')}</dt><dd>${event.activities.join('、')}</dd>
        <dt>${this.msg(messages, 'time')}</dt><dd>${time(event.start, event.end)}</dd>
        <dt>${this.msg(messages, 'place')}</dt><dd>${point
          ? html`${point.name}（${point.address ?? ''}）${document.querySelector('zwgk-disclosure-map') ? html` <button type="button" class="zwgk-secondary" @click=${() => this.showOnMap(point.id)}>在地图上查看</button>` : nothing}`
          : event.address}</dd>
        ${event.audience?.length ? html`<dt>${this.msg(messages, 'audience')}</dt><dd>${event.audience.join('、')}</dd>` : nothing}
        ${event.registration?.deadline ? html`<dt>${this.msg(messages, 'deadline')}</dt><dd>${time(event.registration.deadline)}</dd>` : nothing}
        <dt>${this.msg(messages, 'selection')}</dt><dd>${this.msg(messages, selection === 'review' ? 'review_mode' : selection)}</dd>
        ${event.contact ? html`<dt>${this.msg(messages, 'contact')}</dt><dd>${event.contact.name ?? host?.name ?? ''} ${event.contact.phone ? html`<a href="tel:${event.contact.phone.replace(/[^\d+]/g, '')}">${event.contact.phone}</a>` : nothing}</dd>` : nothing}
      </dl>
      <ul class="zwgk-sessions">
        ${this.sessionsOf(event).map((session) => {
          const facts = this.facts(event, session);
          const phase = sessionPhase(facts, now);
          const count = this.counts.get(event.id)?.find((c) => c.sessionId === session.id);
          const canSign = phase === 'open' || phase === 'nearly-full' || phase === 'full-waitlist';
          return html`<li>
            <span>${session.label ?? `${this.msg(messages, 'session')} ${time(session.start, session.end)}`}</span>
            <span class="zwgk-phase zwgk-${phase === 'past' ? 'past_phase' : phase}" part="phase">${this.phaseLabel(phase)}</span>
            ${showRemaining && count?.remaining !== undefined ? html`<span>${this.msg(messages, 'remaining')}：${this.msg(messages, 'places', count.remaining, session.capacity)}</span>` : nothing}
            ${canSign ? html`<button type="button" class="zwgk-primary" data-signup="${event.id}/${session.id}" @click=${() => this.openForm(event.id, session.id)}>${this.msg(messages, 'signUp')}<span class="zwgk-visually-hidden">：${event.title} ${session.label ?? ''}</span></button>` : nothing}
          </li>`;
        })}
      </ul>
      ${this.active?.eventId === event.id ? this.renderForm(data, event) : nothing}
    </article>`;
  }

  private renderForm(data: Catalogue, event: OpenDayEvent) {
    return html`<form class="zwgk-signup" part="form" novalidate @submit=${keepSubmitInside(() => this.submit(data))} aria-label=${this.msg(messages, 'signUp')}>
      ${renderErrorSummary(this.summary, this.renderRoot, this.locale, this.uid('error-summary-title'))}
      ${this.restored ? renderDraftNotice(this.msg(messages, 'draftRestored'), this.msg(messages, 'clearDraft'), () => { this.draftFor(event.id).clear(); this.values = {}; this.restored = false; }) : nothing}
      ${renderFailure(this.failure)}
      ${event.registration?.consentText ? html`<p class="zwgk-consent-text">${event.registration.consentText}</p>` : nothing}
      <p class="zwgk-hint">${this.msg(messages, 'privacy')}</p>
      ${this.fieldsOf(event).map((field) => renderField(field, { value: this.values[field.key] ?? '', error: this.errors[field.key] || undefined, onInput: (v) => this.setValue(field.key, v) }, this.locale, this.fieldId(field.key)))}
      <div class="zwgk-actions">
        ${renderSubmit(this.sending ? this.msg(messages, 'sending') : this.failure ? this.msg(messages, 'retry') : this.msg(messages, 'submit'), this.sending)}
        <button type="button" class="zwgk-secondary" @click=${() => (this.active = undefined)}>${this.msg(messages, 'cancelForm')}</button>
      </div>
    </form>`;
  }

  private renderConfirmation(data: Catalogue, signup: OpenDaySignup) {
    const event = data.openDays!.find((e) => e.id === signup.eventId);
    if (!event) return nothing;
    const session = this.sessionsOf(event).find((s) => s.id === signup.sessionId);
    return html`<section class="zwgk-confirmation" part="confirmation" tabindex="-1" aria-labelledby=${this.uid('confirmation-title')}>
      <div role="heading" aria-level="2" class="zwgk-title" id=${this.uid('confirmation-title')}>${this.statusTitle(signup.status)}</div>
      <p>${event.title}${session?.label ? ` · ${session.label}` : ''}</p>
      <p>${this.msg(messages, 'code')}：<span class="zwgk-code">${signup.code}</span></p>
      <p>${this.msg(messages, 'keepCode')}</p>
      ${signup.status === 'pending' ? html`<p>${this.msg(messages, 'pendingHint')}</p>` : signup.status === 'waitlisted' ? html`<p>${this.msg(messages, 'waitlistedHint')}</p>` : nothing}
      <dl>
        <dt>${this.msg(messages, 'meet')}</dt><dd>${this.placeOf(data, event)} · ${formatDate(session?.start ?? event.start, this.locale)} ${(session?.start ?? event.start).slice(11, 16)}</dd>
        ${event.registration?.bring ? html`<dt>${this.msg(messages, 'bring')}</dt><dd>${event.registration.bring}</dd>` : nothing}
      </dl>
      <button type="button" class="zwgk-secondary" @click=${() => this.downloadIcs(data, signup)}>${this.msg(messages, 'ics')}</button>
    </section>`;
  }

  private renderManage() {
    return html`<section class="zwgk-manage" part="manage" aria-labelledby=${this.uid('manage-title')}>
      <div role="heading" aria-level="3" class="zwgk-title" id=${this.uid('manage-title')}>${this.msg(messages, 'manage')}</div>
      <form novalidate @submit=${keepSubmitInside(() => this.manage('find'))}>
        ${renderFields(this.manageFields(), this.manageForm, this.locale, (key) => this.uid(`manage-${key}`), (key, value) => (this.manageForm = withValue(this.manageForm, key, value)))}
        ${this.manageError ? html`<p class="zwgk-field-error" role="alert">${this.manageError}</p>` : nothing}
        ${this.managed ? html`<p role="status">${this.msg(messages, 'statusLine', this.statusTitle(this.managed.status))}</p>` : nothing}
        <div class="zwgk-actions">
          <button type="submit" class="zwgk-primary">${this.msg(messages, 'find')}</button>
          ${this.managed && ['confirmed', 'pending', 'waitlisted'].includes(this.managed.status) ? html`<button type="button" class="zwgk-secondary" @click=${() => this.manage('cancel')}>${this.msg(messages, 'cancelSignup')}</button>` : nothing}
        </div>
      </form>
      ${this.managed ? renderSignupDetails({
        locale: this.locale, uid: (local) => this.uid(local), draw: this.managed.draw, survey: this.managed.survey, form: this.surveyForm,
        onAnswer: (id, value) => (this.surveyForm = { ...this.surveyForm, answers: { ...this.surveyForm.answers, [id]: value }, errors: { ...this.surveyForm.errors, [id]: '' } }),
        onSubmit: () => void this.sendSurvey(),
      }) : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-open-day': ZwgkOpenDay;
  }
}
