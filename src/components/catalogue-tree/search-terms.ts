/**
 * What the tree's rows need of a search, without the search itself (search.ts, loaded after the
 * first paint): a query's terms, and the parts of a label to highlight.
 */
import { normalize } from '../../catalogue/search-text.js';

export { normalize, toSimplified } from '../../catalogue/search-text.js';

/** Query terms: whitespace separates terms that must all match. */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** Splits `text` into plain and matching parts for highlighting with <mark>. */
export function highlightParts(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  if (!terms.length) return [{ text, match: false }];
  const normalized = normalize(text);
  const marks = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
      for (let i = at; i < at + term.length && i < marks.length; i++) marks[i] = true;
    }
  }
  const parts: { text: string; match: boolean }[] = [];
  for (let start = 0, i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[start]) {
      parts.push({ text: text.slice(start, i), match: marks[start]! });
      start = i;
    }
  }
  return parts;
}
