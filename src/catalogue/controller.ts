/**
 * Gives any element its catalogue: from its own `src` or `catalogue` property when set (standalone
 * use), otherwise from the closest `<zwgk-catalogue>` through context. Same loader, same cache.
 * A catalogue loaded from a URL is kept as the browser's last good copy (saved-copy.ts); when the
 * URL later fails, that copy is shown instead of the error, marked `offline` in the state.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { catalogueContext, type CatalogueState } from './context.js';
import { loadCatalogue, forgetCatalogue, inlineCatalogueText, resolveCatalogueUrl } from './loader.js';
import type { LoadResult } from './quick-validate.js';
import { parseSoon, validateSoon } from './lazy-validation.js';
import { RENDERED_ATTRIBUTE, isOlderCopy, mayUseSavedCopy, updatedTime } from './copy-rules.js';
import type { Catalogue } from './schema.js';
import type { CatalogueWarning } from './problems.js';
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

type ReadyState = Extract<CatalogueState, { status: 'ready' }>;
type ErrorState = Extract<CatalogueState, { status: 'error' }>;

/** A catalogue that can be shown when its URL fails: the saved copy, or the one already on screen. */
interface ShownCopy {
  readonly catalogue: Catalogue;
  readonly warnings: readonly CatalogueWarning[];
  /** When it was saved, or loaded (the one on screen). */
  readonly savedAt: string;
}

/** The store of last good copies, loaded when a copy is first saved or read (it is not needed to show a catalogue). */
const savedCopies = () => import('./saved-copy.js');

/** States of a catalogue loaded from a URL (not set as a property, not inline). */
const fromUrl = (state: CatalogueState): state is Exclude<CatalogueState, { status: 'idle' }> =>
  state.status !== 'idle' && state.source !== 'property' && state.source !== 'inline';

/**
 * The newer of the saved copy, validated again (a newer release may be stricter, and storage can
 * be damaged), and the one on screen; on a tie the one on screen (nothing redraws). A saved copy
 * older than `rendered` (the date of a static copy in the page) is not used.
 */
async function newestCopy(copy: { readonly text: string; readonly savedAt: string } | undefined, shown: ShownCopy | undefined, rendered: string | undefined): Promise<ShownCopy | undefined> {
  const result = copy && (await parseSoon(copy.text));
  // Older than the copy `zwgk render` put in the page: the page's own is the better one to keep.
  const stale = result?.ok && rendered !== undefined && isOlderCopy(result.catalogue, { updatedAt: rendered });
  const saved = result?.ok && !stale ? { catalogue: result.catalogue, warnings: result.warnings, savedAt: copy!.savedAt } : undefined;
  if (!saved || !shown) return saved ?? shown;
  return isOlderCopy(shown.catalogue, saved.catalogue) ? saved : shown;
}

/**
 * The newest catalogue date of the static copies `zwgk render` put in the page for `host`: on the
 * host itself, or (a provider) on the elements inside it.
 */
function renderedDate(host: Element): string | undefined {
  let newest: string | undefined;
  for (const element of [host, ...host.querySelectorAll(`[${RENDERED_ATTRIBUTE}]`)]) {
    const date = element.getAttribute(RENDERED_ATTRIBUTE) ?? undefined;
    if (date && (newest === undefined || isOlderCopy({ updatedAt: newest }, { updatedAt: date }))) newest = date;
  }
  return newest;
}

/** A host's updateComplete (`updated`) that also waits while `controller` checks a catalogue given by property or inline. */
export async function afterValidation(controller: CatalogueController, updated: () => Promise<boolean>): Promise<boolean> {
  let result = await updated();
  while (controller.validating) {
    await controller.validating;
    result = await updated();
  }
  return result;
}

export class CatalogueController implements ReactiveController {
  /** The state the host renders from. */
  state: CatalogueState = { status: 'idle' };
  private fromContext: CatalogueState = { status: 'idle' };
  private ownSource: unknown;
  private ownSrc?: string;
  private request = 0;

  /** The last catalogue this element showed from a URL, with when it was loaded (or saved). */
  private lastShown?: ShownCopy & { readonly source: string };

  private readonly readInline: boolean;
  private readonly onChange?: (state: CatalogueState) => void;
  private readonly prepareOffline?: () => Promise<unknown>;

  constructor(
    private readonly host: CatalogueSourceHost,
    options: {
      /** Whether a `<script type="application/json">` child of the host is a catalogue source. */
      readInline?: boolean;
      /** Whether to take the catalogue of an enclosing `<zwgk-catalogue>` when the host has no source of its own. */
      consumeContext?: boolean;
      /** Called on every state change, before the host re-renders. */
      onChange?: (state: CatalogueState) => void;
      /**
       * Loads what the host needs to show a last good copy (its 离线数据 notice); awaited before
       * such a copy is shown, and when it fails the error is shown instead.
       */
      prepareOffline?: () => Promise<unknown>;
    } = {},
  ) {
    this.readInline = options.readInline ?? false;
    this.onChange = options.onChange;
    this.prepareOffline = options.prepareOffline;
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

  /** Whether the state is the enclosing provider's (the element has no source of its own). */
  get fromProvider(): boolean {
    return this.state === this.fromContext && this.state.status !== 'idle';
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
      this.settle(validateSoon(catalogue), 'property', ticket, true);
      return;
    }
    const inline = this.readInline ? inlineCatalogueText(this.host) : undefined;
    if (inline !== undefined) {
      this.settle(parseSoon(inline), 'inline', ticket, true);
      return;
    }
    if (src) {
      this.settle(loadCatalogue(src, { timeout: this.host.timeout }), src, ticket);
      return;
    }
    this.set(this.fromContext);
  }

  /**
   * A catalogue given inline or by property, with no fetch to wait for, still being checked (the
   * validator chunk was not in yet, or zod is explaining what is wrong): the host's updateComplete
   * waits for it, as it would have for a synchronous check.
   */
  validating?: Promise<void>;

  /** A valid catalogue given inline or by property is ready at once; anything awaited shows as loading. */
  private settle(result: LoadResult | Promise<LoadResult>, source: string, ticket: number, local = false): void {
    if (!(result instanceof Promise)) {
      this.validating = undefined;
      this.set(stateFromResult(result, source));
      return;
    }
    this.set({ status: 'loading', source });
    const settled = result.then((done) => {
      if (ticket === this.request) this.set(stateFromResult(done, source));
      if (this.validating === settled) this.validating = undefined;
    });
    this.validating = local ? settled : undefined;
  }

  private set(state: CatalogueState): void {
    if (state === this.state) return;
    if (state !== this.fromContext && fromUrl(state)) {
      const shown = this.state;
      if (state.status === 'loading' && shown.status === 'ready' && shown.offline && shown.source === state.source) {
        // Trying again while a saved copy is shown: the copy stays on screen until there is news.
        state = { ...shown, offline: { ...shown.offline, retrying: true } };
      } else if (state.status === 'error' && mayUseSavedCopy(state.errors)) {
        this.fallBack(state);
        return;
      } else if (state.status === 'ready' && !state.offline) {
        this.lastShown = { source: state.source, catalogue: state.catalogue, warnings: state.warnings, savedAt: new Date().toISOString() };
        const { catalogue } = state;
        const url = resolveCatalogueUrl(state.source);
        savedCopies().then((copies) => copies.saveCopy(url, catalogue, updatedTime(catalogue.updatedAt)), () => undefined);
      }
    }
    this.apply(state);
  }

  /**
   * The URL failed: show the newest good copy there is (the browser's saved one, or the one this
   * element already shows), marked offline, or the error when there is none. Never an older copy
   * over a newer one.
   */
  private fallBack(failed: ErrorState): void {
    const ticket = this.request;
    const previous = this.state;
    const shown = this.lastShown?.source === failed.source ? this.lastShown : undefined;
    // The store's code and the notice's: where they cannot be fetched either, no copy can be shown, and the error is.
    Promise.all([savedCopies(), this.prepareOffline?.()])
      .then(([copies]) => copies.readCopy(resolveCatalogueUrl(failed.source)).then((copy) => newestCopy(copy, shown, renderedDate(this.host))), () => undefined)
      .then((best) => {
        if (ticket !== this.request) return;
        if (!best) {
          this.apply(failed);
          return;
        }
        const failures = previous.status === 'ready' && previous.offline && previous.source === failed.source ? previous.offline.failures + 1 : 1;
        const offline: ReadyState = {
          status: 'ready', source: failed.source, catalogue: best.catalogue, warnings: best.warnings,
          offline: { savedAt: best.savedAt, errors: failed.errors, failures },
        };
        // Integrators' monitoring still hears that the file failed, then that a catalogue is shown.
        if (failures === 1) this.host.emit('zwgk-error', { errors: failed.errors, warnings: failed.warnings, source: failed.source });
        this.apply(offline);
      });
  }

  private apply(state: CatalogueState): void {
    const previous = this.state;
    this.state = state;
    this.onChange?.(state);
    this.host.requestUpdate();
    // Only the element that loaded the catalogue reports on it; consumers of a provider stay quiet.
    if (state === this.fromContext) return;
    const sameCopy = previous.status === 'ready' && state.status === 'ready' && previous.catalogue === state.catalogue;
    if (state.status === 'ready' && !sameCopy) {
      this.host.emit('zwgk-catalogue-load', { catalogue: state.catalogue, warnings: state.warnings, ...(state.offline ? { offline: { savedAt: state.offline.savedAt } } : {}) });
    }
    if (state.status === 'error') this.host.emit('zwgk-error', { errors: state.errors, warnings: state.warnings, source: state.source });
  }
}
