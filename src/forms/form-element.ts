/**
 * The base of the elements that are forms (the request form, the open-day sign-up): a catalogue
 * consumer with the form styles, field ids from `uid()`, focus moved to what a send produced, and
 * the error summary focused whenever a submit finds problems (GOV.UK).
 */
import type { CSSResult, PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { ZwgkCatalogueConsumer } from '../core/consumer-element.js';
import { formStyles } from './form-view.js';

export class ZwgkFormElement extends ZwgkCatalogueConsumer {
  static override lightStyles(tag: string): CSSResult[] {
    return [...super.lightStyles(tag), formStyles(tag)];
  }

  /** The error summary's entries; a new non-empty list takes focus. */
  @state() protected summary: { id: string; message: string }[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<string, unknown>).has('summary') && this.summary.length) this.renderRoot.querySelector<HTMLElement>('.zwgk-error-summary')?.focus();
  }

  /** The document-unique id of the control for `key` (a field key or path such as `citizen.name`). */
  protected fieldId(key: string): string {
    return this.uid(`field-${key}`);
  }

  /** Moves focus, once rendered, to what an action produced (a receipt, an alert, the first wrong field). */
  protected async focusRendered(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
