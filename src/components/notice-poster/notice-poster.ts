import { css, html, nothing, unsafeCSS, type CSSResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { scope } from '../../core/light-dom.js';
import { uiStyles } from '../../core/ui-styles.js';
import { heading } from '../../core/heading.js';
import { formatDate } from '../../core/format.js';
import { clockOf } from '../../core/clock.js';
import { readHashParam, setHash, withHashParam } from '../../core/hash-link.js';
import { WindowEvents } from '../../core/window-events.js';
import { defineMessages } from '../../core/i18n.js';
import { qrSvgPath } from '../../core/qr.js';
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { posterContent, type PosterContact, type PosterContent } from './poster-content.js';

const messages = defineMessages({
  'zh-CN': {
    kicker: (place: string) => `${place}政务公开 · 公示栏`,
    print: '打印海报（A4）',
    printHint: '打印时选择 A4 纸、纵向，不缩放。',
    content: '公开内容',
    standard: '公开标准',
    timeLimit: '公开时限',
    period: '公示期',
    periodText: (start: string, end: string) => `${start}至${end}`,
    bodies: '公开主体',
    mode: '公开方式',
    audience: '公开对象',
    basis: '公开依据',
    channels: '公开渠道',
    push: '精准推送',
    service: '我要办',
    serviceText: (name: string, platform: string) => `${name}（${platform}）`,
    contact: '咨询电话',
    supervision: '监督举报',
    qr: '手机扫码查看本事项详情',
    updated: (date: string) => `更新日期：${date}`,
    notFound: (id: string) => `找不到编号为“${id}”的公开事项。`,
    noItem: '请选择要生成公示栏海报的公开事项（网址中的 #zwgk-item=编号 或 item 属性也可以指定）。',
    choose: '公开事项',
    show: '生成海报',
    withdrawn: '本事项已撤销，不应再张贴。',
    expired: '本事项已过期，不应再张贴。',
    required: '（必选）',
  },
  en: {
    kicker: (place: string) => `${place} government disclosure · notice board`,
    print: 'Print the poster (A4)',
    printHint: 'Print on A4, portrait, without scaling.',
    content: 'Content',
    standard: 'Standard',
    timeLimit: 'Time limit',
    period: 'On display',
    periodText: (start: string, end: string) => `${start} – ${end}`,
    bodies: 'Disclosed by',
    mode: 'Mode',
    audience: 'Audience',
    basis: 'Legal basis',
    channels: 'Channels',
    push: 'Targeted push',
    service: 'Apply online',
    serviceText: (name: string, platform: string) => `${name} (${platform})`,
    contact: 'Enquiries',
    supervision: 'Complaints',
    qr: 'Scan for this item’s page',
    updated: (date: string) => `Updated ${date}`,
    notFound: (id: string) => `No catalogue item with id "${id}".`,
    noItem: 'Choose the catalogue item to make a notice-board poster of (#zwgk-item=<id> in the address, or the item attribute, names one too).',
    choose: 'Catalogue item',
    show: 'Make the poster',
    withdrawn: 'This item has been withdrawn and should not be posted.',
    expired: 'This item has expired and should not be posted.',
    required: ' (required)',
  },
});

const MODE_EN: Readonly<Record<string, string>> = { 主动: 'Proactive', 依申请: 'On request' };
const AUDIENCE_EN: Readonly<Record<string, string>> = { 全社会: 'The public', 特定群体: 'Specific groups' };

/** Attributes put on the page's own nodes while a poster prints (see `markForPrint`). */
const PRINTING = 'data-zwgk-poster-printing';
const PATH = 'data-zwgk-print-path';
const TARGET = 'data-zwgk-print-target';

/**
 * While a poster prints, everything on the page outside the posters' own ancestors is set aside,
 * and those ancestors lose the page's columns, floats and fixed widths, so that the poster has the
 * A4 sheet to itself. These rules are not scoped to the element like all others: they match only
 * attributes the element puts on the page for the print-out (see `markForPrint`), and use
 * `!important` because the page's own rules must not win there.
 */
function printAloneStyles(): CSSResult {
  const [printing, path, target] = [PRINTING, PATH, TARGET].map(unsafeCSS);
  return css`
    @page { size: A4 portrait; margin: 12mm; }
    @media print {
      html[${printing}] [${path}] > :not([${path}]):not([${target}]) { display: none !important; }
      html[${printing}] [${path}] { display: block !important; float: none !important; position: static !important; width: auto !important; min-width: 0 !important; max-width: none !important; height: auto !important; min-height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; background: none !important; box-shadow: none !important; overflow: visible !important; transform: none !important; }
      html[${printing}] [${target}] { display: block !important; margin: 0 !important; }
      html[${printing}] [${target}='next'] { break-before: page; }
    }
  `;
}

/**
 * @tagname zwgk-notice-poster
 * @summary A printable A4 notice-board poster (公示栏) of one catalogue item: its name, content, time limit, disclosing body, channels and a QR code to the item's page.
 *
 * For villagers who read the 公示栏 rather than the website: `item="<id>"` (or, without it, the
 * `#zwgk-item=<id>` in the address, the catalogue tree's own deep link) names the item. The QR code
 * is made in the browser (no external service) as an SVG path, drawn black on white whatever a
 * toolbar's high-contrast colours do, and opens `<catalogue-url>#zwgk-item=<id>` (absolute; this
 * page when `catalogue-url` is not given).
 *
 * Printing (the button, `print()`, or the browser's own print) lays the poster out on A4 portrait
 * by itself: for the print-out, the page's header, navigation and other content are set aside by
 * attributes put on the page while printing and removed after. Several posters on one page print
 * one per sheet. A withdrawn or expired item shows a notice instead of a poster. Opened without an
 * item (or with an id the catalogue lacks), the page offers the catalogue's current items to choose
 * from, in the space kept while loading, so that nothing below it moves.
 *
 * The catalogue tree can offer this as an action by linking to a poster page:
 * `poster.html#zwgk-item=<id>`.
 *
 * @slot - Fallback content shown until the catalogue is ready.
 *
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart actions - The print button and hint (not printed).
 * @csspart sheet - The poster itself (an A4 page in print).
 * @csspart qr - The QR code with its caption and address.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - The poster's heading rule, buttons and focus.
 * @cssproperty --zwgk-font-size - Base text size on screen (16px; 20px in elder mode). Print uses points.
 */
export class ZwgkNoticePoster extends ZwgkCatalogueConsumer {
  static override idBase = 'poster';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      uiStyles(tag),
      css`
        ${body} .zwgk-actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_zwgk-space-m); margin: 0 0 var(--_zwgk-space-m); }
        ${body} .zwgk-sheet { display: block; max-width: 52em; padding: var(--_zwgk-space-xl); border: 1px solid var(--_zwgk-color-border); background: var(--_zwgk-color-bg); }
        ${body} .zwgk-kicker { display: block; margin: 0 0 var(--_zwgk-space-xs); font-weight: 700; color: var(--_zwgk-color-primary); }
        ${body} .zwgk-poster-title { display: block; margin: 0 0 var(--_zwgk-space-m); padding-bottom: var(--_zwgk-space-s); font-size: 1.5em; font-weight: 700; line-height: 1.5; border-bottom: 3px solid var(--_zwgk-color-primary); }
        ${body} .zwgk-poster-body { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-l); align-items: flex-start; }
        ${body} .zwgk-poster-body > .zwgk-fields { flex: 1 1 24em; margin: 0; }
        ${body} .zwgk-fields > dd > ul { display: block; margin: 0; padding-inline-start: 1.25em; }
        ${body} .zwgk-qr-block { display: block; flex: 0 0 11em; margin: 0; text-align: center; }
        ${body} .zwgk-qr { display: block; width: 11em; height: 11em; margin: 0 auto var(--_zwgk-space-xs); }
        ${body} .zwgk-qr-light { fill: #ffffff; }
        ${body} .zwgk-qr-dark { fill: #000000; }
        ${body} .zwgk-qr-url { display: block; font-size: var(--_zwgk-font-size-small); word-break: break-all; }
        ${body} .zwgk-choose { display: block; min-height: var(--zwgk-reserved-height, 40em); }
        ${body} .zwgk-sheet-foot { display: block; margin: var(--_zwgk-space-l) 0 0; padding-top: var(--_zwgk-space-s); border-top: 1px solid var(--_zwgk-color-border); color: var(--_zwgk-color-text-muted); }
        @media print {
          ${body} .zwgk-actions { display: none !important; }
          ${body} .zwgk-sheet { max-width: none; padding: 0; border: 0; font-size: 13pt; line-height: 1.5; }
          ${body} .zwgk-poster-title { font-size: 24pt; }
          ${body} .zwgk-qr-block { flex-basis: 45mm; }
          ${body} .zwgk-qr { width: 45mm; height: 45mm; }
        }
      `,
      // While a poster prints, everything on the page outside the posters' own ancestors is set
      // aside, and those ancestors lose the page's columns, floats and fixed widths, so that the
      // poster has the A4 sheet to itself. These rules match only attributes the element sets for
      // the print-out (see markForPrint); !important because the page's own rules must not win.
      printAloneStyles(),
    ];
  }

  /** Id of the item to put on the poster; without it, the `#<hash-prefix>item=<id>` of the page's address. */
  @property() item?: string;
  /** Page of the catalogue tree the QR code opens (`<catalogue-url>#zwgk-item=<id>`); this page when empty. */
  @property({ attribute: 'catalogue-url' }) catalogueUrl = '';
  /** Prefix of the hash parameter read without `item` (the catalogue tree's: `zwgk-`). */
  @property({ attribute: 'hash-prefix' }) hashPrefix = 'zwgk-';
  /** Level of the poster's title (1 by default: a poster page is about this one item). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;
  /** The date-time the 公示期 is judged at (ISO); now by default. */
  @property() now?: string;

  @state() private fromHash?: string;
  private readonly readHash = () => (this.fromHash = readHashParam(location.hash, `${this.hashPrefix}item`));
  protected readonly windowEvents = new WindowEvents(this, {
    hashchange: this.readHash,
    beforeprint: () => this.markForPrint(),
    afterprint: () => this.unmarkForPrint(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unmarkForPrint();
  }

  /** Prints the poster on its own (the rest of the page is left out of the print-out). */
  print(): void {
    window.print();
  }

  private get itemId(): string | undefined {
    return this.item || this.fromHash;
  }

  private get printable(): boolean {
    return !!this.querySelector('.zwgk-sheet');
  }

  /** Marks the poster and the chain of its ancestors, so that the print rules keep only them. */
  private markForPrint(): void {
    if (!this.printable) return;
    const root = this.ownerDocument.documentElement;
    const first = !this.ownerDocument.querySelector(`[${TARGET}]`);
    root.setAttribute(PRINTING, '');
    this.setAttribute(TARGET, first ? 'first' : 'next');
    for (let node = this.parentElement; node; node = node.parentElement) node.setAttribute(PATH, '');
  }

  private unmarkForPrint(): void {
    if (!this.hasAttribute(TARGET)) return;
    this.removeAttribute(TARGET);
    for (let node = this.parentElement; node; node = node.parentElement) {
      // Another poster on the page may share the path; it is cleared when the last one unmarks.
      if (!node.querySelector(`[${TARGET}]`)) node.removeAttribute(PATH);
    }
    if (!this.ownerDocument.querySelector(`[${TARGET}]`)) this.ownerDocument.documentElement.removeAttribute(PRINTING);
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const id = this.itemId;
    if (!id) return this.renderChooser(data, this.msg(messages, 'noItem'));
    const item = data.items.find((i) => i.id === id);
    if (!item) return this.item ? html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'notFound', id)}</p>` : this.renderChooser(data, this.msg(messages, 'notFound', id));
    if (item.status !== 'active') return html`<p class="zwgk-alert" role="alert">${this.msg(messages, item.status === 'withdrawn' ? 'withdrawn' : 'expired')}</p>`;
    return this.renderPoster(data, item);
  }

  /** The catalogue's current items by domain, to make a poster of one (it goes in the address, so Back returns here). */
  private renderChooser(data: Catalogue, notice: string) {
    const choose = (event: SubmitEvent) => {
      event.preventDefault();
      const chosen = (event.target as HTMLFormElement).querySelector('select')!.value;
      setHash(withHashParam(location.hash, `${this.hashPrefix}item`, chosen), 'push');
      this.fromHash = chosen;
      this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-print]')?.focus());
    };
    const active = data.items.filter((item) => item.status === 'active');
    return html`<div class="zwgk-choose">
      <p class="zwgk-notice" role="alert">${notice}</p>
      <form class="zwgk-controls" @submit=${choose}>
        <label class="zwgk-control zwgk-wide">${this.msg(messages, 'choose')}
          <select class="zwgk-input" required>
            ${data.domains.map((domain) => {
              const items = active.filter((item) => item.domainId === domain.id);
              return items.length ? html`<optgroup label=${domain.name}>${items.map((item) => html`<option value=${item.id}>${item.matter} › ${item.name}</option>`)}</optgroup>` : nothing;
            })}
          </select>
        </label>
        <button type="submit" class="zwgk-button zwgk-primary">${this.msg(messages, 'show')}</button>
      </form>
    </div>`;
  }

  private renderContact(contact: PosterContact) {
    const parts = [
      contact.phone ? html`<a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : undefined,
      contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : undefined,
      contact.address,
      contact.url ? html`<a href=${contact.url}>${contact.url}</a>` : undefined,
    ].filter(Boolean);
    return html`${parts.map((p, i) => html`${i ? '；' : ''}${p}`)}`;
  }

  private renderPoster(data: Catalogue, item: CatalogueItem) {
    const poster: PosterContent = posterContent(data, item, { pageUrl: this.catalogueUrl || undefined, base: document.baseURI, now: clockOf(this.now) });
    const date = (iso: string | undefined) => formatDate(iso, this.locale);
    const en = this.locale === 'en';
    const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    const list = (values: readonly unknown[]) => (values.length ? html`<ul>${values.map((v) => html`<li>${v}</li>`)}</ul>` : '');
    const publicity = poster.publicity?.start && poster.publicity.end ? this.msg(messages, 'periodText', date(poster.publicity.start), date(poster.publicity.end)) : '';
    const qr = poster.qrUrl ? qrSvgPath(poster.qrUrl) : undefined;
    const captionId = this.uid('qr-caption');
    const [quiet, side] = qr ? [Number(qr.viewBox.split(' ')[2]) / 2 - qr.size / 2, Number(qr.viewBox.split(' ')[2])] : [0, 0];
    const audience = `${en ? (AUDIENCE_EN[poster.audience] ?? poster.audience) : poster.audience}${poster.audienceNote ? `（${poster.audienceNote}）` : ''}`;
    return html`
      <div class="zwgk-actions" part="actions">
        <button type="button" class="zwgk-button zwgk-primary" data-print @click=${() => this.print()}>${this.msg(messages, 'print')}</button>
        <span class="zwgk-hint">${this.msg(messages, 'printHint')}</span>
      </div>
      <article class="zwgk-sheet" part="sheet" aria-labelledby=${this.uid('title')}>
        <p class="zwgk-kicker">${this.msg(messages, 'kicker', poster.jurisdiction)}</p>
        <p class="zwgk-para zwgk-meta">${poster.domain} › ${poster.matter}</p>
        ${heading(this.headingLevel, poster.title, 'zwgk-poster-title', this.uid('title'))}
        <div class="zwgk-poster-body">
          <dl class="zwgk-fields">
            ${row(this.msg(messages, 'content'), poster.content)}
            ${row(this.msg(messages, 'standard'), list(poster.standard))}
            ${row(this.msg(messages, 'timeLimit'), poster.timeLimit)}
            ${row(this.msg(messages, 'period'), publicity)}
            ${row(this.msg(messages, 'bodies'), poster.disclosingBodies.join('、'))}
            ${row(this.msg(messages, 'mode'), en ? (MODE_EN[poster.mode] ?? poster.mode) : poster.mode)}
            ${row(this.msg(messages, 'audience'), audience)}
            ${row(this.msg(messages, 'basis'), list(poster.basis))}
            ${row(this.msg(messages, 'channels'), list(poster.channels.map((c) => `${c.label}${c.required ? this.msg(messages, 'required') : ''}`)))}
            ${row(this.msg(messages, 'push'), poster.pushChannels.join('、'))}
            ${row(this.msg(messages, 'service'), poster.service
              ? html`${poster.service.url ? html`<a href=${poster.service.url}>${this.msg(messages, 'serviceText', poster.service.name ?? poster.title, poster.service.platform)}</a>` : this.msg(messages, 'serviceText', poster.service.name ?? poster.title, poster.service.platform)}`
              : '')}
            ${row(this.msg(messages, 'contact'), poster.contact ? this.renderContact(poster.contact) : '')}
            ${row(this.msg(messages, 'supervision'), poster.supervision ? this.renderContact(poster.supervision) : '')}
          </dl>
          ${qr && poster.qrUrl ? html`<figure class="zwgk-qr-block" part="qr">
            <svg class="zwgk-qr" viewBox=${qr.viewBox} role="img" aria-labelledby=${captionId} shape-rendering="crispEdges">
              <rect class="zwgk-qr-light" x=${-quiet} y=${-quiet} width=${side} height=${side}></rect>
              <path class="zwgk-qr-dark" d=${qr.d}></path>
            </svg>
            <figcaption id=${captionId}>${this.msg(messages, 'qr')}<span class="zwgk-qr-url">${poster.qrUrl}</span></figcaption>
          </figure>` : nothing}
        </div>
        <p class="zwgk-sheet-foot">${poster.disclosingBodies.join('、')} · ${this.msg(messages, 'updated', date(poster.updatedAt))}</p>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-notice-poster': ZwgkNoticePoster;
  }
}
