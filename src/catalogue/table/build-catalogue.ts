/**
 * Item rows (read-sheet.ts) → a catalogue in format v1: names, domains and agencies resolved
 * (agencies created when missing), every cell read with cell-values.ts, and a located warning
 * for each cell that could not be mapped together with what was assumed instead. With a `base`
 * catalogue (the previous version), what a table cannot hold (ids of points, links, records…)
 * is kept, and a field whose cell still reads the same keeps its previous structure. Pure.
 */
import { resolvePilotDomains } from '../codes.js';
import { canonical } from '../diff.js';
import { CATALOGUE_LEVELS, JURISDICTION_LEVELS, AGENCY_KINDS } from '../code-values.js';
import { ID_PATTERN, type Agency, type Catalogue, type CatalogueItem, type ChannelRef, type Domain } from '../schema.js';
import { readDue } from './plan-tables.js';
import {
  readAudience, readBasis, readCategory, readChannel, readContact, readFormat, readLevels, readMode, readStage, readTick,
  readTimeLimit, splitAgencies, splitList, splitMarked, splitStandard, squash,
} from './cell-values.js';
import type { TextField, TickGroup } from './columns.js';
import { canonicalDomainName, PILOT_DOMAIN_IDS } from './domain-ids.js';
import type { ImportWarning } from './import-types.js';
import type { CellValue, ItemRow, SheetReading } from './read-sheet.js';
import { itemCells } from './write-table.js';

type Level = (typeof CATALOGUE_LEVELS)[number];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface JurisdictionInput {
  readonly name: string;
  readonly level: (typeof JURISDICTION_LEVELS)[number];
  readonly divisionCode?: string;
  readonly parentName?: string;
}

export interface BuildOptions {
  readonly jurisdiction: JurisdictionInput;
  /** YYYY-MM-DD, Beijing time: publishedAt / updatedAt of what changed. */
  readonly date: string;
  /** The previous version of the catalogue: ids, links and other fields a table cannot hold are kept. */
  readonly base?: Catalogue;
  /** □ in a channel list: an optional channel (default), or not a channel at all. */
  readonly unchecked?: 'optional' | 'ignore';
}

export interface BuildResult {
  readonly catalogue: Catalogue;
  readonly warnings: readonly ImportWarning[];
  readonly createdAgencies: readonly Agency[];
  readonly createdDomains: readonly Domain[];
  /** Items of the base catalogue that the table no longer lists. */
  readonly removedFromBase: readonly CatalogueItem[];
  /** The row each item came from, in the order of `catalogue.items`: validation errors point back to cells. */
  readonly sources: readonly ItemRow[];
  /** Tasks read from task tables, and domains given responsible units by a responsibility table. */
  readonly tasks: number;
  readonly responsibleDomains: number;
}

/** Catalogue fields and the table column they are read from. */
const FIELD_COLUMNS: Readonly<Record<string, TextField>> = {
  code: 'code', content: 'content', standard: 'standard', basis: 'basis', timeLimit: 'timeLimit', subjectIds: 'subject',
  channels: 'channels', audience: 'audience', audienceNote: 'audience', mode: 'mode', levels: 'levels', stages: 'stages',
  formats: 'formats', category: 'category', supervision: 'supervision', id: 'id',
};

/**
 * The cell behind a catalogue path such as `items[12].timeLimit.text`, so that a validation error
 * says where to correct the table (`社会救助!F14`); undefined for paths outside the items.
 */
export function cellOfPath(path: string, sources: readonly ItemRow[]): string | undefined {
  const match = /^items\[(\d+)\](?:\.(\w+))?/.exec(path);
  const row = match ? sources[Number(match[1])] : undefined;
  if (!row) return undefined;
  const field = match![2];
  const column = field && FIELD_COLUMNS[field];
  const cell = (column && (row.text[column]?.cell ?? row.cells[column] ?? (column === 'standard' ? row.text.content?.cell : undefined))) ||
    (field === 'matter' ? row.levels[0]?.cell : field === 'name' || field === 'path' ? row.levels.at(-1)?.cell : undefined) ||
    `A${row.row}`;
  return `${row.sheet}!${cell}`;
}

/** The statutory default (条例 第二十六条) used when a 公开时限 cell is empty. */
const DEFAULT_TIME_LIMIT = '自该信息形成或者变更之日起20个工作日内';
const DEFAULT_BASIS = { title: '中华人民共和国政府信息公开条例', docNo: '国务院令第711号' };

/** The `empty-*` warnings that, when the whole column is missing, are given once per sheet. */
const MISSING_COLUMNS: Readonly<Record<string, readonly [TextField, string]>> = {
  'empty-content': ['content', '公开内容'], 'empty-basis': ['basis', '公开依据'], 'empty-time-limit': ['timeLimit', '公开时限'],
  'empty-subject': ['subject', '公开主体'], 'empty-channels': ['channels', '公开渠道和载体'], 'empty-mode': ['mode', '公开方式'],
  'empty-audience': ['audience', '公开对象'], 'empty-levels': ['levels', '公开层级'],
};

const hasColumn = (row: ItemRow, field: TextField) => row.cells[field] !== undefined || row.ticks.some((tick) => tick.group === field);

/** FNV-1a, base 36: short ids that stay the same when the same table is imported again. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

export function buildCatalogue(readings: readonly SheetReading[], options: BuildOptions): BuildResult {
  const { jurisdiction, date, base } = options;
  const warnings: ImportWarning[] = [];
  const warn = (row: { sheet: string }, cell: string, code: string, zh: string, en: string) => warnings.push({ sheet: row.sheet, cell, code, zh, en });
  const agencies = new AgencyIndex(base?.agencies ?? [], jurisdiction);
  const domains = new DomainIndex(base?.domains ?? []);
  const usedIds = new Set<string>();
  const baseItems = new Map((base?.items ?? []).map((item) => [item.id, item]));
  const seenNames = new Map<string, ItemRow>();
  const orderInDomain = new Map<string, number>();
  const missingColumns = new Set<string>();
  const items: CatalogueItem[] = [];
  const sources: ItemRow[] = [];

  for (const reading of readings) {
    for (const row of reading.rows) {
      const rowWarn = (cell: string, code: string, zh: string, en: string) => {
        const missing = MISSING_COLUMNS[code];
        if (missing && !hasColumn(row, missing[0])) {
          // No such column at all: one warning for the sheet, not one per row.
          const key = `${row.sheet}|${code}`;
          if (!missingColumns.has(key)) {
            missingColumns.add(key);
            warn(row, `A${row.headerRow}`, 'missing-column', `表格中没有“${missing[1]}”列，本工作表的每个事项：${zh}`, `the table has no ${missing[1]} column; for every item of this sheet: ${en}`);
          }
          return;
        }
        warn(row, cell, code, zh, en);
      };
      const domain = domains.resolve(row.domain, row, rowWarn);
      const names = itemNames(row, rowWarn);
      let key = [domain.id, ...names.levels].map(squash).join('|');
      // A per-process template lists one item once per 过程 (执行, 服务…): the same names under another process are another item.
      const stage = row.text.stages?.value;
      if (stage && seenNames.has(key) && squash(seenNames.get(key)!.text.stages?.value ?? '') !== squash(stage)) key = `${key}|${squash(stage)}`;
      const duplicate = seenNames.get(key);
      if (duplicate) rowWarn(names.cell, 'duplicate-item', `与第 ${duplicate.row} 行（${duplicate.sheet}）的事项同名重复，两行都已导入，请核对`, `same item as row ${duplicate.row} (${duplicate.sheet}); both were imported, please check`);
      else seenNames.set(key, row);

      const id = itemId(row, key, usedIds, rowWarn);
      const order = (orderInDomain.get(domain.id) ?? 0) + 1;
      orderInDomain.set(domain.id, order);
      const parsed = readItemFields(row, options, agencies, rowWarn);
      const item: Mutable<CatalogueItem> = {
        id,
        ...(codeOf(row) ? { code: codeOf(row) } : {}),
        order,
        domainId: domain.id,
        matter: names.matter,
        name: names.name,
        ...(names.path.length ? { path: names.path } : {}),
        ...parsed,
        status: 'active',
        updatedAt: date,
      };
      const previous = baseItems.get(id);
      items.push(previous && base ? keepFromBase(item, previous, base, agencies.all(), date, row) : item);
      sources.push(row);
    }
  }

  // A workbook of only task or responsibility tables leaves the previous version's items alone.
  const itemSheets = readings.some((reading) => reading.kind === 'items' && reading.hasHeader);
  if (!itemSheets && base) items.push(...base.items);
  const plan = buildPlan(readings, domains, agencies, warnings);
  const usedDomainIds = new Set([...items.map((item) => item.domainId), ...plan.domainIds]);
  const catalogue: Catalogue = {
    ...(base ?? {
      schemaVersion: '1.0',
      title: `${jurisdiction.name}基层政务公开标准目录`,
      version: date,
      publishedAt: date,
      status: 'draft' as const,
    }),
    jurisdiction: base?.jurisdiction ?? jurisdictionOf(jurisdiction),
    publisherId: base?.publisherId ?? agencies.government().id,
    // Re-importing an unchanged table leaves the previous version's date alone.
    updatedAt: base && canonical(items) === canonical(base.items) ? base.updatedAt : date,
    domains: domains.all().filter((domain) => usedDomainIds.has(domain.id) || base?.domains.some((d) => d.id === domain.id)),
    agencies: agencies.all(),
    items,
    ...(plan.tasks ? { tasks: plan.tasks } : {}),
  } as Catalogue;
  const kept = new Set(items.map((item) => item.id));
  return {
    catalogue,
    warnings,
    createdAgencies: agencies.created,
    createdDomains: domains.created.filter((domain) => usedDomainIds.has(domain.id)),
    removedFromBase: (base?.items ?? []).filter((item) => !kept.has(item.id)),
    sources,
    tasks: plan.tasks?.length ?? 0,
    responsibleDomains: plan.domainIds.size,
  };
}

/* ── Task and responsibility tables ─────────────────────────────────────────── */

type Task = NonNullable<Catalogue['tasks']>[number];

/** Tasks from task tables (replacing the previous version's), responsible units onto the domains a responsibility table names. */
function buildPlan(readings: readonly SheetReading[], domains: DomainIndex, agencies: AgencyIndex, warnings: ImportWarning[]): { tasks?: Task[]; domainIds: Set<string> } {
  const domainIds = new Set<string>();
  let tasks: Task[] | undefined;
  const usedIds = new Set<string>();
  const ids = (names: readonly string[]) => [...new Set(names.map((name) => agencies.resolve(name).id))];
  for (const reading of readings) {
    for (const row of reading.plan ?? []) {
      const warn: Warn = (cell, code, zh, en) => warnings.push({ sheet: row.sheet, cell, code, zh, en });
      if (reading.kind === 'domains') {
        for (const name of row.domains) {
          const domain = domains.resolve({ value: name, cell: row.cell }, { sheet: row.sheet, row: row.row } as ItemRow, warn);
          domains.setResponsible(domain, ids([...row.lead, ...row.responsible]));
          domainIds.add(domain.id);
        }
        continue;
      }
      tasks ??= [];
      let id = `tk-${stableHash(`${row.task}|${row.subtask ?? ''}`)}`;
      for (let n = 2; usedIds.has(id); n++) id = `tk-${stableHash(`${row.task}|${row.subtask ?? ''}`)}-${n}`;
      usedIds.add(id);
      const seq = row.seq && /^\d+$/.test(row.seq) ? Number(row.seq) : row.seq ?? String(tasks.length + 1);
      if (!row.due) warn(row.cell, 'empty-due', '完成时间为空，已记为“未定”', 'no due date; recorded as 未定');
      tasks.push({
        id, seq, task: row.task, ...(row.subtask ? { subtask: row.subtask } : {}),
        ...(row.lead.length ? { leadIds: ids(row.lead) } : {}), responsibleIds: ids(row.responsible),
        ...(row.guide.length ? { guideIds: ids(row.guide) } : {}), due: readDue(row.due ?? '未定'),
      });
    }
  }
  return { ...(tasks ? { tasks } : {}), domainIds };
}

function jurisdictionOf(input: JurisdictionInput): Catalogue['jurisdiction'] {
  return {
    name: input.name,
    level: input.level,
    ...(input.divisionCode ? { divisionCode: input.divisionCode } : {}),
    ...(input.parentName ? { parentName: input.parentName } : {}),
  };
}

/* ── Names, ids, codes ──────────────────────────────────────────────────────── */

function itemNames(row: ItemRow, warn: (cell: string, code: string, zh: string, en: string) => void) {
  const levels = row.levels.map((level) => level.value.replace(/\n/g, ''));
  const cell = row.levels.at(-1)?.cell ?? row.text.content?.cell ?? `A${row.row}`;
  if (levels.length === 0) {
    const content = row.text.content?.value.replace(/\n/g, ' ') ?? '';
    const name = content ? clip(content, 30) : `第${row.row}行事项`;
    warn(cell, 'no-name', `事项名称为空，已暂用“${name}”作为名称，请补充`, `the item has no name; "${name}" is used for now`);
    return { matter: name, name, path: [] as string[], levels: [name], cell };
  }
  const matter = levels[0]!;
  const name = levels.at(-1)!;
  return { matter, name, path: levels.slice(1, -1), levels, cell };
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function codeOf(row: ItemRow): string | undefined {
  const code = row.text.code?.value.trim();
  if (code) return code;
  // A 序号 with a leading zero or dots (0505, 3.2.1) is a hierarchical code, not a running number.
  const seq = row.text.seq?.value.trim();
  return seq && /^(?:0\d+|\d+(?:[.-]\d+)+)$/.test(seq) ? seq : undefined;
}

function itemId(row: ItemRow, key: string, used: Set<string>, warn: (cell: string, code: string, zh: string, en: string) => void): string {
  const given = row.text.id?.value.trim();
  if (given) {
    if (ID_PATTERN.test(given) && given.length <= 128 && !used.has(given)) {
      used.add(given);
      return given;
    }
    warn(row.text.id!.cell, 'bad-id', used.has(given) ? `事项ID “${given}” 与前面的行重复，已另行生成` : `事项ID “${given}” 只能包含字母、数字和 _ . : -，已另行生成`,
      used.has(given) ? `item id "${given}" repeats an earlier row; a new one was generated` : `item id "${given}" may only hold letters, digits and _ . : -; a new one was generated`);
  }
  let id = `it-${stableHash(key)}`;
  for (let n = 2; used.has(id); n++) id = `it-${stableHash(key)}-${n}`;
  used.add(id);
  return id;
}

/* ── The carried fields ─────────────────────────────────────────────────────── */

type Warn = (cell: string, code: string, zh: string, en: string) => void;
type CarriedFields = Pick<CatalogueItem, 'content' | 'basis' | 'timeLimit' | 'subjectIds' | 'mode' | 'channels' | 'audience' | 'levels'>
  & Partial<Pick<CatalogueItem, 'standard' | 'audienceNote' | 'stages' | 'formats' | 'category' | 'supervision'>>;

function readItemFields(row: ItemRow, options: BuildOptions, agencies: AgencyIndex, warn: Warn): CarriedFields {
  const cellOf = (field: keyof ItemRow['text']) => row.text[field];
  const firstCell = (group: TickGroup) => row.ticks.find((t) => t.group === group)?.cell;
  const where = (field: keyof ItemRow['text'], group?: TickGroup) => cellOf(field)?.cell ?? row.cells[field] ?? (group && firstCell(group)) ?? `A${row.row}`;

  // 公开标准 in its own column beside 公开内容 (else the content's own list): split where the list breaks.
  const standardText = cellOf('standard')?.value;
  const content = cellOf('content')?.value ?? standardText ?? '';
  if (!content) warn(where('content'), 'empty-content', '公开内容（要素）为空', 'the content (要素) cell is empty');
  const standard = standardText && cellOf('content') ? (splitStandard(standardText) ?? [standardText]) : splitStandard(content);

  // 公开要求 (荣昌) holds the basis and the time limit in one sentence: each is read from it where the table has no column of its own.
  const requirement = cellOf('requirement')?.value ?? '';
  let basis = readBasis(cellOf('basis')?.value ?? (requirement ? citationsIn(requirement) : ''));
  if (basis.length === 0) {
    warn(requirement ? where('requirement') : where('basis'), 'empty-basis', '公开依据为空，已填入《中华人民共和国政府信息公开条例》，请补充', 'no legal basis; 《政府信息公开条例》 was filled in');
    basis = [DEFAULT_BASIS];
  }

  let limitText = cellOf('timeLimit')?.value.replace(/\n/g, '') ?? (requirement ? timeClauseIn(requirement) : '');
  const duration = cellOf('duration')?.value.replace(/\n/g, '');
  if (duration) limitText = limitText ? `${limitText}（公开时长：${duration}）` : `公开时长：${duration}`;
  if (!limitText) {
    warn(where('timeLimit'), 'empty-time-limit', `公开时限为空，已按条例第二十六条填入“${DEFAULT_TIME_LIMIT}”`, `no time limit; the statutory "${DEFAULT_TIME_LIMIT}" was filled in`);
    limitText = DEFAULT_TIME_LIMIT;
  }
  const timeLimit = readTimeLimit(limitText);

  const subjectNames = splitAgencies(cellOf('subject')?.value ?? '');
  const subjectIds = [...new Set(subjectNames.map((name) => agencies.resolve(name).id))];
  if (subjectIds.length === 0) {
    const government = agencies.government();
    warn(where('subject'), 'empty-subject', `公开主体为空，已填入“${government.name}”`, `no disclosing body; "${government.name}" was filled in`);
    subjectIds.push(government.id);
  }

  const fields: Mutable<CarriedFields> = {
    content,
    ...(standard ? { standard } : {}),
    basis,
    timeLimit,
    subjectIds,
    mode: readModeCell(row, warn, where),
    channels: readChannels(row, options, warn, where),
    ...readAudienceCell(row, warn, where),
    levels: readLevelsCell(row, options, warn, where),
  };
  const stages = readOptionList(row, 'stages', readStage, '过程（五公开）', 'stage', warn);
  if (stages.length) fields.stages = stages;
  const formats = readOptionList(row, 'formats', readFormat, '公开形式', 'format', warn);
  if (formats.length) fields.formats = formats;
  const categoryText = cellOf('category')?.value;
  if (categoryText) {
    const category = readCategory(categoryText);
    if (category) fields.category = category;
    else warn(where('category'), 'unknown-category', `未识别的项目类别 “${categoryText}”，未导入`, `unrecognised category "${categoryText}"; left out`);
  }
  const supervisionText = cellOf('supervision')?.value;
  if (supervisionText) {
    const { contact, unread } = readContact(supervisionText);
    if (contact) fields.supervision = contact;
    if (unread.length) {
      warn(where('supervision'), 'unknown-supervision', contact
        ? `监督方式中的 “${unread.join('；')}” 不是电话、邮箱、网址或地址，未导入`
        : `监督方式 “${supervisionText}” 没有具体的电话、邮箱、网址或地址，未导入`,
      contact ? `"${unread.join('; ')}" in the supervision cell is no phone, e-mail, web or street address; left out`
        : `supervision "${supervisionText}" names no phone, e-mail, web or street address; left out`);
    }
  }
  return fields;
}

/** The titles cited in a sentence (《…》 with the 文号 in brackets after it), one per line for readBasis. */
function citationsIn(text: string): string {
  return [...text.matchAll(/《[^》]+》(?:\s*[（(][^（）()]*[号令][^（）()]*[）)])?/g)].map((m) => m[0]).join('\n');
}

/** The clause of a sentence that says when: "信息形成之日起20个工作日内公开", "每年9月底前更新". */
function timeClauseIn(text: string): string {
  return splitList(text, /[，,。；;\n]/).find((clause) => /\d+\s*个?(?:工作日|自然日|日|天|小时)|实时|及时|每年|每季度|每月|月底前|年底前|之日起/.test(clause)) ?? '';
}

/** The options ticked in a group's sub-columns, or the entries of its one text cell. */
function entriesOf(row: ItemRow, group: TickGroup, warn: Warn): { label: string; ticked: boolean | undefined; cell: string }[] {
  const text = row.text[group];
  if (text) return splitMarked(text.value).map((entry) => ({ ...entry, cell: text.cell }));
  const entries: { label: string; ticked: boolean | undefined; cell: string }[] = [];
  for (const tick of row.ticks.filter((t) => t.group === group)) {
    const ticked = readTick(tick.raw);
    if (ticked === undefined) {
      // A tick cell holding its own column's word (县级 under 县级) is ticked.
      if (squash(tick.raw) === squash(tick.option)) entries.push({ label: tick.option, ticked: true, cell: tick.cell });
      else warn(tick.cell, 'unreadable-tick', `无法识别的勾选标记 “${tick.raw}”（应为 √、■ 或留空），按未勾选处理`, `unreadable tick "${tick.raw}" (expected √, ■ or blank); read as not ticked`);
    } else if (ticked || (group === 'channels' && /^[□☐口]$/.test(squash(tick.raw)))) {
      entries.push({ label: tick.option, ticked, cell: tick.cell });
    }
  }
  return entries;
}

function readChannels(row: ItemRow, options: BuildOptions, warn: Warn, where: (f: 'channels', g: TickGroup) => string): ChannelRef[] {
  const channels: ChannelRef[] = [];
  for (const entry of entriesOf(row, 'channels', warn)) {
    if (entry.ticked === false && options.unchecked === 'ignore') continue;
    const { channel, recognised } = readChannel(entry.label, entry.ticked);
    if (!recognised) warn(entry.cell, 'unknown-channel', `未识别的公开渠道 “${entry.label}”，按“其他”渠道导入`, `unrecognised channel "${entry.label}"; imported as "other"`);
    if (!channels.some((c) => c.type === channel.type && c.name === channel.name)) channels.push(channel);
  }
  if (channels.length === 0) {
    warn(where('channels', 'channels'), 'empty-channels', '公开渠道和载体为空，已填入“■政府网站”', 'no channel; ■政府网站 was filled in');
    channels.push({ type: 'website_column', required: true });
  }
  return channels;
}

function readModeCell(row: ItemRow, warn: Warn, where: (f: 'mode', g: TickGroup) => string): CatalogueItem['mode'] {
  const entries = entriesOf(row, 'mode', warn).filter((entry) => entry.ticked !== false);
  const modes = new Set<CatalogueItem['mode']>();
  for (const entry of entries) {
    const mode = readMode(entry.label);
    if (mode) modes.add(mode);
    else warn(entry.cell, 'unknown-mode', `未识别的公开方式 “${entry.label}”，按“主动”导入`, `unrecognised mode "${entry.label}"; imported as 主动`);
  }
  if (modes.size === 0) {
    if (entries.length === 0) warn(where('mode', 'mode'), 'empty-mode', '公开方式为空，按“主动”导入', 'no mode; imported as 主动');
    return '主动';
  }
  if (modes.size > 1) warn(entries[0]!.cell, 'both-modes', '同时标记了主动和依申请公开，按“主动”导入', 'both 主动 and 依申请 are marked; imported as 主动');
  return modes.has('主动') ? '主动' : '依申请';
}

function readAudienceCell(row: ItemRow, warn: Warn, where: (f: 'audience', g: TickGroup) => string): Pick<CatalogueItem, 'audience'> & { audienceNote?: string } {
  const entries = entriesOf(row, 'audience', warn).filter((entry) => entry.ticked !== false);
  const found: { audience: CatalogueItem['audience']; note?: string }[] = [];
  for (const entry of entries) {
    const audience = readAudience(entry.label);
    if (audience) found.push(audience);
    else warn(entry.cell, 'unknown-audience', `未识别的公开对象 “${entry.label}”，按“全社会”导入`, `unrecognised audience "${entry.label}"; imported as 全社会`);
  }
  if (found.length === 0) {
    if (entries.length === 0) warn(where('audience', 'audience'), 'empty-audience', '公开对象为空，按“全社会”导入', 'no audience; imported as 全社会');
    return { audience: '全社会' };
  }
  if (new Set(found.map((f) => f.audience)).size > 1) warn(entries[0]!.cell, 'both-audiences', '同时标记了全社会和特定群体，按“全社会”导入', 'both 全社会 and 特定群体 are marked; imported as 全社会');
  const chosen = found.find((f) => f.audience === '全社会') ?? found[0]!;
  return chosen.note ? { audience: chosen.audience, audienceNote: chosen.note } : { audience: chosen.audience };
}

function readLevelsCell(row: ItemRow, options: BuildOptions, warn: Warn, where: (f: 'levels', g: TickGroup) => string): Level[] {
  const levels = new Set<Level>();
  const unknown: { label: string; cell: string }[] = [];
  for (const entry of entriesOf(row, 'levels', warn).filter((e) => e.ticked !== false)) {
    const read = readLevels(entry.label);
    read.levels.forEach((level) => levels.add(level));
    unknown.push(...read.unknown.map((label) => ({ label, cell: entry.cell })));
  }
  const own = (CATALOGUE_LEVELS as readonly string[]).includes(options.jurisdiction.level) ? (options.jurisdiction.level as Level) : 'county';
  const ownLabel = { county: '县级', township: '乡级', village: '村级' }[own];
  for (const { label, cell } of unknown) {
    if (levels.size) warn(cell, 'unknown-level', `未识别的公开层级 “${label}”，未导入`, `unrecognised level "${label}"; left out`);
    else warn(cell, 'unknown-level', `未识别的公开层级 “${label}”，按本级（${ownLabel}）导入`, `unrecognised level "${label}"; imported as this jurisdiction's own (${own})`);
  }
  if (levels.size === 0) {
    if (unknown.length === 0) warn(where('levels', 'levels'), 'empty-levels', `公开层级为空，按本级（${ownLabel}）导入`, `no level; imported as this jurisdiction's own (${own})`);
    levels.add(own);
  }
  return CATALOGUE_LEVELS.filter((level) => levels.has(level));
}

function readOptionList<T extends string>(row: ItemRow, group: TickGroup, read: (text: string) => T | undefined, heading: string, code: string, warn: Warn): T[] {
  const values = new Set<T>();
  for (const entry of entriesOf(row, group, warn).filter((e) => e.ticked !== false)) {
    for (const label of splitList(entry.label)) {
      const value = read(label);
      if (value) values.add(value);
      else warn(entry.cell, `unknown-${code}`, `未识别的${heading} “${label}”，未导入`, `unrecognised ${code} "${label}"; left out`);
    }
  }
  return [...values];
}

/* ── Keeping what the previous version knew ─────────────────────────────────── */

/** Fields a table carries: when the cell still reads as the previous version wrote it, the previous value is kept. */
const CARRIED_FIELDS = ['code', 'order', 'domainId', 'matter', 'name', 'path', 'content', 'standard', 'basis', 'timeLimit', 'subjectIds', 'mode', 'channels', 'audience', 'audienceNote', 'levels', 'stages', 'formats', 'category', 'supervision'] as const;

/** Fields that only some sheets have a column for: a sheet without the column leaves the previous value alone. */
const OPTIONAL_COLUMNS: Readonly<Record<string, TextField>> = { stages: 'stages', formats: 'formats', category: 'category', supervision: 'supervision' };

function keepFromBase(item: Mutable<CatalogueItem>, previous: CatalogueItem, base: Catalogue, agencies: readonly Agency[], date: string, row: ItemRow): CatalogueItem {
  // What the previous version's cells read as, through the same parsers as this import.
  const reread = rereadCells(previous, { ...base, agencies: [...agencies] });
  const result: Record<string, unknown> = { ...previous };
  let changed = false;
  for (const field of CARRIED_FIELDS) {
    const now = (item as Record<string, unknown>)[field];
    const was = (previous as Record<string, unknown>)[field];
    if (canonical(now) === canonical(was)) continue;
    if (field in reread && canonical(now) === canonical(reread[field])) continue; // same cell text: keep the finer structure
    if (field === 'standard' && canonical(item.content) === canonical(previous.content)) continue;
    if (field === 'code' && now === undefined) continue;
    if (field in OPTIONAL_COLUMNS && !hasColumn(row, OPTIONAL_COLUMNS[field]!)) continue;
    if (now === undefined) delete result[field];
    else result[field] = field === 'channels' ? withPreviousDetails(item.channels, previous.channels) : now;
    changed = true;
  }
  result.updatedAt = changed ? date : previous.updatedAt;
  return result as CatalogueItem;
}

/** A channel that kept its name keeps its point and link from the previous version. */
function withPreviousDetails(channels: readonly ChannelRef[], previous: readonly ChannelRef[]): ChannelRef[] {
  return channels.map((channel) => {
    const match = previous.find((p) => p.type === channel.type && (p.name ?? '') === (channel.name ?? '')) ??
      previous.find((p) => p.name !== undefined && p.name === channel.name);
    return match ? { ...match, required: channel.required } : channel;
  });
}

/** The previous item's cells as export writes them, read back by this module's parsers. */
function rereadCells(previous: CatalogueItem, catalogue: Catalogue): Record<string, unknown> {
  const cells = itemCells(previous, catalogue);
  const audience = readAudience(cells.audience);
  return {
    standard: splitStandard(cells.content),
    supervision: cells.supervision ? readContact(cells.supervision).contact : undefined,
    basis: readBasis(cells.basis),
    timeLimit: readTimeLimit(cells.timeLimit),
    channels: splitMarked(cells.channels).map((entry) => readChannel(entry.label, entry.ticked).channel),
    audience: audience?.audience,
    audienceNote: audience?.note,
  };
}

/* ── Domains and agencies ───────────────────────────────────────────────────── */

class DomainIndex {
  private readonly byName = new Map<string, Domain>();
  private readonly domains: Domain[];
  readonly created: Domain[] = [];
  constructor(existing: readonly Domain[]) {
    this.domains = [...existing];
    for (const domain of existing) for (const name of [domain.name, ...(domain.aliases ?? [])]) this.byName.set(squash(name), domain);
  }
  all(): Domain[] {
    return this.domains;
  }
  /** Gives a domain its responsible units (a 试点领域及责任单位 table), added to any it had. */
  setResponsible(domain: Domain, agencyIds: readonly string[]): void {
    const index = this.domains.findIndex((d) => d.id === domain.id);
    const merged = [...new Set([...(domain.responsibleAgencyIds ?? []), ...agencyIds])];
    const updated: Domain = { ...domain, responsibleAgencyIds: merged };
    this.domains[index] = updated;
    for (const [name, d] of this.byName) if (d.id === domain.id) this.byName.set(name, updated);
  }
  resolve(value: CellValue | undefined, row: ItemRow, warn: Warn): Domain {
    const raw = value ? canonicalDomainName(value.value) : '';
    if (!raw) {
      const unnamed = this.named('未分类', undefined);
      if (!this.warnedUnnamed.has(row.sheet)) {
        this.warnedUnnamed.add(row.sheet);
        warn(`A${row.row}`, 'no-domain', '无法确定所属领域（工作表名、标题行或“领域”列都没有给出），已归入“未分类”', 'no domain (none in the sheet name, a title row or a 领域 column); filed under 未分类');
      }
      return unnamed;
    }
    const known = this.byName.get(squash(raw));
    if (known) return known;
    const pilots = resolvePilotDomains(raw);
    if (pilots.length > 1 && !this.warnedSplit.has(`${row.sheet}|${raw}`)) {
      this.warnedSplit.add(`${row.sheet}|${raw}`);
      warn(value!.cell, 'split-domain', `“${raw}”现已分为${pilots.map((p) => p.name).join('、')}两个领域，已归入“${pilots[0]!.name}”`, `"${raw}" is now ${pilots.length} domains; filed under ${pilots[0]!.name}`);
    }
    return this.named(pilots[0]?.name ?? raw, pilots[0]);
  }
  private readonly warnedUnnamed = new Set<string>();
  /** 扶贫救灾 is reported once per sheet, not on every row. */
  private readonly warnedSplit = new Set<string>();
  private named(name: string, pilot: ReturnType<typeof resolvePilotDomains>[number] | undefined): Domain {
    const existing = this.byName.get(squash(name));
    if (existing) return existing;
    const customCount = this.domains.filter((d) => !d.isPilot).length;
    const domain: Domain = pilot
      ? { id: PILOT_DOMAIN_IDS[pilot.name] ?? `domain-${stableHash(pilot.name)}`, name: pilot.name, ...(pilot.aliases.length ? { aliases: [...pilot.aliases] } : {}), nameEn: pilot.nameEn, isPilot: true, order: pilot.order }
      : { id: `domain-${stableHash(name)}`, name, isPilot: false, order: 27 + customCount };
    this.domains.push(domain);
    this.created.push(domain);
    this.byName.set(squash(name), domain);
    return domain;
  }
}

class AgencyIndex {
  private readonly agencies: Agency[];
  private readonly byName = new Map<string, Agency>();
  readonly created: Agency[] = [];
  constructor(existing: readonly Agency[], private readonly jurisdiction: JurisdictionInput) {
    this.agencies = [...existing];
    for (const agency of existing) this.index(agency);
  }
  all(): Agency[] {
    return this.agencies;
  }
  /** The jurisdiction's own government (the publisher), created when the table never names it. */
  government(): Agency {
    const name = this.jurisdiction.level === 'township' && /街道$/.test(this.jurisdiction.name) ? `${this.jurisdiction.name}办事处` : `${this.jurisdiction.name}人民政府`;
    return this.resolve(name);
  }
  resolve(name: string): Agency {
    const found = this.byName.get(squash(name)) ?? this.byName.get(this.core(name));
    if (found) return found;
    let id = `ag-${stableHash(squash(name))}`;
    for (let n = 2; this.agencies.some((a) => a.id === id); n++) id = `ag-${stableHash(squash(name))}-${n}`;
    const agency: Agency = { id, name: name.trim(), level: this.levelOf(name), kind: kindOf(name, this.levelOf(name)) };
    this.agencies.push(agency);
    this.created.push(agency);
    this.index(agency);
    return agency;
  }
  private index(agency: Agency): void {
    for (const name of [agency.name, agency.shortName]) {
      if (!name) continue;
      if (!this.byName.has(squash(name))) this.byName.set(squash(name), agency);
      const core = this.core(name);
      if (core && !this.byName.has(core)) this.byName.set(core, agency);
    }
  }
  /** 示例县民政局, 县民政局 and 民政局 all read as 民政局, so a table's short form finds the agency. */
  private core(name: string): string {
    const text = squash(name);
    const own = squash(this.jurisdiction.name);
    // An unprefixed name (城管局, as in "区住建局、城管局") is the same office as the prefixed one.
    const rest = text.startsWith(own) ? text.slice(own.length) : /^[县区市旗乡镇](?!级)/.test(text) ? text.slice(1) : text;
    return rest.length >= 2 ? `core:${rest}` : '';
  }
  private levelOf(name: string): Agency['level'] {
    const text = squash(name);
    if (/村(?:民委员会|委会)|居(?:民委员会|委会)|社区$|^.{1,8}村$/.test(text)) return 'village';
    if (/乡镇|街道|(?:^|[^城])[乡镇](?:人民政府|政府|党委|便民|综合|财政所|民政所|办|站|所|党政)/.test(text)) return 'township';
    if (/^县级|^县|^区|^市|县$|^[\u4e00-\u9fa5]{1,6}?[县区旗](?!级)/.test(text)) return 'county';
    return (JURISDICTION_LEVELS as readonly string[]).includes(this.jurisdiction.level) ? this.jurisdiction.level : 'county';
  }
}

function kindOf(name: string, level: Agency['level']): Agency['kind'] {
  // 乡镇人民政府（街道办事处）is a government; the bracket only names an alternative.
  const text = squash(name).replace(/[（(][^（）()]*[）)]$/, '');
  const kind: (typeof AGENCY_KINDS)[number] =
    /街道办事处$/.test(text) ? 'subdistrict'
    : /人民政府$|政府$/.test(text) ? (level === 'township' ? 'township' : 'government')
    : /村(?:民委员会|委会)|居(?:民委员会|委会)/.test(text) ? 'village_committee'
    : /办公室$|政府办$|党政办$/.test(text) ? 'office'
    : /(?:中心|站|所|院|馆|学校|医院|队)$/.test(text) ? 'public_institution'
    : /税务局|供电|邮政|气象|海关|分局/.test(text) ? 'vertical_branch'
    : 'department';
  return kind;
}
