/**
 * Gives any element its catalogue: from its own `src` or `catalogue` property when set (standalone
 * use), otherwise from the closest `<zwgk-catalogue>` through context. Same loader, same cache.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { catalogueContext, type CatalogueState } from './context.js';
import { loadCatalogue, forgetCatalogue, inlineCatalogueText } from './loader.js';
import { type LoadResult, parseLazily, validateLazily } from './quick-validate.js';
import type { ZwgkEventMap } from '../core/events.js';

export interface CatalogueSourceHost extends ReactiveControllerHost, HTMLElement {
  emit<K extends keyof ZwgkEventMap>(name: K, detail: ZwgkEventMap[K]): boolean;
  /** URL of a catalogue JSON file; wins over the provider's. */
  src?: string;
  /** A catalogue object set from script; wins over `src`. */
  catalogue?: unknown;
  /** Fetch timeout in milliseconds. */
  timeout?: number;
}

export function stateFromResult(result: LoadResult, source: string): CatalogueState {
  return result.ok
    ? { status: 'ready', source, catalogue: result.catalogue, warnings: result.warnings }
    : { status: 'error', source, errors: result.errors, warnings: result.warnings };
}

export class CatalogueController implements ReactiveController {
  /** The state the host renders from. */
  state: CatalogueState = { status: 'idle' };
  private fromContext: CatalogueState = { status: 'idle' };
  private ownSource: unknown;
  private ownSrc?: string;
  private request = 0;

  private readonly readInline: boolean;
  private readonly onChange?: (state: CatalogueState) => void;

  constructor(
    private readonly host: CatalogueSourceHost,
    options: {
      /** Whether a `<script type="application/json">` child of the host is a catalogue source. */
      readInline?: boolean;
      /** Whether to take the catalogue of an enclosing `<zwgk-catalogue>` when the host has no source of its own. */
      consumeContext?: boolean;
      /** Called on every state change, before the host re-renders. */
      onChange?: (state: CatalogueState) => void;
    } = {},
  ) {
    this.readInline = options.readInline ?? false;
    this.onChange = options.onChange;
    host.addController(this);
    if (options.consumeContext === false) return;
    new ContextConsumer(host, {
      context: catalogueContext,
      subscribe: true,
      callback: (value) => {
        this.fromContext = value;
        if (!this.hasOwnSource()) this.set(value);
      },
    });
  }

  private hasOwnSource(): boolean {
    return this.host.catalogue !== undefined || !!this.host.src || (this.readInline && inlineCatalogueText(this.host) !== undefined);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostUpdate(): void {
    if (this.host.catalogue !== this.ownSource || this.host.src !== this.ownSrc) this.refresh();
  }

  /** Loads again, dropping a cached failure: what 重试 calls. */
  retry(): void {
    if (this.host.src) forgetCatalogue(this.host.src);
    this.ownSource = this.ownSrc = undefined;
    this.refresh();
  }

  private refresh(): void {
    const { catalogue, src } = this.host;
    this.ownSource = catalogue;
    this.ownSrc = src;
    const ticket = ++this.request;
    if (catalogue !== undefined) {
      this.settle(validateLazily(catalogue), 'property', ticket);
      return;
    }
    const inline = this.readInline ? inlineCatalogueText(this.host) : undefined;
    if (inline !== undefined) {
      this.settle(parseLazily(inline), 'inline', ticket);
      return;
    }
    if (src) {
      this.settle(loadCatalogue(src, { timeout: this.host.timeout }), src, ticket);
      return;
    }
    this.set(this.fromContext);
  }

  /** A valid catalogue given inline or by property is ready at once; anything awaited shows as loading. */
  private settle(result: LoadResult | Promise<LoadResult>, source: string, ticket: number): void {
    if (!(result instanceof Promise)) {
      this.set(stateFromResult(result, source));
      return;
    }
    this.set({ status: 'loading', source });
    result.then((settled) => {
      if (ticket === this.request) this.set(stateFromResult(settled, source));
    });
  }

  private set(state: CatalogueState): void {
    if (state === this.state) return;
    this.state = state;
    this.onChange?.(state);
    this.host.requestUpdate();
    // Only the element that loaded the catalogue reports on it; consumers of a provider stay quiet.
    if (state === this.fromContext) return;
    if (state.status === 'ready') this.host.emit('zwgk-catalogue-load', { catalogue: state.catalogue, warnings: state.warnings });
    if (state.status === 'error') this.host.emit('zwgk-error', { errors: state.errors, warnings: state.warnings, source: state.source });
  }
}
