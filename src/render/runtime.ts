/**
 * The browser side of `zwgk render`: this module is bundled (with every element, exactly as the
 * drop-in bundle has them) into a script that the CLI runs inside a happy-dom window in Node
 * (src/render/render-dom.ts). The markup therefore comes from the elements' own code: the same
 * templates, messages, ids and classes a reader's browser produces.
 *
 * What a static page needs that a live element does with script is added here, per element, in
 * `ADAPTERS`: the tree draws every row (no scrolling window) and gets, for each item, a copy of
 * its standard that its `#zwgk-item=` link shows with JavaScript off (`:target`); the policy
 * list's 查看详情 buttons become links. Inline styles that the elements set through the CSSOM are
 * dropped, and each must be one the static stylesheet reproduces (static-rules.ts): anything else
 * is reported as a problem rather than silently lost.
 */
import { elementsCss } from '../index.js';
import { staticRender } from '../core/static-render.js';
import { rowIndent } from '../components/catalogue-tree/catalogue-tree.styles.js';
import { writeHash } from '../components/catalogue-tree/deep-link.js';
import { BODY_CLASS } from '../core/light-dom.js';
import type { ZwgkElement } from '../core/zwgk-element.js';
import { removeComments, retargetItemLinks, suffixIds, targetId } from './static-markup.js';
import { RENDERED_ATTRIBUTE } from '../catalogue/copy-rules.js';
import { MAX_STATIC_DEPTH, STATIC_BUTTON_CLASS, TARGET_ATTRIBUTE, staticRules } from './static-rules.js';

/**
 * Nothing is fetched while rendering: a static copy shows the catalogue it was given, never what a
 * server says at render time (the open days' places left would be stale once published), and
 * rendering never waits on the network. An element that asks gets a failed request, as offline.
 */
globalThis.fetch = () => Promise.reject(new TypeError('zwgk render fetches nothing'));

export interface RenderRequest {
  /** The element's tag, e.g. `zwgk-catalogue-tree`. */
  readonly tag: string;
  /** Attributes of the element, as the page will carry them (`src`, `expanded`, `heading-level`…). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The catalogue's JSON text. */
  readonly catalogueText: string;
  /** The page's language (`zh-CN` or `en`). */
  readonly lang: string;
  /**
   * Where links to an item's or a policy's own page go (`zwgk render --pages`); without it they
   * stay in the page (`#zwgk-item=…`), with a copy of the item's standard for `:target`.
   */
  readonly hrefFor?: (kind: 'item' | 'policy', id: string) => string | undefined;
}

export interface RenderResult {
  /** The element with its rendered content, to stand in the page where the element goes. */
  readonly html: string;
  /** What could not be made static (an inline style the stylesheet lacks): a bug to fix, never ignored. */
  readonly problems: readonly string[];
}

type Live = ZwgkElement & { catalogue?: unknown; updateComplete: Promise<boolean>; isUpdatePending: boolean };

interface AdapterContext {
  readonly request: RenderRequest;
  readonly live: Live;
  readonly catalogue: CatalogueLike;
  /** Where to report inline styles the static stylesheet lacks. */
  readonly problems: string[];
}

/**
 * Where an adapter's finished HTML goes in the copy (see `Adapter.finish`): a comment, since the
 * copy has none of its own by then (removeComments).
 */
const DEFERRED = 'zwgk-static-deferred';

interface CatalogueLike {
  readonly items: readonly { readonly id: string }[];
  readonly policies?: readonly { readonly id: string }[];
}

interface Adapter {
  /** Whether an inline style the element set is one the static stylesheet reproduces. */
  readonly coveredStyle?: (element: Element, property: string, value: string) => boolean;
  /**
   * Turns the copy of the element's content into its static form. May return finished HTML for a
   * `<!--zwgk-static-deferred-->` comment it put in the copy: large parts (every item's standard)
   * are serialised one by one, so the DOM never holds them all at once.
   */
  readonly finish?: (body: Element, context: AdapterContext) => Promise<string | void>;
}

/**
 * A link in place of a button that works only with script, keeping its classes, children and ARIA
 * state, so that it looks and reads the same and leads somewhere with JavaScript off.
 */
function linkInsteadOf(button: Element, href: string, extraClass?: string): HTMLAnchorElement {
  const link = button.ownerDocument.createElement('a');
  for (const { name, value } of [...button.attributes]) if (name === 'class' || name.startsWith('aria-')) link.setAttribute(name, value);
  if (extraClass) link.classList.add(extraClass);
  link.setAttribute('href', href);
  link.append(...button.childNodes);
  button.replaceWith(link);
  return link;
}

const ADAPTERS: Readonly<Record<string, Adapter>> = {
  'zwgk-catalogue-tree': {
    coveredStyle(element, property, value) {
      if (element.classList.contains('zwgk-tree')) return (property === 'padding-top' || property === 'padding-bottom') && parseFloat(value) === 0;
      if (!element.classList.contains('zwgk-row') || property !== 'padding-inline-start') return false;
      const depth = Number(element.getAttribute('aria-level'));
      return value === rowIndent(Math.min(depth, MAX_STATIC_DEPTH));
    },
    async finish(body, { request, live, problems }) {
      // Without script there is no roving focus: every item link is reached with Tab, and the
      // branch rows (which only open and close with script) are not stops on the way.
      for (const row of body.querySelectorAll('[role="treeitem"]')) {
        if (row.localName === 'a') row.removeAttribute('tabindex');
        else row.setAttribute('tabindex', '-1');
      }
      if (request.hrefFor) return;
      // Each item's standard, shown by its #zwgk-item= link with JavaScript off.
      const column = body.querySelector('.zwgk-detail-column');
      const items = (live as unknown as { visibleItems: readonly { id: string }[] }).visibleItems;
      if (!column || !items.length) return;
      const prefix = live.getAttribute('hash-prefix') ?? 'zwgk-';
      const parts: string[] = [];
      await eachTreeDetail(request, items.map((item) => item.id), Number(live.getAttribute('heading-level') ?? 3), (id, detail) => {
        if (!detail) return;
        detail.setAttribute(TARGET_ATTRIBUTE, '');
        suffixIds(detail, `--${id}`);
        detail.id = targetId(writeHash('', prefix, { item: id }));
        dropInlineStyles(detail, ADAPTERS['zwgk-catalogue-tree'], problems);
        disableControls(detail);
        parts.push(detail.outerHTML);
      });
      column.insertBefore(body.ownerDocument.createComment(DEFERRED), column.firstElementChild);
      return parts.join('');
    },
  },
  'zwgk-disclosure-map': {
    async finish(body) {
      // A place's details open in place with script; without it, its link shows them (:target).
      for (const button of body.querySelectorAll('button.zwgk-point-button[aria-controls]')) {
        linkInsteadOf(button, `#${button.getAttribute('aria-controls')}`);
      }
    },
  },
  'zwgk-policy-card': {
    async finish(body, { request, live }) {
      const buttons = [...body.querySelectorAll<HTMLButtonElement>('button[data-policy]')];
      if (!buttons.length) return;
      const hash = (id: string) => `#zwgk-policy=${encodeURIComponent(id)}`;
      for (const button of buttons) {
        const id = button.dataset['policy']!;
        linkInsteadOf(button, request.hrefFor?.('policy', id) ?? hash(id), STATIC_BUTTON_CLASS);
      }
      if (request.hrefFor) return;
      // Each policy's text, shown by the link above with JavaScript off.
      const level = Number(live.getAttribute('heading-level') ?? 2);
      for (const button of buttons) {
        const id = button.dataset['policy']!;
        const detail = await renderCopy(request, { ...request.attributes, policy: id, 'heading-level': String(level) });
        const holder = body.ownerDocument.createElement('div');
        holder.setAttribute(TARGET_ATTRIBUTE, '');
        holder.append(...detail.childNodes);
        suffixIds(holder, `--${id}`);
        holder.id = targetId(hash(id));
        body.append(holder);
      }
    },
  },
};

const parsed = new Map<string, unknown>();
function catalogueOf(text: string): unknown {
  let data = parsed.get(text);
  if (data === undefined) {
    parsed.clear();
    parsed.set(text, (data = JSON.parse(text)));
  }
  return data;
}

/** Waits until the element and whatever its first renders set off have settled. */
async function settle(element: Live): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!element.isUpdatePending) return;
  }
}

function mount(request: RenderRequest, attributes: Readonly<Record<string, string>>): Live {
  const element = document.createElement(request.tag) as Live;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  // The catalogue is given as a property: nothing is fetched, whatever `src` says.
  element.catalogue = catalogueOf(request.catalogueText);
  document.documentElement.setAttribute('lang', request.lang);
  document.body.append(element);
  return element;
}

/** Renders a second copy of an element (a policy's detail) and returns its content root, detached and cleaned. */
async function renderCopy(request: RenderRequest, attributes: Readonly<Record<string, string>>): Promise<Element> {
  const element = mount(request, attributes);
  try {
    await settle(element);
    return frozenCopy(element.querySelector(`:scope > .${BODY_CLASS}`)!);
  } finally {
    element.remove();
  }
}

/**
 * The tree's detail section for each item, drawn by one tree that shows no rows (so it is cheap),
 * handed to `use` one at a time: a copy is done with before the next is drawn.
 */
async function eachTreeDetail(request: RenderRequest, ids: readonly string[], headingLevel: number, use: (id: string, detail: Element | undefined) => void): Promise<void> {
  const tree = mount(request, { 'no-hash': '', domains: '\u0000', 'hide-changelog': '', 'heading-level': String(headingLevel) }) as Live & { selectedId?: string };
  try {
    for (const id of ids) {
      tree.selectedId = id;
      await settle(tree);
      const detail = tree.querySelector('.zwgk-detail');
      use(id, detail ? frozenCopy(detail) : undefined);
    }
  } finally {
    tree.remove();
  }
}

/** Drops the inline styles the elements set through the CSSOM, reporting any the static stylesheet lacks. */
function dropInlineStyles(root: Element, adapter: Adapter | undefined, problems: string[]): void {
  for (const element of [root, ...root.querySelectorAll('[style]')]) {
    const style = (element as HTMLElement).style;
    if (!element.hasAttribute('style')) continue;
    for (let i = 0; i < style.length; i++) {
      const property = style.item(i);
      const value = style.getPropertyValue(property);
      if (!adapter?.coveredStyle?.(element, property, value)) problems.push(`<${element.localName} class="${element.className}"> style ${property}: ${value}`);
    }
    element.removeAttribute('style');
  }
}

const CONTROLS = 'input, select, textarea, button';

/**
 * A copy of the element's content with its controls as they are drawn: what the elements set as
 * properties (a radio button checked, a field filled in from the catalogue) is written into the
 * attributes that HTML keeps, so that the static copy shows the same choices as the live element.
 */
function frozenCopy(body: Element): Element {
  const copy = body.cloneNode(true) as Element;
  const live = [...body.querySelectorAll(CONTROLS)];
  copy.querySelectorAll(CONTROLS).forEach((control, i) => {
    const drawn = live[i] as HTMLInputElement | HTMLTextAreaElement | undefined;
    if (!drawn) return;
    if (drawn instanceof HTMLInputElement && (drawn.type === 'checkbox' || drawn.type === 'radio')) control.toggleAttribute('checked', drawn.checked);
    else if (drawn instanceof HTMLTextAreaElement) control.textContent = drawn.value;
    else if (drawn instanceof HTMLInputElement && drawn.type !== 'file' && drawn.value) control.setAttribute('value', drawn.value);
  });
  removeComments(copy);
  return copy;
}

/**
 * Every form control of a static copy needs script (searching, filtering, signing up, applying,
 * looking up an application): it is disabled there, so that nothing looks usable that is not, and
 * above all so that no form can be submitted without script, which would put what a citizen typed
 * (a phone number, an ID number) into a GET address and the server's logs. The live element, when
 * it takes over, draws its own, working controls.
 */
function disableControls(root: Element): void {
  for (const control of root.querySelectorAll(CONTROLS)) control.setAttribute('disabled', '');
}

/** The opening tag of `element` (its attributes as they are after rendering). */
function openingTag(element: Element): string {
  const shallow = element.cloneNode(false) as Element;
  const html = shallow.outerHTML;
  return html.slice(0, html.length - `</${element.localName}>`.length);
}

/** Renders one element for a static page. */
export async function render(request: RenderRequest): Promise<RenderResult> {
  staticRender.active = true;
  const element = mount(request, request.attributes);
  const problems: string[] = [];
  try {
    await settle(element);
    const body = element.querySelector(`:scope > .${BODY_CLASS}`);
    if (!body) throw new Error(`<${request.tag}> did not render into the light DOM`);
    const copy = frozenCopy(body);
    const adapter = ADAPTERS[request.tag];
    dropInlineStyles(copy, adapter, problems);
    const deferred = await adapter?.finish?.(copy, { request, live: element, catalogue: catalogueOf(request.catalogueText) as CatalogueLike, problems });
    dropInlineStyles(copy, adapter, problems);
    disableControls(copy);
    if (request.hrefFor) retargetItemLinks(copy, (id) => request.hrefFor!('item', id));
    const content = deferred === undefined ? copy.outerHTML : copy.outerHTML.replace(`<!--${DEFERRED}-->`, () => deferred);
    // The live element never replaces this copy with an older one from the reader's browser.
    element.setAttribute(RENDERED_ATTRIBUTE, (catalogueOf(request.catalogueText) as { updatedAt: string }).updatedAt);
    return { html: `${openingTag(element)}${content}</${request.tag}>`, problems };
  } finally {
    element.remove();
  }
}

/**
 * The tree's detail section (an item's full standard) alone, for each item's own page, with its
 * heading at `headingLevel`: one tree draws them all, in turn.
 */
export async function renderItemStandards(request: Omit<RenderRequest, 'tag' | 'attributes'>, ids: readonly string[], headingLevel: number): Promise<RenderResult[]> {
  staticRender.active = true;
  const results: RenderResult[] = [];
  await eachTreeDetail({ ...request, tag: 'zwgk-catalogue-tree', attributes: {} }, ids, headingLevel, (id, detail) => {
    if (!detail) throw new Error(`no item ${id}`);
    const problems: string[] = [];
    dropInlineStyles(detail, ADAPTERS['zwgk-catalogue-tree'], problems);
    disableControls(detail);
    if (request.hrefFor) retargetItemLinks(detail, (item) => request.hrefFor!('item', item));
    results.push({ html: detail.outerHTML, problems });
  });
  return results;
}

/** Whether `tag` renders into the light DOM (so that `zwgk render` can copy its content). */
export function rendersInLightDom(tag: string): boolean {
  const element = customElements.get(tag) as (CustomElementConstructor & { shadow?: boolean }) | undefined;
  return !!element && !element.shadow;
}

/** Every element's stylesheet and the static pages' own rules: the text of `zwgk-elements.css`. */
export function stylesheet(): string {
  return `${elementsCss()}\n${staticRules()}\n`;
}

export const api = { render, renderItemStandards, rendersInLightDom, stylesheet };
export type RenderApi = typeof api;

(globalThis as unknown as { zwgkRender: RenderApi }).zwgkRender = api;
