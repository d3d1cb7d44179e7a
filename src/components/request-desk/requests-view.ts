/**
 * The 依申请公开 screens of the desk: the queue (filters and a table sorted by due date), an
 * application's record (its contents, the clock, the officer's actions with their forms, the
 * dated trace, the notices, what the applicant sees, the audit rows) and the printable notice.
 * Plain templates over the data the server sent; the element owns state and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import type { Locale } from '../../core/i18n.js';
import type { Notice } from '../../forms/request-notices.js';
import { STATE_LABELS, STATES, type Action } from '../../forms/request-workflow.js';
import { visibleFields, type Choice } from './action-fields.js';
import type { QueueResponse, RequestRecord, NoticeLink } from './desk-types.js';
import { renderControl } from './fields.js';

export type T = (key: string, ...args: unknown[]) => string;

export interface Filters {
  state: string;
  due: string;
  agency: string;
  applicantType: string;
  q: string;
  mine: boolean;
}

const DUE_KINDS: readonly [string, string, string][] = [
  ['overdue', '已逾期', 'Overdue'], ['due-soon', '即将到期', 'Due soon'], ['running', '办理中', 'Running'], ['paused', '暂停计时', 'Paused'],
  ['correction', '待补正', 'Awaiting correction'], ['unconfirmed', '待确认', 'Unconfirmed'], ['done', '已办结', 'Concluded'],
];

/** A heading at the element's level plus `depth`, as role=heading so the level can follow the host page. */
export const heading = (level: number, text: unknown, attrs: { id?: string; focusable?: boolean; cls?: string } = {}) =>
  html`<div role="heading" aria-level=${Math.min(6, level)} class="zwgk-heading ${attrs.cls ?? ''}" id=${attrs.id ?? nothing} tabindex=${attrs.focusable ? -1 : nothing}>${text}</div>`;

export interface QueueProps {
  t: T;
  locale: Locale;
  uid: (local: string) => string;
  level: number;
  queue?: QueueResponse;
  filters: Filters;
  loading: boolean;
  /** A change to some filters: merged by the element into the filters it holds now (two changes may come before one render). */
  onFilter: (patch: Partial<Filters>) => void;
  onOpen: (code: string) => void;
  /** Offered to registrars (and admins): registering an application that came on paper. */
  onNewPaper?: () => void;
}

export function renderQueue(p: QueueProps): TemplateResult {
  const { t, filters } = p;
  const set = (patch: Partial<Filters>) => p.onFilter(patch);
  const select = (key: keyof Filters, label: string, options: [string, string][]) => html`<div class="zwgk-field">
    <label for=${p.uid(`filter-${key}`)}>${label}</label>
    <select class="zwgk-control" id=${p.uid(`filter-${key}`)} @change=${(e: Event) => set({ [key]: (e.target as HTMLSelectElement).value })}>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${filters[key] === value}>${text}</option>`)}
    </select>
  </div>`;
  const en = p.locale === 'en';
  const items = p.queue?.items ?? [];
  return html`
    <form class="zwgk-filters" role="search" aria-label=${t('filters')} @submit=${(e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      // 筛选 applies everything the form shows now, the keyword typed included.
      const form = e.target as HTMLFormElement;
      const value = (key: keyof Filters) => form.querySelector<HTMLSelectElement>(`#${CSS.escape(p.uid(`filter-${key}`))}`)?.value ?? '';
      set({ state: value('state') || 'open', due: value('due'), agency: value('agency'), applicantType: value('applicantType'), q: form.querySelector<HTMLInputElement>('input[type="search"]')?.value ?? '' });
    }}>
      ${select('state', t('state'), [['open', t('stateOpen')], ['all', t('stateAll')], ...STATES.map((s) => [s, STATE_LABELS[s][p.locale]] as [string, string])])}
      ${select('due', t('due'), [['', t('dueAll')], ...DUE_KINDS.map(([k, zh, e]) => [k, en ? e : zh] as [string, string])])}
      ${select('agency', t('agency'), [['', t('any')], ...(p.queue?.agencies ?? []).map((a) => [a.id, a.name] as [string, string])])}
      ${select('applicantType', t('applicantType'), [['', t('any')], ['公民', '公民'], ['法人', '法人'], ['其他组织', '其他组织']])}
      <div class="zwgk-field">
        <label for=${p.uid('filter-q')}>${t('keyword')}</label>
        <input class="zwgk-control" type="search" id=${p.uid('filter-q')} .value=${filters.q} aria-describedby=${p.uid('filter-q-hint')} />
        <p class="zwgk-hint" id=${p.uid('filter-q-hint')}>${t('keywordHint')}</p>
      </div>
      <label class="zwgk-check"><input type="checkbox" .checked=${filters.mine} @change=${(e: Event) => set({ mine: (e.target as HTMLInputElement).checked })} /><span>${t('mine')}</span></label>
      <button type="submit" class="zwgk-secondary">${t('apply')}</button>
    </form>
    ${p.onNewPaper ? html`<p><button type="button" class="zwgk-secondary" data-new-paper @click=${p.onNewPaper}>${t('newPaper')}</button></p>` : nothing}
    <p class="zwgk-count" role="status">${p.loading ? t('loading') : t('queueCaption', items.length)}</p>
    ${items.length ? html`<div class="zwgk-table-wrap"><table class="zwgk-queue">
      <caption class="zwgk-visually-hidden">${t('queueCaption', items.length)}</caption>
      <thead><tr><th scope="col">${t('code')}</th><th scope="col">${t('applicant')}</th><th scope="col">${t('information')}</th><th scope="col">${t('state')}</th><th scope="col">${t('dueColumn')}</th><th scope="col">${t('assignee')}</th></tr></thead>
      <tbody>${items.map((item) => html`<tr class="zwgk-row-${item.due.kind}">
        <th scope="row"><button type="button" class="zwgk-link" data-code=${item.code} @click=${() => p.onOpen(item.code)}>${item.code}</button></th>
        <td>${item.applicantName}<span class="zwgk-sub">${item.applicantType}${item.organisationKind ? ` · ${item.organisationKind}` : ''}</span></td>
        <td>${item.information}</td>
        <td>${item.stateLabel}${item.awaiting ? html`<span class="zwgk-flag">${t(item.awaiting === 'reply-review' ? 'awaitingReview' : 'awaitingExtension')}</span>` : nothing}</td>
        <td><span class="zwgk-due zwgk-due-${item.due.kind}">${item.due.label}</span>${item.due.dueOn ? html`<span class="zwgk-sub">${formatDate(item.due.dueOn, p.locale)}</span>` : nothing}</td>
        <td>${item.assignee?.name ?? item.assignee?.id ?? html`<span class="zwgk-muted">${t('unassigned')}</span>`}</td>
      </tr>`)}</tbody>
    </table></div>` : p.loading ? nothing : html`<p class="zwgk-empty">${t('queueEmpty')}</p>`}
  `;
}

export interface ActionState {
  action?: Action;
  values: Record<string, string>;
  errors: Record<string, string>;
  alert?: string;
  busy: boolean;
  done?: string;
}

export interface RecordProps {
  t: T;
  locale: Locale;
  uid: (local: string) => string;
  level: number;
  record: RequestRecord;
  today: string;
  staff: readonly Choice[];
  act: ActionState;
  noticeOpen?: { link: NoticeLink; notice: Notice };
  apiUrl: (path: string) => string;
  onBack: () => void;
  onChooseAction: (action?: Action) => void;
  onValue: (name: string, value: string) => void;
  onSubmitAction: () => void;
  onNotice: (link: NoticeLink) => void;
  onCloseNotice: () => void;
  onPrint: () => void;
}

const dl = (rows: [string, unknown][]) => html`<dl class="zwgk-facts">${rows.filter(([, v]) => v !== undefined && v !== '' && v !== null).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;

export function renderRecord(p: RecordProps): TemplateResult {
  const { t, record: r, level } = p;
  const date = (d?: string) => (d ? formatDate(d, p.locale) : undefined);
  const app = r.application;
  const person = app?.citizen;
  const org = app?.organisation;
  return html`
    <p><button type="button" class="zwgk-secondary" data-back @click=${p.onBack}>${t('back')}</button></p>
    ${heading(level, html`${t('recordTitle', r.code)}<span class="zwgk-badge">${r.stateLabel}</span>${r.awaiting ? html`<span class="zwgk-badge">${t(r.awaiting === 'reply-review' ? 'awaitingReview' : 'awaitingExtension')}</span>` : nothing}`, { id: p.uid('record-title'), focusable: true, cls: 'zwgk-record-title' })}
    <p class="zwgk-due-line"><span class="zwgk-due zwgk-due-${r.due.kind}">${r.due.label}</span>${r.due.dueOn ? ` · ${t('replyDue')} ${date(r.due.dueOn)}` : ''}${r.assignee ? ` · ${t('assignee')}：${r.assignee.name ?? r.assignee.id}` : ''}</p>

    <section class="zwgk-panel zwgk-actions-panel" aria-labelledby=${p.uid('actions-title')}>
      ${heading(level + 1, t('actions'), { id: p.uid('actions-title') })}
      ${renderPending(p)}
      ${p.act.done ? html`<p class="zwgk-done" role="status" tabindex="-1" id=${p.uid('action-done')}>${p.act.done}</p>` : nothing}
      ${r.actions.length
        ? html`<div class="zwgk-action-buttons">${r.actions.map((a) => html`<button type="button" class=${p.act.action === a.action ? 'zwgk-primary' : 'zwgk-secondary'} data-action=${a.action}
            aria-expanded=${p.act.action === a.action ? 'true' : 'false'} aria-controls=${p.uid('action-form')} @click=${() => p.onChooseAction(p.act.action === a.action ? undefined : a.action)}>${a.label}</button>`)}</div>`
        : html`<p>${t('noActions')}</p>`}
      <div id=${p.uid('action-form')}>${p.act.action ? renderActionForm(p) : nothing}</div>
    </section>

    <section class="zwgk-panel" aria-labelledby=${p.uid('app-title')}>
      ${heading(level + 1, t('application'), { id: p.uid('app-title') })}
      ${r.personalDataRemoved || !app ? html`<p class="zwgk-muted">${t('personalRemoved')}</p>` : nothing}
      ${app ? dl([
        [t('applicantType'), `${app.applicantType}${org?.kind ? ` · ${org.kind}` : ''}`],
        [t('applicant'), person?.name ?? org?.name],
        ...(person ? ([['证件', person.idType && person.idNumber ? `${person.idType} ${person.idNumber}` : undefined], ['联系电话', person.phone], ['通信地址', person.address], ['电子邮箱', person.email], ['工作单位', person.workplace]] as [string, unknown][]) : []),
        ...(org ? ([['统一社会信用代码', org.creditCode], ['法定代表人', org.legalRepresentative], ['联系人', org.contactName], ['联系电话', org.phone], ['电子邮箱', org.email], ['通信地址', org.address]] as [string, unknown][]) : []),
        [t('agent'), app.agent?.name ? `${app.agent.name}${app.agent.idNumber ? `，${app.agent.idType ?? '居民身份证'} ${app.agent.idNumber}` : ''}${app.agent.phone ? `，${app.agent.phone}` : ''}` : undefined],
        [t('information'), [app.information.title, app.information.docNo, app.information.description, app.information.indexNo].filter(Boolean).join('；')],
        [t('purpose'), app.purpose],
        [t('provideForm'), app.provideForm],
        [t('delivery'), app.delivery],
        [t('agency'), r.agency.name],
        ['申请方式', r.channel],
      ]) : nothing}
      ${r.uploads.length ? html`<p>${t('uploads')}：${r.uploads.map((u) => html`<a class="zwgk-download" href=${p.apiUrl(`/staff/requests/${r.code}/uploads/${u.kind}`)} download=${u.name}>${t('upload', `${u.kind === 'authorization' ? '委托书' : '身份证明'}（${u.name}）`)}</a> `)}</p>` : nothing}
    </section>

    <section class="zwgk-panel" aria-labelledby=${p.uid('clock-title')}>
      ${heading(level + 1, t('clock'), { id: p.uid('clock-title') })}
      ${dl([[t('receivedOn'), date(r.receivedOn)], [t('supplementBy'), r.state === 'accepted' && !r.trace.some((e) => e.action === 'request_correction') ? date(r.clock.supplementBy) : undefined], [t('replyDue'), date(r.clock.dueOn)]])}
      ${r.publicStatus.due?.lines.length ? html`<ul class="zwgk-lines">${r.publicStatus.due.lines.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
    </section>

    <section class="zwgk-panel" aria-labelledby=${p.uid('trace-title')}>
      ${heading(level + 1, t('trace'), { id: p.uid('trace-title') })}
      <ol class="zwgk-trace">${r.trace.map((entry) => html`<li>
        <p class="zwgk-trace-head"><time datetime=${entry.on}>${date(entry.on)}</time> <strong>${entry.title}</strong> <span class="zwgk-muted">${entry.actor.role === 'applicant' ? entry.actor.roleLabel : t('by', entry.actor.name ?? entry.actor.id, entry.actor.roleLabel)}</span></p>
        ${entry.details.length ? html`<ul class="zwgk-lines">${entry.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
        ${entry.note ? html`<p class="zwgk-note">${t('staffNote', entry.note)}</p>` : nothing}
        <p class="zwgk-sub">${t('stateChange', STATE_LABELS[entry.stateBefore][p.locale], STATE_LABELS[entry.stateAfter][p.locale])}</p>
      </li>`)}</ol>
    </section>

    <section class="zwgk-panel" aria-labelledby=${p.uid('notices-title')}>
      ${heading(level + 1, t('notices'), { id: p.uid('notices-title') })}
      ${r.notices.length
        ? html`<ul class="zwgk-notice-links">${r.notices.map((link, i) => html`<li><button type="button" class="zwgk-secondary" data-notice=${`${link.kind}-${i}`} @click=${() => p.onNotice(link)}>${t('preview', link.title)}</button></li>`)}</ul>`
        : html`<p>${t('noNotices')}</p>`}
      ${p.noticeOpen ? renderNoticeSheet(p) : nothing}
    </section>

    <section class="zwgk-panel" aria-labelledby=${p.uid('public-title')}>
      ${heading(level + 1, t('publicView'), { id: p.uid('public-title') })}
      <p><strong>${r.publicStatus.stageLabel}</strong>${r.publicStatus.due ? ` · ${r.publicStatus.due.label}` : ''}</p>
      ${r.publicStatus.outcome ? html`<p>${r.publicStatus.outcome.kindLabel}：${r.publicStatus.outcome.reasonLabel}</p>${r.publicStatus.outcome.remedies ? html`<p class="zwgk-sub">${r.publicStatus.outcome.remedies}</p>` : nothing}` : nothing}
    </section>

    <details class="zwgk-panel zwgk-audit">
      <summary>${t('audit')}（${r.audit.length}）</summary>
      <ol>${r.audit.map((a) => html`<li><time datetime=${a.at}>${a.at.slice(0, 16).replace('T', ' ')}</time> ${t('auditAction', a.action, `${a.actor.name ?? a.actor.id}${a.actor.role ? `，${a.actor.role}` : ''}`)}${a.stateBefore || a.stateAfter ? ` · ${a.stateBefore ?? ''} → ${a.stateAfter ?? ''}` : ''}</li>`)}</ol>
    </details>
  `;
}

/** What waits for the reviewer (the reply draft, an extension) and the reply given: what the buttons act on. */
function renderPending(p: RecordProps): TemplateResult | typeof nothing {
  const { t, record: r } = p;
  const date = (d: string) => formatDate(d, p.locale);
  const outcome = (o: NonNullable<RequestRecord['outcome']>) => html`${o.kindLabel}：${o.reasonLabel}${o.explanation ? html`<span class="zwgk-sub">${o.explanation}</span>` : nothing}`;
  const rows: [string, unknown][] = [];
  if (r.draft) rows.push([t('pendingDraft', date(r.draft.draftedOn), r.draft.draftedBy), outcome(r.draft.outcome)]);
  if (r.extension) rows.push([r.extension.approvedOn ? t('extensionApproved', date(r.extension.approvedOn)) : t('pendingExtension', date(r.extension.proposedOn)), t('extensionDays', r.extension.workingDays, r.extension.reason)]);
  if (r.outcome) rows.push([t('outcome'), outcome(r.outcome)]);
  return rows.length ? dl(rows) : nothing;
}

function renderActionForm(p: RecordProps): TemplateResult {
  const { t, act } = p;
  const action = act.action!;
  const label = p.record.actions.find((a) => a.action === action)?.label ?? action;
  const fields = visibleFields(action, act.values);
  const common = [
    { name: 'on', kind: 'date' as const, label: { 'zh-CN': '办理日期', en: 'Date of the step' }, hint: { 'zh-CN': '法律意义上的日期，默认今天，不能晚于今天', en: 'The legal date: today by default, never later' } },
    ...(action === 'note' ? [] : [{ name: 'note', kind: 'textarea' as const, label: { 'zh-CN': '内部备注', en: 'Staff note' }, hint: { 'zh-CN': '仅工作人员可见，不会告知申请人', en: 'Never shown to the applicant' } }]),
  ];
  const control = (field: Parameters<typeof renderControl>[0]) => renderControl(field, {
    id: p.uid(`act-${field.name}`), value: act.values[field.name] ?? '', error: act.errors[field.name], staff: p.staff, maxDate: p.today,
    onInput: (value) => p.onValue(field.name, value),
  }, p.locale);
  return html`<form class="zwgk-action-form" novalidate aria-labelledby=${p.uid('action-legend')} @submit=${(e: Event) => {
    e.preventDefault();
    e.stopPropagation();
    p.onSubmitAction();
  }}>
    ${heading(p.level + 2, label, { id: p.uid('action-legend') })}
    ${act.alert ? html`<div class="zwgk-alert" role="alert" tabindex="-1" id=${p.uid('action-alert')}>${act.alert}</div>` : nothing}
    ${fields.map(control)}
    ${common.map(control)}
    <div class="zwgk-buttons">
      <button type="submit" class="zwgk-primary" aria-disabled=${act.busy ? 'true' : 'false'}>${act.busy ? t('working') : t('confirm', label)}</button>
      <button type="button" class="zwgk-secondary" @click=${() => p.onChooseAction(undefined)}>${t('cancel')}</button>
    </div>
  </form>`;
}

function renderNoticeSheet(p: RecordProps): TemplateResult {
  const { notice, link } = p.noticeOpen!;
  const [first, ...rest] = notice.paragraphs;
  const salutation = first && /[：:]$/.test(first) ? first : undefined;
  const body = salutation ? rest : notice.paragraphs;
  return html`<div class="zwgk-notice-view">
    <div class="zwgk-buttons">
      <button type="button" class="zwgk-primary" data-print @click=${p.onPrint}>${p.t('print')}</button>
      <button type="button" class="zwgk-secondary" @click=${p.onCloseNotice}>${p.t('closeNotice')}</button>
    </div>
    ${notice.missing.length ? html`<p class="zwgk-hint">${p.t('missingValues', notice.missing.length)}</p>` : nothing}
    <article class="zwgk-paper" aria-labelledby=${p.uid('notice-title')} data-kind=${link.kind}>
      ${link.draft ? html`<p class="zwgk-draft-mark">${p.t('draftMark')}</p>` : nothing}
      ${heading(p.level + 2, notice.title, { id: p.uid('notice-title'), focusable: true, cls: 'zwgk-paper-title' })}
      ${notice.documentNumber ? html`<p class="zwgk-paper-number">${notice.documentNumber}</p>` : nothing}
      ${salutation ? html`<p class="zwgk-paper-salutation">${salutation}</p>` : nothing}
      ${body.map((paragraph) => html`<p class="zwgk-paper-p">${paragraph}</p>`)}
      <div class="zwgk-paper-signature"><p>${notice.signature.agency}</p><p>${notice.signature.date}</p></div>
    </article>
  </div>`;
}
