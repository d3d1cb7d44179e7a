import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
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
 * Online opinions: where a consultation takes them on the page (`onlineForm`), the element
 * reserves the `opinion-form` part for the opinion form; until that form ships, the part links to
 * the consultation's own page.
 *
 * @slot - Fallback content (e.g. a link to the CMS's 意见征集 column) shown until the catalogue is ready.
 *
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart filters - The current / closed filter.
 * @csspart summary - The number of consultations shown (a live region).
 * @csspart consultation - One consultation.
 * @csspart badge - Where a consultation stands (open, upcoming, closed, reported).
 * @csspart ways - The ways to take part.
 * @csspart session - One 座谈会, 听证会 or 实地走访.
 * @csspart opinion-form - Where opinions are sent online (the opinion form's place).
 * @csspart report - The 采纳情况 report.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Links, buttons and focus.
 * @cssproperty --zwgk-color-success - An open consultation's mark.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkConsultation extends ZwgkCatalogueConsumer {
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

  @state() private filter: PhaseFilter = '';
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
        return html`${name(this.msg(messages, 'form'))}${this.renderOpinionForm(c, status)}`;
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

  /**
   * Where opinions are written online. Until the opinion form ships, this points to the
   * consultation's own page; the form will render here, in the `opinion-form` part.
   */
  protected renderOpinionForm(c: Consultation, status: ConsultationStatus): TemplateResult {
    const content = status.phase === 'upcoming' ? this.msg(messages, 'formAfterStart')
      : c.url ? html`<a href=${c.url}>${this.msg(messages, 'formPage')}<span class="zwgk-visually-hidden">：${c.title}</span></a>`
      : this.msg(messages, 'formSoon');
    return html`<div part="opinion-form" data-consultation=${c.id}>${content}</div>`;
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
