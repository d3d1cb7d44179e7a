/**
 * Every event a zwgk element fires, with its detail type. Components add theirs by declaration
 * merging, so `emit` and `addEventListener` are typed end to end.
 */
import type { Catalogue } from '../catalogue/schema.js';
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

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ZwgkEventMap {
  'zwgk-catalogue-load': CatalogueLoadDetail;
  'zwgk-error': ZwgkErrorDetail;
}

export type ZwgkEvent<K extends keyof ZwgkEventMap> = CustomEvent<ZwgkEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'zwgk-catalogue-load': ZwgkEvent<'zwgk-catalogue-load'>;
    'zwgk-error': ZwgkEvent<'zwgk-error'>;
  }
}
