/**
 * What `<zwgk-catalogue>` provides to the elements inside it: the load state, not just the data,
 * so that consumers can show loading and error states of their own.
 */
import { createContext } from '@lit/context';
import type { Catalogue } from './schema.js';
import type { CatalogueError, CatalogueWarning } from './problems.js';

/** A catalogue shown from the browser's last good copy because loading it afresh failed (saved-copy.ts). */
export interface OfflineCopy {
  /** When this browser saved the copy (ISO date-time). */
  readonly savedAt: string;
  /** Why the fresh load failed. */
  readonly errors: readonly CatalogueError[];
  /** A new attempt to load the file is under way (the copy stays on screen meanwhile). */
  readonly retrying?: boolean;
  /** How many attempts to load it afresh have failed since the copy was first shown. */
  readonly failures: number;
}

export type CatalogueState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly source: string }
  | { readonly status: 'ready'; readonly source: string; readonly catalogue: Catalogue; readonly warnings: readonly CatalogueWarning[]; readonly offline?: OfflineCopy }
  | { readonly status: 'error'; readonly source: string; readonly errors: readonly CatalogueError[]; readonly warnings: readonly CatalogueWarning[] };

export const catalogueContext = createContext<CatalogueState>(Symbol.for('zwgk-elements.catalogue'));
