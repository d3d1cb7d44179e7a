/**
 * The base of every element that displays catalogue data. It adds the standalone attributes
 * (`src`, `timeout`, the `catalogue` property) and the shared not-ready rendering: the loading or
 * error view, followed by the element's light-DOM fallback content, which stays visible until
 * the data is ready (progressive enhancement).
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwgkElement } from './zwgk-element.js';
import { loadStateStyles, renderLoadState } from './load-state.js';
import { CatalogueController } from '../catalogue/controller.js';
import type { Catalogue } from '../catalogue/schema.js';

export class ZwgkCatalogueConsumer extends ZwgkElement {
  static override styles = [ZwgkElement.styles, loadStateStyles];

  /** URL of a catalogue JSON file, for use without an enclosing `<zwgk-catalogue>`. */
  @property() src?: string;
  /** A catalogue object set from script, instead of `src` or the provider's. */
  @property({ attribute: false }) catalogue?: unknown;
  /** Fetch timeout in milliseconds, when `src` is used. */
  @property({ type: Number }) timeout?: number;

  protected readonly source = new CatalogueController(this);

  /** The catalogue when it is loaded and valid. */
  protected get data(): Catalogue | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.catalogue : undefined;
  }

  /** Loading or error view, then the light-DOM fallback the page put inside the element. */
  protected renderNotReady(): TemplateResult {
    return html`${renderLoadState(this.source.state, this.locale, () => this.source.retry())}<slot></slot>`;
  }
}
