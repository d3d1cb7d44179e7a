/**
 * The familiar wide table of a standard catalogue (序号, 公开事项, 公开内容, 公开依据, 公开时限,
 * 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级), shared by print and CSV export.
 */
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { CHANNEL_TYPES } from '../../catalogue/codes.js';

export const TABLE_HEADERS = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'] as const;

const LEVEL_LABELS: Record<string, string> = { county: '县级', township: '乡级', village: '村级' };

export function levelLabel(level: string): string {
  return LEVEL_LABELS[level] ?? level;
}

export function basisText(item: CatalogueItem): string {
  return item.basis.map((b) => `${b.title.startsWith('《') ? b.title : `《${b.title}》`}${b.docNo ? `（${b.docNo}）` : ''}${b.article ? b.article : ''}`).join('；');
}

export function channelText(item: CatalogueItem): string {
  return item.channels.map((c) => `${c.required === false ? '□' : '■'}${c.name ?? CHANNEL_TYPES[c.type]}`).join(' ');
}

export function subjectText(item: CatalogueItem, catalogue: Catalogue): string {
  return item.subjectIds.map((id) => catalogue.agencies.find((a) => a.id === id)?.name ?? id).join('、');
}

export function tableRows(items: readonly CatalogueItem[], catalogue: Catalogue): string[][] {
  const domainNames = new Map(catalogue.domains.map((d) => [d.id, d.name]));
  return items.map((item, i) => [
    String(i + 1),
    [domainNames.get(item.domainId) ?? '', item.matter, ...(item.path ?? []), item.name].join(' / '),
    item.content,
    basisText(item),
    item.timeLimit.text,
    subjectText(item, catalogue),
    channelText(item),
    item.audience,
    item.mode,
    item.levels.map(levelLabel).join('、'),
  ]);
}

export { toCsv } from '../../core/csv.js';
