import { css, html, nothing, type CSSResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { ZwgkElement } from '../../core/zwgk-element.js';
import { catalogueContext } from '../../catalogue/context.js';
import { CatalogueController, afterValidation } from '../../catalogue/controller.js';
import { loadOfflineNotice, loadStateStyles, renderLoadState, renderOffline } from '../../core/load-state.js';
import { scope } from '../../core/light-dom.js';
import { defineMessages } from '../../core/i18n.js';
import { formatDate } from '../../core/format.js';

const messages = defineMessages({
  'zh-CN': {
    publisher: '发布单位',
    updated: '更新日期',
    version: '版本',
  },
  en: {
    publisher: 'Publisher',
    updated: 'Updated',
    version: 'Version',
  },
});

/**
 * @tagname zwgk-catalogue
 * @summary Loads and validates a 政务公开 catalogue once and provides it to every zwgk element inside it.
 *
 * The catalogue comes from `src`, from an inline `<script type="application/json">` child, or from
 * the `catalogue` property, in that order of precedence: property, inline, `src`. While loading the
 * element is `aria-busy`; on failure it shows a readable error with a details list for editors,
 * and its children stay on the page. When `src` fails (network, server error, timeout, an invalid
 * file) and this browser kept a good copy from an earlier visit, that copy is provided instead,
 * under a 离线数据 notice with its date and a retry button. Its own lines (the info line, the loading and error views) are
 * drawn in a `<div class="zwgk-body">` before its children; the children are never moved.
 *
 * @slot - The zwgk elements, and any other content, that use this catalogue (children in the light DOM; no shadow root).
 *
 * @event zwgk-catalogue-load - The catalogue loaded and validated. `detail`: `{ catalogue, warnings, offline? }`; `offline.savedAt` when it is this browser's last good copy, shown because `src` failed (a `zwgk-error` came first).
 * @event zwgk-error - The catalogue could not be loaded or is invalid. `detail`: `{ errors, warnings, source }`; each error has `kind`, `path`, `code` and `message` in zh-CN and en.
 *
 * @csspart status - The loading message.
 * @csspart error - The error panel.
 * @csspart retry - The retry button shown after a network error, and in the 离线数据 notice.
 * @csspart offline - The 离线数据 notice shown above a catalogue that is this browser's last good copy.
 * @csspart info - The line with the catalogue's title, publisher and update date (`show-info`); its place (two lines, three on screens narrower than 40em) is kept while the catalogue loads.
 *
 * @cssproperty --zwgk-color-primary - Links, buttons and focus rings.
 * @cssproperty --zwgk-color-danger - Error text and borders.
 * @cssproperty --zwgk-font-size - Base text size (16px; 20px in elder mode).
 * @cssproperty --zwgk-font-family - Font stack; system CJK fonts by default.
 */
export class ZwgkCatalogue extends ZwgkElement {
  static override idBase = 'catalogue';

  static override lightStyles(tag: string): CSSResult[] {
    const { body } = scope(tag);
    return [
      ...super.lightStyles(tag),
      loadStateStyles(tag),
      // The info line's place is kept from the start, so that it does not push the elements below
      // it down when the catalogue arrives: two lines (one or two on most screens), three on phones.
      css`${body} .zwgk-info{min-height:calc(2em * var(--_zwgk-line-height));margin:0 0 var(--_zwgk-space-m);color:var(--_zwgk-color-text-muted)}${body} .zwgk-info strong{font-weight:700;color:var(--_zwgk-color-text)}
@media (max-width:40em){${body} .zwgk-info{min-height:calc(3em * var(--_zwgk-line-height))}}`,
    ];
  }

  /** URL of the catalogue JSON file. Relative URLs resolve against the page. */
  @property() src?: string;
  /** A catalogue object set from script, instead of `src`. */
  @property({ attribute: false }) catalogue?: unknown;
  /** Fetch timeout in milliseconds. */
  @property({ type: Number }) timeout?: number;
  /** Show the catalogue's title, publisher, version and update date above the content. */
  @property({ type: Boolean, attribute: 'show-info' }) showInfo = false;

  private readonly provider = new ContextProvider(this, { context: catalogueContext, initialValue: { status: 'idle' } });
  private readonly source = new CatalogueController(this, {
    readInline: true,
    consumeContext: false,
    prepareOffline: loadOfflineNotice,
    onChange: (state) => {
      this.provider.setValue(state);
      if (state.status === 'loading') this.setAttribute('aria-busy', 'true');
      else this.removeAttribute('aria-busy');
    },
  });

  /** Also waits for a catalogue given by property or inline that is still being checked (no fetch). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterValidation(this.source, () => super.getUpdateComplete());
  }

  protected override render() {
    const state = this.source.state;
    // While loading, the children (elements with their own fallback) are what the reader sees: announce, do not push them down.
    return html`${renderOffline(state, this.locale, () => this.source.retry())}${this.renderInfo()}${renderLoadState(state, this.locale, () => this.source.retry(), true)}`;
  }

  private renderInfo() {
    const state = this.source.state;
    if (!this.showInfo || state.status === 'error') return nothing;
    // Its place, kept while the catalogue loads.
    if (state.status !== 'ready') return html`<p class="zwgk-info" aria-hidden="true"></p>`;
    const { catalogue } = state;
    const publisher = catalogue.agencies.find((agency) => agency.id === catalogue.publisherId);
    return html`<p class="zwgk-info" part="info">
      <strong>${catalogue.title}</strong>
      · ${this.msg(messages, 'publisher')}：${publisher?.name ?? catalogue.publisherId}
      · ${this.msg(messages, 'version')}：${catalogue.version}
      · ${this.msg(messages, 'updated')}：${formatDate(catalogue.updatedAt, this.locale)}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'zwgk-catalogue': ZwgkCatalogue;
  }
}
