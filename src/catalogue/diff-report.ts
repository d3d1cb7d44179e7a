/**
 * The readable `zwgk diff` report: each changed field under the label the catalogue tree shows
 * (公开时限, 公开主体…), each value as an editor reads it (the time-limit text, agency and channel
 * names, 县级、乡级), never raw JSON. Chinese by default, English on request. Pure.
 */
import type { CatalogueDiff } from './diff.js';
import type { Locale } from './problems.js';
import type { Catalogue } from './schema.js';
import { basisText, channelText, contactText, levelLabel } from './table/cell-text.js';

/** Field labels: the tree's own wording where it shows the field (catalogue-tree/messages.ts). */
export const ITEM_FIELD_LABELS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  id: ['事项ID', 'Id'], code: ['事项编码', 'Code'], order: ['序号', 'Order'], domainId: ['领域', 'Domain'],
  matter: ['公开事项', 'Matter'], name: ['事项名称', 'Name'], path: ['子目录', 'Sub-levels'],
  content: ['公开内容（要素）', 'Content (elements)'], standard: ['公开标准', 'Standard'], basis: ['公开依据', 'Legal basis'],
  timeLimit: ['公开时限', 'Time limit'], subjectIds: ['公开主体', 'Disclosing body'], mode: ['公开方式', 'Mode'],
  channels: ['公开渠道和载体', 'Channels'], audience: ['公开对象', 'Audience'], audienceNote: ['公开对象说明', 'Audience note'],
  levels: ['公开层级', 'Level'], stages: ['过程', 'Process stage'], category: ['项目类别', 'Category'], formats: ['公开格式', 'Formats'],
  supervision: ['监督方式', 'Supervision'], links: ['已公开内容链接', 'Published content'], serviceItemRef: ['政务服务事项', 'Service item'],
  elementScope: ['要素来源', 'Element scope'], records: ['名录数据', 'Records'], pushChannels: ['精准推送', 'Targeted push'],
  privacy: ['隐私处理', 'Privacy'], status: ['状态', 'Status'], updatedAt: ['更新日期', 'Updated'],
};

const STATUS: Readonly<Record<string, readonly [string, string]>> = { active: ['有效', 'active'], withdrawn: ['已撤销', 'withdrawn'], expired: ['已过期', 'expired'] };
const PRIVACY: Readonly<Record<string, readonly [string, string]>> = { none: ['无', 'none'], deidentified: ['已去标识化', 'de-identified'] };
const UNITS: Readonly<Record<string, readonly [string, string]>> = { working_day: ['个工作日', ' working days'], day: ['日', ' days'], hour: ['小时', ' hours'], month: ['个月', ' months'] };

type Side = Pick<Catalogue, 'agencies' | 'domains'>;

/** Any other value, key by key, as `key：value；…` (a field of a newer 1.x format, a link's details). */
function plain(value: unknown, zh: boolean): string {
  if (value === undefined || value === null) return zh ? '（无）' : '(none)';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((v) => plain(v, zh)).join(zh ? '、' : ', ');
  return Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}${zh ? '：' : ': '}${plain(v, zh)}`).join(zh ? '；' : '; ');
}

/** One field's value as an editor reads it; `detailed` adds what the short form hides (a channel's point, a time limit's reading). */
export function fieldText(field: string, value: unknown, side: Side, locale: Locale, detailed = false): string {
  const zh = locale === 'zh-CN';
  if (value === undefined || value === null) return zh ? '（无）' : '(none)';
  const list = (values: unknown) => (Array.isArray(values) ? values.map(String).join(zh ? '、' : ', ') : plain(values, zh));
  switch (field) {
    case 'domainId':
      return side.domains.find((d) => d.id === value)?.name ?? String(value);
    case 'subjectIds':
      return Array.isArray(value) ? value.map((id) => side.agencies.find((a) => a.id === id)?.name ?? String(id)).join('、') : plain(value, zh);
    case 'timeLimit': {
      const limit = value as { text?: string; amount?: number; unit?: string; windowDays?: number };
      if (!detailed) return limit.text ?? plain(value, zh);
      const unit = limit.unit ? UNITS[limit.unit]?.[zh ? 0 : 1] ?? limit.unit : '';
      const parts = [limit.amount !== undefined ? `${limit.amount}${unit}` : '', limit.windowDays !== undefined ? (zh ? `公示${limit.windowDays}日` : `${limit.windowDays}-day window`) : ''].filter(Boolean);
      return `${limit.text ?? ''}（${parts.join('，') || plain(value, zh)}）`;
    }
    case 'basis':
      return detailed ? plain(value, zh) : basisText({ basis: value as Catalogue['items'][number]['basis'] });
    case 'channels':
      return detailed ? plain(value, zh) : channelText({ channels: value as Catalogue['items'][number]['channels'] });
    case 'levels':
      return Array.isArray(value) ? value.map((level) => (zh ? levelLabel(String(level)) : String(level))).join(zh ? '、' : ', ') : plain(value, zh);
    case 'supervision':
      return detailed ? plain(value, zh) : contactText(value as Catalogue['items'][number]['supervision']) || plain(value, zh);
    case 'links':
      return Array.isArray(value) && !detailed ? value.map((link) => (link as { title?: string }).title ?? plain(link, zh)).join('、') : plain(value, zh);
    case 'records': {
      const rows = (value as { rows?: unknown[] }).rows;
      return Array.isArray(rows) && !detailed ? (zh ? `${rows.length} 行` : `${rows.length} rows`) : plain(value, zh);
    }
    case 'standard':
      return Array.isArray(value) ? value.map(String).join('；') : plain(value, zh);
    case 'path': case 'stages': case 'formats': case 'pushChannels':
      return list(value);
    case 'status':
      return STATUS[String(value)]?.[zh ? 0 : 1] ?? String(value);
    case 'privacy':
      return PRIVACY[String(value)]?.[zh ? 0 : 1] ?? String(value);
    default:
      return plain(value, zh);
  }
}

/** Long texts show the part that changed with a little context on each side, not their first 80 characters. */
const LONG = 60;
const CONTEXT = 12;
export function changedParts(before: string, after: string): [string, string] {
  if (before.length <= LONG && after.length <= LONG) return [before, after];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const cut = (text: string) => {
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(text.length, text.length - end + CONTEXT);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return [cut(before), cut(after)];
}

/** The report's lines: a count line, then `+` added, `-` removed and `~` changed items with one line per field. */
export function formatDiff(diff: CatalogueDiff, before: Side, after: Side, locale: Locale = 'zh-CN'): string[] {
  const zh = locale === 'zh-CN';
  const lines = [zh
    ? `新增 ${diff.added.length} 项，删除 ${diff.removed.length} 项，修改 ${diff.changed.length} 项`
    : `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`];
  for (const item of diff.added) lines.push(`+ ${item.id} ${item.name}`);
  for (const item of diff.removed) lines.push(`- ${item.id} ${item.name}`);
  for (const change of diff.changed) {
    lines.push(`~ ${change.id} ${change.name}`);
    for (const { field, before: was, after: now } of change.fields) {
      let old = fieldText(field, was, before, locale);
      let current = fieldText(field, now, after, locale);
      if (old === current) {
        old = fieldText(field, was, before, locale, true);
        current = fieldText(field, now, after, locale, true);
      }
      [old, current] = changedParts(old, current);
      const label = ITEM_FIELD_LABELS[field]?.[zh ? 0 : 1] ?? field;
      lines.push(zh ? `    ${label}：“${old}” → “${current}”` : `    ${label}: "${old}" → "${current}"`);
    }
  }
  return lines;
}
