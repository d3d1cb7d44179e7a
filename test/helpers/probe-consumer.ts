/**
 * A minimal consumer for tests: an element that reads the catalogue the way every real component
 * does (own src, or the enclosing provider through context) and prints the jurisdiction's name.
 */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ZwgkElement } from '../../src/core/zwgk-element.js';
import { CatalogueController } from '../../src/catalogue/controller.js';
import { renderLoadState } from '../../src/core/load-state.js';

export class ProbeConsumer extends ZwgkElement {
  @property() src?: string;
  @property({ attribute: false }) catalogue?: unknown;
  @property({ type: Number }) timeout?: number;
  readonly source = new CatalogueController(this);

  protected override render() {
    const state = this.source.state;
    return state.status === 'ready'
      ? html`<p class="name">${state.catalogue.jurisdiction.name}</p>`
      : renderLoadState(state, this.locale);
  }
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Waits until `check` passes or `ms` elapse; returns whether it passed. */
export async function until(check: () => boolean, ms = 3000): Promise<boolean> {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

/**
 * Mounts `<tag>` with attributes and a catalogue set as a property, inside a fresh fixture
 * (with `lang` on the wrapper when given), and waits for its first render.
 */
export async function mountWithCatalogue<K extends keyof HTMLElementTagNameMap>(
  tag: K, attrs: Record<string, string>, catalogue: unknown, lang?: string,
): Promise<HTMLElementTagNameMap[K]> {
  const { fixture, html } = await import('@open-wc/testing');
  const holder = await fixture(html`<div></div>`);
  if (lang) holder.setAttribute('lang', lang);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  (el as unknown as { catalogue: unknown }).catalogue = catalogue;
  holder.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}
