/**
 * What each column of a sheet means, decided from its values as well as its heading, with the
 * evidence for each decision (what `zwgk import --explain` prints). Headings say what a column
 * should hold; the values say what it does: a 一级目录（事项类别） column holding 扶贫救灾 and
 * 社会保险 is the domain (seed 003), a 公开方式 column holding 政府网站、公示栏 is the channels.
 * `--map B=domain` overrides any of it. Every column ends up mapped, or reported as not imported.
 * Pure; used by read-sheet.ts.
 */
import { channelTypeOf, readAudience, readCategory, readFormat, readLevels, readMode, readStage, splitList, splitMarked, squash } from './cell-values.js';
import { type Column, columnLetter, headingKey, type Header, type TextField } from './columns.js';
import { canonicalDomainName } from './domain-ids.js';
import { LEGACY_DOMAIN_SPLITS, resolvePilotDomains } from '../codes.js';

export interface Localized {
  readonly zh: string;
  readonly en: string;
}

/** How a column's meaning was decided. */
export type ChoiceSource = 'heading' | 'values' | 'map' | 'none';

export interface ColumnChoice {
  /** 0-based column index and its A1 letter. */
  readonly index: number;
  readonly letter: string;
  readonly heading: string;
  readonly column: Column;
  readonly source: ChoiceSource;
  readonly evidence: Localized;
}

/** A `--map` entry: column letter (optionally on one sheet) → field, or `ignore`. */
export interface ColumnOverride {
  readonly sheet?: string;
  readonly letter: string;
  readonly field: TextField | 'ignore';
  readonly depth?: number;
}

/* ── Vocabularies: what a column's values can be recognised as ─────────────── */

type Vocabulary = 'domain' | 'channels' | 'mode' | 'audience' | 'levels' | 'stages' | 'formats' | 'category';

/** A pilot domain (or alias, variant, 扶贫救灾) named by the whole value, or a list of them ("城乡规划领域、征地补偿领域"). */
export function isDomainName(value: string): boolean {
  const parts = value.replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])/, '')
    .split(/[、，,；;\n]/).map((part) => canonicalDomainName(part)).filter(Boolean);
  return parts.length > 0 && parts.every((name) => name in LEGACY_DOMAIN_SPLITS || resolvePilotDomains(name).length > 0);
}

const entries = (value: string) => splitMarked(value).map((entry) => entry.label);
const everyEntry = (value: string, read: (label: string) => unknown) => {
  const labels = entries(value);
  return labels.length > 0 && labels.every((label) => read(label) !== undefined);
};

const VOCABULARIES: Readonly<Record<Vocabulary, { readonly test: (value: string) => boolean; readonly zh: string; readonly en: string }>> = {
  domain: { test: isDomainName, zh: '领域名称', en: 'domain names' },
  channels: { test: (v) => everyEntry(v, (label) => (readMode(label) ? undefined : channelTypeOf(label))), zh: '公开渠道和载体', en: 'channels' },
  mode: { test: (v) => everyEntry(v, readMode), zh: '主动/依申请', en: '主动/依申请 (mode)' },
  audience: { test: (v) => everyEntry(v, readAudience), zh: '公开对象', en: 'audiences' },
  levels: { test: (v) => readLevels(v).unknown.length === 0 && readLevels(v).levels.length > 0, zh: '公开层级', en: 'levels' },
  stages: { test: (v) => everyEntry(v, readStage), zh: '过程', en: 'process stages' },
  formats: { test: (v) => everyEntry(v, readFormat), zh: '公开格式', en: 'formats' },
  category: { test: (v) => everyEntry(v, readCategory), zh: '项目类别', en: 'item categories' },
};
const VOCABULARY_ORDER: readonly Vocabulary[] = ['domain', 'channels', 'mode', 'audience', 'levels', 'stages', 'formats', 'category'];
const isVocabulary = (field: string): field is Vocabulary => field in VOCABULARIES;

/** A heading's own vocabulary explains at least this share of the distinct values: the heading stands. */
const KEEP_SHARE = 0.5;
/** Another vocabulary must explain at least this share to take the column over. */
const SWITCH_SHARE = 0.8;
/** Values looked at per column: enough to decide, bounded for 10,000-row tables. */
const SAMPLE_ROWS = 2000;

interface Score {
  readonly vocabulary: Vocabulary;
  readonly matched: number;
  readonly total: number;
  readonly examples: readonly string[];
  /** More words were recognised than the examples show. */
  readonly more: boolean;
}

function score(vocabulary: Vocabulary, values: readonly string[]): Score {
  const test = VOCABULARIES[vocabulary].test;
  const matchedValues = values.filter(test);
  // Examples are the words recognised (政府网站, 公示栏), not whole cells.
  const words = new Set<string>();
  for (const value of matchedValues) {
    for (const word of vocabulary === 'domain' ? [value] : vocabulary === 'levels' ? splitList(value, /[、，,；;\n/／]/) : entries(value)) {
      words.add(word.length > 12 ? `${word.slice(0, 12)}…` : word);
    }
    if (words.size > 3) break;
  }
  return { vocabulary, matched: matchedValues.length, total: values.length, examples: [...words].slice(0, 3), more: words.size > 3 };
}

const share = (s: Score) => (s.total ? s.matched / s.total : 0);

/* ── Evidence wording ──────────────────────────────────────────────────────── */

const FIELD_NAMES: Readonly<Record<TextField, readonly [string, string]>> = {
  seq: ['序号', 'sequence'], id: ['事项ID', 'item id'], code: ['事项编码', 'code'], domain: ['领域', 'domain'], item: ['事项名称', 'item name'],
  content: ['公开内容', 'content'], standard: ['公开标准', 'standard'], basis: ['公开依据', 'basis'], timeLimit: ['公开时限', 'timeLimit'],
  duration: ['公开时长', 'duration'], subject: ['公开主体', 'subjectIds'], channels: ['公开渠道和载体', 'channels'], audience: ['公开对象', 'audience'],
  mode: ['公开方式', 'mode'], levels: ['公开层级', 'levels'], stages: ['过程', 'stages'], formats: ['公开格式', 'formats'],
  category: ['项目类别', 'category'], supervision: ['监督方式', 'supervision'], requirement: ['公开要求（依据与时限）', 'requirement (basis and time limit)'],
  task: ['任务', 'task'], subtask: ['具体事项', 'subtask'], responsible: ['责任单位', 'responsibleIds'], lead: ['牵头单位', 'leadIds'],
  guide: ['指导单位', 'guideIds'], due: ['完成时间', 'due'],
};
const LEVEL_NAMES = ['', '一级', '二级', '三级', '四级', '五级', '六级'];

/** 公开渠道和载体 / channels; 二级事项 / item name (level 2). */
export function fieldName(column: Column, locale: 'zh-CN' | 'en'): string {
  const zh = locale === 'zh-CN';
  if (column.kind === 'text') {
    if (column.field === 'item' && column.depth) return zh ? `${LEVEL_NAMES[column.depth] ?? `${column.depth}级`}事项` : `item level ${column.depth}`;
    const [nameZh, nameEn] = FIELD_NAMES[column.field];
    return zh ? nameZh : nameEn;
  }
  if (column.kind === 'tick') return zh ? `${FIELD_NAMES[column.group][0]}（勾选“${column.option}”）` : `${FIELD_NAMES[column.group][1]} (ticked: ${column.option})`;
  return zh ? '不导入' : 'not imported';
}

const examplesText = (s: Score, zh: boolean) => {
  if (!s.examples.length) return '';
  const more = s.more ? '…' : '';
  return zh ? `（${s.examples.join('、')}${more}）` : ` (${s.examples.join(', ')}${more})`;
};
const valuesAre = (s: Score): Localized => ({
  zh: `${s.total} 个值中 ${s.matched} 个是${VOCABULARIES[s.vocabulary].zh}${examplesText(s, true)}`,
  en: `${s.matched} of ${s.total} values are ${VOCABULARIES[s.vocabulary].en}${examplesText(s, false)}`,
});
const byHeading = (heading: string): Localized => ({ zh: `列名“${heading}”`, en: `heading "${heading}"` });

/* ── Choosing ──────────────────────────────────────────────────────────────── */

/** Fields whose values from two columns are joined (one per line) rather than one of them lost. */
export const JOINED_FIELDS: ReadonlySet<TextField> = new Set(['content', 'standard', 'basis', 'subject', 'channels', 'supervision', 'item']);

/** Rows that are data: not blank, not a title or note spread across the row. */
function dataRows(rows: readonly (readonly string[])[], first: number): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  for (let r = first; r < rows.length && out.length < SAMPLE_ROWS; r++) {
    const cells = rows[r]!;
    let firstValue: string | undefined;
    let distinct = 0;
    for (const cell of cells) {
      const value = squash(cell ?? '');
      if (!value) continue;
      if (firstValue === undefined) {
        firstValue = value;
        distinct = 1;
      } else if (value !== firstValue) {
        distinct = 2;
        break;
      }
    }
    if (distinct > 1) out.push(cells);
  }
  return out;
}

function distinctValues(rows: readonly (readonly string[])[], c: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = (row[c] ?? '').trim();
    if (value && !/^(?:同上|〃|"|”)$/.test(squash(value))) seen.add(value);
  }
  return [...seen];
}

/**
 * The final columns of a sheet and the reason for each. `overrides` (from `--map`) win; then a
 * column whose values a vocabulary explains better than its heading does is taken over by that
 * vocabulary; a second 内容 column headed 公开标准 is the standard.
 */
export function chooseColumns(sheetName: string, header: Header, rows: readonly (readonly string[])[], overrides: readonly ColumnOverride[] = []): ColumnChoice[] {
  const body = dataRows(rows, header.first + header.height);
  const topLevel = header.columns.findIndex((column) => column.kind === 'text' && column.field === 'item');
  const contentColumns = header.columns.filter((column) => column.kind === 'text' && column.field === 'content').length;
  const choices: ColumnChoice[] = header.columns.map((column, index) => {
    const letter = columnLetter(index);
    const heading = column.kind === 'empty' ? '' : column.heading;
    const override = overrides.find((o) => o.letter === letter && (!o.sheet || o.sheet === sheetName));
    if (override) {
      const mapped: Column = override.field === 'ignore'
        ? { kind: 'ignored', heading }
        : { kind: 'text', field: override.field, ...(override.depth ? { depth: override.depth } : {}), heading };
      return { index, letter, heading, column: mapped, source: 'map', evidence: { zh: `按 --map ${letter}=${override.field}`, en: `--map ${letter}=${override.field}` } };
    }
    if (column.kind === 'tick') return { index, letter, heading, column, source: 'heading', evidence: { zh: '两行表头下的勾选列', en: 'a tick column under a two-row header' } };
    const values = column.kind === 'text' && !(isVocabulary(column.field) || (column.field === 'item' && index === topLevel))
      ? [] : distinctValues(body, index);
    if (column.kind === 'empty') {
      const unnamed = distinctValues(body, index);
      if (unnamed.length === 0) return { index, letter, heading, column, source: 'none', evidence: { zh: '空列', en: 'empty column' } };
      return inferUnnamed(index, letter, '', unnamed, { kind: 'unknown', heading: '' });
    }
    if (column.kind === 'unknown' || column.kind === 'ignored') return inferUnnamed(index, letter, heading, distinctValues(body, index), column);
    // A text column recognised by its heading.
    if (column.field === 'content' && contentColumns > 1 && /标准$/.test(headingKey(heading))) {
      return { index, letter, heading, column: { ...column, field: 'standard' }, source: 'heading', evidence: { zh: `列名“${heading}”，另有公开内容列`, en: `heading "${heading}", beside a content column` } };
    }
    // A 领域 column is the domain by its heading: values that are not pilot names are custom domains.
    if (values.length === 0 || column.field === 'domain') return { index, letter, heading, column, source: 'heading', evidence: byHeading(heading) };
    const own = isVocabulary(column.field) ? score(column.field, values) : undefined;
    if (own && share(own) >= KEEP_SHARE) {
      return { index, letter, heading, column, source: 'heading', evidence: { zh: `${byHeading(heading).zh}，${valuesAre(own).zh}`, en: `${byHeading(heading).en}; ${valuesAre(own).en}` } };
    }
    // The top level may be the domain; a vocabulary column may hold another vocabulary's values.
    const candidates = column.field === 'item' ? (['domain'] as Vocabulary[]) : VOCABULARY_ORDER.filter((v) => v !== column.field && (v !== 'domain' || column.field === 'category'));
    const best = bestScore(candidates, values);
    if (best && share(best) >= SWITCH_SHARE) {
      const evidence = valuesAre(best);
      const not = own ? { zh: `，不是${VOCABULARIES[own.vocabulary].zh}`, en: `, not ${VOCABULARIES[own.vocabulary].en}` } : { zh: '', en: '' };
      return { index, letter, heading, column: { kind: 'text', field: best.vocabulary, heading }, source: 'values',
        evidence: { zh: `列名是“${heading}”，但 ${evidence.zh}${not.zh}`, en: `heading "${heading}", but ${evidence.en}${not.en}` } };
    }
    return { index, letter, heading, column, source: 'heading', evidence: own
      ? { zh: `${byHeading(heading).zh}（${valuesAre(own).zh}，其余值将逐格提示）`, en: `${byHeading(heading).en} (${valuesAre(own).en}; the others are warned cell by cell)` }
      : byHeading(heading) };
  });
  return choices;
}

function bestScore(candidates: readonly Vocabulary[], values: readonly string[]): Score | undefined {
  let best: Score | undefined;
  for (const vocabulary of candidates) {
    const s = score(vocabulary, values);
    if (!best || s.matched > best.matched) best = s;
  }
  return best;
}

/** A column whose heading says nothing: its values may; otherwise it is reported as not imported. */
function inferUnnamed(index: number, letter: string, heading: string, values: readonly string[], column: Column): ColumnChoice {
  if (column.kind === 'ignored') return { index, letter, heading, column, source: 'map', evidence: { zh: '按 --map 不导入', en: 'ignored by --map' } };
  const best = values.length >= 2 ? bestScore(VOCABULARY_ORDER, values) : undefined;
  const named = heading ? { zh: `列名“${heading}”无法识别`, en: `heading "${heading}" not recognised` } : { zh: '没有列名', en: 'no heading' };
  if (best && share(best) >= SWITCH_SHARE) {
    const evidence = valuesAre(best);
    return { index, letter, heading, column: { kind: 'text', field: best.vocabulary, heading }, source: 'values', evidence: { zh: `${named.zh}，但 ${evidence.zh}`, en: `${named.en}, but ${evidence.en}` } };
  }
  return { index, letter, heading, column: { kind: 'unknown', heading }, source: 'none', evidence: { zh: `${named.zh}，内容未导入`, en: `${named.en}; its cells were not imported` } };
}

/** `  B 一级目录（事项类别） → 领域：26 个值中 26 个是领域名称（…）` */
export function describeChoice(choice: ColumnChoice, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const zh = locale === 'zh-CN';
  const heading = choice.heading || (zh ? '（无列名）' : '(no heading)');
  const evidence = zh ? choice.evidence.zh : choice.evidence.en;
  return `  ${choice.letter} ${heading} → ${fieldName(choice.column, locale)}${zh ? '：' : ': '}${evidence}`;
}

/* ── --map ─────────────────────────────────────────────────────────────────── */

/** The names `--map` accepts for each field: the format's field name and the usual heading. */
const MAP_NAMES: Readonly<Record<string, { field: TextField | 'ignore'; depth?: number }>> = {
  ignore: { field: 'ignore' }, skip: { field: 'ignore' }, 不导入: { field: 'ignore' }, 忽略: { field: 'ignore' },
  domain: { field: 'domain' }, 领域: { field: 'domain' },
  item: { field: 'item' }, 事项: { field: 'item' }, matter: { field: 'item', depth: 1 }, name: { field: 'item' },
  item1: { field: 'item', depth: 1 }, item2: { field: 'item', depth: 2 }, item3: { field: 'item', depth: 3 }, item4: { field: 'item', depth: 4 },
  一级事项: { field: 'item', depth: 1 }, 二级事项: { field: 'item', depth: 2 }, 三级事项: { field: 'item', depth: 3 }, 四级事项: { field: 'item', depth: 4 },
  seq: { field: 'seq' }, 序号: { field: 'seq' }, id: { field: 'id' }, 事项ID: { field: 'id' }, code: { field: 'code' }, 事项编码: { field: 'code' },
  content: { field: 'content' }, 公开内容: { field: 'content' }, standard: { field: 'standard' }, 公开标准: { field: 'standard' },
  basis: { field: 'basis' }, 公开依据: { field: 'basis' }, timeLimit: { field: 'timeLimit' }, timelimit: { field: 'timeLimit' }, 公开时限: { field: 'timeLimit' },
  duration: { field: 'duration' }, 公开时长: { field: 'duration' }, subject: { field: 'subject' }, subjectIds: { field: 'subject' }, 公开主体: { field: 'subject' },
  channels: { field: 'channels' }, 公开渠道: { field: 'channels' }, 公开渠道和载体: { field: 'channels' }, 载体: { field: 'channels' },
  audience: { field: 'audience' }, 公开对象: { field: 'audience' }, mode: { field: 'mode' }, 公开方式: { field: 'mode' },
  levels: { field: 'levels' }, 公开层级: { field: 'levels' }, stages: { field: 'stages' }, 过程: { field: 'stages' },
  formats: { field: 'formats' }, 公开格式: { field: 'formats' }, 公开形式: { field: 'formats' }, category: { field: 'category' }, 项目类别: { field: 'category' },
  supervision: { field: 'supervision' }, 监督方式: { field: 'supervision' }, requirement: { field: 'requirement' }, 公开要求: { field: 'requirement' },
};

/** The field names `--map` accepts, for its error message. */
export const MAP_FIELD_NAMES = ['domain', 'item1', 'item2', 'item3', 'item4', 'seq', 'id', 'code', 'content', 'standard', 'basis', 'timeLimit', 'duration',
  'subject', 'channels', 'audience', 'mode', 'levels', 'stages', 'formats', 'category', 'supervision', 'requirement', 'ignore'];

/**
 * Parses `B=domain,J=channels` (also `社会救助!B=领域`, separated by , ， or ;). Returns the
 * overrides, or the entry it could not read.
 */
export function parseColumnMap(text: string): { overrides: ColumnOverride[] } | { bad: string } {
  const overrides: ColumnOverride[] = [];
  for (const raw of text.split(/[,，;；]/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const match = /^(?:(.+)!)?([A-Za-z]{1,3})\s*[=:：]\s*(.+)$/.exec(entry);
    const target = match && (MAP_NAMES[match[3]!.trim()] ?? MAP_NAMES[match[3]!.trim().toLowerCase()]);
    if (!match || !target) return { bad: entry };
    overrides.push({ ...(match[1] ? { sheet: match[1].trim() } : {}), letter: match[2]!.toUpperCase(), field: target.field, ...(target.depth ? { depth: target.depth } : {}) });
  }
  return { overrides };
}
