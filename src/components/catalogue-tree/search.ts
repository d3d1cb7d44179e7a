/**
 * Search over the catalogue: one box that matches 名称, 事项, 公开内容, 公开依据 (title and 文号)
 * and 公开主体, folded as search-text.ts says (full-width, case, 文号 brackets, traditional).
 *
 * At province scale the index is the expensive part (100,000 items are about 17 million
 * characters to fold), so it is built in slices when the browser is idle, after the tree has
 * painted (LiveSearch); a query typed before it is complete searches what is indexed, shows
 * those results at once, and grows them as the rest is indexed. Typing on narrows the previous
 * results instead of scanning everything again.
 *
 * Scanning 17 million characters takes 15–35 ms, longer than a frame. So items are indexed in
 * the tree's order and a query's first step stops once it has the rows the reader sees first
 * (they are final: no later match can come before them); the rest is searched in the tasks after.
 */
import type { Agency, CatalogueItem } from '../../catalogue/schema.js';
import { agencyNamesOf, searchText } from '../../catalogue/search-text.js';
import { type IdleBudget, whenIdle } from '../../core/idle.js';
import { queryTerms } from './search-terms.js';

export { normalize, toSimplified, queryTerms, highlightParts } from './search-terms.js';

/** How long one step of a query (or of indexing while a query waits) may run before the page paints. */
const STEP_BUDGET_MS = 8;

/** Up to this many items (a county's catalogue), a query's first step does not stop at the rows in view. */
const WHOLE_SEARCH_ITEMS = 20_000;

/** The part of a step kept for searching while the index is still being built. */
const SEARCH_SHARE_MS = 3;

/** How many items are indexed, or candidates checked, between two checks of the time left. */
const SLICE = 64;

/** Items per joined block: one indexOf jumps across a block; the time left is checked between blocks. */
const BLOCK = 1024;

/** Ends each text in a joined block; never in a query (queries are split on whitespace and this is a control character). */
const SEPARATOR = '\u0001';

/**
 * The texts of `BLOCK` consecutive items (from `first`) in one string, where each starts in it,
 * and which UTF-16 units occur in it (one bit each, 8 kB): a block lacking a character of the
 * query is skipped without a scan. Items are in tree order, so a domain's or a county's words
 * sit in a few blocks, and a rare word is found in a fraction of the time of a full scan.
 */
interface JoinedBlock {
  readonly first: number;
  readonly text: string;
  readonly starts: Int32Array;
  readonly units: Uint32Array;
}

/** Whether every UTF-16 unit of `term` occurs in a block. */
function blockMayHave(units: Uint32Array, term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const unit = term.charCodeAt(i);
    if (!(units[unit >>> 5]! & (1 << (unit & 31)))) return false;
  }
  return true;
}

const NO_LIMIT: IdleBudget = { timeRemaining: () => Infinity };

/**
 * The normalised text of each item, built in slices (`extend`) so that it can be spread over
 * idle time. Items are indexed and searched in `order` (catalogue positions; the tree's order in
 * the element, so that the first matches found are the first rows shown), else in catalogue
 * order: `haystacks[k]` belongs to `itemAt(k)`, and `haystacks.length` items are indexed.
 */
export class SearchIndex {
  readonly haystacks: string[];
  /** The indexed texts, joined by blocks as each block fills (searchIndexed scans them with indexOf). */
  readonly blocks: JoinedBlock[] = [];
  private readonly agencyNames: ReadonlyMap<string, string>;

  /**
   * `prebuilt`: the texts of a chunked catalogue's search index file, one per item in catalogue
   * order, already folded. They are joined in idle time (extend), not here (a province's are 17
   * million characters), and each is then replaced, in `prebuilt` too, by a view into its block
   * (the same characters), so that they are held once, not twice.
   */
  constructor(readonly items: readonly CatalogueItem[], agencies: readonly Agency[], private readonly prebuilt?: string[], readonly order?: ArrayLike<number>) {
    this.agencyNames = agencyNamesOf(agencies);
    this.haystacks = [];
    if (prebuilt && prebuilt.length === items.length) this.haystacks = order ? Array.from(order, (at) => prebuilt[at]!) : prebuilt.slice();
    else this.prebuilt = undefined;
  }

  get complete(): boolean {
    return this.haystacks.length === this.items.length;
  }

  /** Indexed and joined: nothing left to do in idle time. */
  get settled(): boolean {
    return this.complete && this.blocks.length === Math.ceil(this.items.length / BLOCK);
  }

  itemAt(position: number): CatalogueItem {
    return this.items[this.order ? this.order[position]! : position]!;
  }

  /** Indexes and joins more items, until `budget` runs out (checked every few dozen items) or all are done. */
  extend(budget: IdleBudget = NO_LIMIT): void {
    const { items, haystacks, agencyNames } = this;
    while (haystacks.length < items.length && budget.timeRemaining() > 0) {
      const end = Math.min(items.length, haystacks.length + SLICE);
      for (let i = haystacks.length; i < end; i++) haystacks.push(searchText(this.itemAt(i), agencyNames));
      this.joinBlocks(NO_LIMIT);
    }
    this.joinBlocks(budget);
  }

  /**
   * Joins every block that is full (and the last one once all is indexed): one indexOf over a
   * block finds the next matching item far faster than a call per item. Each text then becomes a
   * view into its block (V8 slices share its characters): the index is not held twice.
   */
  private joinBlocks(budget: IdleBudget): void {
    const { haystacks, blocks } = this;
    for (let first = blocks.length * BLOCK; first < haystacks.length && budget.timeRemaining() > 0; first += BLOCK) {
      const end = Math.min(first + BLOCK, this.items.length);
      if (end > haystacks.length) return;
      const starts = new Int32Array(end - first + 1);
      let at = 0;
      for (let i = first; i < end; i++) {
        starts[i - first] = at;
        at += haystacks[i]!.length + 1;
      }
      starts[end - first] = at;
      // join() makes one flat string; appending would make a rope that the first search flattens.
      const text = haystacks.slice(first, end).join(SEPARATOR);
      const { prebuilt, order } = this;
      for (let i = first; i < end; i++) {
        haystacks[i] = text.slice(starts[i - first]!, starts[i - first + 1]! - 1);
        if (prebuilt) prebuilt[order ? order[i]! : i] = haystacks[i]!;
      }
      const units = new Uint32Array(2048);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        units[unit >>> 5]! |= 1 << (unit & 31);
      }
      blocks.push({ first, text, starts, units });
    }
  }
}

/** The whole index at once (tests, exports, small catalogues). */
export function buildSearchIndex(items: readonly CatalogueItem[], agencies: readonly Agency[], order?: ArrayLike<number>): SearchIndex {
  const index = new SearchIndex(items, agencies, undefined, order);
  index.extend();
  return index;
}

/**
 * Matches of some terms: `positions` (in the index's order, ascending) holds every match below
 * `scanned`; the items from `scanned` on are not decided yet. While it narrows an earlier result,
 * `narrowing` holds that result's matches still to check (from `next`) and where it had stopped.
 */
export interface SearchResult {
  readonly terms: readonly string[];
  readonly positions: number[];
  scanned: number;
  narrowing?: { readonly candidates: readonly number[]; next: number; readonly until: number };
}

/** Whether every item matching `terms` also matches `earlier`: each earlier term is inside a new one. */
function narrows(terms: readonly string[], earlier: readonly string[]): boolean {
  return earlier.every((old) => terms.some((term) => term.includes(old)));
}

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((term, i) => term === b[i]);

/** Whether the search has decided every item of a complete index. */
export function searchDone(index: SearchIndex, result: SearchResult): boolean {
  return index.complete && !result.narrowing && result.scanned >= index.items.length;
}

/**
 * Searches the indexed part of `index` for `terms`. With the result of an earlier query it goes
 * on where that stopped (the same terms) or narrows it (typing on). It stops early, leaving the
 * rest for the next call, when `budget` runs out or once `enough` matches are found: the rows a
 * reader sees first, in the index's order.
 */
export function searchIndexed(index: SearchIndex, terms: readonly string[], earlier?: SearchResult, budget: IdleBudget = NO_LIMIT, enough = Infinity): SearchResult {
  const { haystacks } = index;
  const matches = (i: number) => {
    const haystack = haystacks[i]!;
    for (const term of terms) if (!haystack.includes(term)) return false;
    return true;
  };
  let result: SearchResult;
  if (earlier && sameTerms(terms, earlier.terms)) {
    result = earlier;
  } else if (earlier && narrows(terms, earlier.terms)) {
    // Every match of the new terms is among the earlier matches (below where the earlier search had got to).
    const decided = earlier.narrowing ? earlier.positions.concat(earlier.narrowing.candidates.slice(earlier.narrowing.next)) : earlier.positions;
    const until = earlier.narrowing ? earlier.narrowing.until : earlier.scanned;
    result = { terms, positions: [], scanned: 0, narrowing: { candidates: decided, next: 0, until } };
  } else {
    result = { terms, positions: [], scanned: 0 };
  }
  const { positions } = result;
  // Some work is always done, so that every call makes progress.
  let worked = false;
  const stop = () => worked && (positions.length >= enough || budget.timeRemaining() <= 0);
  const narrowing = result.narrowing;
  if (narrowing) {
    const { candidates } = narrowing;
    let next = narrowing.next;
    while (next < candidates.length && !stop()) {
      const end = Math.min(candidates.length, next + SLICE);
      for (; next < end; next++) if (matches(candidates[next]!)) positions.push(candidates[next]!);
      worked = true;
    }
    narrowing.next = next;
    if (next < candidates.length) {
      result.scanned = candidates[next]!;
      return result;
    }
    result.narrowing = undefined;
    result.scanned = narrowing.until;
  }
  const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
  const others = terms.filter((term) => term !== longest);
  const { blocks } = index;
  // Joined blocks: jump from one occurrence of the longest term to the next; check the others in that item.
  for (let b = Math.floor(result.scanned / BLOCK); b < blocks.length && !stop(); b++) {
    const { first, text, starts, units } = blocks[b]!;
    const count = starts.length - 1;
    if (!terms.every((term) => blockMayHave(units, term))) {
      result.scanned = first + count;
      continue;
    }
    let item = result.scanned - first;
    for (let at = text.indexOf(longest, starts[item]!); at !== -1 && item < count; at = text.indexOf(longest, starts[++item]!)) {
      while (starts[item + 1]! <= at) item++;
      if (item >= count) break;
      if (others.every((term) => haystacks[first + item]!.includes(term))) positions.push(first + item);
    }
    result.scanned = first + count;
    worked = true;
  }
  // Items indexed but not joined yet (an index still being built): one by one.
  while (result.scanned < haystacks.length && !stop()) {
    const end = Math.min(haystacks.length, result.scanned + SLICE);
    for (let i = result.scanned; i < end; i++) if (matches(i)) positions.push(i);
    result.scanned = end;
    worked = true;
  }
  return result;
}

/** Items whose text contains every term of the query, in catalogue order (indexes everything first). */
export function search(index: SearchIndex, query: string): CatalogueItem[] {
  const terms = queryTerms(query);
  if (!terms.length) return [...index.items];
  index.extend();
  const found = searchIndexed(index, terms).positions;
  if (!index.order) return found.map((i) => index.items[i]!);
  return Array.from(Int32Array.from(found, (k) => index.order![k]!).sort(), (at) => index.items[at]!);
}

/** What a live search has found so far: positions in the index's order (the tree's), ascending. */
export interface LiveResult {
  readonly positions: readonly number[];
  /** Every item has been searched: `positions` is the whole answer. */
  readonly done: boolean;
}

/**
 * The search a live view needs. The index builds itself in idle time once `reset` gives it the
 * items. `find` answers within one step (STEP_BUDGET_MS), stopping early once it has the rows
 * the view shows first; the rest of the search, and of the index if it is not built yet, goes
 * on in later tasks, without waiting for idle, and `onProgress` tells the view to ask again:
 * after each slice of index (the answer grows), or once the search is done.
 */
export class LiveSearch {
  private index?: SearchIndex;
  private last?: SearchResult;
  private cancel?: () => void;
  private waiting = false;

  constructor(private readonly onProgress: () => void) {}

  /** Starts indexing `items` (in `order`, catalogue positions) when the browser is idle; nothing to build with `prebuilt` texts. */
  reset(items: readonly CatalogueItem[], agencies: readonly Agency[], prebuilt?: string[], order?: ArrayLike<number>): void {
    this.dispose();
    this.index = new SearchIndex(items, agencies, prebuilt, order);
    this.last = undefined;
    this.schedule();
  }

  /** Whether the last query has its whole answer (true with no query, or before there are items). */
  get complete(): boolean {
    const { index, last } = this;
    return !index || (index.complete && (!last || searchDone(index, last)));
  }

  /**
   * What matches `query` so far. `enough`: how many matches the view shows first; the first
   * answer may stop there (the rest follows, see the class).
   */
  find(query: string, enough = Infinity): LiveResult {
    const index = this.index;
    const terms = queryTerms(query);
    if (!index || !terms.length) {
      this.forget();
      return { positions: [], done: true };
    }
    const end = performance.now() + STEP_BUDGET_MS;
    // An index still being built gets most of the step, and the search what is left (at least a little).
    if (!index.complete) index.extend({ timeRemaining: () => end - SEARCH_SHARE_MS - performance.now() });
    const searchEnd = Math.max(end, performance.now() + SEARCH_SHARE_MS);
    const budget = { timeRemaining: () => searchEnd - performance.now() };
    // A county's catalogue is searched whole in one step (a few ms: no "searching" between two answers); a province's stops at the rows in view.
    const result = (this.last = searchIndexed(index, terms, this.last, budget, index.items.length > WHOLE_SEARCH_ITEMS ? enough : Infinity));
    const done = searchDone(index, result);
    if (!done && !this.waiting) {
      // Someone is waiting for the rest: go on once this answer is painted, not when the browser is idle.
      this.waiting = true;
      this.schedule(true);
    }
    // A search not done goes on adding to its positions: the caller gets what it has now.
    return { positions: done ? result.positions : result.positions.slice(), done };
  }

  /** Items matching `query` among those searched so far, in the index's order (see find). */
  run(query: string): CatalogueItem[] {
    const index = this.index;
    if (!index) return [];
    if (!queryTerms(query).length) return [...index.items];
    return this.find(query).positions.map((k) => index.itemAt(k));
  }

  /** Stops indexing (the element left the page). */
  dispose(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.waiting = false;
  }

  /** The query was cleared: nobody waits for its answer any more. */
  private forget(): void {
    this.last = undefined;
    if (this.waiting) {
      this.waiting = false;
      this.schedule();
    }
  }

  private schedule(afterPaint = false): void {
    this.cancel?.();
    this.cancel = undefined;
    const index = this.index;
    if (!index || (index.settled && !this.waiting)) return;
    const step = (budget: IdleBudget) => {
      const grew = !index.complete;
      // A query waiting needs its items indexed, not joined: joining prebuilt texts waits until nobody does.
      if (grew || (!index.settled && !this.waiting)) index.extend(budget);
      const last = this.last;
      if (this.waiting && last) searchIndexed(index, last.terms, last, budget);
      const done = !last || searchDone(index, last);
      if (this.waiting && done) this.waiting = false;
      this.schedule();
      // While the index grows, each slice adds rows; once it is whole, the answer is drawn when complete.
      if (last && (done || grew)) this.onProgress();
    };
    // Prebuilt texts (a province's search index file) are joined in short timer slices, not idle
    // periods: a page busy enough to leave no idle time would leave them unjoined, and the first
    // query would scan them one by one (2.5 times slower than joined ones, and without skipping).
    const joiningOnly = index.complete && !index.settled;
    this.cancel = whenIdle(step, { idle: !this.waiting && !joiningOnly, afterPaint });
  }
}
