import { css, html, nothing, type CSSResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { scope } from '../../core/light-dom.js';
import { uiStyles } from '../../core/ui-styles.js';
import { defineMessages } from '../../core/i18n.js';
import { FragmentController } from '../../core/hash-link.js';
import type { Catalogue } from '../../catalogue/schema.js';
import { filterResponses, NO_POLICY, policiesWithResponses } from './filter.js';
import { renderResponse, responseStyles } from './response-view.js';

const messages = defineMessages({
  'zh-CN': {
    listLabel: '回应关切',
    policy: '相关政策',
    any: '全部',
    noPolicy: '其他关切（不涉及政策文件）',
    count: (n: number) => `共 ${n} 条回应`,
    none: '暂无回应',
    more: '查看更多回应',
    unknownPolicy: (id: string) => `找不到编号为“${id}”的政策文件。`,
  },
  en: {
    listLabel: 'Responses to public concerns',
    policy: 'Related policy',
    any: 'All',
    noPolicy: 'Other concerns (no policy document)',
    count: (n: number) => `${n} responses`,
    none: 'No responses yet',
    more: 'More responses',
    unknownPolicy: (id: string) => `No policy document with id "${id}".`,
  },
});

/**
 * @tagname zwgk-responses
 * @summary 回应关切: the government's responses to public concerns, each with its topic, respondent, date, how many days after the concern it came, the related policy or project, and the answer.
 *
 * Newest first. Readers narrow the list to one policy (or to the concerns about no policy, such as
 * a construction project); `policy="<id>"` pins it for a policy's own page, `limit="5"` with
 * `more-url` makes a home-page box. A related policy links to `<policy-list-url>#zwgk-policy=<id>`
 * when a policy list page is given, else to its original text. Each response has a stable anchor
 * (`#zwgk-responses-response-<id>` for the first list on a page, or `#<host id>-response-<id>`).
 *
 * @slot - Fallback content (e.g. a link to the CMS's 回应关切 column) shown until the catalogue is ready.
 *
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart filters - The policy filter.
 * @csspart summary - The number of responses shown (a live region).
 * @csspart response - One response.
 * @csspart more - The link to more responses (with `limit` and `more-url`).
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Links and focus.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkResponses extends ZwgkCatalogueConsumer {
  static override idBase = 'responses';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      uiStyles(tag),
      responseStyles(tag),
      css`
        ${body} .zwgk-more { display: block; margin: 0; }
      `,
    ];
  }

  /** Only the responses about this policy (its id); readers then get no policy filter. */
  @property() policy?: string;
  /** Show only the newest N responses (a home-page box); 0 shows all. */
  @property({ type: Number }) limit = 0;
  /** Where "查看更多回应" leads when `limit` hides some (the full 回应关切 page). */
  @property({ attribute: 'more-url' }) moreUrl?: string;
  /** Page of the policy list: related policies link to `<policy-list-url>#zwgk-policy=<id>`. Without it they link to their original text. */
  @property({ attribute: 'policy-list-url' }) policyListUrl?: string;
  /** Level of each response's heading (3 by default: under the page's own 回应关切 heading). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private chosen = '';
  protected readonly fragment = new FragmentController(this, () => !!this.data);

  private policyHref(data: Catalogue, id: string): string | undefined {
    if (this.policyListUrl !== undefined) return `${this.policyListUrl}#zwgk-policy=${encodeURIComponent(id)}`;
    return data.policies?.find((p) => p.id === id)?.url;
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const pinned = this.policy;
    if (pinned && !data.policies?.some((p) => p.id === pinned)) {
      return html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'unknownPolicy', pinned)}</p>`;
    }
    const all = filterResponses(data, { policy: pinned ?? this.chosen });
    const shown = this.limit > 0 ? all.slice(0, this.limit) : all;
    const policies = policiesWithResponses(data);
    const hasOther = (data.responses ?? []).some((r) => !r.policyId || !data.policies?.some((p) => p.id === r.policyId));
    return html`
      ${pinned || this.limit > 0 || policies.length === 0 ? nothing : html`<div class="zwgk-controls" part="filters">
        <label class="zwgk-control" for=${this.uid('policy')}>${this.msg(messages, 'policy')}
          <select class="zwgk-input" id=${this.uid('policy')} @change=${(e: Event) => (this.chosen = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.chosen}>${this.msg(messages, 'any')}</option>
            ${policies.map((p) => html`<option value=${p.id} ?selected=${p.id === this.chosen}>${p.title}</option>`)}
            ${hasOther ? html`<option value=${NO_POLICY} ?selected=${this.chosen === NO_POLICY}>${this.msg(messages, 'noPolicy')}</option>` : nothing}
          </select>
        </label>
      </div>`}
      <p class="zwgk-count ${this.limit > 0 ? 'zwgk-visually-hidden' : ''}" part="summary" role="status">${all.length ? this.msg(messages, 'count', all.length) : this.msg(messages, 'none')}</p>
      ${shown.length
        ? html`<ul class="zwgk-plain" aria-label=${this.msg(messages, 'listLabel')}>${shown.map((r) => html`<li>${renderResponse(data, r, {
          locale: this.locale, headingLevel: this.headingLevel, uid: (local) => this.uid(local), withoutPolicy: !!pinned,
          policyHref: (id) => this.policyHref(data, id),
        })}</li>`)}</ul>`
        : nothing}
      ${this.moreUrl && shown.length < all.length ? html`<p class="zwgk-more" part="more"><a href=${this.moreUrl}>${this.msg(messages, 'more')}</a></p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-responses': ZwgkResponses;
  }
}
