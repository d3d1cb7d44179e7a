/**
 * Whether the page is being printed: paged lists print every row, not the page on screen. Set on
 * `beforeprint` and cleared on `afterprint`; the host re-renders both times (Chromium lays the
 * page out for print after `beforeprint` handlers and the updates they schedule synchronously, so
 * the host renders synchronously here).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  private readonly onBefore = () => this.set(true);
  private readonly onAfter = () => this.set(false);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
  }

  private set(printing: boolean): void {
    if (this.printing === printing) return;
    this.printing = printing;
    this.host.requestUpdate();
    // Render now: the print layout is taken right after the beforeprint handlers return.
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  }
}
