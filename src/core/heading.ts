/**
 * A heading at a level the page chooses (`heading-level`): a CMS puts an element under its own
 * `<h2>` or `<h3>`, and the element's titles must continue that outline, which a fixed `<h2>` in a
 * template cannot do (Lit cannot make the tag name a binding).
 */
import { html, nothing, type TemplateResult } from 'lit';

export function heading(level: number, content: unknown, className: string, id?: string): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, Math.floor(level) || 2))} class=${className} id=${id ?? nothing}>${content}</div>`;
}
