/**
 * The familiar wide table of a standard catalogue (序号, 公开事项, 公开内容, 公开依据, 公开时限,
 * 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级), shared by print and CSV export. How each
 * field reads as a cell lives on the format side (catalogue/table/cell-text.ts), shared with the CLI.
 */
import type { Catalogue, CatalogueItem } from '../../catalogue/schema.js';
import { basisText, channelText, levelLabel, subjectText } from '../../catalogue/table/cell-text.js';

export { basisText, channelText, levelLabel, subjectText };
export { toCsv } from '../../core/csv.js';

export const TABLE_HEADERS = ['序号', '公开事项', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式', '公开层级'] as const;

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
