/**
 * The rules of the last good copy (saved-copy.ts keeps it): which failures may be answered with
 * it, and which of two copies is the newer. Pure, and small: every page needs them at once, while
 * the store itself is loaded only when a copy is saved or read.
 */
import { startOf } from './dates.js';
import type { CatalogueError } from './problems.js';

/**
 * The attribute `zwgk render` writes on an element it rendered: the `updatedAt` of the catalogue
 * its static copy shows. A saved copy older than that never replaces the page's own copy.
 */
export const RENDERED_ATTRIBUTE = 'data-zwgk-rendered';

/** A catalogue's `updatedAt` as a time, to order its copies: a bare date counts from its start in Beijing. */
export const updatedTime = (updatedAt: string): number | undefined => startOf(updatedAt);

/** Whether `candidate` is a strictly older catalogue than `than`, by their `updatedAt`. */
export function isOlderCopy(candidate: { readonly updatedAt: string }, than: { readonly updatedAt: string }): boolean {
  const a = updatedTime(candidate.updatedAt);
  const b = updatedTime(than.updatedAt);
  return a !== undefined && b !== undefined && a < b;
}

/**
 * Whether a failed load may be answered with the saved copy: the reader's connection or the server
 * failed (network error, offline, timeout, HTTP 5xx, 408, 429), or the file is not a valid
 * catalogue. Not for other 4xx answers: a 404 or 403 means the address is wrong or refused, which
 * the site's editors must see and fix rather than have hidden behind an old copy.
 */
export function mayUseSavedCopy(errors: readonly CatalogueError[]): boolean {
  if (!errors.length) return false;
  return errors.every((e) => {
    if (e.kind !== 'network') return true;
    const status = /^http-(\d+)$/.exec(e.code);
    if (!status) return true;
    const code = Number(status[1]);
    return code >= 500 || code === 408 || code === 429;
  });
}
