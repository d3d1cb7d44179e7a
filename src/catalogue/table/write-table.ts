/**
 * The wide table that `zwgk export` writes and `zwgk import` reads back: the familiar county
 * columns (序号, 一级事项, 二级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体,
 * 公开渠道和载体, 公开对象, 公开方式, 公开层级), then 过程 / 公开形式 / 项目类别 / 监督方式 when the
 * catalogue uses them, then 事项编码 and 事项ID so that a re-import keeps each item's identity
 * (and `zwgk diff` shows edits as edits, not as removals and additions). Pure.
 */
import type { Catalogue, CatalogueItem } from '../schema.js';
import { basisText, channelText, contactText, levelLabel, subjectText } from './cell-text.js';

export interface TableSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const LEVEL_HEADINGS = ['一级事项', '二级事项', '三级事项', '四级事项', '五级事项', '六级事项'];

/** The names of an item from the top: 一级 (matter), the path, then the item itself. */
export const levelsOf = (item: CatalogueItem): string[] => [item.matter, ...(item.path ?? []), item.name];

/** The text of each carried field as a cell shows it; import reads these cells back. */
export function itemCells(item: CatalogueItem, catalogue: Catalogue) {
  return {
    content: item.content,
    basis: basisText(item),
    timeLimit: item.timeLimit.text,
    subject: subjectText(item, catalogue),
    channels: channelText(item),
    audience: item.audienceNote ? `${item.audience}（${item.audienceNote}）` : item.audience,
    mode: item.mode,
    levels: item.levels.map(levelLabel).join('、'),
    stages: (item.stages ?? []).join('、'),
    formats: (item.formats ?? []).join('、'),
    category: item.category ?? '',
    supervision: contactText(item.supervision),
  };
}

type CellName = keyof ReturnType<typeof itemCells>;
const FIXED: readonly [CellName, string][] = [
  ['content', '公开内容（要素）'], ['basis', '公开依据'], ['timeLimit', '公开时限'], ['subject', '公开主体'],
  ['channels', '公开渠道和载体'], ['audience', '公开对象'], ['mode', '公开方式'], ['levels', '公开层级'],
];
const OPTIONAL: readonly [CellName, string][] = [['stages', '过程'], ['formats', '公开形式'], ['category', '项目类别'], ['supervision', '监督方式']];

/** One sheet of items; `withDomain` adds a 领域 column (the one-sheet and CSV layouts). */
export function tableSheet(name: string, items: readonly CatalogueItem[], catalogue: Catalogue, withDomain: boolean): TableSheet {
  const depth = Math.max(2, ...items.map((item) => levelsOf(item).length));
  const optional = OPTIONAL.filter(([field]) => items.some((item) => itemCells(item, catalogue)[field] !== ''));
  const header = [
    '序号', ...(withDomain ? ['领域'] : []), ...LEVEL_HEADINGS.slice(0, depth),
    ...FIXED.map(([, heading]) => heading), ...optional.map(([, heading]) => heading), '事项编码', '事项ID',
  ];
  const domainNames = new Map(catalogue.domains.map((d) => [d.id, d.name]));
  const rows = items.map((item, i) => {
    const cells = itemCells(item, catalogue);
    const levels = levelsOf(item);
    // The item's own name goes in the last level it reaches; deeper level cells stay empty.
    const levelCells = [...levels, ...Array<string>(depth - levels.length).fill('')];
    return [
      String(i + 1), ...(withDomain ? [domainNames.get(item.domainId) ?? item.domainId] : []), ...levelCells,
      ...FIXED.map(([field]) => cells[field]), ...optional.map(([field]) => cells[field]), item.code ?? '', item.id,
    ];
  });
  return { name, header, rows };
}
