/**
 * The elements `zwgk render --element <name>` can render, and how their host tag is written. To
 * add one: give it an entry here; if a reader needs script to reach part of its content (a button
 * that opens details in place), give it an adapter in runtime.ts that makes that part a link, and
 * any rule the link needs in static-rules.ts. The element itself must render into the light DOM.
 */
export interface RenderTarget {
  /** The `--element` value. */
  readonly name: string;
  /** Other accepted spellings. */
  readonly aliases?: readonly string[];
  readonly tag: string;
  /** Attributes the rendered element carries (the live element reads them when it takes over). */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly summary: { readonly zh: string; readonly en: string };
}

export const RENDER_TARGETS: readonly RenderTarget[] = [
  {
    name: 'tree',
    tag: 'zwgk-catalogue-tree',
    // Every branch open: the tree reads without JavaScript, and the live tree keeps it so.
    attributes: { expanded: 'all' },
    summary: { zh: '标准目录：树形目录、检索和每个事项的公开标准', en: 'the standard catalogue: the tree, search and each item’s standard' },
  },
  {
    name: 'policy',
    aliases: ['policies', 'policy-list'],
    tag: 'zwgk-policy-card',
    summary: { zh: '政策文件列表，每件文件的解读', en: 'the list of policies, each with its interpretations' },
  },
  {
    name: 'map-list',
    aliases: ['map'],
    tag: 'zwgk-disclosure-map',
    attributes: { 'list-only': '' },
    summary: { zh: '公开地图的场所列表（不含底图）', en: 'the disclosure map as its list of places (no base map)' },
  },
  {
    name: 'open-days',
    aliases: ['open-day'],
    tag: 'zwgk-open-day',
    summary: { zh: '政府开放日活动和场次', en: 'government open days and their sessions' },
  },
  {
    name: 'request-form',
    aliases: ['request', 'ysqgk'],
    tag: 'zwgk-request-form',
    summary: { zh: '依申请公开申请表（无脚本时只读，附其他申请方式）', en: 'the disclosure request form (read-only without script, with the other ways to apply)' },
  },
];

export function findTarget(name: string): RenderTarget | undefined {
  const wanted = name.toLowerCase();
  return RENDER_TARGETS.find((target) => target.name === wanted || target.aliases?.includes(wanted) || target.tag === wanted);
}
