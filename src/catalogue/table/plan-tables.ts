/**
 * The other tables of a county's 实施方案 that belong in the catalogue: the 任务分工 / 责任清单
 * (seed 000 附件2, seed 004: 序号 | 工作任务 | 具体事项 | 责任单位 | 完成时间, with section rows
 * such as "（一）制定和完善政务公开事项标准目录") → `tasks`, and the 试点领域及责任单位一览表
 * (seed 000 附件1: 序号 | 试点领域 | 责任单位) → each domain's `responsibleAgencyIds`. Reading a
 * sheet into rows and reading 完成时间 and 责任单位 cells are pure functions here; build-catalogue.ts
 * turns the rows into the catalogue with its agency and domain indexes.
 */
import { oneLine, splitAgencies, squash } from './cell-values.js';
import type { ColumnChoice } from './column-meaning.js';
import { classifyHeading, columnLetter, headingKey, type TextField } from './columns.js';
import { cellKey, type ImportWarning, type Sheet } from './import-types.js';

export type PlanField = 'seq' | 'task' | 'subtask' | 'responsible' | 'lead' | 'guide' | 'due' | 'domain';

const PLAN_HEADINGS: readonly (readonly [RegExp, PlanField])[] = [
  [/^(?:序号|序|编号)$/, 'seq'],
  [/^(?:工作任务|重点任务|主要任务|任务|工作内容|任务内容|工作事项|重点工作|任务名称)$/, 'task'],
  [/具体事项|具体措施|工作措施|主要措施|具体内容|具体任务|子任务|工作要求|任务分解/, 'subtask'],
  [/牵头单位|牵头部门/, 'lead'],
  [/指导单位|指导部门/, 'guide'],
  [/责任单位|责任部门|承办单位|实施单位|配合单位|责任主体/, 'responsible'],
  [/完成时间|完成时限|时间节点|完成期限|时间安排|进度安排|完成日期/, 'due'],
  [/领域/, 'domain'],
];

function planField(text: string): PlanField | undefined {
  const key = headingKey(text);
  return key ? PLAN_HEADINGS.find(([pattern]) => pattern.test(key))?.[1] : undefined;
}

export interface PlanHeader {
  readonly kind: 'tasks' | 'domains';
  readonly first: number;
  readonly fields: readonly (PlanField | undefined)[];
}

/** Headings only a disclosure catalogue has: a row naming one is not a task table. */
const CATALOGUE_ONLY = new Set<string>(['basis', 'timeLimit', 'channels', 'audience', 'mode', 'levels', 'requirement', 'stages']);

/** A task table names a task and a unit or a date; a responsibility table names domains and units. */
export function findPlanHeader(rows: readonly (readonly string[])[]): PlanHeader | undefined {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    if (rows[r]!.some((cell) => CATALOGUE_ONLY.has(classifyHeading(cell)?.field ?? '') || /^公开/.test(headingKey(cell)))) continue;
    const fields = rows[r]!.map(planField);
    const has = (field: PlanField) => fields.includes(field);
    const units = has('responsible') || has('lead');
    if ((has('task') || has('subtask')) && (units || has('due'))) return { kind: 'tasks', first: r, fields };
    if (has('domain') && units && !has('task')) return { kind: 'domains', first: r, fields };
  }
  return undefined;
}

export interface PlanRow {
  readonly sheet: string;
  readonly row: number;
  readonly seq?: string;
  readonly task: string;
  readonly subtask?: string;
  readonly responsible: readonly string[];
  readonly lead: readonly string[];
  readonly guide: readonly string[];
  readonly due?: string;
  readonly domains: readonly string[];
  /** The cell of the row's task (or domain), for warnings. */
  readonly cell: string;
}

/* ── Cells ─────────────────────────────────────────────────────────────────── */

const REMARK = /[（(]\s*(指导单位|牵头单位|配合单位|责任单位)\s*[:：]\s*([^（）()]+)[）)]/g;

/**
 * 责任单位 with its remarks: "各乡镇(街道)、区政府各部门 (指导单位：区委编办)" gives two responsible
 * units and one guiding unit; "区城建局、城管局" two units.
 */
export function readUnits(text: string): { responsible: string[]; lead: string[]; guide: string[] } {
  const lead: string[] = [];
  const guide: string[] = [];
  const extra: string[] = [];
  const rest = text.replace(REMARK, (_, role: string, names: string) => {
    (role === '指导单位' ? guide : role === '牵头单位' ? lead : extra).push(...splitAgencies(names));
    return ' ';
  });
  const responsible = [...splitAgencies(rest.trim().replace(/等(?:相关|有关)?(?:部门|单位)$/, '')), ...extra].map((name) => name.replace(/等$/, '').trim()).filter(Boolean);
  return { responsible, lead, guide };
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** "2020年12月底前", "2018年5月15日前", "2022年底前", "2023 年 12 月" → the last day they allow, or undefined. */
export function readDueDate(text: string): string | undefined {
  const value = squash(text);
  let match = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  match = /(\d{4})年(\d{1,2})月/.exec(value);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12 ? `${year}-${pad(month)}-${pad(lastDayOf(year, month))}` : undefined;
  }
  match = /(\d{4})年(?:底|末|年底|年末|内)/.exec(value);
  return match ? `${match[1]}-12-31` : undefined;
}

/** 完成时间 → Task.due: the text, the date when one parses, milestones when it names several ("26个试点领域：2020年12月底 其他领域：2021年12月底"). */
export function readDue(text: string): { date?: string; text: string; split?: { label: string; date: string }[] } {
  const due: { date?: string; text: string; split?: { label: string; date: string }[] } = { text: oneLine(text) };
  const parts = [...text.matchAll(/([^：:\s]{2,20})\s*[：:]\s*([^：:]*?\d{4}\s*年[^：:\s]*(?:\s*\d+\s*月[^：:\s]*)?)(?=\s+[^：:\s]{2,20}\s*[：:]|$)/g)];
  const split = parts.map((m) => ({ label: m[1]!.trim(), date: readDueDate(m[2]!) })).filter((p): p is { label: string; date: string } => !!p.date);
  if (split.length >= 2) {
    due.split = split;
    due.date = split.map((p) => p.date).sort().at(-1)!;
    return due;
  }
  const date = readDueDate(text);
  if (date) due.date = date;
  return due;
}

/* ── Sheets ────────────────────────────────────────────────────────────────── */

const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*/;
const SUB_NUMBER = /^\s*[（(](\d{1,3})[）)]\s*/;
const LEGEND = /^(?:注|说明|备注|附注)[：:]/;
const PLAN_NAMES: Readonly<Record<PlanField, readonly [string, string]>> = {
  seq: ['序号', 'sequence'], task: ['任务', 'task'], subtask: ['具体事项', 'subtask'], responsible: ['责任单位', 'responsible units'],
  lead: ['牵头单位', 'lead units'], guide: ['指导单位', 'guiding units'], due: ['完成时间', 'due date'], domain: ['领域', 'domains'],
};

export interface PlanReading {
  readonly kind: 'tasks' | 'domains';
  readonly rows: readonly PlanRow[];
  readonly choices: readonly ColumnChoice[];
  readonly headerRow: number;
  readonly counts: { read: number; blank: number; legend: number; repeatedHeader: number; section: number; merged: number; emptyProcess: number; filled: number };
  readonly warnings: readonly ImportWarning[];
}

/**
 * Reads a task or responsibility sheet. Section rows ("一、总体任务", "（一）制定和完善……") name the
 * task of the rows below them; merged or blank 序号 / 工作任务 cells continue from above.
 */
export function readPlanSheet(sheet: Sheet, header: PlanHeader): PlanReading {
  const warnings: ImportWarning[] = [];
  const counts = { read: 0, blank: 0, legend: 0, repeatedHeader: 0, section: 0, merged: 0, emptyProcess: 0, filled: 0 };
  const headerRow = header.first + 1;
  const choices: ColumnChoice[] = header.fields.map((field, index) => {
    const heading = oneLine(sheet.rows[header.first]![index] ?? '');
    const letter = columnLetter(index);
    if (!field) {
      if (heading) warnings.push({ sheet: sheet.name, cell: `${letter}${headerRow}`, code: 'unknown-column', zh: `未识别的列 “${heading}”，该列内容未导入`, en: `unrecognised column "${heading}"; its cells were not imported` });
      return { index, letter, heading, column: heading ? { kind: 'unknown', heading } : { kind: 'empty' }, source: 'none', evidence: { zh: heading ? `列名“${heading}”无法识别，内容未导入` : '空列', en: heading ? `heading "${heading}" not recognised` : 'empty column' } };
    }
    const [zh, en] = PLAN_NAMES[field];
    return { index, letter, heading, column: { kind: 'text', field: (field === 'domain' ? 'domain' : field === 'seq' ? 'seq' : field) as TextField, heading }, source: 'heading', evidence: { zh: `列名“${heading}”，${header.kind === 'tasks' ? '任务分工表' : '领域责任单位表'}的${zh}`, en: `heading "${heading}", the ${en} of a ${header.kind === 'tasks' ? 'task table' : 'domain responsibility table'}` } };
  });
  const column = (field: PlanField) => header.fields.indexOf(field);
  const rows: PlanRow[] = [];
  let section = '';
  let subsection = '';
  let previous: { seq?: string; task?: string; units?: string; due?: string; domain?: string } = {};
  const headerText = sheet.rows[header.first]!.map(squash).join('|');
  for (let r = header.first + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    counts.read++;
    const value = (field: PlanField) => {
      const c = column(field);
      return c < 0 ? '' : (cells[c] ?? '').split(/\r\n|\r|\n/).map((line) => line.trim()).filter(Boolean).join('\n');
    };
    const filled = cells.map((cell, c) => ({ c, text: oneLine(cell ?? '') })).filter(({ text }) => text);
    if (filled.length === 0 || filled.every(({ c }) => header.fields[c] === 'seq')) {
      counts.blank++;
      continue;
    }
    if (cells.map(squash).join('|') === headerText) {
      counts.repeatedHeader++;
      continue;
    }
    if (LEGEND.test(filled[0]!.text)) {
      counts.legend++;
      continue;
    }
    if (new Set(filled.map(({ text }) => text)).size === 1 && (filled.length > 1 || header.fields[filled[0]!.c] !== 'domain')) {
      // "一、总体任务" or "（一）制定和完善政务公开事项标准目录": the task of the rows below.
      const title = filled[0]!.text.replace(SECTION_NUMBER, '');
      if (/^[（(]/.test(filled[0]!.text)) subsection = title;
      else {
        section = title;
        subsection = '';
      }
      counts.section++;
      continue;
    }
    const copied = (field: PlanField) => column(field) >= 0 && sheet.copied?.has(cellKey(r, column(field)));
    const carry = (field: 'seq' | 'task' | 'units' | 'due' | 'domain', own: string, from: PlanField) => {
      if (own) return own;
      const above = previous[field];
      if (above && column(from) >= 0) counts.filled++;
      return above ?? '';
    };
    const ref = (field: PlanField) => `${columnLetter(Math.max(0, column(field)))}${r + 1}`;
    if (header.kind === 'domains') {
      const domainText = carry('domain', value('domain'), 'domain');
      const units = readUnits(carry('units', [value('responsible'), value('lead')].filter(Boolean).join('、'), 'responsible'));
      previous = { ...previous, domain: domainText, units: [value('responsible'), value('lead')].filter(Boolean).join('、') || previous.units };
      rows.push({ sheet: sheet.name, row: r + 1, task: '', responsible: units.responsible, lead: units.lead, guide: units.guide,
        domains: splitAgencies(domainText), cell: ref('domain') });
      continue;
    }
    const ownTask = value('task');
    const subtaskText = value('subtask');
    // A row with a 工作内容 but no 工作任务 column lives under its section: the section is the task, the row its measure.
    const sectionTask = subsection || section;
    const hasTaskColumn = column('task') >= 0 && column('subtask') >= 0;
    const taskText = hasTaskColumn ? carry('task', ownTask, 'task') : sectionTask || ownTask;
    const subtask = hasTaskColumn ? subtaskText : sectionTask ? ownTask || subtaskText : subtaskText;
    if (!taskText && !subtask) {
      counts.blank++;
      continue;
    }
    const ownSeq = value('seq');
    const seqText = copied('seq') ? previous.seq ?? ownSeq : carry('seq', ownSeq, 'seq');
    const subNumber = SUB_NUMBER.exec(subtask ?? '')?.[1];
    const unitsText = [value('responsible'), value('lead') ? `（牵头单位：${value('lead')}）` : '', value('guide') ? `（指导单位：${value('guide')}）` : ''].filter(Boolean).join('');
    const units = readUnits(carry('units', unitsText, 'responsible'));
    const due = carry('due', value('due'), 'due');
    previous = { seq: seqText, task: hasTaskColumn ? taskText : previous.task, units: unitsText || previous.units, due };
    rows.push({
      sheet: sheet.name, row: r + 1, ...(subNumber ?? seqText ? { seq: subNumber ?? seqText } : {}),
      task: taskText || subtask!, ...(taskText && subtask ? { subtask: subtask.replace(SUB_NUMBER, '') } : {}),
      responsible: units.responsible, lead: units.lead, guide: units.guide, ...(due ? { due } : {}), domains: [], cell: ref(ownTask ? 'task' : 'subtask'),
    });
  }
  return { kind: header.kind, rows, choices, headerRow, counts, warnings };
}
