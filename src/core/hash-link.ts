/**
 * Deep links in the URL hash, as the catalogue tree has them (`#zwgk-item=<id>`): an element keeps
 * what is open in one hash parameter, so a CMS page can link to it and Back returns to where the
 * reader was. Other parameters the page or other elements use are kept.
 */

export function readHashParam(hash: string, name: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get(name) || undefined;
}

/** `hash` with `name` set to `value` (or removed), as `#…`, or '' when nothing is left. */
export function withHashParam(hash: string, name: string, value: string | undefined): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (value) params.set(name, value);
  else params.delete(name);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * Puts `hash` in the address bar without reloading: a new history entry (`push`) when the reader
 * opened something, so Back closes it, or in place (`replace`). History methods fire no
 * `hashchange`: the caller has already updated itself.
 */
export function setHash(hash: string, mode: 'push' | 'replace'): void {
  if (hash === location.hash || (hash === '' && location.hash === '')) return;
  const target = `${location.pathname}${location.search}${hash}`;
  if (mode === 'replace') history.replaceState(history.state, '', target);
  else history.pushState(history.state, '', target);
}

/**
 * Scrolls to the part of an element a link's `#fragment` names, once the element has drawn it:
 * the browser looks for the fragment when the page loads, before the catalogue has arrived, and
 * finds nothing. Runs once per element, after its first render with data.
 */
export class FragmentController {
  private done = false;

  constructor(
    private readonly host: { addController(c: { hostUpdated(): void }): void; querySelector(selector: string): Element | null },
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.done || !this.ready()) return;
    this.done = true;
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || id.includes('=')) return;
    let target: Element | null = null;
    try {
      target = this.host.querySelector(`#${CSS.escape(id)}`);
    } catch {
      return;
    }
    if (!(target instanceof HTMLElement)) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}
