/**
 * The base of every element that displays catalogue data. It adds the standalone attributes
 * (`src`, `timeout`, the `catalogue` property) and the shared not-ready rendering: the loading or
 * error view. What the page put inside the element (the CMS's fallback links, or a copy rendered
 * by `zwgk render`) stays visible below that view until the data is ready, and is then taken off
 * the page in the same task that draws the real content, so nothing flashes empty (progressive
 * enhancement). It comes back if the element later loses its data (a new `src` that fails).
 * When its own `src` fails and the browser's last good copy is shown instead, the 离线数据 notice
 * is drawn above the content (a provider draws its own, once for the elements inside it).
 *
 * While its catalogue loads, the element keeps the height a page's cloak rule gave it before the
 * script ran (`zwgk-x:not(:defined)`, docs/integrator-guide.md §11): the host carries
 * `data-zwgk-loading` and a minimum height of `--zwgk-reserved-height` (default
 * `reservedHeight`), so it does not shrink to its fallback and then grow again, pushing the rest
 * of the page about. The reservation ends with the load (data or error).
 */
import { css, html, nothing, render, unsafeCSS, type CSSResult, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwgkElement } from './zwgk-element.js';
import { loadOfflineNotice, loadStateStyles, renderLoadState, renderOffline } from './load-state.js';
import { scope } from './light-dom.js';
import { CatalogueController, afterValidation } from '../catalogue/controller.js';
import type { Catalogue } from '../catalogue/schema.js';

/** The attribute a consumer carries while its catalogue loads, and the page's cloak rules select too. */
export const LOADING_ATTRIBUTE = 'data-zwgk-loading';

/**
 * The base of the elements that display catalogue data (see the module comment).
 *
 * @cssproperty --zwgk-reserved-height - Height kept while the element's code and catalogue load (default 40em; set it near the element's usual height on the page).
 */
export class ZwgkCatalogueConsumer extends ZwgkElement {
  /**
   * The height kept while the element's code and catalogue load, unless the page sets
   * `--zwgk-reserved-height`: enough that the page below stays out of the first screen on phones
   * and desktops, where most elements end up taller (the demo site's are 50–190 em).
   */
  static reservedHeight = '40em';

  static override lightStyles(tag: string): CSSResult[] {
    const reserved = unsafeCSS((this as typeof ZwgkCatalogueConsumer).reservedHeight);
    return [...super.lightStyles(tag), loadStateStyles(tag), css`${scope(tag).host}[${unsafeCSS(LOADING_ATTRIBUTE)}]{min-height:var(--zwgk-reserved-height,${reserved})}`];
  }

  /** URL of a catalogue JSON file, for use without an enclosing `<zwgk-catalogue>`. */
  @property() src?: string;
  /** A catalogue object set from script, instead of `src` or the provider's. */
  @property({ attribute: false }) catalogue?: unknown;
  /** Fetch timeout in milliseconds. */
  @property({ type: Number }) timeout?: number;

  protected readonly source = new CatalogueController(this, { prepareOffline: loadOfflineNotice });
  /** The page's own content of the element, while it is off the page. */
  private fallback: ChildNode[] = [];
  /** Where the 离线数据 notice is drawn: the body's first child, before the element's own content. */
  private offlineNotice?: HTMLElement;

  /** The catalogue when it is loaded and valid. */
  protected get data(): Catalogue | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.catalogue : undefined;
  }

  /** Whether the page put content of its own inside the element (text or elements, not just whitespace). */
  protected get hasFallback(): boolean {
    return [...this.childNodes].some((node) => node !== this.body && (node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')));
  }

  /** The loading or error view. While loading over the page's own content, the loading line is announced but not drawn. */
  protected renderNotReady(): TemplateResult {
    return html`${renderLoadState(this.source.state, this.locale, () => this.source.retry(), this.hasFallback)}`;
  }

  /** Also waits for a catalogue given by property or inline that is still being checked (no fetch). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterValidation(this.source, () => super.getUpdateComplete());
  }

  protected override update(changed: PropertyValues<this>): void {
    const status = this.source.state.status;
    this.toggleAttribute(LOADING_ATTRIBUTE, status === 'loading' || status === 'idle');
    super.update(changed);
    this.placeOfflineNotice();
    this.placeFallback();
  }

  /**
   * Drawn outside the subclass's `render()` (in a node of its own before Lit's content), so that
   * every element gets it without a line in its template.
   */
  private placeOfflineNotice(): void {
    const state = this.source.state;
    const offline = state.status === 'ready' && !this.source.fromProvider && state.offline;
    if (!offline || !this.body) {
      if (this.offlineNotice) {
        render(nothing, this.offlineNotice);
        this.offlineNotice.remove();
        this.offlineNotice = undefined;
      }
      return;
    }
    if (!this.offlineNotice) {
      this.offlineNotice = this.ownerDocument.createElement('div');
      this.body.insertBefore(this.offlineNotice, this.body.firstChild);
    }
    render(renderOffline(state, this.locale, () => this.source.retry()), this.offlineNotice, { host: this });
  }

  private placeFallback(): void {
    if (this.data) {
      const own = [...this.childNodes].filter((node) => node !== this.body);
      if (!own.length) return;
      this.fallback.push(...own);
      own.forEach((node) => node.remove());
    } else if (this.fallback.length) {
      this.append(...this.fallback);
      this.fallback = [];
    }
  }
}
