/**
 * The base every zwgk element extends: light-DOM rendering (see light-dom.ts), language and
 * direction that follow the page, elder mode, document-unique ids, a typed `emit`, and a `define`
 * that tolerates a second copy of the library.
 */
import { LitElement, type CSSResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextRoot } from '@lit/context';
import { adoptLightStyles, BODY_CLASS } from './light-dom.js';
import { baseStyles } from './tokens.js';
import { type AnyMessages, type LazyMessages, type Locale, type MessageArgs, type MessageTable, toLocale, translate } from './i18n.js';
import type { ZwgkEventMap } from './events.js';

const ELDER_ATTRIBUTE = 'data-zwgk-elder';
const connected = new Set<ZwgkElement>();
let observer: MutationObserver | undefined;

/** Finds the closest ancestor with `attribute`, crossing shadow-root boundaries. */
function closestAttribute(start: Element, attribute: string): string | null {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(attribute)) return node.getAttribute(attribute);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * One observer for the whole page: a CMS language switcher or an 无障碍 toolbar that flips
 * `lang`, `dir` or `data-zwgk-elder` anywhere above an element re-renders it.
 */
function watchEnvironment(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => connected.forEach((element) => element.syncEnvironment()));
  observer.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'dir', ELDER_ATTRIBUTE],
  });
}

/** Numbers in use per id base, so that the n-th element of a kind on a page gets the same ids every time. */
const idNumbers = new Map<string, Set<number>>();

export class ZwgkElement extends LitElement {
  /**
   * The short name element ids are built from (`zwgk-<idBase>-…`), unless the host has an `id`.
   * Subclasses set it; see `uid()`.
   */
  static idBase = 'el';

  /**
   * The element's stylesheet, for the tag it is registered under (see light-dom.ts): subclasses
   * return `[...super.lightStyles(tag), css\`${scope(tag).body} .zwgk-… {…}\`]`.
   */
  static lightStyles(tag: string): CSSResult[] {
    return [baseStyles(tag)];
  }

  /** Message tables whose English half is loaded lazily: requested as soon as the element finds itself on an English page. */
  static lazyMessages: readonly LazyMessages<MessageTable>[] = [];

  /** 适老化 (elder mode): larger text, taller lines and higher contrast. Also on when `<html data-zwgk-elder>` is set. */
  @property({ type: Boolean, reflect: true }) elder = false;

  /** The language in use, from the element's own `lang` or the closest ancestor's. */
  @state() protected locale: Locale = 'zh-CN';
  /** `rtl` when the closest `[dir]` ancestor says so; keyboard handlers mirror arrows on it. */
  @state() protected direction: 'ltr' | 'rtl' = 'ltr';

  /** The element's own content root: a `<div class="zwgk-body">`, the host's first child, where Lit renders. */
  protected body?: HTMLElement;
  /** Lazy modules the element is waiting for to render in full: `updateComplete` waits for them too. */
  private loadingParts = new Set<Promise<unknown>>();
  private idPrefix = '';
  private idNumber = 0;

  /** Renders into a `.zwgk-body` child of the host, in the light DOM (no shadow root). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const body = this.ownerDocument.createElement('div');
    body.className = BODY_CLASS;
    this.insertBefore(body, this.firstChild);
    this.body = body;
    return body;
  }

  override connectedCallback(): void {
    const kind = this.constructor as typeof ZwgkElement;
    adoptLightStyles(this, kind, this.localName);
    this.claimIds();
    super.connectedCallback();
    connected.add(this);
    watchEnvironment();
    this.syncEnvironment();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    idNumbers.get(this.idBase())?.delete(this.idNumber);
  }

  private idBase(): string {
    return `zwgk-${(this.constructor as typeof ZwgkElement).idBase}`;
  }

  /** Takes the smallest number not used by another connected element of the same kind: stable for a given page. */
  private claimIds(): void {
    const base = this.idBase();
    let taken = idNumbers.get(base);
    if (!taken) idNumbers.set(base, (taken = new Set()));
    let n = 1;
    while (taken.has(n)) n++;
    taken.add(n);
    this.idNumber = n;
    const prefix = this.id || (n === 1 ? base : `${base}${n}`);
    if (prefix !== this.idPrefix) {
      this.idPrefix = prefix;
      if (this.hasUpdated) this.requestUpdate();
    }
  }

  /**
   * A document-unique id for a part of this element: `zwgk-<idBase>-<local>` for the first element
   * of its kind on the page, `zwgk-<idBase>2-<local>` for the second, `<host id>-<local>` when the
   * host has an id. Deterministic: the same page renders the same ids (no random parts).
   */
  uid(local: string): string {
    return `${this.idPrefix}-${local}`;
  }

  /**
   * Waits for a lazy part of the element (a module loaded on first use): the element renders again
   * when it arrives, and `updateComplete` resolves only after that render. A failed load is the
   * caller's to report; here it only ends the wait.
   */
  protected waitFor(part: Promise<unknown>): void {
    if (this.loadingParts.has(part)) return;
    this.loadingParts.add(part);
    const done = () => {
      this.loadingParts.delete(part);
      this.requestUpdate();
    };
    part.then(done, done);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.loadingParts.size) {
      await Promise.all([...this.loadingParts].map((part) => part.catch(() => undefined)));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Re-reads language, direction and the page-wide elder switch. */
  syncEnvironment(): void {
    this.locale = toLocale(closestAttribute(this, 'lang'));
    if (this.locale === 'en') for (const table of (this.constructor as typeof ZwgkElement).lazyMessages) if (!table.en) this.waitFor(table.loadEn());
    this.direction = closestAttribute(this, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    const pageElder = document.documentElement.hasAttribute(ELDER_ATTRIBUTE);
    // A host attribute (not a class) so that the tokens' `zwgk-x[data-zwgk-elder]` rule sees it.
    if (pageElder !== this.hasAttribute(ELDER_ATTRIBUTE)) this.toggleAttribute(ELDER_ATTRIBUTE, pageElder);
  }

  /** Whether elder mode is on, by attribute or page-wide switch. */
  get isElder(): boolean {
    return this.elder || this.hasAttribute(ELDER_ATTRIBUTE);
  }

  /** Looks up a message in the element's table for the current locale. */
  protected msg<T extends MessageTable, K extends keyof T>(table: AnyMessages<T>, key: K, ...args: MessageArgs<T[K]>): string {
    if (this.locale === 'en' && 'loadEn' in table && !table.en) this.waitFor(table.loadEn());
    return translate(table, this.locale, key, ...args);
  }

  /** Fires a typed, bubbling, composed event; returns false when a listener cancelled it. */
  emit<K extends keyof ZwgkEventMap>(name: K, detail: ZwgkEventMap[K], init: { cancelable?: boolean } = {}): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
    return this.dispatchEvent(event);
  }
}

const CONTEXT_ROOT = Symbol.for('zwgk-elements.context-root');

/**
 * Lets a consumer that upgrades before its provider still receive the catalogue (lit#2763):
 * the root holds early context requests and replays them when a provider appears.
 */
export function ensureContextRoot(): void {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  if (holder[CONTEXT_ROOT] || typeof document === 'undefined') return;
  holder[CONTEXT_ROOT] = true;
  new ContextRoot().attach(document.body ?? document.documentElement);
}

/**
 * Registers `tag` unless it is already registered, as happens when a CMS page loads two copies of
 * the library. Returns whether this call defined it. Never throws.
 */
export function define(tag: string, constructor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  ensureContextRoot();
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`[zwgk-elements] <${tag}> is already defined by another copy of the library; keeping the first one.`);
    }
    return false;
  }
  try {
    customElements.define(tag, constructor);
    return true;
  } catch (e) {
    console.warn(`[zwgk-elements] could not define <${tag}>:`, e);
    return false;
  }
}
