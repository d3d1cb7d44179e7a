import { css, html, nothing, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../../core/consumer-element.js';
import { scope } from '../../core/light-dom.js';
import { formatDate } from '../../core/format.js';
import type { Catalogue, Interpretation, Policy } from '../../catalogue/schema.js';
import type { LocalizedText } from '../../catalogue/problems.js';
import { POLICY_STATUSES } from '../../catalogue/codes.js';
import { messages } from './messages.js';
import { syncStatus } from './sync.js';
import { interpretationsOf, itemsCiting, validity } from './relations.js';

export interface ZwgkWarningDetail {
  /** `missing-transcript` or `missing-alt`. */
  readonly code: string;
  /** JSON path of the data that lacks it, e.g. `interpretations[5].media[0]`. */
  readonly path: string;
  readonly message: LocalizedText;
}

declare module '../../core/events.js' {
  interface ZwgkEventMap {
    'zwgk-warning': ZwgkWarningDetail;
  }
}
declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-warning': CustomEvent<ZwgkWarningDetail>;
  }
}

/**
 * @tagname zwgk-policy-card
 * @summary A policy document (政策文件) with its 有效性, its interpretations (政策解读) and the 三同步 check.
 *
 * With `policy="<id>"` it shows one document: 标题, 发文机关, 文号, 成文日期, 发布日期, 索引号,
 * 主题分类, a 有效性 badge (a repealed or expired document also gets a banner), a link to the
 * original, every interpretation (form, 解读机关, 解读人 with 第一解读人 marked, date, whether it
 * was published with the policy), and the catalogue items whose 公开依据 cites the document.
 * Without `policy` it lists the catalogue's policies newest first, filterable by domain and
 * 有效性; each card opens its detail in place. `interpretation="<id>"` opens an interpretation
 * and links back to its policy.
 *
 * Interpretation bodies are structured blocks rendered as text by Lit templates, never HTML, so
 * no sanitiser is needed and no markup in the data can run. Recordings without a transcript or
 * captions, and images without alt text, show a visible notice and fire `zwgk-warning`.
 *
 * @slot - Fallback content (e.g. a heading and a link to the original) shown until the catalogue is ready.
 *
 * @event zwgk-select - A policy or an interpretation was opened. `detail`: `{ kind: 'policy', policy }` or `{ kind: 'interpretation', interpretation, policy }`.
 * @event zwgk-warning - The data lacks an accessibility text. `detail`: `{ code, path, message }`.
 * @event zwgk-catalogue-load - The element's own `src` loaded (standalone use). `detail`: `{ catalogue, warnings, offline? }`; `offline.savedAt` when it is this browser's last good copy, shown because `src` failed.
 * @event zwgk-error - The element's own `src` failed to load or is invalid. `detail`: `{ errors, warnings, source }`.
 *
 * @csspart card - A policy card in the list, or the document block in the detail.
 * @csspart badge - The 有效性 badge.
 * @csspart banner - The banner of a repealed or expired document.
 * @csspart interpretation - One interpretation.
 * @csspart sync - The 三同步 indicator.
 * @csspart filters - The list filters.
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 * @csspart offline - The 离线数据 notice above a catalogue shown from this browser's last good copy (own `src` only).
 * @csspart retry - The retry button of the error panel and of the 离线数据 notice.
 *
 * @cssproperty --zwgk-color-primary - Links, buttons and focus.
 * @cssproperty --zwgk-color-danger - Banner and badge of a repealed or expired document.
 * @cssproperty --zwgk-color-warning - 三同步 warnings shown with `strict-sync`.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 */
export class ZwgkPolicyCard extends ZwgkCatalogueConsumer {
  static override idBase = 'policy';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      css`
        ${body} .zwgk-card, ${body} .zwgk-interpretation {
          display: block;
          margin: 0 0 var(--_zwgk-space-l);
          padding: var(--_zwgk-space-l);
          border: 1px solid var(--_zwgk-color-border);
          border-radius: var(--_zwgk-radius);
          background: var(--_zwgk-color-bg);
        }
        ${body} .zwgk-title { margin: 0 0 var(--_zwgk-space-s); font-size: 1.25em; font-weight: 700; }
        ${body} .zwgk-sub { margin: var(--_zwgk-space-m) 0 var(--_zwgk-space-s); font-size: 1.1em; font-weight: 700; }
        ${body} p { margin: 0 0 var(--_zwgk-space-s); }
        ${body} ul:not(.zwgk-cards) { margin: 0 0 var(--_zwgk-space-s); padding-inline-start: 1.5em; }
        ${body} dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: var(--_zwgk-space-xs) var(--_zwgk-space-l); margin: 0 0 var(--_zwgk-space-m); }
        ${body} dt { font-weight: 700; }
        ${body} dd { margin: 0; min-width: 0; }
        ${body} .zwgk-badge { display: inline-block; margin-inline-start: var(--_zwgk-space-s); padding: 0 var(--_zwgk-space-s); border: 2px solid currentColor; border-radius: var(--_zwgk-radius); font-size: var(--_zwgk-font-size-small); font-weight: 700; vertical-align: middle; }
        ${body} .zwgk-badge.zwgk-ok { color: var(--_zwgk-color-success); }
        ${body} .zwgk-badge.zwgk-notice { color: var(--_zwgk-color-warning); }
        ${body} .zwgk-badge.zwgk-ended { color: var(--_zwgk-color-bg); background: var(--_zwgk-color-danger); border-color: var(--_zwgk-color-danger); }
        ${body} .zwgk-banner { margin: 0 0 var(--_zwgk-space-m); padding: var(--_zwgk-space-m); font-weight: 700; color: var(--_zwgk-color-danger); background: var(--_zwgk-color-danger-bg); border-inline-start: 6px solid var(--_zwgk-color-danger); }
        ${body} .zwgk-ended-doc .zwgk-title { text-decoration: line-through !important; text-decoration-thickness: 2px; }
        ${body} .zwgk-meta { color: var(--_zwgk-color-text-muted); }
        ${body} .zwgk-sync { display: inline-block; margin-top: var(--_zwgk-space-xs); font-weight: 700; }
        ${body} .zwgk-sync.zwgk-same-day { color: var(--_zwgk-color-success); }
        ${body} .zwgk-sync.zwgk-warn { padding: var(--_zwgk-space-s); color: var(--_zwgk-color-warning); background: var(--_zwgk-color-warning-bg); border-inline-start: 6px solid var(--_zwgk-color-warning); }
        ${body} .zwgk-notice { padding: var(--_zwgk-space-s); color: var(--_zwgk-color-warning); background: var(--_zwgk-color-warning-bg); }
        ${body} details { display: block; margin: var(--_zwgk-space-xs) 0; border: 1px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); }
        ${body} summary { min-height: 44px; display: flex; align-items: center; padding: 0 var(--_zwgk-space-m); cursor: pointer; font-weight: 700; }
        ${body} details > div, ${body} details > p { margin: 0; padding: 0 var(--_zwgk-space-m) var(--_zwgk-space-m); }
        ${body} img, ${body} video { max-width: 100%; height: auto; }
        ${body} audio { width: 100%; }
        ${body} figure { display: block; margin: var(--_zwgk-space-m) 0; }
        ${body} figcaption { color: var(--_zwgk-color-text-muted); }
        ${body} button { min-height: 44px; padding: 0 var(--_zwgk-space-l); color: var(--_zwgk-color-primary); background: var(--_zwgk-color-bg); border: 2px solid var(--_zwgk-color-primary); border-radius: var(--_zwgk-radius); cursor: pointer; }
        ${body} .zwgk-filters { display: flex; flex-wrap: wrap; gap: var(--_zwgk-space-l); margin-bottom: var(--_zwgk-space-m); }
        ${body} .zwgk-filters label { display: flex; flex-direction: column; font-weight: 700; }
        ${body} select { min-height: 44px; max-width: 100%; border: 2px solid var(--_zwgk-color-border); border-radius: var(--_zwgk-radius); background: var(--_zwgk-color-bg); color: var(--_zwgk-color-text); }
        ${body} ul.zwgk-cards { list-style: none !important; margin: 0; padding: 0; }
        @media print {
          ${body} button, ${body} .zwgk-filters, ${body} audio, ${body} video { display: none !important; }
          ${body} details { border: 0; }
          ${body} details > * { display: block; }
        }
      `,
    ];
  }

  /** Id of the policy to show; without it the element lists all policies. */
  @property() policy?: string;
  /** Id of an interpretation to open (its policy is shown with it). */
  @property() interpretation?: string;
  /** Level of the card's main heading (2 by default); sub-headings are one level deeper. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Show a visible warning when an interpretation was not published on the policy's day (for editors). */
  @property({ type: Boolean, attribute: 'strict-sync' }) strictSync = false;
  /** Page of the catalogue tree; related items link to `<catalogue-url>#zwgk-item=<id>`. */
  @property({ attribute: 'catalogue-url' }) catalogueUrl = '';

  @state() private domainFilter = '';
  @state() private statusFilter = '';
  /** The policy opened from the list (list mode only). */
  @state() private opened?: string;
  private warned = new Set<string>();

  protected override updated(changed: PropertyValues<this>): void {
    const data = this.data;
    if (!data) return;
    if (changed.has('policy') || changed.has('interpretation') || (changed as Map<string, unknown>).has('opened')) {
      const shown = this.shownPolicy(data);
      const interpretation = this.interpretation ? data.interpretations?.find((i) => i.id === this.interpretation) : undefined;
      if (interpretation && shown) this.emit('zwgk-select', { kind: 'interpretation', interpretation, policy: shown });
      else if (shown) this.emit('zwgk-select', { kind: 'policy', policy: shown });
    }
  }

  private shownPolicy(data: Catalogue): Policy | undefined {
    const fromInterpretation = this.interpretation ? data.interpretations?.find((i) => i.id === this.interpretation) : undefined;
    const id = this.policy ?? fromInterpretation?.policyId ?? this.opened;
    return id ? data.policies?.find((p) => p.id === id) : undefined;
  }

  private heading(level: number, text: unknown, className: string, id?: string): TemplateResult {
    return html`<div role="heading" aria-level=${Math.min(6, level)} class=${className} id=${id ?? nothing}>${text}</div>`;
  }

  private date(iso: string | undefined): string {
    return formatDate(iso, this.locale);
  }

  private agencyName(data: Catalogue, id: string): string {
    return data.agencies.find((a) => a.id === id)?.name ?? id;
  }

  private warn(code: string, path: string, zh: string, en: string): void {
    const key = `${code}:${path}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    // After render, so listeners see the notice already on the page.
    this.updateComplete.then(() => this.emit('zwgk-warning', { code, path, message: { 'zh-CN': zh, en } }));
  }

  protected override render() {
    const data = this.data;
    if (!data) return this.renderNotReady();
    const policy = this.shownPolicy(data);
    if (this.policy || this.interpretation) {
      return policy ? this.renderDetail(data, policy) : html`<p class="zwgk-notice" role="alert">${this.msg(messages, 'notFound', this.policy ?? this.interpretation ?? '')}</p>`;
    }
    if (policy) return this.renderDetail(data, policy, true);
    return this.renderList(data);
  }

  private renderList(data: Catalogue) {
    const policies = [...(data.policies ?? [])]
      .filter((p) => (!this.domainFilter || p.domainIds?.includes(this.domainFilter)) && (!this.statusFilter || p.status === this.statusFilter))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    const domains = data.domains.filter((d) => data.policies?.some((p) => p.domainIds?.includes(d.id)));
    return html`
      <div class="zwgk-filters" part="filters">
        <label>${this.msg(messages, 'domain')}
          <select @change=${(e: Event) => (this.domainFilter = (e.target as HTMLSelectElement).value)}>
            <option value="">${this.msg(messages, 'any')}</option>
            ${domains.map((d) => html`<option value=${d.id} ?selected=${d.id === this.domainFilter}>${d.name}</option>`)}
          </select>
        </label>
        <label>${this.msg(messages, 'validity')}
          <select @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value)}>
            <option value="">${this.msg(messages, 'any')}</option>
            ${POLICY_STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.statusFilter}>${this.validityLabel({ status: s } as Policy)}</option>`)}
          </select>
        </label>
      </div>
      <p role="status">${policies.length ? this.msg(messages, 'count', policies.length) : this.msg(messages, 'none')}</p>
      <ul class="zwgk-cards" aria-label=${this.msg(messages, 'listLabel')}>
        ${policies.map((p) => html`<li class="zwgk-card ${validity(p).tone === 'ended' ? 'zwgk-ended-doc' : ''}" part="card">
          ${this.heading(this.headingLevel, html`${p.title}${this.renderBadge(p)}`, 'zwgk-title')}
          <p class="zwgk-meta">${this.agencyName(data, p.issuerId)}${p.docNo ? ` · ${p.docNo}` : ''} · ${this.msg(messages, 'publishedAt')} ${this.date(p.publishedAt)}</p>
          <button type="button" data-policy=${p.id} @click=${() => this.openPolicy(p.id)}>${this.msg(messages, 'open')}<span class="zwgk-visually-hidden">：${p.title}</span></button>
        </li>`)}
      </ul>`;
  }

  private async openPolicy(id: string | undefined): Promise<void> {
    const back = this.opened;
    this.opened = id;
    await this.updateComplete;
    const target = id ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.uid('doc-title'))}`) : this.renderRoot.querySelector<HTMLElement>(`[data-policy="${CSS.escape(back ?? '')}"]`);
    if (target && id) target.tabIndex = -1;
    target?.focus();
  }

  private validityLabel(policy: Policy): string {
    const v = validity(policy);
    return this.locale === 'en' ? v.labelEn : v.label;
  }

  private renderBadge(policy: Policy) {
    const v = validity(policy);
    return html`<span class="zwgk-badge zwgk-${v.tone}" part="badge">${this.validityLabel(policy)}</span>`;
  }

  private renderDetail(data: Catalogue, policy: Policy, fromList = false) {
    const v = validity(policy);
    const interpretations = interpretationsOf(data, policy);
    const items = itemsCiting(data, policy);
    const focus = this.interpretation ? interpretations.find((i) => i.id === this.interpretation) : undefined;
    const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    const period = policy.validFrom || policy.validUntil ? `${this.date(policy.validFrom)} — ${this.date(policy.validUntil)}` : '';
    const itemHref = (id: string) => `${this.catalogueUrl}#zwgk-item=${encodeURIComponent(id)}`;
    return html`
      ${fromList ? html`<button type="button" @click=${() => this.openPolicy(undefined)}>← ${this.msg(messages, 'back')}</button>` : nothing}
      ${focus ? html`<p>${this.msg(messages, 'policyOf')}：<a href="#${this.uid(`policy-${policy.id}`)}">${policy.title}</a></p>` : nothing}
      <article class="zwgk-card ${v.tone === 'ended' ? 'zwgk-ended-doc' : ''}" part="card" aria-labelledby=${this.uid('doc-title')} id=${this.uid(`policy-${policy.id}`)}>
        ${v.tone === 'ended' ? html`<p class="zwgk-banner" part="banner" role="note">${this.msg(messages, 'endedBanner', this.validityLabel(policy))}</p>` : nothing}
        ${this.heading(this.headingLevel, html`${policy.title}${this.renderBadge(policy)}`, 'zwgk-title', this.uid('doc-title'))}
        <dl>
          ${row(this.msg(messages, 'issuer'), this.agencyName(data, policy.issuerId))}
          ${row(this.msg(messages, 'docNo'), policy.docNo)}
          ${row(this.msg(messages, 'issuedAt'), this.date(policy.issuedAt))}
          ${row(this.msg(messages, 'publishedAt'), this.date(policy.publishedAt))}
          ${row(this.msg(messages, 'indexNo'), policy.indexNo)}
          ${row(this.msg(messages, 'topics'), policy.topics?.join('、'))}
          ${row(this.msg(messages, 'validity'), this.validityLabel(policy))}
          ${row(this.msg(messages, 'period'), period)}
        </dl>
        ${policy.summary ? html`<p>${policy.summary}</p>` : nothing}
        ${policy.url ? html`<p><a href=${policy.url}>${this.msg(messages, 'original')}<span class="zwgk-visually-hidden">：${policy.title}</span></a></p>` : nothing}
        ${items.length
          ? html`${this.heading(this.headingLevel + 1, this.msg(messages, 'relatedItems'), 'zwgk-sub')}
              <ul>${items.map((item) => html`<li><a href=${itemHref(item.id)}>${item.name}</a></li>`)}</ul>`
          : nothing}
      </article>
      ${this.heading(this.headingLevel + 1, this.msg(messages, 'interpretations'), 'zwgk-sub')}
      ${interpretations.length ? interpretations.map((i) => this.renderInterpretation(data, policy, i)) : html`<p>${this.msg(messages, 'noInterpretations')}</p>`}
    `;
  }

  private renderSync(policy: Policy, interpretation: Interpretation) {
    const sync = syncStatus(policy.publishedAt, interpretation.publishedAt);
    const text =
      sync.status === 'same-day' ? this.msg(messages, 'sync')
      : sync.status === 'late' ? this.msg(messages, 'late', sync.days)
      : sync.status === 'early' ? this.msg(messages, 'early', -sync.days)
      : this.msg(messages, 'syncUnknown');
    const warn = this.strictSync && sync.status !== 'same-day';
    return html`<p class="zwgk-sync zwgk-${sync.status} ${warn ? 'zwgk-warn' : ''}" part="sync" role=${warn ? 'note' : nothing}>
      ${text}${warn ? html`<br />${this.msg(messages, 'syncWarning')}` : nothing}
    </p>`;
  }

  private renderInterpretation(data: Catalogue, policy: Policy, interpretation: Interpretation) {
    const index = data.interpretations!.indexOf(interpretation);
    const who = interpretation.interpreter;
    const qa = [...(interpretation.qa ?? []), ...(interpretation.blocks ?? []).flatMap((b) => (b.type === 'qa' ? (b.qa ?? []) : []))];
    return html`<article class="zwgk-interpretation" part="interpretation" id=${this.uid(`interpretation-${interpretation.id}`)} aria-labelledby=${this.uid(`it-${interpretation.id}`)}>
      ${this.heading(this.headingLevel + 2, interpretation.title ?? `${interpretation.form}解读`, 'zwgk-sub', this.uid(`it-${interpretation.id}`))}
      <dl>
        <dt>${this.msg(messages, 'form')}</dt><dd>${interpretation.form}</dd>
        <dt>${this.msg(messages, 'interpreter')}</dt><dd>${this.agencyName(data, who.agencyId)}</dd>
        ${who.personTitle || who.role ? html`<dt>${this.msg(messages, 'person')}</dt><dd>${who.personTitle ?? ''}${who.role === '第一解读人' ? html` <strong>（${this.msg(messages, 'first')}）</strong>` : who.role ? `（${who.role}）` : ''}</dd>` : nothing}
        <dt>${this.msg(messages, 'date')}</dt><dd>${this.date(interpretation.publishedAt)}</dd>
      </dl>
      ${this.renderSync(policy, interpretation)}
      ${interpretation.summary ? html`<p>${interpretation.summary}</p>` : nothing}
      ${(interpretation.blocks ?? []).map((block, b) => {
        switch (block.type) {
          case 'heading': return this.heading(this.headingLevel + 3, block.text, 'zwgk-sub');
          case 'paragraph': return html`<p>${block.text}</p>`;
          case 'list': return html`<ul>${(block.items ?? []).map((item) => html`<li>${item}</li>`)}</ul>`;
          case 'figure': return this.renderImage(block.url, block.alt, block.caption, `interpretations[${index}].blocks[${b}]`);
          default: return nothing;
        }
      })}
      ${qa.length ? html`${this.heading(this.headingLevel + 3, this.msg(messages, 'qa'), 'zwgk-sub')}
        ${qa.map((pair) => html`<details><summary>${pair.q}</summary><p>${pair.a}</p></details>`)}` : nothing}
      ${(interpretation.media ?? []).map((media, m) => {
        const path = `interpretations[${index}].media[${m}]`;
        if (media.type === 'image') return this.renderImage(media.url, media.alt, undefined, path);
        const hasText = media.transcript || media.transcriptUrl || media.captionsUrl;
        if (!hasText) this.warn('missing-transcript', path, '音视频缺少文字稿或字幕', 'audio or video without transcript or captions');
        const player = media.type === 'video'
          ? html`<video controls preload="none" src=${media.url}>${media.captionsUrl ? html`<track kind="captions" srclang="zh" label=${this.msg(messages, 'captions')} src=${media.captionsUrl} default />` : nothing}</video>`
          : html`<audio controls preload="none" src=${media.url}></audio>`;
        return html`<figure>${player}
          ${media.transcript ? html`<details><summary>${this.msg(messages, 'transcript')}</summary><p>${media.transcript}</p></details>` : nothing}
          ${media.transcriptUrl ? html`<p><a href=${media.transcriptUrl}>${this.msg(messages, 'transcriptLink')}</a></p>` : nothing}
          ${hasText ? nothing : html`<p class="zwgk-notice" role="note">${this.msg(messages, 'missingTranscript')}</p>`}
        </figure>`;
      })}
      ${interpretation.url ? html`<p><a href=${interpretation.url}>${this.msg(messages, 'original')}<span class="zwgk-visually-hidden">：${interpretation.title ?? interpretation.form}</span></a></p>` : nothing}
    </article>`;
  }

  private renderImage(url: string | undefined, alt: string | undefined, caption: string | undefined, path: string) {
    if (!url) return nothing;
    if (!alt) this.warn('missing-alt', path, '图片缺少文字说明（alt）', 'image without alt text');
    return html`<figure>
      <img src=${url} alt=${alt ?? ''} loading="lazy" />
      ${caption ? html`<figcaption>${caption}</figcaption>` : nothing}
      ${alt ? nothing : html`<p class="zwgk-notice" role="note">${this.msg(messages, 'missingAlt')}</p>`}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-policy-card': ZwgkPolicyCard;
  }
}
