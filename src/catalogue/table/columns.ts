/**
 * What each column of a county catalogue table means, worked out from its heading: the usual
 * Chinese headings and their local variants (DOMAIN-PRACTICE §1.2), in one header row or two
 * (公开事项 over 一级事项 | 二级事项; 公开对象 over 全社会 | 特定群体 with √ in the cells).
 * Pure; used by read-sheet.ts.
 */
import { squash } from './cell-values.js';

/** A column holding text, one value per row. `level` columns are the item's name levels. */
export type TextField =
  | 'seq' | 'id' | 'code' | 'domain' | 'item' | 'content' | 'standard' | 'basis' | 'timeLimit' | 'duration' | 'subject'
  | 'channels' | 'audience' | 'mode' | 'levels' | 'stages' | 'formats' | 'category' | 'supervision' | 'requirement'
  // The columns of task and domain-responsibility tables (plan-tables.ts).
  | 'task' | 'subtask' | 'responsible' | 'lead' | 'guide' | 'due';

/** Fields whose options may be spread over sub-columns ticked with √ or ■. */
export type TickGroup = 'channels' | 'audience' | 'mode' | 'levels' | 'stages' | 'formats';
const TICK_GROUPS = new Set<string>(['channels', 'audience', 'mode', 'levels', 'stages', 'formats']);

export type Column =
  | { readonly kind: 'text'; readonly field: TextField; readonly depth?: number; readonly heading: string }
  | { readonly kind: 'tick'; readonly group: TickGroup; readonly option: string; readonly heading: string }
  | { readonly kind: 'unknown'; readonly heading: string }
  /** Left out on purpose (`--map C=ignore`): not imported and not warned about. */
  | { readonly kind: 'ignored'; readonly heading: string }
  | { readonly kind: 'empty' };

/** Headings in the order they are tried; the first match wins (事项类别 before 公开类别). */
const HEADINGS: readonly (readonly [RegExp, TextField, number?])[] = [
  [/^(?:序号|序|编号|No\.?|#)$/i, 'seq'],
  [/^(?:事项ID|ID|标识)$/i, 'id'],
  [/编码|代码|目录号/, 'code'],
  [/领域/, 'domain'],
  [/^一级/, 'item', 1],
  [/^二级/, 'item', 2],
  [/^三级/, 'item', 3],
  [/^四级/, 'item', 4],
  [/^(?:公开|具体)?(?:事项|目录|项目)(?:名称)?$|^公开事项/, 'item'],
  // 事项类别 is the domain in some templates (seed 003) and the item category in others: the values decide (column-meaning.ts).
  [/事项类[别型]|项目类[别型]|项目分类/, 'category'],
  [/监督/, 'supervision'],
  [/内容|要素|标准$/, 'content'],
  // 公开要求 (荣昌) stands for 公开依据 and 公开时限 together.
  [/公开要求/, 'requirement'],
  [/依据/, 'basis'],
  [/时限|时间要求|公开时间/, 'timeLimit'],
  [/时长|期限|公开期/, 'duration'],
  [/主体|责任单位|责任部门|公开部门|牵头单位|公开单位|实施主体|责任科室/, 'subject'],
  [/渠道|载体/, 'channels'],
  [/对象|范围/, 'audience'],
  [/方式/, 'mode'],
  [/层级|级别/, 'levels'],
  [/过程|五公开|类别|环节/, 'stages'],
  [/形式|格式|^公开$/, 'formats'],
];

/** The bracketed remark of a heading: 公开方式（载体） → 载体. */
const remarkOf = (text: string) => /[（(]([^（）()]*)[）)]/.exec(squash(text))?.[1] ?? '';

/** Heading text as matched: no spaces, no bracketed remark ("公开内容（要素）" → 公开内容). */
export function headingKey(text: string): string {
  const squashed = squash(text);
  const withoutRemark = squashed.replace(/[（(][^（）()]*[）)]/g, '');
  return withoutRemark || squashed;
}

export function classifyHeading(text: string): { field: TextField; depth?: number } | undefined {
  const key = headingKey(text);
  if (!key) return undefined;
  for (const [pattern, field, depth] of HEADINGS) {
    if (!pattern.test(key)) continue;
    // 公开方式（载体）: the remark says what the column holds (seed 003 §（五）).
    if (field === 'mode' && /载体|渠道/.test(remarkOf(text))) return { field: 'channels' };
    return depth ? { field, depth } : { field };
  }
  return undefined;
}

/** Level headings that may sit under 公开事项: 一级事项, 二级, 三级目录…. */
const isLevelHeading = (text: string) => /^[一二三四]级/.test(headingKey(text));

/** How many distinct fields a row's cells name: the header row is the one naming most. */
export function headerScore(row: readonly string[]): number {
  const fields = new Set<string>();
  for (const cell of row) {
    const found = classifyHeading(cell);
    if (found) fields.add(found.field);
  }
  return fields.size;
}

export interface Header {
  /** 0-based index of the first header row. */
  readonly first: number;
  /** 1 or 2 rows. */
  readonly height: number;
  readonly columns: readonly Column[];
}

/** Rows searched for the header: title rows and a legend may come first. */
const HEADER_SEARCH_ROWS = 20;
/** Fewer recognised headings than this is not a catalogue header. */
export const MIN_HEADER_FIELDS = 3;

/**
 * Finds the header among the first rows and reads each column's meaning. A second row counts as
 * part of the header when it subdivides a heading above it (一级事项 under 公开事项, 全社会 under
 * 公开对象). Returns undefined when no row names at least three catalogue columns.
 */
export function findHeader(rows: readonly (readonly string[])[]): Header | undefined {
  let best = -1;
  let bestScore = MIN_HEADER_FIELDS - 1;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const score = headerScore(rows[r]!);
    if (score > bestScore && hasItemColumn(rows[r]!)) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return undefined;
  const top = fillRight(rows[best]!, rows[best + 1]);
  const below = rows[best + 1];
  const twoRows = below !== undefined && subdivides(top, below);
  // Headings are carried right only over a second header row, never over a data row.
  const headings = twoRows ? top : rows[best]!;
  const width = Math.max(headings.length, twoRows ? below!.length : 0);
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) columns.push(readColumn(headings[c] ?? '', twoRows ? (below![c] ?? '') : ''));
  return { first: best, height: twoRows ? 2 : 1, columns };
}

const hasItemColumn = (row: readonly string[]) => row.some((cell) => {
  const field = classifyHeading(cell)?.field;
  return field === 'item' || field === 'content';
});

/**
 * A CSV or a Word paste has no merged cells: "公开对象" stands over its first sub-column and the
 * next ones are empty. The heading is carried right over empty cells that have a sub-heading.
 */
function fillRight(top: readonly string[], below: readonly string[] | undefined): string[] {
  const filled = [...top];
  for (let c = 1; c < filled.length || (below && c < below.length); c++) {
    if (!squash(filled[c] ?? '') && below && squash(below[c] ?? '') && squash(filled[c - 1] ?? '')) filled[c] = filled[c - 1]!;
  }
  return filled;
}

function subdivides(top: readonly string[], below: readonly string[]): boolean {
  let subdivisions = 0;
  for (let c = 0; c < below.length; c++) {
    const child = squash(below[c] ?? '');
    const parent = squash(top[c] ?? '');
    if (!child || child === parent) continue;
    const parentField = classifyHeading(parent)?.field;
    if (parentField === 'item' && isLevelHeading(child)) subdivisions++;
    else if (parentField && TICK_GROUPS.has(parentField)) subdivisions++;
    else if (!parent && classifyHeading(child)) subdivisions++;
    else return false;
  }
  return subdivisions > 0;
}

function readColumn(parentText: string, childText: string): Column {
  const parent = squash(parentText);
  const child = squash(childText);
  if (!parent && !child) return { kind: 'empty' };
  const parentField = classifyHeading(parent);
  if (child && child !== parent && parentField) {
    if (parentField.field === 'item' && isLevelHeading(child)) {
      const level = classifyHeading(child);
      return { kind: 'text', field: 'item', depth: level?.depth, heading: child };
    }
    if (TICK_GROUPS.has(parentField.field)) return { kind: 'tick', group: parentField.field as TickGroup, option: childText.trim(), heading: child };
  }
  const own = child && child !== parent && !parent ? child : parent;
  const found = classifyHeading(own);
  if (found) return { kind: 'text', field: found.field, depth: found.depth, heading: own };
  return { kind: 'unknown', heading: own };
}

/** A1-style column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
