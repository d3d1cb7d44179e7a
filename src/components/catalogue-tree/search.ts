/**
 * Search over the catalogue: one box that matches 名称, 事项, 公开内容, 公开依据 (title and 文号)
 * and 公开主体. Matching ignores full-width/half-width (NFKC), case, the 〔〕/[]/() variants of
 * 文号 brackets, and common traditional characters (a small table: cheap, no library).
 */
import type { Agency, CatalogueItem } from '../../catalogue/schema.js';

/** Traditional → simplified for characters common in disclosure catalogues (pairs). */
const TRADITIONAL_PAIRS =
  '義义 務务 學学 險险 醫医 療疗 衛卫 財财 預预 決决 規规 劃划 設设 項项 資资 產产 稅税 補补 償偿 徵征 環环 護护 養养 戶户 農农 貼贴 業业 據据 條条 開开 辦办 審审 報报 與与 關关 於于 發发 應应 災灾 貧贫 藥药 監监 執执 鄉乡 縣县 鎮镇 機机 構构 員员 單单 號号 國国 費费 價价 權权 責责 處处 罰罚 計计 統统 織织 會会 議议 經经 濟济 營营 證证 書书 運运 輸输 電电 話话 網网 絡络 門门 碼码 廳厅 區区 總总 體体 製制 滿满 團团 隊队 歲岁 數数 錄录 眾众 級级 勞劳 動动 導导 獎奖 勵励 庫库 時时 間间 聯联 類类 險险 買买 賣卖 區区 災灾 違违 規规 舊旧 樓楼 圖图 檔档 館馆 險险 醫医 補补 貸贷 業业 災灾';
const toSimplified = new Map<string, string>(TRADITIONAL_PAIRS.split(' ').map((pair) => [pair[0]!, pair[1]!]));

/**
 * Normalises text for matching. Keeps one character per input character (NFKC maps a full-width
 * letter to one half-width letter; CJK is unchanged), so match offsets map back onto the original.
 */
export function normalize(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFKC');
    const one = folded.length === char.length ? folded : char;
    const simple = toSimplified.get(one) ?? one;
    out += simple === '〔' || simple === '[' || simple === '（' || simple === '【' ? '(' : simple === '〕' || simple === ']' || simple === '）' || simple === '】' ? ')' : simple;
  }
  return out.toLowerCase();
}

export interface SearchIndex {
  readonly items: readonly CatalogueItem[];
  readonly haystacks: readonly string[];
}

export function buildSearchIndex(items: readonly CatalogueItem[], agencies: readonly Agency[]): SearchIndex {
  const agencyNames = new Map(agencies.map((a) => [a.id, `${a.name} ${a.shortName ?? ''}`]));
  const haystacks = items.map((item) =>
    normalize([
      item.name, item.matter, ...(item.path ?? []), item.content, ...(item.standard ?? []),
      ...item.basis.map((b) => `${b.title} ${b.docNo ?? ''}`),
      ...item.subjectIds.map((id) => agencyNames.get(id) ?? ''),
      item.code ?? '',
    ].join('\n')),
  );
  return { items, haystacks };
}

/** Query terms: whitespace separates terms that must all match. */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** Items whose text contains every term of the query, in catalogue order. */
export function search(index: SearchIndex, query: string): CatalogueItem[] {
  const terms = queryTerms(query);
  if (!terms.length) return [...index.items];
  const found: CatalogueItem[] = [];
  for (let i = 0; i < index.items.length; i++) {
    const haystack = index.haystacks[i]!;
    if (terms.every((term) => haystack.includes(term))) found.push(index.items[i]!);
  }
  return found;
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
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marks[i]) last.text += text[i];
    else parts.push({ text: text[i]!, match: marks[i]! });
  }
  return parts;
}
