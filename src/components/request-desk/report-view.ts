/**
 * The annual report screen: year and agency, table 三 laid out as the 2021 format prints it
 * (the same grid and merged cells as the xlsx, src/forms/request-report.ts `reportSheet`), and the
 * CSV and xlsx downloads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n.js';
import { reportSheet } from '../../forms/request-report.js';
import type { ReportResponse } from './desk-types.js';
import { heading, type T } from './requests-view.js';

export interface ReportProps {
  t: T;
  locale: Locale;
  uid: (local: string) => string;
  level: number;
  year: string;
  agency: string;
  agencies: { id: string; name: string }[];
  report?: ReportResponse;
  loading: boolean;
  apiUrl: (path: string) => string;
  onYear: (year: string) => void;
  onAgency: (agency: string) => void;
  onShow: () => void;
}

/** The report's grid as a table: merged cells become rowspan/colspan, the first three rows are headings. */
function reportTable(report: ReportResponse, locale: Locale): TemplateResult {
  const sheet = reportSheet(report.report, locale, report.title);
  const covered = new Set<string>();
  const span = new Map<string, [number, number]>();
  for (const [top, left, bottom, right] of sheet.merges) {
    span.set(`${top},${left}`, [bottom - top + 1, right - left + 1]);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r},${c}`);
  }
  const cell = (r: number, c: number, value: string | number) => {
    if (covered.has(`${r},${c}`)) return nothing;
    const [rows, cols] = span.get(`${r},${c}`) ?? [1, 1];
    const header = r < sheet.headerRows || c < 3;
    const scope = r < sheet.headerRows ? 'col' : 'row';
    return header
      ? html`<th scope=${scope} rowspan=${rows > 1 ? rows : nothing} colspan=${cols > 1 ? cols : nothing}>${value}</th>`
      : html`<td rowspan=${rows > 1 ? rows : nothing} colspan=${cols > 1 ? cols : nothing}>${value}</td>`;
  };
  return html`<div class="zwgk-table-wrap"><table class="zwgk-report">
    <caption>${sheet.title}</caption>
    <thead>${sheet.grid.slice(0, sheet.headerRows).map((row, r) => html`<tr>${row.map((value, c) => cell(r, c, value))}</tr>`)}</thead>
    <tbody>${sheet.grid.slice(sheet.headerRows).map((row, i) => html`<tr>${row.map((value, c) => cell(i + sheet.headerRows, c, value))}</tr>`)}</tbody>
  </table></div>`;
}

export function renderReport(p: ReportProps): TemplateResult {
  const { t } = p;
  const query = `year=${encodeURIComponent(p.year)}${p.agency ? `&agency=${encodeURIComponent(p.agency)}` : ''}`;
  return html`
    ${heading(p.level, t('reportTitle'), { id: p.uid('report-title') })}
    <form class="zwgk-filters" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      e.stopPropagation();
      p.onShow();
    }}>
      <div class="zwgk-field">
        <label for=${p.uid('report-year')}>${t('year')}</label>
        <input class="zwgk-control" id=${p.uid('report-year')} type="number" inputmode="numeric" min="2008" max="2100" .value=${p.year} @input=${(e: Event) => p.onYear((e.target as HTMLInputElement).value)} />
      </div>
      <div class="zwgk-field">
        <label for=${p.uid('report-agency')}>${t('agency')}</label>
        <select class="zwgk-control" id=${p.uid('report-agency')} @change=${(e: Event) => p.onAgency((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!p.agency}>${t('allAgencies')}</option>
          ${p.agencies.map((a) => html`<option value=${a.id} ?selected=${p.agency === a.id}>${a.name}</option>`)}
        </select>
      </div>
      <button type="submit" class="zwgk-primary">${t('showReport')}</button>
    </form>
    <p class="zwgk-count" role="status">${p.loading ? t('loading') : p.report ? `${p.report.title}：${p.report.report.requests}` : ''}</p>
    ${p.report ? html`
      <p class="zwgk-buttons">
        <a class="zwgk-download" href=${p.apiUrl(`/staff/report?${query}&format=csv`)} download>${t('downloadCsv')}</a>
        <a class="zwgk-download" href=${p.apiUrl(`/staff/report?${query}&format=xlsx`)} download>${t('downloadXlsx')}</a>
      </p>
      ${p.report.report.unbalanced.length ? html`<p class="zwgk-alert" role="alert">${t('unbalanced', p.report.report.unbalanced.join(', '))}</p>` : nothing}
      ${reportTable(p.report, p.locale)}
    ` : nothing}
  `;
}
