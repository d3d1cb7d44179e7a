/**
 * Every event a zwgk element fires, with its detail type. Components add theirs by declaration
 * merging, so `emit` and `addEventListener` are typed end to end.
 */
import type { Catalogue, CatalogueItem, DisclosurePoint, Interpretation, Policy } from '../catalogue/schema.js';
import type { CatalogueError, CatalogueWarning } from '../catalogue/problems.js';

export interface CatalogueLoadDetail {
  readonly catalogue: Catalogue;
  readonly warnings: readonly CatalogueWarning[];
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

/** Components add their own events here by declaration merging (`declare module '…/core/events.js'`). */
export interface ZwgkEventMap {
  'zwgk-catalogue-load': CatalogueLoadDetail;
  'zwgk-error': ZwgkErrorDetail;
  'zwgk-select': ZwgkSelectDetail;
}

export type ZwgkEvent<K extends keyof ZwgkEventMap> = CustomEvent<ZwgkEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-catalogue-load': ZwgkEvent<'zwgk-catalogue-load'>;
    'zwgk-error': ZwgkEvent<'zwgk-error'>;
    'zwgk-select': ZwgkEvent<'zwgk-select'>;
  }
}
