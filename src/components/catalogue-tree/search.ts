/**
 * Search over the catalogue: one box that matches 名称, 事项, 公开内容, 公开依据 (title and 文号)
 * and 公开主体, folded as search-text.ts says (full-width, case, 文号 brackets, traditional).
 *
 * At province scale the index is the expensive part (100,000 items are about 17 million
 * characters to fold), so it is built in slices when the browser is idle, after the tree has
 * painted (LiveSearch); a query typed before it is complete searches what is indexed, shows
 * those results at once, and grows them as the rest is indexed. Typing on narrows the previous
 * results instead of scanning everything again.
 */
import type { Agency, CatalogueItem } from '../../catalogue/schema.js';
import { agencyNamesOf, normalize, searchText } from '../../catalogue/search-text.js';
import { type IdleBudget, whenIdle } from '../../core/idle.js';

export { normalize, toSimplified } from '../../catalogue/search-text.js';

/** How long a query may spend indexing before it answers from what is indexed. */
const RUN_BUDGET_MS = 8;

/** How many items are indexed between two checks of the time left. */
const SLICE = 64;

/** Ends each text in the joined index; never in a query (queries are split on whitespace and this is a control character). */
const SEPARATOR = '\u0001';

/**
 * The normalised text of each item, built in order and in slices (`extend`), so that it can be
 * spread over idle time. `haystacks[i]` belongs to `items[i]`; `haystacks.length` items are indexed.
 */
export class SearchIndex {
  readonly haystacks: string[];
  private readonly agencyNames: ReadonlyMap<string, string>;

  /** `prebuilt`: the texts of a chunked catalogue's search index file, one per item, already folded: nothing left to build. */
  constructor(readonly items: readonly CatalogueItem[], agencies: readonly Agency[], prebuilt?: readonly string[]) {
    this.agencyNames = agencyNamesOf(agencies);
    this.haystacks = prebuilt && prebuilt.length === items.length ? (prebuilt as string[]) : [];
  }

  get complete(): boolean {
    return this.haystacks.length === this.items.length;
  }

  /**
   * Every text in one string, separated by a character no query can contain, and where each
   * starts: one indexOf over it finds the next matching item far faster than a call per item
   * (100,000 items). Built once the index is complete (`join`, in idle time).
   */
  joined?: { readonly text: string; readonly starts: Int32Array };

  /** Builds `joined` (one pass over the texts; about as long as folding a few thousand items). */
  join(): void {
    if (this.joined || !this.complete) return;
    const starts = new Int32Array(this.haystacks.length + 1);
    let at = 0;
    this.haystacks.forEach((text, i) => {
      starts[i] = at;
      at += text.length + 1;
    });
    starts[this.haystacks.length] = at;
    // join() makes one flat string; appending to it would make a rope that the first search flattens (a 30 MB copy at 100,000 items).
    const text = this.haystacks.join(SEPARATOR);
    this.joined = { text, starts };
    // Each text becomes a view into the joined one (V8 slices share its characters): the index is not held twice.
    for (let i = 0; i < this.haystacks.length; i++) this.haystacks[i] = text.slice(starts[i]!, starts[i + 1]! - 1);
  }

  /** Indexes more items, until `budget` runs out (checked every few dozen items) or all are done. */
  extend(budget: IdleBudget = { timeRemaining: () => Infinity }): void {
    const { items, haystacks, agencyNames } = this;
    while (haystacks.length < items.length && budget.timeRemaining() > 0) {
      const end = Math.min(items.length, haystacks.length + SLICE);
      for (let i = haystacks.length; i < end; i++) haystacks.push(searchText(items[i]!, agencyNames));
    }
  }
}

/** The whole index at once (tests, exports, small catalogues). */
export function buildSearchIndex(items: readonly CatalogueItem[], agencies: readonly Agency[]): SearchIndex {
  const index = new SearchIndex(items, agencies);
  index.extend();
  return index;
}

/** Query terms: whitespace separates terms that must all match. */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** Matches of some terms among the first `scanned` items of an index: positions in catalogue order. */
export interface SearchResult {
  readonly terms: readonly string[];
  readonly positions: number[];
  scanned: number;
}

/** Whether every item matching `terms` also matches `earlier`: each earlier term is inside a new one. */
function narrows(terms: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((old) => terms.some((term) => term.includes(old)));
}

/**
 * Searches the indexed part of `index` for `terms`. With the result of an earlier query it
 * narrows instead when it can (typing on), and resumes where that result stopped scanning.
 */
export function searchIndexed(index: SearchIndex, terms: readonly string[], earlier?: SearchResult): SearchResult {
  const { haystacks } = index;
  const matches = (i: number) => {
    const haystack = haystacks[i]!;
    for (const term of terms) if (!haystack.includes(term)) return false;
    return true;
  };
  let result: SearchResult;
  if (earlier && narrows(terms, earlier.terms)) {
    const same = terms.length === earlier.terms.length && terms.every((term, i) => term === earlier.terms[i]);
    result = { terms, positions: same ? earlier.positions.slice() : earlier.positions.filter(matches), scanned: earlier.scanned };
  } else {
    result = { terms, positions: [], scanned: 0 };
  }
  const joined = index.joined;
  if (joined && result.scanned < haystacks.length && !terms.some((term) => term.includes(SEPARATOR))) {
    // Jump from one occurrence of the longest term to the next, item by item; check the others in that item.
    const { text, starts } = joined;
    const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
    const others = terms.filter((term) => term !== longest);
    let item = result.scanned;
    for (let at = text.indexOf(longest, starts[item]!); at !== -1 && item < haystacks.length; at = text.indexOf(longest, starts[++item]!)) {
      while (starts[item + 1]! <= at) item++;
      if (item >= haystacks.length) break;
      if (others.every((term) => haystacks[item]!.includes(term))) result.positions.push(item);
    }
  } else {
    for (let i = result.scanned; i < haystacks.length; i++) if (matches(i)) result.positions.push(i);
  }
  result.scanned = haystacks.length;
  return result;
}

/** Items whose text contains every term of the query, in catalogue order (indexes everything first). */
export function search(index: SearchIndex, query: string): CatalogueItem[] {
  const terms = queryTerms(query);
  if (!terms.length) return [...index.items];
  index.extend();
  return searchIndexed(index, terms).positions.map((i) => index.items[i]!);
}

/**
 * The search a live view needs: the index builds itself in idle time once `reset` gives it the
 * items; `run` answers at once from what is indexed; while a query waits for the rest, indexing
 * goes on without waiting for idle and `onProgress` is called after each slice so the view can
 * run the query again (which only scans the new part).
 */
export class LiveSearch {
  private index?: SearchIndex;
  private last?: SearchResult;
  private cancel?: () => void;
  private waiting = false;

  constructor(private readonly onProgress: () => void) {}

  /** Starts indexing `items` when the browser is idle (nothing to do with `prebuilt` texts). */
  reset(items: readonly CatalogueItem[], agencies: readonly Agency[], prebuilt?: readonly string[]): void {
    this.dispose();
    this.index = new SearchIndex(items, agencies, prebuilt);
    this.last = undefined;
    this.schedule();
  }

  /** Whether a query now searches every item (true before there are items). */
  get complete(): boolean {
    return !this.index || this.index.complete;
  }

  /**
   * Items matching `query` among those indexed so far, in catalogue order. What is left to index
   * is indexed first for up to half a frame, so a county-sized catalogue is always searched whole.
   */
  run(query: string): CatalogueItem[] {
    const index = this.index;
    if (!index) return [];
    const terms = queryTerms(query);
    if (!terms.length) return [...index.items];
    if (!index.complete) {
      const end = performance.now() + RUN_BUDGET_MS;
      index.extend({ timeRemaining: () => end - performance.now() });
    }
    this.last = searchIndexed(index, terms, this.last);
    if (!index.complete && !this.waiting) {
      // Someone is waiting for these results: index the rest now, not when the browser is idle.
      this.waiting = true;
      this.schedule();
    }
    return this.last.positions.map((i) => index.items[i]!);
  }

  /** Stops indexing (the element left the page). */
  dispose(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.waiting = false;
  }

  private schedule(): void {
    this.cancel?.();
    const step = (budget: IdleBudget) => {
      const index = this.index;
      if (!index) return;
      if (index.complete && !index.joined) {
        // The last step: one idle task joins the texts for fast scans.
        index.join();
        this.cancel = undefined;
        return;
      }
      if (index.complete) return;
      index.extend(budget);
      const waited = this.waiting;
      if (index.complete) this.waiting = false;
      // Then more slices, or the join, in idle time once nobody waits.
      this.schedule();
      if (waited) this.onProgress();
    };
    this.cancel = whenIdle(step, { idle: !this.waiting });
  }
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
