/**
 * The open-day desk (DOMAIN-PRACTICE §3): a session picker, the session's counts, the draw (seed,
 * result, digest), the attendee list with each officer's possible actions, exports, and the 评议
 * summary with what is published. Plain templates; the element owns state and handlers.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../../core/format.js';
import type { Locale } from '../../core/i18n.js';
import type { OpenDayListEvent, SessionView } from './desk-types.js';
import { heading, type T } from './requests-view.js';

export interface OpenDaysProps {
  t: T;
  locale: Locale;
  uid: (local: string) => string;
  level: number;
  events?: OpenDayListEvent[];
  selected?: string;
  view?: SessionView;
  seed: string;
  busy: boolean;
  alert?: string;
  done?: string;
  apiUrl: (path: string) => string;
  onSelect: (key: string) => void;
  onSeed: (seed: string) => void;
  onDraw: () => void;
  onAttendee: (code: string, action: string, label: string) => void;
  onSurveyPublic: (value: boolean) => void;
  onComment: (code: string, publish: boolean) => void;
}

const time = (iso: string, locale: Locale) => {
  const local = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${formatDate(local.slice(0, 10), locale)} ${local.slice(11, 16)}`;
};

export function renderOpenDays(p: OpenDaysProps): TemplateResult {
  const { t } = p;
  const v = p.view;
  const sessionPath = v && `/staff/open-days/${encodeURIComponent(v.event.id)}/sessions/${encodeURIComponent(v.session.id)}`;
  return html`
    <div class="zwgk-field">
      <label for=${p.uid('od-session')}>${t('chooseSession')}</label>
      <select class="zwgk-control" id=${p.uid('od-session')} @change=${(e: Event) => p.onSelect((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!p.selected}>${t('chooseSession')}</option>
        ${(p.events ?? []).map((event) => html`<optgroup label=${`${event.title}（${event.modeLabel}）`}>
          ${event.sessions.map((s) => html`<option value=${`${event.id}/${s.id}`} ?selected=${p.selected === `${event.id}/${s.id}`}>${s.label || time(s.start, p.locale)} · ${t('capacity')} ${s.capacity} · ${t('pendingCount')} ${s.counts.pending ?? 0} · ${t('taken')} ${(s.counts.confirmed ?? 0) + (s.counts.checked_in ?? 0) + (s.counts.absent ?? 0)}</option>`)}
        </optgroup>`)}
      </select>
    </div>
    ${p.done ? html`<p class="zwgk-done" role="status" tabindex="-1" id=${p.uid('od-done')}>${p.done}</p>` : nothing}
    ${p.alert ? html`<div class="zwgk-alert" role="alert" tabindex="-1" id=${p.uid('od-alert')}>${p.alert}</div>` : nothing}
    ${v ? html`
      ${heading(p.level, `${v.event.title} · ${v.session.label || time(v.session.start, p.locale)}`, { id: p.uid('od-title'), focusable: true })}
      <dl class="zwgk-facts">
        <dt>${t('mode')}</dt><dd>${v.modeLabel}</dd>
        <dt>${t('session')}</dt><dd>${time(v.session.start, p.locale)}</dd>
        <dt>${t('capacity')}</dt><dd>${v.session.capacity}</dd>
        <dt>${t('taken')}</dt><dd>${v.placesTaken}</dd>
        <dt>${t('pendingCount')}</dt><dd>${v.counts.pending ?? 0}</dd>
      </dl>
      ${v.mode === 'draw' ? renderDraw(p, v) : nothing}
      <section class="zwgk-panel" aria-labelledby=${p.uid('od-list-title')}>
        ${heading(p.level + 1, t('attendees', v.attendees.length), { id: p.uid('od-list-title') })}
        <p class="zwgk-buttons">
          <a class="zwgk-download" href=${p.apiUrl(`${sessionPath}/export?format=csv`)} download>${t('exportCsv')}</a>
          <a class="zwgk-download" href=${p.apiUrl(`${sessionPath}/export?format=xlsx`)} download>${t('exportXlsx')}</a>
        </p>
        ${v.attendees.length ? html`<div class="zwgk-table-wrap"><table class="zwgk-attendees">
          <caption class="zwgk-visually-hidden">${t('attendees', v.attendees.length)}</caption>
          <thead><tr><th scope="col">${t('name')}</th><th scope="col">${t('phone')}</th><th scope="col">${t('status')}</th>${v.draw ? html`<th scope="col">${t('drawRank')}</th>` : nothing}
            ${v.fields.map((f) => html`<th scope="col">${f.label}</th>`)}<th scope="col">${t('signedUpAt')}</th><th scope="col">${t('actions')}</th></tr></thead>
          <tbody>${v.attendees.map((a) => html`<tr>
            <th scope="row">${a.name ?? '—'}<span class="zwgk-sub">${a.code}</span></th>
            <td>${a.phone ?? '—'}</td>
            <td>${a.statusLabel}${a.waitingPosition ? html`<span class="zwgk-sub">第${a.waitingPosition}位</span>` : nothing}</td>
            ${v.draw ? html`<td>${a.drawRank ?? '—'}</td>` : nothing}
            ${v.fields.map((f) => html`<td>${a.fields[f.key] === 'yes' ? '是' : a.fields[f.key] ?? ''}</td>`)}
            <td>${time(a.createdAt, p.locale)}</td>
            <td><div class="zwgk-row-actions">${a.actions.map((act) => html`<button type="button" class="zwgk-secondary" data-attendee=${a.code} data-action=${act.action}
              aria-label=${`${act.label}：${a.name ?? a.code}`} aria-disabled=${p.busy ? 'true' : 'false'} @click=${() => p.onAttendee(a.code, act.action, act.label)}>${act.label}</button>`)}</div></td>
          </tr>`)}</tbody>
        </table></div>` : html`<p>${t('noAttendees')}</p>`}
      </section>
      ${renderSurvey(p, v)}
    ` : nothing}
  `;
}

function renderDraw(p: OpenDaysProps, v: SessionView): TemplateResult {
  const { t } = p;
  return html`<section class="zwgk-panel" aria-labelledby=${p.uid('od-draw-title')}>
    ${heading(p.level + 1, v.draw ? t('drawResult') : t('draw'), { id: p.uid('od-draw-title') })}
    ${v.draw ? html`
      <p><strong>${t('drawSelected', v.draw.selected.length, v.draw.places)}</strong></p>
      <dl class="zwgk-facts">
        <dt>${t('drawSeed')}</dt><dd><code>${v.draw.seed}</code></dd>
        <dt>${t('drawDigest')}</dt><dd><code class="zwgk-break">${v.draw.candidatesDigest}</code></dd>
      </dl>
      ${v.draw.verified ? html`<p class="zwgk-ok">${t('drawVerified')}</p>` : nothing}
    ` : v.canDraw ? html`<form class="zwgk-draw-form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      p.onDraw();
    }}>
      <div class="zwgk-field">
        <label for=${p.uid('od-seed')}>${t('drawSeed')}<span class="zwgk-optional">${p.locale === 'en' ? ' (optional)' : '（选填）'}</span></label>
        <p class="zwgk-hint" id=${p.uid('od-seed-hint')}>${t('drawSeedHint')}</p>
        <input class="zwgk-control" id=${p.uid('od-seed')} .value=${p.seed} aria-describedby=${p.uid('od-seed-hint')} @input=${(e: Event) => p.onSeed((e.target as HTMLInputElement).value)} />
      </div>
      <button type="submit" class="zwgk-primary" aria-disabled=${p.busy ? 'true' : 'false'}>${t('runDraw')}</button>
    </form>` : html`<p class="zwgk-hint">${t('drawSeedHint')}</p>`}
  </section>`;
}

function renderSurvey(p: OpenDaysProps, v: SessionView): TemplateResult {
  const { t } = p;
  const s = v.survey;
  const canPublish = v.canPublish;
  return html`<section class="zwgk-panel" aria-labelledby=${p.uid('od-survey-title')}>
    ${heading(p.level + 1, t('survey'), { id: p.uid('od-survey-title') })}
    <p>${s.responses ? t('surveyResponses', s.responses, s.attended) : t('surveyNone')}</p>
    ${s.responses ? html`<div class="zwgk-table-wrap"><table>
      <caption class="zwgk-visually-hidden">${t('survey')}</caption>
      <thead><tr><th scope="col">${t('question')}</th><th scope="col">${t('answered')}</th><th scope="col">${t('mean')}</th><th scope="col">${t('satisfied')}</th></tr></thead>
      <tbody>${s.questions.filter((q) => q.kind === 'rating').map((q) => html`<tr><th scope="row">${q.label}</th><td>${q.answered}</td>
        <td>${q.mean === undefined ? '—' : q.mean.toFixed(2)}</td><td>${q.satisfiedShare === undefined ? '—' : `${Math.round(q.satisfiedShare * 100)}%`}</td></tr>`)}</tbody>
    </table></div>` : nothing}
    ${s.comments.length ? html`${heading(p.level + 2, t('comments'))}
      <ul class="zwgk-comments">${s.comments.map((c) => html`<li><p>${c.text}</p>
        ${canPublish ? html`<label class="zwgk-check"><input type="checkbox" .checked=${c.published} @change=${(e: Event) => p.onComment(c.code, (e.target as HTMLInputElement).checked)} /><span>${t('publishComment')}</span></label>` : nothing}
      </li>`)}</ul>` : nothing}
    ${canPublish ? html`<label class="zwgk-check"><input type="checkbox" .checked=${s.public} @change=${(e: Event) => p.onSurveyPublic((e.target as HTMLInputElement).checked)} /><span>${t('surveyPublic')}</span></label>` : nothing}
  </section>`;
}
