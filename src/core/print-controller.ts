/**
 * Whether the page is being printed: paged lists print every row, not the page on screen. Set on
 * `beforeprint` and cleared on `afterprint`; the host re-renders both times (Chromium lays the
 * page out for print after `beforeprint` handlers and the updates they schedule synchronously, so
 * the host renders synchronously here).
 */
import type { ReactiveControllerHost } from 'lit';
import { WindowEvents } from './window-events.js';

export class PrintController {
  printing = false;

  constructor(private readonly host: ReactiveControllerHost) {
    new WindowEvents(host, { beforeprint: () => this.set(true), afterprint: () => this.set(false) });
  }

  private set(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    // Render now: the print layout is taken right after the beforeprint handlers return.
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  }
}
