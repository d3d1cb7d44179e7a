/**
 * The text a catalogue item is found by, and how it is folded for matching: full-width and
 * half-width (NFKC), case, the 〔〕/[]/() variants of 文号 brackets, and common traditional
 * characters (a small table: cheap, no library). Part of the format: the search index file of a
 * chunked catalogue (`zwgk split`) holds these texts, named by NORMALIZATION, so that a view
 * searches prebuilt texts exactly as it searches the ones it builds itself.
 */
import type { Agency, CatalogueItem } from './schema.js';

/** Names the folding rules below; change it whenever they change, so that old prebuilt texts are folded again. */
export const NORMALIZATION = 'zwgk-fold-1';

/** Traditional → simplified for characters common in disclosure catalogues (pairs). */
const TRADITIONAL_PAIRS =
  '義义 務务 學学 險险 醫医 療疗 衛卫 財财 預预 決决 規规 劃划 設设 項项 資资 產产 稅税 補补 償偿 徵征 環环 護护 養养 戶户 農农 貼贴 業业 據据 條条 開开 辦办 審审 報报 與与 關关 於于 發发 應应 災灾 貧贫 藥药 監监 執执 鄉乡 縣县 鎮镇 機机 構构 員员 單单 號号 國国 費费 價价 權权 責责 處处 罰罚 計计 統统 織织 會会 議议 經经 濟济 營营 證证 書书 運运 輸输 電电 話话 網网 絡络 門门 碼码 廳厅 區区 總总 體体 製制 滿满 團团 隊队 歲岁 數数 錄录 眾众 級级 勞劳 動动 導导 獎奖 勵励 庫库 時时 間间 聯联 類类 買买 賣卖 違违 舊旧 樓楼 圖图 檔档 館馆 貸贷';
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

/** An agency's names as an item's text carries them: `name shortName`. */
export function agencyNamesOf(agencies: readonly Agency[]): ReadonlyMap<string, string> {
  return new Map(agencies.map((a) => [a.id, `${a.name} ${a.shortName ?? ''}`]));
}

/** An item's folded search text: 名称, 事项, 公开内容, 编码, path, standard, 依据 (title and 文号), 公开主体. */
export function searchText(item: CatalogueItem, agencyNames: ReadonlyMap<string, string>): string {
  let text = `${item.name}\n${item.matter}\n${item.content}\n${item.code ?? ''}`;
  if (item.path) text += `\n${item.path.join('\n')}`;
  if (item.standard) text += `\n${item.standard.join('\n')}`;
  for (const basis of item.basis) text += `\n${basis.title} ${basis.docNo ?? ''}`;
  for (const id of item.subjectIds) text += `\n${agencyNames.get(id) ?? ''}`;
  return normalize(text);
}
