/**
 * Listeners an element keeps on `window` (hashchange, popstate, beforeprint…) while it is on the
 * page: added when it connects, removed when it leaves, so a CMS that swaps elements in and out
 * leaves no listener behind.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WindowEvents implements ReactiveController {
  constructor(host: ReactiveControllerHost, private readonly listeners: Readonly<Record<string, (event: Event) => void>>) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) window.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of Object.entries(this.listeners)) window.removeEventListener(type, listener);
  }
}
