import { css, html, nothing, type CSSResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { scope } from '../../core/light-dom.js';
import { uiStyles } from '../../core/ui-styles.js';
import { heading } from '../../core/heading.js';
import { formatDate } from '../../core/format.js';
import { clockOf } from '../../core/clock.js';
import { renderPager } from '../../core/pager.js';
import { PrintController } from '../../core/print-controller.js';
import { defineMessages } from '../../core/i18n.js';
import type { CatalogueItem, ItemRecords } from '../../catalogue/schema.js';
import { deidentifyRecords, type DeidentifiedRecords } from '../../catalogue/deidentify.js';
import { DEFAULT_PAGE_SIZE, viewRecords } from './records-table.js';
import { publicityPeriod, type PublicityPeriod } from './publicity.js';

const messages = defineMessages({
  'zh-CN': {
    notFound: (id: string) => `找不到编号为“${id}”的公开事项。`,
    noItem: '请用 item 属性指明要显示哪个公开事项的名单。',
    noRecords: '本事项暂无公示名单。',
    period: '公示期',
    periodText: (start: string, end: string) => `${start}至${end}`,
    from: (start: string) => `${start}起`,
    window: (days: number, working: boolean) => `（${days}个${working ? '工作日' : '自然日'}）`,
    running: (days: number) => (days === 0 ? '公示中，今天是最后一天' : `公示中，还剩 ${days} 天`),
    runningOpen: '公示中',
    upcoming: '尚未开始',
    ended: '公示已结束',
    objections: '异议受理',
    phone: '电话',
    address: '地址',
    email: '电子邮箱',
    online: '网上反映',
    privacy: '为保护个人隐私，姓名、身份证号码、电话、住址等个人信息已按规定作去标识化处理。',
    search: '在名单中查找',
    searchHint: '可输入村（社区）名称、金额等查找。姓名、证件号码已部分隐去，不能用完整信息查找。',
    print: '打印名单',
    count: (total: number) => `共 ${total} 条`,
    found: (matched: number, total: number) => `找到 ${matched} 条（共 ${total} 条）`,
    none: (total: number) => `没有找到符合条件的记录（共 ${total} 条）。`,
    rows: (first: number, last: number) => `，当前显示第 ${first}–${last} 条`,
    number: '序号',
  },
  en: {
    notFound: (id: string) => `No catalogue item with id "${id}".`,
    noItem: 'Name the catalogue item with the item attribute.',
    noRecords: 'This item has no published list.',
    period: 'Display period',
    periodText: (start: string, end: string) => `${start} – ${end}`,
    from: (start: string) => `from ${start}`,
    window: (days: number, working: boolean) => ` (${days} ${working ? 'working' : 'calendar'} days)`,
    running: (days: number) => (days === 0 ? 'On display: last day today' : `On display: ${days} days left`),
    runningOpen: 'On display',
    upcoming: 'Not yet on display',
    ended: 'Display period over',
    objections: 'Objections',
    phone: 'Phone',
    address: 'Address',
    email: 'E-mail',
    online: 'Online',
    privacy: 'Names, ID numbers, phone numbers and addresses are partly hidden to protect privacy, as the rules require.',
    search: 'Search the list',
    searchHint: 'Search by village, amount and the like. Names and ID numbers are partly hidden and cannot be searched in full.',
    print: 'Print the list',
    count: (total: number) => `${total} entries`,
    found: (matched: number, total: number) => `${matched} of ${total} entries match`,
    none: (total: number) => `No entry matches (${total} in all).`,
    rows: (first: number, last: number) => `; showing ${first}–${last}`,
    number: 'No.',
  },
});

/**
 * @tagname zwgk-records
 * @summary An item's 公示 list (学校名录, 低保、特困、补贴 recipients…) as a searchable, paged, printable table, with its 公示期 and whether it is still running; personal data de-identified.
 *
 * `item="<id>"` names the catalogue item whose `records` to show. Every column not marked
 * `public` is de-identified by the rules of `src/catalogue/deidentify.ts` before anything is
 * drawn (张*明, 410***********1234, 138****5678, 关堤乡刘庄村***), and any long number in any other
 * cell is masked too, so no full ID number from the list reaches the page, its attributes or its
 * print-out. Search runs on the de-identified text only: typing a full name or ID number finds
 * nobody, so the box cannot be used to test whether someone is on the list.
 *
 * The 公示期 comes from `records.displayStart`/`displayEnd`, or from the item's 公示 window
 * ("公示7个工作日", counted in working days with the holiday calendar); the element says whether the
 * list is still on display and for how many more days, and where to object. Printing prints the
 * whole (searched) list with its heading and period, without the controls.
 *
 * Works on its own (inside `<zwgk-catalogue>`, or with `src`) and as part of another element's
 * view of an item (`heading-level` continues that outline).
 *
 * @slot - Fallback content (e.g. a link to the list as a PDF) shown until the catalogue is ready.
 *
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart period - The 公示期 line with its running / ended mark.
 * @csspart badge - The running / ended mark.
 * @csspart objections - Where to object during the display period.
 * @csspart controls - The search box and the print button.
 * @csspart summary - The number of entries found (a live region).
 * @csspart table - The table.
 * @csspart pager - Previous / next page.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Links, buttons and focus.
 * @cssproperty --zwgk-color-border - Table rules.
 * @cssproperty --zwgk-color-surface - Table header background.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkRecords extends ZwgkCatalogueConsumer {
  static override idBase = 'records';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      uiStyles(tag),
      css`
        ${body} .zwgk-period { display: block; margin: 0 0 var(--_zwgk-space-s); }
        ${body} .zwgk-period-label { font-weight: 700; }
        ${body} .zwgk-table-wrap { display: block; max-width: 100%; overflow-x: auto; margin: 0 0 var(--_zwgk-space-m); }
        ${body} .zwgk-table { display: table; width: 100%; border-collapse: collapse; border-spacing: 0; }
        ${body} .zwgk-table caption { display: table-caption; padding: 0 0 var(--_zwgk-space-s); font-weight: 700; text-align: start; }
        ${body} .zwgk-table th, ${body} .zwgk-table td { display: table-cell; padding: var(--_zwgk-space-xs) var(--_zwgk-space-s); border: 1px solid var(--_zwgk-color-border); text-align: start; vertical-align: top; }
        ${body} .zwgk-table th { font-weight: 700; background: var(--_zwgk-color-surface); white-space: nowrap; }
        ${body} .zwgk-table tr { display: table-row; }
        ${body} .zwgk-table thead { display: table-header-group; }
        ${body} .zwgk-table tbody { display: table-row-group; }
        ${body} .zwgk-table td.zwgk-number { text-align: end; }
        ${body} .zwgk-cell-label { display: none; }
        /* On a phone each row becomes a small card of label–value lines, no sideways scrolling. */
        @media screen and (max-width: 40em) {
          ${body} .zwgk-table, ${body} .zwgk-table tbody, ${body} .zwgk-table tr { display: block; }
          ${body} .zwgk-table thead { display: block; position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          ${body} .zwgk-table caption { display: block; }
          ${body} .zwgk-table tr { margin: 0 0 var(--_zwgk-space-s); border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
          ${body} .zwgk-table td { display: flex; gap: var(--_zwgk-space-s); border: 0; border-bottom: 1px solid var(--_zwgk-color-border); }
          ${body} .zwgk-table td.zwgk-number { text-align: start; }
          ${body} .zwgk-cell-label { display: block; flex: 0 0 40%; font-weight: 700; }
        }
        @media print {
          ${body} .zwgk-table-wrap { overflow: visible; }
          ${body} .zwgk-table tr { break-inside: avoid; }
        }
      `,
    ];
  }

  /** Id of the catalogue item whose 公示 list to show. */
  @property() item?: string;
  /** Rows per page (20 by default); 0 shows all. Printing always prints every (searched) row. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;
  /** Level of the list's heading (3 by default: under an item's heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The date-time the 公示期 is judged at (ISO); now by default. */
  @property() now?: string;

  @state() private query = '';
  @state() private page = 1;
  private readonly print = new PrintController(this);
  private table?: { records: ItemRecords; table: DeidentifiedRecords };

  private deidentified(records: ItemRecords): DeidentifiedRecords {
    if (this.table?.records !== records) this.table = { records, table: deidentifyRecords(records) };
    return this.table.table;
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    if (!this.item) return html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'noItem')}</p>`;
    const item = data.items.find((i) => i.id === this.item);
    if (!item) return html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'notFound', this.item)}</p>`;
    if (!item.records) return html`<p class="zwgk-para">${this.msg(messages, 'noRecords')}</p>`;
    return this.renderRecords(item, item.records);
  }

  private renderPeriod(period: PublicityPeriod, windowDays: number) {
    if (period.phase === 'undated') return nothing;
    const date = (iso: string | undefined) => formatDate(iso, this.locale);
    const span = period.start && period.end ? this.msg(messages, 'periodText', date(period.start), date(period.end)) : this.msg(messages, 'from', date(period.start ?? period.end));
    const window = period.endComputed && period.start && period.end ? this.msg(messages, 'window', windowDays, period.workingDays) : '';
    const [mark, tone] =
      period.phase === 'running' ? [period.daysLeft === undefined ? this.msg(messages, 'runningOpen') : this.msg(messages, 'running', period.daysLeft), 'ok']
      : period.phase === 'upcoming' ? [this.msg(messages, 'upcoming'), 'info']
      : [this.msg(messages, 'ended'), 'quiet'];
    return html`<p class="zwgk-period" part="period"><span class="zwgk-period-label">${this.msg(messages, 'period')}：</span>${span}${window}<span class="zwgk-badge zwgk-${tone}" part="badge">${mark}</span></p>`;
  }

  /** Where to object during the 公示期: one line per way, so that none wraps around another. */
  private renderObjections(records: ItemRecords) {
    const c = records.contact;
    if (!c || !(c.phone || c.address || c.email || c.url)) return nothing;
    const ways = [
      c.phone ? html`${this.msg(messages, 'phone')} <a href="tel:${c.phone.replace(/[^\d+]/g, '')}">${c.phone}</a>` : undefined,
      c.address ? html`${this.msg(messages, 'address')} ${c.address}` : undefined,
      c.email ? html`${this.msg(messages, 'email')} <a href="mailto:${c.email}">${c.email}</a>` : undefined,
      c.url ? html`<a href=${c.url}>${this.msg(messages, 'online')}</a>` : undefined,
    ].filter(Boolean);
    return html`<dl class="zwgk-fields" part="objections">
      <dt>${this.msg(messages, 'objections')}</dt>
      <dd><ul class="zwgk-plain">${ways.map((way) => html`<li>${way}</li>`)}</ul></dd>
    </dl>`;
  }

  private renderRecords(item: CatalogueItem, records: ItemRecords) {
    const table = this.deidentified(records);
    const view = viewRecords(table, { query: this.query, page: this.page, pageSize: this.print.printing ? 0 : this.pageSize });
    const period = publicityPeriod(item, clockOf(this.now));
    const title = records.title ?? item.name;
    const numbered = !view.columns.some((c) => /^(序号|编号|No\.?)$/i.test(c.label.trim()));
    const personal = view.columns.some((c) => !c.public && c.kind);
    const first = (view.page - 1) * (this.print.printing ? 0 : this.pageSize) + 1;
    const status = view.total === 0 ? this.msg(messages, 'count', 0)
      : view.matched === 0 ? this.msg(messages, 'none', view.total)
      : `${this.query.trim() ? this.msg(messages, 'found', view.matched, view.total) : this.msg(messages, 'count', view.total)}${view.pageCount > 1 ? this.msg(messages, 'rows', first, first + view.rows.length - 1) : ''}`;
    const captionId = this.uid('caption');
    return html`
      ${heading(this.headingLevel, title, 'zwgk-title')}
      ${this.renderPeriod(period, item.timeLimit.windowDays ?? 0)}
      ${records.note ? html`<p class="zwgk-para">${records.note}</p>` : nothing}
      ${this.renderObjections(records)}
      ${personal ? html`<p class="zwgk-para zwgk-meta">${this.msg(messages, 'privacy')}</p>` : nothing}
      <div class="zwgk-controls" part="controls">
        <label class="zwgk-control zwgk-wide" for=${this.uid('q')}>${this.msg(messages, 'search')}
          <input class="zwgk-input" type="search" id=${this.uid('q')} .value=${this.query} autocomplete="off" aria-describedby=${this.uid('q-hint')}
            @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.page = 1; }} />
          <span class="zwgk-hint" id=${this.uid('q-hint')}>${this.msg(messages, 'searchHint')}</span>
        </label>
        <button type="button" class="zwgk-button" data-print @click=${() => window.print()}>${this.msg(messages, 'print')}</button>
      </div>
      <p class="zwgk-count" part="summary" role="status">${status}</p>
      ${view.rows.length ? html`<div class="zwgk-table-wrap" role="region" tabindex="0" aria-labelledby=${captionId}>
        <table class="zwgk-table" part="table">
          <caption id=${captionId}>${title}</caption>
          <thead><tr>
            ${numbered ? html`<th scope="col">${this.msg(messages, 'number')}</th>` : nothing}
            ${view.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          </tr></thead>
          <tbody>${view.rows.map((row, r) => html`<tr>
            ${numbered ? html`<td class="zwgk-number"><span class="zwgk-cell-label">${this.msg(messages, 'number')}</span>${view.rowNumbers[r]}</td>` : nothing}
            ${row.map((cell, c) => html`<td><span class="zwgk-cell-label">${view.columns[c]!.label}</span>${cell}</td>`)}
          </tr>`)}</tbody>
        </table>
      </div>` : nothing}
      ${renderPager(view.page, view.pageCount, this.locale, (page) => void this.goToPage(page), title)}
    `;
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.zwgk-table-wrap')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-records': ZwgkRecords;
  }
}
