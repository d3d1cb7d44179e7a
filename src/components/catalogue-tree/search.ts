/**
 * Search over the catalogue: one box that matches 名称, 事项, 公开内容, 公开依据 (title and 文号)
 * and 公开主体. Matching ignores full-width/half-width (NFKC), case, the 〔〕/[]/() variants of
 * 文号 brackets, and common traditional characters (a small table: cheap, no library).
 *
 * At province scale the index is the expensive part (100,000 items are about 17 million
 * characters to fold), so it is built in slices when the browser is idle, after the tree has
 * painted (LiveSearch); a query typed before it is complete searches what is indexed, shows
 * those results at once, and grows them as the rest is indexed. Typing on narrows the previous
 * results instead of scanning everything again.
 */
import type { Agency, CatalogueItem } from '../../catalogue/schema.js';
import { type IdleBudget, soon, whenIdle } from '../../core/idle.js';

/** Traditional → simplified for characters common in disclosure catalogues (pairs). */
const TRADITIONAL_PAIRS =
  '義义 務务 學学 險险 醫医 療疗 衛卫 財财 預预 決决 規规 劃划 設设 項项 資资 產产 稅税 補补 償偿 徵征 環环 護护 養养 戶户 農农 貼贴 業业 據据 條条 開开 辦办 審审 報报 與与 關关 於于 發发 應应 災灾 貧贫 藥药 監监 執执 鄉乡 縣县 鎮镇 機机 構构 員员 單单 號号 國国 費费 價价 權权 責责 處处 罰罚 計计 統统 織织 會会 議议 經经 濟济 營营 證证 書书 運运 輸输 電电 話话 網网 絡络 門门 碼码 廳厅 區区 總总 體体 製制 滿满 團团 隊队 歲岁 數数 錄录 眾众 級级 勞劳 動动 導导 獎奖 勵励 庫库 時时 間间 聯联 類类 險险 買买 賣卖 區区 災灾 違违 規规 舊旧 樓楼 圖图 檔档 館馆 險险 醫医 補补 貸贷 業业 災灾';
export const toSimplified: ReadonlyMap<string, string> = new Map(TRADITIONAL_PAIRS.split(' ').map((pair) => [pair[0]!, pair[1]!]));
const BRACKETS: Readonly<Record<string, string>> = { '〔': '(', '[': '(', '（': '(', '【': '(', '〕': ')', ']': ')', '）': ')', '】': ')' };

/**
 * The folded form of one UTF-16 unit, always one unit long, so that match offsets map back onto
 * the original text (a unit whose NFKC or lower case is longer is kept as it is).
 */
function foldUnit(char: string): string {
  const nfkc = char.normalize('NFKC');
  let one = nfkc.length === 1 ? nfkc : char;
  one = toSimplified.get(one) ?? one;
  one = BRACKETS[one] ?? one;
  const lower = one.toLowerCase();
  return lower.length === 1 ? lower : one;
}

/** Per UTF-16 unit: 0 not yet seen, 1 folds to itself, 2 folds to `replacements[unit]`. */
const unitState = new Uint8Array(0x10000);
const replacements: string[] = [];
function classify(unit: number): number {
  const char = String.fromCharCode(unit);
  const folded = foldUnit(char);
  if (folded === char) return (unitState[unit] = 1);
  replacements[unit] = folded;
  return (unitState[unit] = 2);
}

/**
 * Normalises text for matching, one character per input character. Each distinct character is
 * folded once per page and remembered; text that needs no change (most Chinese text, lower-case
 * ASCII) is returned as it is, without building a new string.
 */
export function normalize(text: string): string {
  let parts: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unitState[unit] || classify(unit)) === 2) {
      (parts ??= []).push(text.slice(from, i), replacements[unit]!);
      from = i + 1;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

/** How long a query may spend indexing before it answers from what is indexed. */
const RUN_BUDGET_MS = 8;

/** How many items are indexed between two checks of the time left. */
const SLICE = 64;

/**
 * The normalised text of each item, built in order and in slices (`extend`), so that it can be
 * spread over idle time. `haystacks[i]` belongs to `items[i]`; `haystacks.length` items are indexed.
 */
export class SearchIndex {
  readonly haystacks: string[] = [];
  private readonly agencyNames: Map<string, string>;

  constructor(readonly items: readonly CatalogueItem[], agencies: readonly Agency[]) {
    this.agencyNames = new Map(agencies.map((a) => [a.id, `${a.name} ${a.shortName ?? ''}`]));
  }

  get complete(): boolean {
    return this.haystacks.length === this.items.length;
  }

  /** Indexes more items, until `budget` runs out (checked every few dozen items) or all are done. */
  extend(budget: IdleBudget = { timeRemaining: () => Infinity }): void {
    const { items, haystacks, agencyNames } = this;
    while (haystacks.length < items.length && budget.timeRemaining() > 0) {
      const end = Math.min(items.length, haystacks.length + SLICE);
      for (let i = haystacks.length; i < end; i++) {
        const item = items[i]!;
        let text = `${item.name}\n${item.matter}\n${item.content}\n${item.code ?? ''}`;
        if (item.path) text += `\n${item.path.join('\n')}`;
        if (item.standard) text += `\n${item.standard.join('\n')}`;
        for (const basis of item.basis) text += `\n${basis.title} ${basis.docNo ?? ''}`;
        for (const id of item.subjectIds) text += `\n${agencyNames.get(id) ?? ''}`;
        haystacks.push(normalize(text));
      }
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
  for (let i = result.scanned; i < haystacks.length; i++) if (matches(i)) result.positions.push(i);
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
  private completed?: { promise: Promise<void>; resolve: () => void };

  constructor(private readonly onProgress: () => void) {}

  /** Starts indexing `items` when the browser is idle. */
  reset(items: readonly CatalogueItem[], agencies: readonly Agency[]): void {
    this.dispose();
    this.index = new SearchIndex(items, agencies);
    this.last = undefined;
    this.schedule();
  }

  /** Whether a query now searches every item (true before there are items). */
  get complete(): boolean {
    return !this.index || this.index.complete;
  }

  /** Resolves when every item is indexed. */
  whenComplete(): Promise<void> {
    if (!this.index || this.index.complete) return Promise.resolve();
    if (!this.completed) {
      let resolve!: () => void;
      const promise = new Promise<void>((done) => (resolve = done));
      this.completed = { promise, resolve };
    }
    return this.completed.promise;
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
      if (index.complete) this.finished();
    }
    this.last = searchIndexed(index, terms, this.last);
    if (!index.complete && !this.waiting) {
      // Someone is waiting for these results: index the rest now, not when the browser is idle.
      this.waiting = true;
      this.schedule();
    }
    return this.last.positions.map((i) => index.items[i]!);
  }

  private finished(): void {
    this.completed?.resolve();
    this.completed = undefined;
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
      index.extend(budget);
      if (!index.complete) this.schedule();
      else this.cancel = undefined;
      if (this.waiting) {
        if (index.complete) this.waiting = false;
        this.onProgress();
      }
      if (index.complete) this.finished();
    };
    this.cancel = this.waiting ? soon(step) : whenIdle(step);
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
