import { css, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { scope } from '../../core/light-dom.js';
import { uiStyles } from '../../core/ui-styles.js';
import { heading } from '../../core/heading.js';
import { formatDate } from '../../core/format.js';
import { clockOf } from '../../core/clock.js';
import { pageOf, renderPager } from '../../core/pager.js';
import { PrintController } from '../../core/print-controller.js';
import { readHashParam, setHash, withHashParam } from '../../core/hash-link.js';
import { WindowEvents } from '../../core/window-events.js';
import type { Catalogue, Policy } from '../../catalogue/schema.js';
import { validityText, type ValidityState } from '../policy-card/validity.js';
import { filterPolicies, policyFacets, policyRows, type PolicyRow } from './filter.js';
import { messages } from './messages.js';

/**
 * @tagname zwgk-policy-list
 * @summary The policy library (政策文件库): every policy document, searchable by title and 文号, filtered by 有效性, year and issuer; each opens its policy card in place.
 *
 * 有效性 is computed from the dates as well as `status` (a 试行 document past its 有效期 is 已失效,
 * one not yet in force is 尚未施行, an amended one is 已修改), so the badge is right on the day the
 * page is read. Search folds brackets, widths and spaces: 示政办[2026]12号 finds 示政办〔2026〕12号.
 *
 * Each title is a real link, `#zwgk-policy=<id>` (the prefix follows `hash-prefix`). Opening one
 * shows the full `<zwgk-policy-card>` in place of the list (its code loads on first use), writes
 * the link into the address bar, and Back returns to the list with the reader's search, filters
 * and page as they were, focus on the document they opened. Any page can link straight to a
 * policy: `policies.html#zwgk-policy=po-dibao`. Links between documents (修改、废止) inside the
 * card open the other document the same way.
 *
 * @slot - Fallback content (e.g. a link to the CMS's policy column) shown until the catalogue is ready.
 *
 * @event zwgk-select - A policy is about to open (by a click, a link or Back/Forward). `detail`: `{ kind: 'policy', policy }`. Cancelable: cancel it to show the document yourself (e.g. go to the CMS page at `policy.url`); the list then stays. The card shown inside does not fire its own.
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings }`.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart filters - The search box and filters.
 * @csspart summary - The result count (a live region).
 * @csspart policy - One policy in the list.
 * @csspart badge - A 有效性 badge.
 * @csspart pager - Previous / next page.
 * @csspart detail - The opened policy: the back button and the policy card.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 *
 * @cssproperty --zwgk-color-primary - Links, buttons and focus.
 * @cssproperty --zwgk-color-danger - Badge of a repealed or expired document.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkPolicyList extends ZwgkCatalogueConsumer {
  static override idBase = 'policies';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      uiStyles(tag),
      css`
        ${body} .zwgk-policy-row { margin-bottom: var(--_zwgk-space-m); }
        ${body} .zwgk-policy-row .zwgk-title { font-size: 1.125em; margin-bottom: var(--_zwgk-space-xs); }
        /* Its own box, so that a title wrapped over two lines never wraps around the badge. */
        ${body} .zwgk-policy-link { display: inline-block; }
        ${body} .zwgk-ended-row .zwgk-policy-link { text-decoration: line-through !important; text-decoration-thickness: 2px; }
        ${body} .zwgk-back { margin: 0 0 var(--_zwgk-space-m); }
        @media print {
          ${body} .zwgk-policy-row { padding: var(--_zwgk-space-s) 0; border: 0; border-bottom: 1px solid var(--_zwgk-color-border); border-radius: 0; }
        }
      `,
    ];
  }

  /** Level of the policy titles (2 by default); the opened card uses it for its own title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Policies per page (20 by default); 0 shows all. Printing always prints the whole filtered list. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Page of the catalogue tree, passed to the policy card: catalogue items citing a document link to `<catalogue-url>#zwgk-item=<id>`. */
  @property({ attribute: 'catalogue-url' }) catalogueUrl = '';
  /** Calendar days the drafting department's interpretation may follow the policy and still count as 三同步, passed to the card (0 by default). */
  @property({ type: Number, attribute: 'sync-tolerance' }) syncTolerance = 0;
  /** Do not read or write the URL hash (the opened policy is then not in the address bar). */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;
  /** Prefix of the hash parameter (`<prefix>policy`), so that two lists on one page do not collide. */
  @property({ attribute: 'hash-prefix' }) hashPrefix = 'zwgk-';
  /** The date-time 有效性 is computed at (ISO); now by default. For previews and printed snapshots. */
  @property() now?: string;

  @state() private query = '';
  @state() private validity: ValidityState | '' = '';
  @state() private year = '';
  @state() private issuer = '';
  @state() private page = 1;
  /** The policy shown in place of the list. */
  @state() private opened?: string;
  /** A deep-linked id that is not in the catalogue. */
  @state() private missing?: string;
  @state() private cardDefined = typeof customElements !== 'undefined' && !!customElements.get('zwgk-policy-card');

  private readonly print = new PrintController(this);
  private rows?: { catalogue: Catalogue; now: string | undefined; rows: PolicyRow[] };
  /** Whether the open policy pushed a history entry of ours, so that 返回 can go Back. */
  private pushed = false;
  private hashRead = false;
  protected readonly addressBar = new WindowEvents(this, { hashchange: () => this.applyHash(false), popstate: () => this.applyHash(false) });

  constructor() {
    super();
    this.addEventListener('click', (event) => this.followPolicyLink(event));
    // The card shown inside announces itself too; the list has already fired zwgk-select for it.
    this.addEventListener('zwgk-select', (event) => {
      if (event.target !== this) event.stopPropagation();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.data && !this.hashRead) {
      this.hashRead = true;
      this.applyHash(true);
    }
  }

  private get hashKey(): string {
    return `${this.hashPrefix}policy`;
  }

  /** The link of a policy: the page's hash with this list's parameter set. */
  policyHref(id: string): string {
    return withHashParam(typeof location === 'undefined' ? '' : location.hash, this.hashKey, id) || '#';
  }

  private allRows(data: Catalogue): PolicyRow[] {
    if (this.rows?.catalogue !== data || this.rows.now !== this.now) this.rows = { catalogue: data, now: this.now, rows: policyRows(data, clockOf(this.now)) };
    return this.rows.rows;
  }

  private applyHash(initial: boolean): void {
    const data = this.data;
    if (this.noHash || !data) return;
    const id = readHashParam(location.hash, this.hashKey);
    if (id === this.opened) return;
    if (!id) {
      this.closed(!initial);
      return;
    }
    this.pushed = false;
    void this.open(id, undefined, !initial);
  }

  /**
   * Opens a policy in place, as if the reader had followed its link: `history` says whether the
   * address bar gets a new entry (`push`), is corrected in place (`replace`), or is left alone.
   */
  async open(id: string, history?: 'push' | 'replace', focus = true): Promise<void> {
    const policy = this.data?.policies?.find((p) => p.id === id);
    if (!policy) {
      this.missing = id;
      this.opened = undefined;
      return;
    }
    if (!this.emit('zwgk-select', { kind: 'policy', policy }, { cancelable: true })) return;
    this.missing = undefined;
    this.opened = id;
    if (history && !this.noHash) {
      setHash(withHashParam(location.hash, this.hashKey, id), history);
      this.pushed = history === 'push';
    }
    if (!this.cardDefined) {
      await import('../policy-card/define.js');
      await customElements.whenDefined('zwgk-policy-card');
      this.cardDefined = true;
    }
    await this.updateComplete;
    const card = this.querySelector<HTMLElement & { updateComplete: Promise<unknown>; uid(local: string): string }>('zwgk-policy-card');
    if (!card || !focus) return;
    await card.updateComplete;
    const title = card.querySelector<HTMLElement>(`#${CSS.escape(card.uid('doc-title'))}`);
    if (title) {
      title.tabIndex = -1;
      title.focus();
    }
  }

  /** 返回政策列表: Back when the open policy was our own history entry, else a new entry without it. */
  private back(): void {
    if (this.pushed && !this.noHash) {
      history.back();
      return;
    }
    if (!this.noHash) setHash(withHashParam(location.hash, this.hashKey, undefined), 'push');
    this.closed(true);
  }

  /** The list is back: focus returns to the document the reader had opened. */
  private async closed(focus: boolean): Promise<void> {
    const was = this.opened;
    this.opened = undefined;
    this.missing = undefined;
    this.pushed = false;
    if (!was || !focus) return;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`a[data-policy="${CSS.escape(was)}"]`)?.focus();
  }

  /** A link to another policy inside the opened card (修改、废止) opens it here, hash or not. */
  private followPolicyLink(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[data-zwgk-policy], a[data-policy]');
    const id = link?.getAttribute('data-zwgk-policy') ?? link?.getAttribute('data-policy');
    if (!link || !id || !this.contains(link)) return;
    event.preventDefault();
    void this.open(id, 'push');
  }

  private resetPage(): void {
    this.page = 1;
  }

  private async goToPage(page: number): Promise<void> {
    this.page = page;
    await this.updateComplete;
    this.querySelector<HTMLElement>('a[data-policy]')?.focus();
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const opened = this.opened ? data.policies?.find((p) => p.id === this.opened) : undefined;
    if (opened) return this.renderOpened(data, opened);
    return this.renderList(data);
  }

  private renderOpened(data: Catalogue, policy: Policy) {
    const own = this.catalogue !== undefined || !!this.src;
    return html`<div part="detail">
      <p class="zwgk-back"><button type="button" class="zwgk-button" data-back @click=${() => this.back()}>← ${this.msg(messages, 'back')}</button></p>
      ${this.cardDefined
        ? html`<zwgk-policy-card
            policy=${policy.id}
            heading-level=${this.headingLevel}
            sync-tolerance=${this.syncTolerance}
            catalogue-url=${this.catalogueUrl || nothing}
            now=${this.now ?? nothing}
            .catalogue=${own ? data : undefined}
            .policyHref=${(id: string) => this.policyHref(id)}
          ></zwgk-policy-card>`
        : html`<p class="zwgk-meta" role="status">${this.msg(messages, 'loadingCard')}</p>`}
    </div>`;
  }

  private renderList(data: Catalogue) {
    const all = this.allRows(data);
    const facets = policyFacets(all);
    const rows = filterPolicies(all, { text: this.query, validity: this.validity, year: this.year, issuer: this.issuer });
    const shown = pageOf(rows, this.page, this.print.printing ? 0 : this.pageSize);
    const filtered = !!(this.query || this.validity || this.year || this.issuer);
    const select = (label: string, value: string, options: readonly (readonly [string, string])[], set: (value: string) => void, id: string) => html`
      <label class="zwgk-control" for=${this.uid(id)}>${label}
        <select class="zwgk-input" id=${this.uid(id)} @change=${(e: Event) => { set((e.target as HTMLSelectElement).value); this.resetPage(); }}>
          <option value="" ?selected=${!value}>${this.msg(messages, 'any')}</option>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </label>`;
    return html`
      ${this.missing ? html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'notFound', this.missing)}</p>` : nothing}
      <div class="zwgk-controls" part="filters" role="search">
        <label class="zwgk-control zwgk-wide" for=${this.uid('q')}>${this.msg(messages, 'search')}
          <input class="zwgk-input" type="search" id=${this.uid('q')} .value=${this.query} aria-describedby=${this.uid('q-hint')} autocomplete="off"
            @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; this.resetPage(); }} />
          <span class="zwgk-hint" id=${this.uid('q-hint')}>${this.msg(messages, 'searchHint')}</span>
        </label>
        ${select(this.msg(messages, 'validity'), this.validity, facets.validity.map((v) => [v.state, this.locale === 'en' ? v.labelEn : v.label] as const), (v) => (this.validity = v as ValidityState | ''), 'validity')}
        ${select(this.msg(messages, 'year'), this.year, facets.years.map((y) => [String(y), this.msg(messages, 'yearOption', y)] as const), (v) => (this.year = v), 'year')}
        ${select(this.msg(messages, 'issuer'), this.issuer, facets.issuers.map((i) => [i.id, i.name] as const), (v) => (this.issuer = v), 'issuer')}
        ${filtered ? html`<button type="button" class="zwgk-button" data-clear @click=${() => this.clearFilters()}>${this.msg(messages, 'clear')}</button>` : nothing}
      </div>
      <p class="zwgk-count" part="summary" role="status">${all.length === 0 ? this.msg(messages, 'empty') : rows.length ? this.msg(messages, 'count', rows.length, all.length) : this.msg(messages, 'none')}</p>
      ${shown.items.length
        ? html`<ul class="zwgk-plain" aria-label=${this.msg(messages, 'listLabel')}>${shown.items.map((row) => this.renderRow(row))}</ul>`
        : nothing}
      ${renderPager(shown.page, shown.pageCount, this.locale, (page) => void this.goToPage(page), this.msg(messages, 'listLabel'))}
    `;
  }

  private clearFilters(): void {
    this.query = '';
    this.validity = '';
    this.year = '';
    this.issuer = '';
    this.page = 1;
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  }

  private renderRow(row: PolicyRow) {
    const { policy, validity } = row;
    const date = (iso: string | undefined) => formatDate(iso, this.locale);
    const extra = validity.state === 'not-yet-in-force' && policy.validFrom
      ? this.msg(messages, 'validFrom', date(policy.validFrom))
      : (validity.state === 'trial' || validity.state === 'effective') && policy.validUntil ? this.msg(messages, 'validUntil', date(policy.validUntil)) : '';
    return html`<li class="zwgk-card zwgk-policy-row ${validity.tone === 'ended' ? 'zwgk-ended-row' : ''}" part="policy">
      ${heading(this.headingLevel, html`<a class="zwgk-policy-link" href=${this.policyHref(policy.id)} data-policy=${policy.id}>${policy.title}</a><span class="zwgk-badge zwgk-${validity.tone}" part="badge">${validityText(validity, this.locale)}</span>`, 'zwgk-title')}
      <p class="zwgk-para zwgk-meta">${[row.issuerName, policy.docNo, `${this.msg(messages, 'published')} ${date(policy.publishedAt)}`, extra].filter(Boolean).join(' · ')}</p>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-policy-list': ZwgkPolicyList;
  }
}
