import { css, html, nothing, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scope } from '../../core/light-dom.js';
import { ZwgkElement } from '../../core/zwgk-element.js';
import type { Notice } from '../../forms/request-notices.js';
import type { Action } from '../../forms/request-workflow.js';
import { commandFrom, fieldOfPath, visibleFields, type Choice } from './action-fields.js';
import { DeskClient, DeskError } from './desk-client.js';
import type { ConsultationListItem, ConsultationView, NoticeLink, OpenDayListEvent, QueueResponse, ReportResponse, RequestRecord, SessionView, StaffOpinion, StaffSession } from './desk-types.js';
import { NO_DECISION, renderConsultations, type DecisionState } from './consultations-view.js';
import { messages } from './messages.js';
import { renderOpenDays } from './open-days-view.js';
import { paperFieldOf, paperRegistration, visiblePaperFields } from './paper-fields.js';
import { renderPaperForm, type PaperState } from './paper-view.js';
import { renderReport } from './report-view.js';
import { heading, renderQueue, renderRecord, type ActionState, type Filters } from './requests-view.js';

export type DeskSection = 'requests' | 'open-days' | 'consultations' | 'report';

export interface ZwgkDeskActionDetail {
  /** `request` (a workflow step), `attendee`, `draw`, `survey` (the open-day desk) or `opinion` (意见征集). */
  readonly kind: 'request' | 'attendee' | 'draw' | 'survey' | 'opinion';
  /** The application's code, `event/session` for open days, or `consultation/opinion code`. */
  readonly subject: string;
  readonly action: string;
}

declare module '../../core/events.js' {
  interface ZwgkEventMap {
    'zwgk-desk-action': ZwgkDeskActionDetail;
    'zwgk-desk-session': { readonly signedIn: boolean; readonly user?: string };
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-desk-action': CustomEvent<ZwgkDeskActionDetail>;
    'zwgk-desk-session': CustomEvent<{ readonly signedIn: boolean; readonly user?: string }>;
  }
}

/** The desk's sections, in tab order. */
const SECTIONS: readonly { id: DeskSection; label: 'tabRequests' | 'tabOpenDays' | 'tabConsultations' | 'tabReport' }[] = [
  { id: 'requests', label: 'tabRequests' },
  { id: 'open-days', label: 'tabOpenDays' },
  { id: 'consultations', label: 'tabConsultations' },
  { id: 'report', label: 'tabReport' },
];

const NO_ACTION: ActionState = { values: {}, errors: {}, busy: false };
const PRINT_ATTRIBUTE = 'data-zwgk-print';

/**
 * @tagname zwgk-request-desk
 * @summary The office's desk (办理台) for 依申请公开 applications, open-day sign-ups and the annual report: sign-in, a queue sorted by due date, each application's record with the actions of the officer's role, the dated trace, notices to print, the open-day attendee lists, draw and 评议, and table 三.
 *
 * Staff-only and kept out of the drop-in bundle: import `zwgk-elements/request-desk` on the
 * office's own page. It talks to the reference server's `/api/staff` routes (docs/staff-api.md)
 * with the session cookie the sign-in sets (or the trusted proxy's sign-in), sending the CSRF
 * token on every change. The server decides: the buttons are the actions `decide` allows the
 * signed-in officer now, and a refusal (another officer acted meanwhile, a date out of range) is
 * shown with the server's reason and takes focus.
 *
 * Sections are tabs (依申请公开, 政府开放日, 意见征集, 年度报告): arrow keys, Home and End move between
 * them. Everything is native buttons, links, inputs and tables: keyboard-complete, and read by the
 * 无障碍 toolbars as the page's own text (light DOM, issue 15). Notices print as A4 documents an
 * office signs and stamps: the print button prints the notice alone (the rest of the page is
 * hidden for print while `data-zwgk-print` is on `<html>`).
 *
 * @slot - What the page shows before the desk runs (a no-script note, a link back to the portal); removed once the desk renders.
 *
 * @event zwgk-desk-action - A step was recorded. `detail`: `{ kind, subject, action }` (kind `request`, `attendee`, `draw` or `survey`).
 * @event zwgk-desk-session - The officer signed in or out (or the session ended). `detail`: `{ signedIn, user? }`.
 *
 * @csspart sign-in - The sign-in form.
 * @csspart tabs - The section tabs.
 * @csspart queue - The application queue.
 * @csspart record - An application's record.
 * @csspart notice - The printable notice.
 *
 * @cssproperty --zwgk-color-primary - Buttons, links, the current tab and focus.
 * @cssproperty --zwgk-color-danger - Overdue applications and refusals.
 * @cssproperty --zwgk-color-warning - Applications due soon.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkRequestDesk extends ZwgkElement {
  static override idBase = 'desk';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    const printing = unsafeCSS(`html[${PRINT_ATTRIBUTE}]`);
    return [
      ...super.lightStyles(tag),
      css`
        ${body} p { margin: 0 0 var(--_zwgk-space-s); }
        ${body} .zwgk-heading { margin: var(--_zwgk-space-l) 0 var(--_zwgk-space-m); font-size: 1.2em; font-weight: 700; line-height: 1.5; }
        ${body} .zwgk-heading:focus { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
        ${body} .zwgk-desk-title { font-size: 1.4em; }
        ${body} .zwgk-topbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_zwgk-space-m); margin-bottom: var(--_zwgk-space-m); padding-bottom: var(--_zwgk-space-m); border-bottom: 2px solid var(--_zwgk-color-border); }
        ${body} .zwgk-topbar .zwgk-heading { margin: 0; }
        ${body} button, ${body} a.zwgk-download { display: inline-flex; align-items: center; justify-content: center; min-height: 44px; min-width: 44px; padding: var(--_zwgk-space-xs) var(--_zwgk-space-l); border: 2px solid var(--_zwgk-color-primary); border-radius: var(--_zwgk-radius); cursor: pointer; font-weight: 700; text-align: center; }
        ${body} .zwgk-primary { color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); }
        ${body} .zwgk-secondary, ${body} a.zwgk-download { color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); }
        ${body} a.zwgk-download { text-decoration: none !important; }
        ${body} button[aria-disabled='true'] { cursor: progress; opacity: 0.8; }
        ${body} button.zwgk-link { min-height: 44px; padding: 0; border: 0; color: var(--_zwgk-color-primary); background: none; text-decoration: underline !important; font-weight: 700; }
        ${body} .zwgk-buttons, ${body} .zwgk-action-buttons, ${body} .zwgk-row-actions { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-s); margin: var(--_zwgk-space-s) 0; }
        ${body} .zwgk-tabs { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-xs); margin: 0 0 var(--_zwgk-space-l); border-bottom: 3px solid var(--_zwgk-color-primary); }
        ${body} .zwgk-tabs [role='tab'] { border-bottom: 0; border-radius: var(--_zwgk-radius) var(--_zwgk-radius) 0 0; color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); }
        ${body} .zwgk-tabs [role='tab'][aria-selected='true'] { color: var(--_zwgk-color-primary-contrast); background: var(--_zwgk-color-primary); }
        ${body} .zwgk-field { display: flex; flex-direction: column; gap: var(--_zwgk-space-xs); margin: 0 0 var(--_zwgk-space-m); min-width: 0; }
        ${body} label { font-weight: 700; }
        ${body} .zwgk-control { min-height: 44px; width: 100%; max-width: 36em; padding: var(--_zwgk-space-xs) var(--_zwgk-space-s); color: var(--_zwgk-color-text); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} textarea.zwgk-control { min-height: 5em; }
        ${body} .zwgk-has-error .zwgk-control { border-color: var(--_zwgk-color-danger); border-width: 3px; }
        ${body} .zwgk-field-error { margin: 0; color: var(--_zwgk-color-danger); font-weight: 700; }
        ${body} .zwgk-hint, ${body} .zwgk-sub, ${body} .zwgk-muted { color: var(--_zwgk-color-text-muted); font-size: var(--_zwgk-font-size-small); }
        ${body} .zwgk-sub { display: block; }
        ${body} .zwgk-hint { margin: 0; }
        ${body} .zwgk-optional { font-weight: 400; }
        ${body} fieldset.zwgk-radios { margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-s) var(--_zwgk-space-m); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} fieldset.zwgk-radios legend { font-weight: 700; padding: 0 var(--_zwgk-space-xs); }
        ${body} .zwgk-radios label, ${body} label.zwgk-check { display: flex; align-items: center; gap: var(--_zwgk-space-s); min-height: 44px; font-weight: 400; }
        ${body} input[type='radio'], ${body} input[type='checkbox'] { width: 1.25em; height: 1.25em; margin: 0; }
        ${body} .zwgk-filters { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0 var(--_zwgk-space-l); margin-bottom: var(--_zwgk-space-s); }
        ${body} .zwgk-filters .zwgk-field { flex: 1 1 10em; max-width: 18em; }
        ${body} .zwgk-filters button, ${body} .zwgk-filters .zwgk-check { margin-bottom: var(--_zwgk-space-m); }
        ${body} .zwgk-table-wrap { max-width: 100%; overflow-x: auto; margin-bottom: var(--_zwgk-space-l); }
        ${body} table { width: 100%; border-collapse: collapse; }
        ${body} caption { padding: var(--_zwgk-space-s) 0; font-weight: 700; text-align: start; }
        ${body} th, ${body} td { padding: var(--_zwgk-space-s); border: 1px solid var(--_zwgk-color-border); text-align: start; vertical-align: top; }
        ${body} thead th { background: var(--_zwgk-color-surface); }
        ${body} tbody th { font-weight: 400; }
        ${body} .zwgk-report td { text-align: end; }
        ${body} .zwgk-due { font-weight: 700; }
        ${body} .zwgk-due-overdue { color: var(--_zwgk-color-danger); }
        ${body} .zwgk-due-due-soon { color: var(--_zwgk-color-warning); }
        ${body} tr.zwgk-row-overdue th { border-inline-start: 6px solid var(--_zwgk-color-danger); }
        ${body} tr.zwgk-row-due-soon th { border-inline-start: 6px solid var(--_zwgk-color-warning); }
        ${body} button.zwgk-link { white-space: nowrap; }
        ${body} .zwgk-flag, ${body} .zwgk-badge { display: inline-block; margin-inline-start: var(--_zwgk-space-s); padding: 0 var(--_zwgk-space-s); border: 2px solid currentColor; border-radius: var(--_zwgk-radius); font-size: var(--_zwgk-font-size-small); font-weight: 700; }
        ${body} .zwgk-panel { margin: 0 0 var(--_zwgk-space-l); padding: var(--_zwgk-space-m) var(--_zwgk-space-l); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-panel > .zwgk-heading:first-child { margin-top: 0; }
        ${body} .zwgk-facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--_zwgk-space-xs) var(--_zwgk-space-l); margin: 0 0 var(--_zwgk-space-m); }
        ${body} .zwgk-facts dt { font-weight: 700; }
        ${body} .zwgk-facts dd { margin: 0; min-width: 0; }
        ${body} ul.zwgk-lines, ${body} ol.zwgk-trace, ${body} .zwgk-audit ol, ${body} ul.zwgk-comments { margin: 0 0 var(--_zwgk-space-s); padding-inline-start: 1.5em; }
        ${body} ol.zwgk-trace > li { margin-bottom: var(--_zwgk-space-m); }
        ${body} .zwgk-trace-head { margin: 0; }
        ${body} .zwgk-note { padding: var(--_zwgk-space-xs) var(--_zwgk-space-s); background: var(--_zwgk-color-surface); }
        ${body} ul.zwgk-notice-links { list-style: none !important; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-s); }
        ${body} .zwgk-alert { margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-m); color: var(--_zwgk-color-danger); background: var(--_zwgk-color-danger-bg); border-inline-start: 6px solid var(--_zwgk-color-danger); font-weight: 700; }
        ${body} .zwgk-done { padding: var(--_zwgk-space-s) var(--_zwgk-space-m); color: var(--_zwgk-color-success); border-inline-start: 6px solid var(--_zwgk-color-success); font-weight: 700; }
        ${body} .zwgk-ok { color: var(--_zwgk-color-success); font-weight: 700; }
        ${body} .zwgk-alert:focus, ${body} .zwgk-done:focus { outline: var(--_zwgk-focus-ring) !important; outline-offset: 2px !important; }
        ${body} .zwgk-action-form { margin-top: var(--_zwgk-space-m); padding: var(--_zwgk-space-m); background: var(--_zwgk-color-surface); border-radius: var(--_zwgk-radius); }
        ${body} .zwgk-sign-in { max-width: 28em; }
        ${body} .zwgk-audit summary { min-height: 44px; display: flex; align-items: center; cursor: pointer; font-weight: 700; }
        ${body} code, ${body} .zwgk-break { overflow-wrap: anywhere; word-break: break-all; }
        ${body} .zwgk-paper { max-width: 210mm; margin: var(--_zwgk-space-m) 0; padding: 2.5em 2.2em; color: #000; background: #fff; border: 1px solid var(--_zwgk-color-border); font-family: 'FangSong', '仿宋', 'STFangsong', serif; font-size: 1.1em; line-height: 1.9; }
        ${body} .zwgk-paper .zwgk-paper-title { margin: 0 0 1em; font-family: 'STZhongsong', '华文中宋', 'SimSun', serif; font-size: 1.5em; font-weight: 400; text-align: center; }
        ${body} .zwgk-paper-number { text-align: center; }
        ${body} .zwgk-paper-p { margin: 0; text-indent: 2em; text-align: justify; }
        ${body} .zwgk-paper-salutation { margin: 0; }
        ${body} .zwgk-paper-signature { margin: 3.5em 4em 0 0; text-align: end; }
        ${body} .zwgk-paper-signature p { margin: 0; }
        ${body} .zwgk-draft-mark { color: var(--_zwgk-color-danger); font-weight: 700; text-align: center; border: 2px dashed currentColor; }
        @media print {
          ${body} .zwgk-paper { max-width: none; margin: 0; padding: 0; border: 0; font-size: 16pt; line-height: 28pt; }
          ${body} .zwgk-paper .zwgk-paper-title { font-size: 22pt; }
          /* Printing a notice prints the notice alone: while the desk has set data-zwgk-print on
             the root element, everything else on the page is hidden for print. The only rule of the desk that
             reaches beyond its own content, and only then. */
          ${printing} body * { visibility: hidden !important; }
          ${printing} ${body} .zwgk-paper, ${printing} ${body} .zwgk-paper * { visibility: visible !important; }
          ${printing} ${body} .zwgk-paper { position: absolute; top: 0; left: 0; width: 100%; }
          @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        }
      `,
    ];
  }

  /** Where the reference server's API is (its /staff routes are used), e.g. `/api` or `https://www.example.gov.cn/api`. */
  @property() api = '/api';
  /** The level of the desk's main heading (2 by default); sections are one level deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The section shown: `requests` (依申请公开), `open-days` (政府开放日), `consultations` (意见征集) or `report` (年度报告). */
  @property({ reflect: true }) section: DeskSection = 'requests';

  @state() private phase: 'loading' | 'signed-out' | 'ready' | 'failed' = 'loading';
  @state() private session?: StaffSession;
  @state() private signIn = { username: '', password: '', error: '', busy: false, notice: '' };
  @state() private pageAlert = '';
  @state() private queue?: QueueResponse;
  @state() private queueLoading = false;
  private queueRequest = 0;
  @state() private filters: Filters = { state: 'open', due: '', agency: '', applicantType: '', q: '', mine: false };
  @state() private record?: RequestRecord;
  /** The paper-application form, while a registrar fills it in. */
  @state() private paper?: PaperState;
  @state() private act: ActionState = NO_ACTION;
  @state() private noticeOpen?: { link: NoticeLink; notice: Notice };
  @state() private openDays?: OpenDayListEvent[];
  @state() private selectedSession = '';
  @state() private sessionView?: SessionView;
  @state() private openDay = { seed: '', busy: false, alert: '', done: '' };
  @state() private reportYear = String(new Date().getFullYear());
  @state() private reportAgency = '';
  @state() private report?: ReportResponse;
  @state() private reportLoading = false;
  @state() private consultations?: ConsultationListItem[];
  @state() private selectedConsultation = '';
  @state() private consultationView?: ConsultationView;
  @state() private decision: DecisionState = NO_DECISION;

  private deskClient?: DeskClient;
  /** The client for the current `api` (read when first needed: the attribute is set after construction). */
  private get client(): DeskClient {
    if (this.deskClient?.base !== this.api) this.deskClient = new DeskClient(this.api);
    return this.deskClient;
  }
  /** Where focus goes after the next render (a selector inside the element). */
  private focusAfter?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved on the page (into a widget's shadow root, say): what is on screen stays.
    if (this.phase === 'loading' || this.phase === 'failed') void this.loadSession();
  }

  /** The page's own content (a no-script note, a link to the portal) gives way to the desk once it runs. */
  protected override firstUpdated(changed: Map<string, unknown>): void {
    super.firstUpdated(changed);
    for (const child of [...this.childNodes]) if (child !== this.body) child.remove();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.documentElement.removeAttribute(PRINT_ATTRIBUTE);
  }

  protected override updated(changed: Map<string, unknown>): void {
    super.updated(changed);
    // Another server: its own session (and sign-in).
    if (changed.has('api') && changed.get('api') !== undefined && this.isConnected) {
      this.phase = 'loading';
      void this.loadSession();
    }
    if (this.focusAfter) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      if (target) {
        this.focusAfter = undefined;
        target.focus();
      }
    }
  }

  private t = (key: string, ...args: unknown[]): string => this.msg(messages, key as keyof (typeof messages)['zh-CN'], ...(args as []));

  private focusSoon(selector: string): void {
    this.focusAfter = selector;
    this.requestUpdate();
  }

  private async loadSession(): Promise<void> {
    try {
      const session = await this.client.get<StaffSession>('/staff/session');
      this.applySession(session);
    } catch (error) {
      this.phase = 'failed';
      this.pageAlert = (error as DeskError).message;
    }
  }

  private applySession(session: StaffSession): void {
    this.session = session;
    if (!session.signedIn) {
      this.phase = 'signed-out';
      return;
    }
    this.client.csrfToken = session.csrfToken ?? '';
    this.phase = 'ready';
    this.emit('zwgk-desk-session', { signedIn: true, user: session.id });
    void this.loadSection();
  }

  /**
   * Runs a call to the server: a lost session goes back to sign-in (what was on screen stays to
   * return to), a stale CSRF token is renewed once and the call repeated.
   */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DeskError && error.status === 403 && error.code === 'csrf') {
        const session = await this.client.get<StaffSession>('/staff/session');
        if (session.signedIn) {
          this.client.csrfToken = session.csrfToken ?? '';
          return work();
        }
      }
      if (error instanceof DeskError && error.status === 401) {
        this.phase = 'signed-out';
        this.signIn = { ...this.signIn, notice: this.t('expired'), password: '' };
        this.emit('zwgk-desk-session', { signedIn: false });
        this.focusSoon('.zwgk-sign-in input');
      }
      throw error;
    }
  }

  private async loadSection(): Promise<void> {
    if (this.section === 'requests') await this.loadQueue();
    else if (this.section === 'open-days') await this.loadOpenDays();
    else if (this.section === 'consultations') await this.loadConsultations();
    else if (this.section === 'report' && !this.queue) await this.loadQueue();
  }

  // -- sign-in ---------------------------------------------------------------------------------

  private async submitSignIn(event: Event): Promise<void> {
    event.preventDefault();
    event.stopPropagation();
    if (this.signIn.busy) return;
    const { username, password } = this.signIn;
    if (!username.trim() || !password) {
      this.signIn = { ...this.signIn, error: this.t('required', `${!username.trim() ? this.t('username') : this.t('password')}`) };
      this.focusSoon('.zwgk-sign-in .zwgk-alert');
      return;
    }
    this.signIn = { ...this.signIn, busy: true, error: '' };
    try {
      const user = await this.client.post<StaffSession>('/staff/login', { username: username.trim(), password });
      this.signIn = { username: '', password: '', error: '', busy: false, notice: '' };
      this.applySession({ ...user, signedIn: true, mode: 'password' });
      this.focusSoon('.zwgk-desk-title');
    } catch (error) {
      this.signIn = { ...this.signIn, busy: false, password: '', error: (error as DeskError).message };
      this.focusSoon('.zwgk-sign-in .zwgk-alert');
    }
  }

  private async signOut(): Promise<void> {
    try {
      await this.client.post('/staff/logout');
    } catch {
      // Signed out on this screen whatever the server says: the session ends on its own anyway.
    }
    this.client.csrfToken = '';
    this.session = { signedIn: false, mode: this.session?.mode ?? 'password' };
    this.record = undefined;
    this.paper = undefined;
    this.queue = undefined;
    this.sessionView = undefined;
    this.report = undefined;
    this.phase = 'signed-out';
    this.signIn = { username: '', password: '', error: '', busy: false, notice: this.t('signedOut') };
    this.emit('zwgk-desk-session', { signedIn: false });
    this.focusSoon('.zwgk-sign-in input');
  }

  // -- sections --------------------------------------------------------------------------------

  private selectSection(section: DeskSection, focusTab = false): void {
    if (section === this.section) return;
    this.section = section;
    if (focusTab) this.focusSoon(`[role="tab"][data-section="${section}"]`);
    void this.loadSection().catch(() => {});
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = SECTIONS.findIndex((s) => s.id === this.section);
    const step = this.direction === 'rtl' ? -1 : 1;
    const next = event.key === 'ArrowRight' ? index + step : event.key === 'ArrowLeft' ? index - step : event.key === 'Home' ? 0 : event.key === 'End' ? SECTIONS.length - 1 : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.selectSection(SECTIONS[(next + SECTIONS.length) % SECTIONS.length]!.id, true);
  }

  // -- requests ----------------------------------------------------------------------------------

  private async loadQueue(): Promise<void> {
    const f = this.filters;
    const query = new URLSearchParams({ state: f.state, ...(f.due ? { due: f.due } : {}), ...(f.agency ? { agency: f.agency } : {}), ...(f.applicantType ? { applicantType: f.applicantType } : {}), ...(f.q.trim() ? { q: f.q.trim() } : {}), ...(f.mine ? { mine: '1' } : {}) });
    // Filters change faster than the server answers: only the newest query's answer is shown,
    // never an older one that arrives after it.
    const request = ++this.queueRequest;
    this.queueLoading = true;
    try {
      const queue = await this.call(() => this.client.get<QueueResponse>(`/staff/requests?${query}`));
      if (request !== this.queueRequest) return;
      this.queue = queue;
      this.pageAlert = '';
    } catch (error) {
      if (request === this.queueRequest && (error as DeskError).status !== 401) this.pageAlert = (error as DeskError).message;
    } finally {
      if (request === this.queueRequest) this.queueLoading = false;
    }
  }

  /** A failed call, said at the top of the section with focus on it (a lost session has already gone back to sign-in). */
  private showProblem(error: unknown): void {
    if ((error as DeskError).status === 401) return;
    this.pageAlert = (error as DeskError).message;
    this.focusSoon('.zwgk-page-alert');
  }

  private async openRecord(code: string): Promise<void> {
    try {
      this.record = await this.call(() => this.client.get<RequestRecord>(`/staff/requests/${encodeURIComponent(code)}`));
      this.act = NO_ACTION;
      this.noticeOpen = undefined;
      this.pageAlert = '';
      this.focusSoon('.zwgk-record-title');
    } catch (error) {
      this.showProblem(error);
    }
  }

  private today(): string {
    return this.queue?.today ?? new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  }

  private openPaperForm(): void {
    this.paper = { values: { applicantType: '公民', receivedOn: this.today() }, errors: {}, busy: false };
    this.focusSoon('.zwgk-paper-form-title');
  }

  private closePaperForm(): void {
    this.paper = undefined;
    this.focusSoon('button[data-new-paper]');
  }

  private async submitPaper(): Promise<void> {
    const paper = this.paper;
    if (!paper || paper.busy) return;
    const missing = visiblePaperFields(paper.values).filter((f) => f.required && !(paper.values[f.name] ?? '').trim());
    if (missing.length) {
      const errors = Object.fromEntries(missing.map((f) => [f.name, this.t('required', f.label[this.locale])]));
      this.paper = { ...paper, errors, alert: Object.values(errors).join('；') };
      this.focusSoon('.zwgk-paper-form .zwgk-alert');
      return;
    }
    this.paper = { ...paper, busy: true, alert: undefined, errors: {} };
    try {
      const record = await this.call(() => this.client.post<RequestRecord>('/staff/requests', paperRegistration(paper.values)));
      this.paper = undefined;
      this.record = record;
      this.act = { ...NO_ACTION, done: this.t('done', this.t('register')) };
      this.emit('zwgk-desk-action', { kind: 'request', subject: record.code, action: 'register' });
      this.focusSoon('.zwgk-done');
    } catch (error) {
      const problem = error as DeskError;
      if (problem.status === 401) return;
      const errors = Object.fromEntries(problem.errors.map((e) => [paperFieldOf(e.path) ?? '', e.message]));
      this.paper = { ...paper, busy: false, errors, alert: problem.errors.length ? problem.errors.map((e) => e.message).join('；') : problem.message };
      this.focusSoon('.zwgk-paper-form .zwgk-alert');
    }
  }

  private backToQueue(): void {
    const code = this.record?.code;
    this.record = undefined;
    this.noticeOpen = undefined;
    void this.loadQueue();
    if (code) this.focusSoon(`button[data-code="${code}"]`);
  }

  private chooseAction(action?: Action): void {
    const previous = this.act.action;
    this.act = { ...NO_ACTION, ...(action ? { action } : {}), values: action === 'propose_extension' ? { workingDays: '20' } : {} };
    if (action) this.focusSoon('.zwgk-action-form .zwgk-heading + * input, .zwgk-action-form .zwgk-control, .zwgk-action-form input');
    else if (previous) this.focusSoon(`button[data-action="${previous}"]`);
  }

  private async submitAction(): Promise<void> {
    const { action, values } = this.act;
    if (!action || !this.record || this.act.busy) return;
    const missing = visibleFields(action, values).filter((f) => f.required && !(values[f.name] ?? '').trim());
    if (missing.length) {
      this.act = { ...this.act, alert: missing.map((f) => this.t('required', f.label[this.locale])).join('；'), errors: Object.fromEntries(missing.map((f) => [f.name, this.t('required', f.label[this.locale])])) };
      this.focusSoon('.zwgk-action-form .zwgk-alert');
      return;
    }
    const label = this.record.actions.find((a) => a.action === action)?.label ?? action;
    const code = this.record.code;
    this.act = { ...this.act, busy: true, alert: undefined, errors: {} };
    try {
      const command = commandFrom(action, values);
      this.record = await this.call(() => this.client.post<RequestRecord>(`/staff/requests/${encodeURIComponent(code)}/actions`, { command, expectedEvents: this.record!.eventCount }));
      this.act = { ...NO_ACTION, done: this.t('done', label) };
      this.noticeOpen = undefined;
      this.emit('zwgk-desk-action', { kind: 'request', subject: code, action });
      this.focusSoon('.zwgk-done');
    } catch (error) {
      const problem = error as DeskError;
      if (problem.status === 401) return;
      const field = fieldOfPath(problem.errors?.[0]?.path);
      this.act = { ...this.act, busy: false, alert: problem.message, errors: field ? { [field]: problem.errors[0]!.message } : {} };
      // Someone else acted meanwhile: show the record as it now is, with the reason kept.
      if (problem.code === 'stale' || problem.code === 'wrong-state') {
        try {
          this.record = await this.client.get<RequestRecord>(`/staff/requests/${encodeURIComponent(code)}`);
          if (!this.record.actions.some((a) => a.action === action)) this.act = { ...NO_ACTION, done: undefined, alert: undefined };
          this.pageAlert = problem.message;
          this.focusSoon('.zwgk-page-alert');
          return;
        } catch {
          // Keep the message on the form.
        }
      }
      this.focusSoon('.zwgk-action-form .zwgk-alert');
    }
  }

  private async openNotice(link: NoticeLink): Promise<void> {
    if (!this.record) return;
    const query = new URLSearchParams({ ...(link.draft ? { draft: '1' } : {}), ...(link.consultation !== undefined ? { consultation: String(link.consultation) } : {}), ...(link.party ? { party: link.party } : {}) });
    try {
      const notice = await this.call(() => this.client.get<Notice>(`/staff/requests/${encodeURIComponent(this.record!.code)}/notices/${link.kind}?${query}`));
      this.noticeOpen = { link, notice };
      this.focusSoon('.zwgk-paper-title');
    } catch (error) {
      this.showProblem(error);
    }
  }

  private closeNotice(): void {
    const open = this.noticeOpen;
    this.noticeOpen = undefined;
    if (open && this.record) this.focusSoon(`button[data-notice="${open.link.kind}-${this.record.notices.indexOf(this.record.notices.find((n) => n.title === open.link.title)!)}"]`);
  }

  /** Prints the open notice alone (see the print rules in the stylesheet). */
  printNotice(): void {
    const root = document.documentElement;
    root.setAttribute(PRINT_ATTRIBUTE, '');
    const done = () => root.removeAttribute(PRINT_ATTRIBUTE);
    window.addEventListener('afterprint', done, { once: true });
    try {
      window.print();
    } finally {
      // print() returns once the dialog closes in most browsers; afterprint covers the others.
      setTimeout(done, 1000);
    }
  }

  // -- open days ---------------------------------------------------------------------------------

  private async loadOpenDays(): Promise<void> {
    try {
      this.openDays = await this.call(() => this.client.get<OpenDayListEvent[]>('/staff/open-days'));
      if (this.selectedSession) await this.loadSessionView();
    } catch (error) {
      if ((error as DeskError).status !== 401) this.pageAlert = (error as DeskError).message;
    }
  }

  private sessionPath(): string {
    const [event, session] = this.selectedSession.split('/');
    return `/staff/open-days/${encodeURIComponent(event!)}/sessions/${encodeURIComponent(session!)}`;
  }

  private async loadSessionView(): Promise<void> {
    if (!this.selectedSession) {
      this.sessionView = undefined;
      return;
    }
    try {
      this.sessionView = await this.call(() => this.client.get<SessionView>(this.sessionPath()));
    } catch (error) {
      if ((error as DeskError).status !== 401) this.openDay = { ...this.openDay, alert: (error as DeskError).message };
    }
  }

  private async openDayStep(kind: ZwgkDeskActionDetail['kind'], action: string, path: string, body: unknown, doneText: string, focus?: string): Promise<void> {
    if (this.openDay.busy) return;
    this.openDay = { ...this.openDay, busy: true, alert: '', done: '' };
    try {
      this.sessionView = await this.call(() => this.client.post<SessionView>(`${this.sessionPath()}${path}`, body));
      this.openDay = { ...this.openDay, busy: false, done: doneText, seed: '' };
      this.emit('zwgk-desk-action', { kind, subject: this.selectedSession, action });
      this.focusSoon(focus ?? '#' + CSS.escape(this.uid('od-done')));
    } catch (error) {
      if ((error as DeskError).status === 401) return;
      this.openDay = { ...this.openDay, busy: false, alert: (error as DeskError).message };
      this.focusSoon('#' + CSS.escape(this.uid('od-alert')));
    }
  }

  // -- consultations -----------------------------------------------------------------------------

  private async loadConsultations(): Promise<void> {
    try {
      this.consultations = await this.call(() => this.client.get<ConsultationListItem[]>('/staff/consultations'));
      if (this.selectedConsultation) await this.loadConsultationView();
    } catch (error) {
      if ((error as DeskError).status !== 401) this.pageAlert = (error as DeskError).message;
    }
  }

  private async loadConsultationView(): Promise<void> {
    if (!this.selectedConsultation) {
      this.consultationView = undefined;
      return;
    }
    try {
      this.consultationView = await this.call(() => this.client.get<ConsultationView>(`/staff/consultations/${encodeURIComponent(this.selectedConsultation)}`));
    } catch (error) {
      if ((error as DeskError).status !== 401) this.pageAlert = (error as DeskError).message;
    }
  }

  /** Opens the outcome form of one opinion (with what was recorded before), or closes it. */
  private decide(opinion?: StaffOpinion): void {
    const previous = this.decision.code;
    this.decision = opinion ? { ...NO_DECISION, code: opinion.code, outcome: opinion.outcome ?? '', reason: opinion.reason ?? '', summary: opinion.summary ?? '' } : NO_DECISION;
    if (opinion) this.focusSoon(`.zwgk-decision-form input[type="radio"]${opinion.outcome ? ':checked' : ''}`);
    else if (previous) this.focusSoon(`button[data-decide="${previous}"]`);
  }

  private async submitDecision(): Promise<void> {
    const d = this.decision;
    if (!d.code || d.busy) return;
    const code = d.code;
    this.decision = { ...d, busy: true, alert: undefined, errors: {} };
    try {
      this.consultationView = await this.call(() => this.client.post<ConsultationView>(`/staff/consultations/${encodeURIComponent(this.selectedConsultation)}/opinions/${encodeURIComponent(code)}/outcome`, { outcome: d.outcome, reason: d.reason, summary: d.summary }));
      const label = this.consultationView.opinions.find((o) => o.code === code)?.outcomeLabel ?? '';
      this.decision = { ...NO_DECISION, done: this.t('outcomeSaved', code, label) };
      this.emit('zwgk-desk-action', { kind: 'opinion', subject: `${this.selectedConsultation}/${code}`, action: d.outcome });
      void this.loadConsultations();
      this.focusSoon('#' + CSS.escape(this.uid('cs-done')));
    } catch (error) {
      const problem = error as DeskError;
      if (problem.status === 401) return;
      const errors = Object.fromEntries(problem.errors.map((e) => [e.path, e.message]));
      this.decision = { ...this.decision, busy: false, alert: problem.message, errors };
      this.focusSoon('.zwgk-decision-form .zwgk-alert');
    }
  }

  // -- report ------------------------------------------------------------------------------------

  private async loadReport(): Promise<void> {
    const year = Number(this.reportYear);
    if (!Number.isInteger(year) || year < 2008 || year > 2100) {
      this.pageAlert = this.t('required', this.t('year'));
      this.focusSoon('.zwgk-page-alert');
      return;
    }
    this.reportLoading = true;
    try {
      this.report = await this.call(() => this.client.get<ReportResponse>(`/staff/report?year=${year}${this.reportAgency ? `&agency=${encodeURIComponent(this.reportAgency)}` : ''}`));
      this.pageAlert = '';
    } catch (error) {
      if ((error as DeskError).status !== 401) this.pageAlert = (error as DeskError).message;
    } finally {
      this.reportLoading = false;
    }
  }

  // -- rendering ---------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const level = this.headingLevel;
    if (this.phase === 'loading') return html`<p role="status">${this.t('loading')}</p>`;
    if (this.phase === 'failed') {
      return html`<div class="zwgk-alert zwgk-page-alert" role="alert" tabindex="-1">${this.pageAlert}</div>
        <button type="button" class="zwgk-secondary" @click=${() => { this.phase = 'loading'; void this.loadSession(); }}>${this.t('retry')}</button>`;
    }
    if (this.phase === 'signed-out') return this.renderSignIn(level);
    return html`
      <div class="zwgk-topbar">
        ${heading(level, this.t('title'), { focusable: true, cls: 'zwgk-desk-title' })}
        <p>${this.t('signedInAs', this.session?.name ?? '', (this.session?.roleLabels ?? []).join('、'))}
          ${this.session?.mode === 'password' ? html`<button type="button" class="zwgk-secondary" @click=${() => this.signOut()}>${this.t('signOut')}</button>` : nothing}</p>
      </div>
      <div class="zwgk-tabs" role="tablist" aria-label=${this.t('sections')} part="tabs" @keydown=${this.onTabKey}>
        ${SECTIONS.map((s) => html`<button type="button" role="tab" id=${this.uid(`tab-${s.id}`)} data-section=${s.id} aria-selected=${this.section === s.id ? 'true' : 'false'}
          aria-controls=${this.uid('panel')} tabindex=${this.section === s.id ? 0 : -1} @click=${() => this.selectSection(s.id)}>${this.t(s.label)}</button>`)}
      </div>
      <div role="tabpanel" id=${this.uid('panel')} aria-labelledby=${this.uid(`tab-${this.section}`)}>
        ${this.pageAlert ? html`<div class="zwgk-alert zwgk-page-alert" role="alert" tabindex="-1">${this.pageAlert}</div>` : nothing}
        ${this.section === 'requests' ? this.renderRequests(level + 1) : this.section === 'open-days' ? this.renderOpenDaySection(level + 1)
          : this.section === 'consultations' ? this.renderConsultationSection(level + 1) : this.renderReportSection(level + 1)}
      </div>
    `;
  }

  private renderSignIn(level: number): TemplateResult {
    const header = this.session?.mode === 'header';
    const s = this.signIn;
    return html`<form class="zwgk-sign-in" part="sign-in" novalidate aria-labelledby=${this.uid('sign-in-title')} @submit=${this.submitSignIn}>
      ${heading(level, this.t('signInTitle'), { id: this.uid('sign-in-title') })}
      ${s.notice ? html`<p role="status">${s.notice}</p>` : nothing}
      ${header ? html`<p>${this.t('headerMode')}</p>` : html`
        <p class="zwgk-hint">${this.t('signInHint')}</p>
        ${s.error ? html`<div class="zwgk-alert" role="alert" tabindex="-1">${s.error}</div>` : nothing}
        <div class="zwgk-field">
          <label for=${this.uid('username')}>${this.t('username')}</label>
          <input class="zwgk-control" id=${this.uid('username')} name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required .value=${s.username}
            @input=${(e: Event) => (this.signIn = { ...this.signIn, username: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="zwgk-field">
          <label for=${this.uid('password')}>${this.t('password')}</label>
          <input class="zwgk-control" id=${this.uid('password')} name="password" type="password" autocomplete="current-password" required .value=${s.password}
            @input=${(e: Event) => (this.signIn = { ...this.signIn, password: (e.target as HTMLInputElement).value })} />
        </div>
        <button type="submit" class="zwgk-primary" aria-disabled=${s.busy ? 'true' : 'false'}>${s.busy ? this.t('signingIn') : this.t('signIn')}</button>
      `}
    </form>`;
  }

  private staffChoices(): Choice[] {
    return (this.queue?.staff ?? []).filter((m) => m.roles.includes('handler') || m.roles.includes('admin')).map((m) => ({ value: m.id, label: m.name }));
  }

  private renderRequests(level: number): TemplateResult {
    const common = { t: this.t, locale: this.locale, uid: (local: string) => this.uid(local), level };
    if (this.paper) {
      const paper = this.paper;
      return html`<div part="record">${renderPaperForm({
        ...common, today: this.today(), state: paper,
        onValue: (name, value) => (this.paper = { ...this.paper!, values: { ...this.paper!.values, [name]: value }, errors: { ...this.paper!.errors, [name]: '' } }),
        onSubmit: () => void this.submitPaper(),
        onCancel: () => this.closePaperForm(),
      })}</div>`;
    }
    if (this.record) {
      return html`<div part="record">${renderRecord({
        ...common, record: this.record, today: this.today(), staff: this.staffChoices(), act: this.act, noticeOpen: this.noticeOpen,
        apiUrl: (path) => this.client.url(path),
        onBack: () => this.backToQueue(),
        onChooseAction: (action) => this.chooseAction(action),
        onValue: (name, value) => (this.act = { ...this.act, values: { ...this.act.values, [name]: value }, errors: { ...this.act.errors, [name]: '' } }),
        onSubmitAction: () => void this.submitAction(),
        onNotice: (link) => void this.openNotice(link),
        onCloseNotice: () => this.closeNotice(),
        onPrint: () => this.printNotice(),
      })}</div>`;
    }
    return html`<div part="queue">${renderQueue({
      ...common, queue: this.queue, filters: this.filters, loading: this.queueLoading,
      onFilter: (patch) => {
        this.filters = { ...this.filters, ...patch };
        void this.loadQueue();
      },
      onOpen: (code) => void this.openRecord(code),
      ...(this.session?.roles?.some((r) => r === 'registrar' || r === 'admin') ? { onNewPaper: () => this.openPaperForm() } : {}),
    })}</div>`;
  }

  private renderOpenDaySection(level: number): TemplateResult {
    return renderOpenDays({
      t: this.t, locale: this.locale, uid: (local) => this.uid(local), level,
      events: this.openDays, selected: this.selectedSession, view: this.sessionView, ...this.openDay,
      apiUrl: (path) => this.client.url(path),
      onSelect: (key) => {
        this.selectedSession = key;
        this.openDay = { seed: '', busy: false, alert: '', done: '' };
        void this.loadSessionView();
      },
      onSeed: (seed) => (this.openDay = { ...this.openDay, seed }),
      onDraw: () => void this.openDayStep('draw', 'draw', '/draw', { seed: this.openDay.seed }, this.t('drawResult')),
      onAttendee: (code, action, label) => void this.openDayStep('attendee', action, `/attendees/${encodeURIComponent(code)}/actions`, { action }, `${label}：${this.sessionView?.attendees.find((a) => a.code === code)?.name ?? code}`),
      onSurveyPublic: (value) => void this.openDayStep('survey', value ? 'publish' : 'unpublish', '/survey', { public: value }, this.t('surveyPublic')),
      onComment: (code, publish) => void this.openDayStep('survey', publish ? 'publish-comment' : 'withdraw-comment', `/survey/comments/${encodeURIComponent(code)}`, { publish }, this.t('publishComment')),
    });
  }

  private renderConsultationSection(level: number): TemplateResult {
    return renderConsultations({
      t: this.t, locale: this.locale, uid: (local) => this.uid(local), level,
      list: this.consultations, selected: this.selectedConsultation, view: this.consultationView, decision: this.decision,
      onSelect: (id) => {
        this.selectedConsultation = id;
        this.decision = NO_DECISION;
        void this.loadConsultationView();
      },
      onDecide: (opinion) => this.decide(opinion),
      onDecisionValue: (name, value) => (this.decision = { ...this.decision, [name]: value, errors: { ...this.decision.errors, [name]: '' } }),
      onSubmitDecision: () => void this.submitDecision(),
    });
  }

  private renderReportSection(level: number): TemplateResult {
    return renderReport({
      t: this.t, locale: this.locale, uid: (local) => this.uid(local), level,
      year: this.reportYear, agency: this.reportAgency, agencies: this.queue?.agencies ?? [], report: this.report, loading: this.reportLoading,
      apiUrl: (path) => this.client.url(path),
      onYear: (year) => (this.reportYear = year),
      onAgency: (agency) => (this.reportAgency = agency),
      onShow: () => void this.loadReport(),
    });
  }
}
