import { css, html, nothing, type CSSResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { scope } from '../../core/light-dom.js';
import { uiStyles } from '../../core/ui-styles.js';
import { heading } from '../../core/heading.js';
import { citation, formatDate } from '../../core/format.js';
import { clockOf } from '../../core/clock.js';
import { FragmentController } from '../../core/hash-link.js';
import { defineMessages } from '../../core/i18n.js';
import { RISK_CATEGORIES } from '../../catalogue/code-values.js';
import type { BasisRef, Catalogue, NegativeListEntry } from '../../catalogue/schema.js';
import { negativeListReview, type NegativeListReview } from '../../catalogue/negative-list.js';

const RISK_EN: Readonly<Record<(typeof RISK_CATEGORIES)[number], string>> = {
  国家安全: 'National security', 公共安全: 'Public security', 经济安全: 'Economic security', 社会稳定: 'Social stability', 其他: 'Other',
};

const messages = defineMessages({
  'zh-CN': {
    intro: '以下信息依法不予公开。本机关每年度对不予公开的信息进行评估，因情势变化可以公开的，将及时公开。',
    listLabel: '负面清单',
    category: '风险类别',
    any: '全部',
    count: (n: number) => `共 ${n} 项`,
    overdueCount: (n: number) => `其中 ${n} 项已超过年度评估日期，尚未评估`,
    none: '暂无不予公开的事项',
    agency: '责任单位',
    basis: '不予公开的依据',
    scope: '不予公开的范围',
    lastReview: '最近评估',
    nextReview: '下次评估',
    overdue: '已逾期，待评估',
    updated: '更新日期',
  },
  en: {
    intro: 'The information below is not disclosed, on the legal grounds given. It is reviewed every year, and disclosed once circumstances allow.',
    listLabel: 'Negative list',
    category: 'Risk category',
    any: 'All',
    count: (n: number) => `${n} entries`,
    overdueCount: (n: number) => `${n} overdue for the yearly review`,
    none: 'No entries',
    agency: 'Responsible body',
    basis: 'Legal ground',
    scope: 'What is withheld',
    lastReview: 'Last reviewed',
    nextReview: 'Next review',
    overdue: 'Review overdue',
    updated: 'Updated',
  },
});

/**
 * @tagname zwgk-negative-list
 * @summary 负面清单: the information a government does not disclose, each entry with its legal ground (law and article), what exactly is withheld, and its yearly review (last, next, overdue).
 *
 * 《条例》 requires every entry to rest on a legal ground and to be reviewed every year ("每年度对不予
 * 公开的政府信息进行评估"): an entry whose next review date has passed is marked 已逾期, and the count of
 * such entries is stated above the list. Readers can narrow the list by risk category.
 *
 * Each entry has a stable anchor for links from the catalogue tree or elsewhere:
 * `#zwgk-negative-<entry id>` for the first list on a page (`#<host id>-<entry id>` when the element
 * has an `id`); following such a link scrolls to the entry once the catalogue has arrived.
 *
 * @slot - Fallback content (e.g. a link to the published 负面清单 document) shown until the catalogue is ready.
 *
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart filters - The risk-category filter.
 * @csspart summary - The count of entries and of overdue reviews (a live region).
 * @csspart entry - One entry.
 * @csspart badge - The risk category, or the 已逾期 mark.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Links and focus.
 * @cssproperty --zwgk-color-warning - Overdue reviews.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkNegativeList extends ZwgkCatalogueConsumer {
  static override idBase = 'negative';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      uiStyles(tag),
      css`
        ${body} .zwgk-entry { margin-bottom: var(--_zwgk-space-m); }
        ${body} .zwgk-entry.zwgk-overdue { border-inline-start: 6px solid var(--_zwgk-color-warning); }
        ${body} .zwgk-entry .zwgk-title { font-size: 1.125em; }
        ${body} .zwgk-entry:target, ${body} .zwgk-entry:focus { outline: 3px solid var(--_zwgk-color-focus) !important; outline-offset: 2px !important; }
        ${body} .zwgk-basis { display: block; margin: 0; padding-inline-start: 1.25em; }
      `,
    ];
  }

  /** Level of each entry's heading (3 by default: under the page's own 负面清单 heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The date-time the reviews are judged at (ISO); now by default. */
  @property() now?: string;
  /** Leave out the introductory sentence (when the page has its own). */
  @property({ type: Boolean, attribute: 'no-intro' }) noIntro = false;

  @state() private category = '';
  protected readonly fragment = new FragmentController(this, () => !!this.data);

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const now = clockOf(this.now);
    const entries = (data.negativeList ?? []).map((entry) => ({ entry, review: negativeListReview(entry, now) }));
    const categories = RISK_CATEGORIES.filter((c) => entries.some((e) => e.entry.riskCategory === c));
    const shown = entries.filter((e) => !this.category || e.entry.riskCategory === this.category);
    const overdue = shown.filter((e) => e.review.overdue).length;
    return html`
      ${this.noIntro ? nothing : html`<p class="zwgk-para">${this.msg(messages, 'intro')}</p>`}
      ${categories.length > 1 ? html`<div class="zwgk-controls" part="filters">
        <label class="zwgk-control" for=${this.uid('category')}>${this.msg(messages, 'category')}
          <select class="zwgk-input" id=${this.uid('category')} @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.category}>${this.msg(messages, 'any')}</option>
            ${categories.map((c) => html`<option value=${c} ?selected=${c === this.category}>${this.riskLabel(c)}</option>`)}
          </select>
        </label>
      </div>` : nothing}
      <p class="zwgk-count" part="summary" role="status">${shown.length
        ? html`${this.msg(messages, 'count', shown.length)}${overdue ? html`<span class="zwgk-meta">；${this.msg(messages, 'overdueCount', overdue)}</span>` : nothing}`
        : this.msg(messages, 'none')}</p>
      ${shown.length ? html`<ul class="zwgk-plain" aria-label=${this.msg(messages, 'listLabel')}>
        ${shown.map(({ entry, review }) => html`<li>${this.renderEntry(data, entry, review)}</li>`)}
      </ul>` : nothing}
    `;
  }

  private riskLabel(category: string): string {
    return this.locale === 'en' ? (RISK_EN[category as keyof typeof RISK_EN] ?? category) : category;
  }

  private renderBasis(basis: BasisRef) {
    return html`<li>${basis.url ? html`<a href=${basis.url}>${citation(basis)}</a>` : citation(basis)}</li>`;
  }

  private renderEntry(data: Catalogue, entry: NegativeListEntry, review: NegativeListReview) {
    const date = (iso: string) => formatDate(iso, this.locale);
    const agency = data.agencies.find((a) => a.id === entry.agencyId)?.name ?? entry.agencyId;
    const titleId = this.uid(`${entry.id}-title`);
    return html`<article class="zwgk-card zwgk-entry ${review.overdue ? 'zwgk-overdue' : ''}" part="entry" id=${this.uid(entry.id)} aria-labelledby=${titleId}>
      ${heading(this.headingLevel, html`${entry.matter}<span class="zwgk-badge zwgk-quiet" part="badge">${this.riskLabel(entry.riskCategory)}</span>`, 'zwgk-title', titleId)}
      <dl class="zwgk-fields">
        <dt>${this.msg(messages, 'basis')}</dt><dd><ul class="zwgk-basis">${entry.basis.map((b) => this.renderBasis(b))}</ul></dd>
        ${entry.description ? html`<dt>${this.msg(messages, 'scope')}</dt><dd>${entry.description}</dd>` : nothing}
        <dt>${this.msg(messages, 'agency')}</dt><dd>${agency}</dd>
        <dt>${this.msg(messages, 'lastReview')}</dt><dd>${date(review.lastReview)}</dd>
        <dt>${this.msg(messages, 'nextReview')}</dt><dd>${date(review.nextReview)}${review.overdue ? html`<span class="zwgk-badge zwgk-notice" part="badge">${this.msg(messages, 'overdue')}</span>` : nothing}</dd>
        ${entry.updatedAt !== review.lastReview ? html`<dt>${this.msg(messages, 'updated')}</dt><dd>${date(entry.updatedAt)}</dd>` : nothing}
      </dl>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-negative-list': ZwgkNegativeList;
  }
}
