/**
 * What `<zwgk-catalogue>` provides to the elements inside it: the load state, not just the data,
 * so that consumers can show loading and error states of their own.
 */
import { createContext } from '@lit/context';
import type { Catalogue } from './schema.js';
import type { CatalogueError, CatalogueWarning } from './problems.js';

export type CatalogueState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly source: string }
  | { readonly status: 'ready'; readonly source: string; readonly catalogue: Catalogue; readonly warnings: readonly CatalogueWarning[] }
  | { readonly status: 'error'; readonly source: string; readonly errors: readonly CatalogueError[]; readonly warnings: readonly CatalogueWarning[] };

export const catalogueContext = createContext<CatalogueState>(Symbol.for('zwgk-elements.catalogue'));
