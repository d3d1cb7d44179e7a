/**
 * Turns one sheet of a county table into item rows: finds the header, skips blank rows, legends
 * ("注：■表示必选项") and headers repeated on each printed page, follows section rows
 * ("一、社会救助") and fills cells left blank under a merged or "同上" cell from the row above.
 * Every row it does not turn into an item is counted and located, never dropped silently. Pure.
 */
import { LEGACY_DOMAIN_SPLITS, resolvePilotDomains, PILOT_DOMAINS } from '../codes.js';
import { oneLine, squash } from './cell-values.js';
import { type ColumnChoice, type ColumnOverride, chooseColumns, JOINED_FIELDS, fieldName } from './column-meaning.js';
import { type Column, columnLetter, findHeader, headerScore, type TextField, type TickGroup } from './columns.js';
import { canonicalDomainName } from './domain-ids.js';
import { cellKey, type ImportWarning, type Sheet } from './import-types.js';
import { findPlanHeader, type PlanRow, readPlanSheet } from './plan-tables.js';

export interface CellValue {
  readonly value: string;
  /** A1 reference of the cell the value came from. */
  readonly cell: string;
}

export interface TickValue {
  readonly group: TickGroup;
  readonly option: string;
  readonly raw: string;
  readonly cell: string;
}

export interface ItemRow {
  readonly sheet: string;
  /** 1-based row number, as Excel shows it. */
  readonly row: number;
  readonly domain?: CellValue;
  /** 一级, 二级, 三级… names, left to right; blanks above a deeper level are filled. */
  readonly levels: readonly CellValue[];
  readonly text: Partial<Record<TextField, CellValue>>;
  readonly ticks: readonly TickValue[];
  /** 1-based row of the sheet's header (its first row when the header has two). */
  readonly headerRow: number;
  /** Where each text column's cell of this row is, filled or not, so that a missing value is located. */
  readonly cells: Partial<Record<TextField, string>>;
}

export interface SheetReading {
  readonly sheet: string;
  /** A catalogue table (items), a task table or a domain-responsibility table (plan-tables.ts). */
  readonly kind: 'items' | 'tasks' | 'domains';
  /** The rows of a task or responsibility table. */
  readonly plan?: readonly PlanRow[];
  readonly rows: readonly ItemRow[];
  /** Rows read below the header, and what became of those that are not items. */
  readonly counts: RowCounts;
  readonly warnings: readonly ImportWarning[];
  /** The header was found (a sheet without one is reported and imports nothing). */
  readonly hasHeader: boolean;
  /** What each column was read as (unknown ones are reported once, at the heading). */
  readonly columns: readonly Column[];
  /** Each column's meaning and the evidence for it (`zwgk import --explain`). */
  readonly choices: readonly ColumnChoice[];
  /** 1-based first row of the header and how many rows it takes. */
  readonly headerRow?: number;
  readonly headerHeight?: number;
}

/**
 * Where the rows below the header went: items, or blank (nothing but a 序号 counts as blank), a
 * note, a repeated header, a title, merged into the row above, or a per-process template row
 * whose process does not apply (过程 filled, no 公开内容/公开标准). `filled` counts cells.
 */
export interface RowCounts { read: number; blank: number; legend: number; repeatedHeader: number; section: number; merged: number; emptyProcess: number; filled: number }

export interface ReadSheetOptions {
  /** 示例县: stripped from titles such as "示例县社会救助领域基层政务公开标准目录". */
  readonly jurisdictionName?: string;
  /** The domain of sheets that name none (no 领域 column, title row or domain-like sheet name). */
  readonly defaultDomain?: string;
  /** Called every hundred rows with the rows read so far in this sheet, for a progress counter. */
  readonly onRow?: (rowsRead: number) => void;
  /** `--map`: column meanings that override what headings and values say. */
  readonly map?: readonly ColumnOverride[];
}

/**
 * Text columns that a blank cell inherits from the row above, within the same 一级事项. Not 监督方式:
 * an exported table leaves it blank where an item has none, and that blank must stay blank; it
 * continues only to the other process rows of the same item.
 */
const CARRIED: readonly TextField[] = ['basis', 'timeLimit', 'duration', 'subject', 'channels', 'audience', 'mode', 'levels', 'stages', 'formats', 'category'];
const SAME_AS_ABOVE = /^(?:同上|同上。|〃|"|”)$/;
const LEGEND = /^(?:注|说明|备注|填表说明|附注|附)[：:\s]|表示(?:必选|可选|选中|已选)|[■□]表示/;
const GENERIC_SHEET = /^(?:sheet|工作表|表|page|wps表格)\s*\d*$|^(?:标准目录|目录|公开目录|总表|汇总)$/i;

export function readSheet(sheet: Sheet, options: ReadSheetOptions = {}): SheetReading {
  const warnings: ImportWarning[] = [];
  const warn = (cell: string, code: string, zh: string, en: string) => warnings.push({ sheet: sheet.name, cell, code, zh, en });
  const counts: RowCounts = { read: 0, blank: 0, legend: 0, repeatedHeader: 0, section: 0, merged: 0, emptyProcess: 0, filled: 0 };
  // A task or responsibility table first: its 具体事项 and 工作内容 would otherwise pass for item columns.
  const planHeader = findPlanHeader(sheet.rows);
  if (planHeader) {
    const plan = readPlanSheet(sheet, planHeader);
    return { sheet: sheet.name, kind: plan.kind, plan: plan.rows, rows: [], counts: plan.counts, warnings: plan.warnings, hasHeader: true, columns: plan.choices.map((c) => c.column), choices: plan.choices, headerRow: plan.headerRow, headerHeight: 1 };
  }
  const header = findHeader(sheet.rows);
  if (!header) {
    const empty = sheet.rows.every((row) => row.every((cell) => !squash(cell)));
    if (empty) warn('A1', 'empty-sheet', '工作表是空的，未导入任何事项', 'the sheet is empty; nothing imported');
    else warn('A1', 'no-header', '没有找到表头：前 20 行中没有一行同时包含“公开事项”“公开内容”“公开依据”等列名，整张工作表未导入',
      'no header found: none of the first 20 rows names the catalogue columns (公开事项, 公开内容, 公开依据…); the sheet was not imported');
    return { sheet: sheet.name, kind: 'items', rows: [], counts, warnings, hasHeader: false, columns: [], choices: [] };
  }
  const headerRowNumber = header.first + 1;
  const choices = chooseColumns(sheet.name, header, sheet.rows, options.map);
  const columns = choices.map((choice) => choice.column);
  for (const override of options.map ?? []) {
    if ((!override.sheet || override.sheet === sheet.name) && !choices.some((choice) => choice.letter === override.letter)) {
      warn(`A${headerRowNumber}`, 'map-no-column', `--map 指定的 ${override.letter} 列在本工作表中不存在（表格只到 ${columnLetter(columns.length - 1)} 列）`,
        `--map names column ${override.letter}, which this sheet does not have (it ends at ${columnLetter(columns.length - 1)})`);
    }
  }
  const firstOfField = new Map<TextField, number>();
  columns.forEach((column, c) => {
    const at = `${columnLetter(c)}${headerRowNumber}`;
    if (column.kind === 'unknown') {
      if (column.heading) warn(at, 'unknown-column', `未识别的列 “${column.heading}”，该列内容未导入`, `unrecognised column "${column.heading}"; its cells were not imported`);
      else warn(at, 'unnamed-column', `第 ${columnLetter(c)} 列没有列名，其中的内容未导入（可用 --map ${columnLetter(c)}=字段 指定）`, `column ${columnLetter(c)} has no heading; its cells were not imported (name it with --map ${columnLetter(c)}=field)`);
    }
    if (column.kind !== 'text' || column.field === 'item') return;
    const first = firstOfField.get(column.field);
    if (first === undefined) firstOfField.set(column.field, c);
    else if (!JOINED_FIELDS.has(column.field)) {
      const name = fieldName(column, 'zh-CN');
      warn(at, 'duplicate-column', `与 ${columnLetter(first)} 列同为“${name}”，本列只在 ${columnLetter(first)} 列为空时使用`, `column ${columnLetter(first)} is also ${fieldName(column, 'en')}; this one is used only where ${columnLetter(first)} is blank`);
    }
  });
  const hasStageColumn = columns.some((column) => (column.kind === 'text' || column.kind === 'tick') && (column.kind === 'text' ? column.field : column.group) === 'stages');
  const hasDomainColumn = columns.some((column) => column.kind === 'text' && column.field === 'domain');
  const levelColumns = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column }) => column.kind === 'text' && column.field === 'item')
    .sort((a, b) => ((a.column as { depth?: number }).depth ?? a.index + 100) - ((b.column as { depth?: number }).depth ?? b.index + 100))
    .map(({ index }) => index);

  let domain: CellValue | undefined = sheetDomain(sheet, header.first, options.jurisdictionName)
    ?? (options.defaultDomain ? { value: options.defaultDomain, cell: 'A1' } : undefined);
  let groupMatter: CellValue | undefined;
  let previous: ItemRow | undefined;
  /** The last row was a skipped process row: later rows take its names, nothing merges into it. */
  let previousSkipped = false;
  const rows: ItemRow[] = [];
  const headerRow = sheet.rows[header.first]!.map(squash).join('|');

  for (let r = header.first + header.height; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    const rowNumber = r + 1;
    const ref = (c: number) => `${columnLetter(c)}${rowNumber}`;
    counts.read++;
    if (counts.read % 100 === 0) options.onRow?.(counts.read);
    const filledCells = cells.map((cell, c) => ({ c, text: oneLine(cell ?? '') })).filter(({ text }) => text);
    if (filledCells.length === 0) {
      counts.blank++;
      continue;
    }
    if (LEGEND.test(filledCells[0]!.text) && filledCells.every(({ text }) => text === filledCells[0]!.text || filledCells.length <= 2)) {
      counts.legend++;
      warn(ref(filledCells[0]!.c), 'legend-row', `说明行，未作为事项导入：“${clip(filledCells[0]!.text)}”`, `note row, not imported as an item: "${clip(filledCells[0]!.text)}"`);
      continue;
    }
    // The cheap comparison first: it fails on every data row.
    if (cells.map(squash).join('|') === headerRow && headerScore(cells) >= 3) {
      counts.repeatedHeader++;
      continue;
    }
    // Nothing but a number in the 序号 column: an unused row of a numbered template (seed 003 附件4 prints 11, … with no
    // content). A title written in that column ("（二）义务教育") is a section row, below.
    if (filledCells.every(({ c, text }) => isSeqColumn(columns[c]) && /^(?:\d+(?:[.．-]\d+)*|…+|\.{2,}|—+)$/.test(text))) {
      counts.blank++;
      continue;
    }
    const distinct = new Set(filledCells.map(({ text }) => text));
    if (distinct.size === 1 && (filledCells.length > 1 || !isItemLike(columns, filledCells[0]!.c))) {
      // A title across the row: a new domain ("二、社会救助领域") or a group of items.
      const title = filledCells[0]!.text.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])\s*/, '');
      const named = domainIn(title, options.jurisdictionName);
      counts.section++;
      if (named) {
        domain = { value: named, cell: ref(filledCells[0]!.c) };
        groupMatter = undefined;
      } else groupMatter = { value: title, cell: ref(filledCells[0]!.c) };
      previous = undefined;
      continue;
    }

    const text: Partial<Record<TextField, CellValue>> = {};
    const located: Partial<Record<TextField, string>> = {};
    const ticks: { -readonly [K in keyof TickValue]: TickValue[K] }[] = [];
    const levelValues: (CellValue | undefined)[] = levelColumns.map(() => undefined);
    let ownValue = false;
    columns.forEach((column, c) => {
      let value = oneLineKeepBreaks(cells[c] ?? '');
      if (column.kind === 'empty' || column.kind === 'unknown' || column.kind === 'ignored') return;
      if (column.kind === 'text' && !located[column.field]) located[column.field] = ref(c);
      if (value && !(column.kind === 'text' && column.field === 'seq') && !sheet.copied?.has(cellKey(r, c))) ownValue = true;
      if (SAME_AS_ABOVE.test(squash(value))) {
        const above = previousValue(previous, column, levelColumns.indexOf(c));
        if (above === undefined) {
          warn(ref(c), 'same-as-above-first', '“同上”没有可参照的上一行，按空白处理', '"同上" (same as above) has no row above; read as blank');
          value = '';
        } else {
          value = above;
          counts.filled++;
        }
      }
      if (column.kind === 'tick') {
        ticks.push({ group: column.group, option: column.option, raw: value, cell: ref(c) });
        return;
      }
      if (!value) return;
      if (column.field === 'item') levelValues[levelColumns.indexOf(c)] = { value, cell: ref(c) };
      else if (!text[column.field]) text[column.field] = { value, cell: ref(c) };
      else if (JOINED_FIELDS.has(column.field)) text[column.field] = { value: `${text[column.field]!.value}\n${value}`, cell: text[column.field]!.cell };
    });

    // Nothing but a 序号 and cells a merge copied from above: an unused row inside a merged block.
    if (!ownValue) {
      counts.blank++;
      continue;
    }
    // A row without any name is usually a cell that Word split over two lines: it continues the row above
    // (but not a process row of a per-process template, which belongs to the item above).
    const deepest = levelValues.reduce((last, value, i) => (value ? i : last), -1);
    const ownStage = hasStageColumn && !!text.stages;
    if (deepest < 0 && previous && !previousSkipped && !text.seq && !ownStage) {
      mergeInto(previous, text, ticks);
      counts.merged++;
      warn(ref(filledCells[0]!.c), 'continuation-row', `本行没有事项名称，已并入上一行（第 ${previous.row} 行）`, `this row has no item name; merged into the row above (row ${previous.row})`);
      continue;
    }
    // A 领域 column is filled once per domain, like a merged cell: blanks continue the domain above.
    if (!text.domain && previous?.text.domain && hasDomainColumn) {
      text.domain = previous.text.domain;
      counts.filled++;
    }
    // Names and carried cells continue only within a domain.
    if (previous && text.domain && previous.text.domain && canonicalDomainName(text.domain.value) !== canonicalDomainName(previous.text.domain.value)) previous = undefined;
    const inheritTo = ownStage && deepest < 0 ? levelColumns.length - 1 : deepest;
    for (let i = 0; i <= inheritTo; i++) {
      if (levelValues[i] || (i === deepest)) continue;
      const inherited = previous?.levels[i] ?? (i === 0 ? groupMatter : undefined);
      if (inherited) {
        levelValues[i] = inherited;
        counts.filled++;
      }
    }
    let levels = levelValues.filter((value): value is CellValue => value !== undefined);
    if (groupMatter && levels.length === 0) levels = [groupMatter];
    else if (groupMatter && levelColumns.length === 1 && levels[0] !== groupMatter) levels = [groupMatter, ...levels];
    // 监督方式 continues only to another process row of the same item (a CSV of a per-process template).
    if (!text.supervision && previous?.text.supervision && ownStage && levels.length === previous.levels.length && levels.every((level, i) => level.value === previous!.levels[i]?.value)) {
      text.supervision = previous.text.supervision;
      counts.filled++;
    }
    if (previous && levels[0]?.value === previous.levels[0]?.value) {
      for (const field of CARRIED) {
        if (!text[field] && previous.text[field] && !columnsHaveTicks(columns, field)) {
          text[field] = previous.text[field];
          counts.filled++;
        }
      }
      for (const group of new Set(ticks.map((t) => t.group))) {
        const mine = ticks.filter((t) => t.group === group);
        const theirs = previous.ticks.filter((t) => t.group === group);
        if (mine.every((t) => !squash(t.raw)) && theirs.some((t) => squash(t.raw))) {
          mine.forEach((t, i) => (t.raw = theirs[i]?.raw ?? ''));
          counts.filled++;
        }
      }
    }
    const rowDomain = text.domain ?? domain;
    const item: ItemRow = { sheet: sheet.name, row: rowNumber, domain: rowDomain, levels, text, ticks, cells: located, headerRow: headerRowNumber };
    previous = item;
    // A per-process template row (seed 003 附件4) whose process does not apply: 过程 filled, no content.
    previousSkipped = ownStage && !text.content && !text.standard;
    if (previousSkipped) {
      counts.emptyProcess++;
      continue;
    }
    rows.push(item);
  }
  return { sheet: sheet.name, kind: 'items', rows, counts, warnings, hasHeader: true, columns, choices, headerRow: headerRowNumber, headerHeight: header.height };
}

const clip = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/** Keeps line breaks (公开内容 is often a list), trims each line. */
function oneLineKeepBreaks(text: string): string {
  return String(text).split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t\u3000\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n');
}

function isSeqColumn(column: Column | undefined): boolean {
  return column?.kind === 'text' && column.field === 'seq';
}

function isItemLike(columns: readonly Column[], c: number): boolean {
  const column = columns[c];
  return column?.kind === 'text' && column.field !== 'item' && column.field !== 'seq';
}

function columnsHaveTicks(columns: readonly Column[], field: TextField): boolean {
  return columns.some((column) => column.kind === 'tick' && column.group === field);
}

function previousValue(previous: ItemRow | undefined, column: Column, level: number): string | undefined {
  if (!previous) return undefined;
  if (column.kind === 'tick') return previous.ticks.find((t) => t.group === column.group && t.option === column.option)?.raw;
  if (column.kind !== 'text') return undefined;
  if (column.field === 'item') return previous.levels[level]?.value;
  return previous.text[column.field]?.value;
}

function mergeInto(previous: ItemRow, text: Partial<Record<TextField, CellValue>>, ticks: readonly TickValue[]): void {
  const target = previous.text as Partial<Record<TextField, CellValue>>;
  for (const [field, value] of Object.entries(text) as [TextField, CellValue][]) {
    const before = target[field];
    target[field] = before ? { value: `${before.value}\n${value.value}`, cell: before.cell } : value;
  }
  for (const tick of ticks) {
    if (!squash(tick.raw)) continue;
    const mine = previous.ticks.find((t) => t.group === tick.group && t.option === tick.option);
    if (mine && !squash(mine.raw)) (mine as { raw: string }).raw = tick.raw; // the row above is still being built
  }
}

/** The domain a title names: a pilot domain (or alias) it contains, else the words before 领域. */
export function domainIn(title: string, jurisdictionName?: string): string | undefined {
  const text = squash(title);
  // 扶贫救灾 (one domain in the 2017 pilots) before 扶贫, which it contains.
  const legacy = Object.keys(LEGACY_DOMAIN_SPLITS).find((name) => text.includes(name));
  if (legacy) return legacy;
  const pilot = PILOT_DOMAINS.flatMap((d) => [d.name, ...d.aliases]).sort((a, b) => b.length - a.length).find((name) => text.includes(name));
  if (pilot) return resolvePilotDomains(pilot)[0]?.name ?? pilot;
  const custom = /([^，,。：:（(]{2,16}?)领域/.exec(text)?.[1];
  // "26个试点领域", "各领域", "…标准目录（26个试点领域）" name no one domain.
  if (!custom || /试点|目录|标准|\d|各|所有|全部/.test(custom)) return undefined;
  const stripped = jurisdictionName && custom.startsWith(jurisdictionName) ? custom.slice(jurisdictionName.length) : custom;
  return stripped.length >= 2 ? stripped : undefined;
}

/** Sheet names that name a document, not a domain: 标准目录, 附件1, 事项清单. */
const DOCUMENT_NAME = /目录|清单|一览表|总表|汇总|附件|梳理表|样表|表$/;

/** The domain a sheet stands for: a title row above the header, the text around an HTML table, its name, or nothing. */
function sheetDomain(sheet: Sheet, headerIndex: number, jurisdictionName?: string): CellValue | undefined {
  for (let r = 0; r < headerIndex; r++) {
    const title = sheet.rows[r]!.map(oneLine).find(Boolean);
    const named = title && domainIn(title, jurisdictionName);
    if (named) return { value: named, cell: `A${r + 1}` };
  }
  for (const text of sheet.context ?? []) {
    const named = domainIn(text, jurisdictionName);
    if (named) return { value: named, cell: 'A1' };
  }
  const name = sheet.name.trim();
  if (resolvePilotDomains(canonicalDomainName(name)).length) return { value: canonicalDomainName(name), cell: 'A1' };
  // A custom domain's sheet is named in Chinese; "Sheet1" or a CSV's file name is not a domain.
  if (GENERIC_SHEET.test(name) || !/[\u4e00-\u9fa5]/.test(name)) return undefined;
  const named = domainIn(name, jurisdictionName);
  if (named) return { value: named, cell: 'A1' };
  return DOCUMENT_NAME.test(name) ? undefined : { value: name.replace(/领域$/, ''), cell: 'A1' };
}
