/**
 * Every event a zwgk element fires, with its detail type. Components add theirs by declaration
 * merging, so `emit` and `addEventListener` are typed end to end.
 */
import type { Catalogue, CatalogueItem, DisclosurePoint, Interpretation, Policy } from '../catalogue/schema.js';
import type { CatalogueError, CatalogueWarning } from '../catalogue/problems.js';

export interface CatalogueLoadDetail {
  readonly catalogue: Catalogue;
  readonly warnings: readonly CatalogueWarning[];
  /** Present when the catalogue is the browser's last good copy, shown because loading it afresh failed. */
  readonly offline?: { readonly savedAt: string };
}

export interface ZwgkErrorDetail {
  readonly errors: readonly CatalogueError[];
  readonly warnings: readonly CatalogueWarning[];
  /** Where the catalogue came from: the src URL, "inline" or "property". */
  readonly source: string;
}

/** `zwgk-select`: what the user opened, tagged by kind because several elements fire it. */
export type ZwgkSelectDetail =
  | { readonly kind: 'item'; readonly item: CatalogueItem }
  | { readonly kind: 'point'; readonly point: DisclosurePoint }
  | { readonly kind: 'policy'; readonly policy: Policy }
  | { readonly kind: 'interpretation'; readonly interpretation: Interpretation; readonly policy: Policy };

/** `zwgk-submit` (cancelable, before sending) and `zwgk-submitted` (after the server accepted), tagged by form. */
export type ZwgkSubmitDetail =
  | { readonly kind: 'open-day'; readonly eventId: string; readonly sessionId: string; readonly values: Readonly<Record<string, string>> }
  | { readonly kind: 'request'; readonly application: unknown };
export type ZwgkSubmittedDetail =
  | { readonly kind: 'open-day'; readonly signup: { readonly code: string; readonly status: string; readonly eventId: string; readonly sessionId: string } }
  | { readonly kind: 'request'; readonly receipt: { readonly code: string; readonly receivedAt: string } };

/** Components add their own events here by declaration merging (`declare module '…/core/events.js'`). */
export interface ZwgkEventMap {
  'zwgk-catalogue-load': CatalogueLoadDetail;
  'zwgk-error': ZwgkErrorDetail;
  'zwgk-select': ZwgkSelectDetail;
  'zwgk-submit': ZwgkSubmitDetail;
  'zwgk-submitted': ZwgkSubmittedDetail;
}

export type ZwgkEvent<K extends keyof ZwgkEventMap> = CustomEvent<ZwgkEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-catalogue-load': ZwgkEvent<'zwgk-catalogue-load'>;
    'zwgk-error': ZwgkEvent<'zwgk-error'>;
    'zwgk-select': ZwgkEvent<'zwgk-select'>;
    'zwgk-submit': ZwgkEvent<'zwgk-submit'>;
    'zwgk-submitted': ZwgkEvent<'zwgk-submitted'>;
  }
}
