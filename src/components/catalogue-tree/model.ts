/**
 * The catalogue as a tree: domain (领域, in the 26-domain order, then other domains) → 事项名称
 * (matter) → optional deeper `path` levels → 公开内容 (item). Pure: no DOM.
 */
import type { Catalogue, CatalogueItem, Domain } from '../../catalogue/schema.js';
import { resolvePilotDomains } from '../../catalogue/codes.js';

export interface TreeNode {
  /** Stable key: `d:<domainId>`, `g:<domainId>/<matter>/<path…>`, or `i:<itemId>`. */
  readonly key: string;
  readonly kind: 'domain' | 'group' | 'item';
  readonly label: string;
  readonly depth: number;
  readonly parent?: TreeNode;
  readonly children: TreeNode[];
  /** Items beneath this node (1 for an item). */
  count: number;
  readonly item?: CatalogueItem;
  readonly domain?: Domain;
  /**
   * A domain of a chunked catalogue with items in chunks not loaded yet (chunked-catalogue.ts):
   * `count` includes them when the index can tell how many (`unknownCount` when it cannot), and
   * opening the node loads them.
   */
  pending?: boolean;
  unknownCount?: boolean;
}

/** Display order of domains: pilot domains by their seed order (aliases included), then the rest. */
export function domainRank(domain: Domain): number {
  const pilot = resolvePilotDomains(domain.name)[0];
  return pilot ? pilot.order : 1000 + (domain.order ?? 0);
}

export function sortDomains(domains: readonly Domain[]): Domain[] {
  return [...domains].sort((a, b) => domainRank(a) - domainRank(b) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** A 事项名称 or deeper `path` level, shared by the items under it. */
interface GroupSpec {
  /** Numbers the groups of one catalogue from 0. */
  readonly id: number;
  readonly key: string;
  readonly label: string;
  readonly parent?: GroupSpec;
}

/**
 * Where each item of a catalogue goes, worked out once per catalogue: the domains in display
 * order, the items in tree order (by domain, then `order`, then catalogue position: what
 * buildTree used to sort by each time), and each item's innermost group. A tree of any subset
 * of the items is then built in one pass, with no sorting, no key strings and no second walk to
 * count, which is what lets a search at 100,000 items rebuild it within a frame.
 */
interface Layout {
  readonly domains: readonly Domain[];
  readonly ranked: readonly CatalogueItem[];
  /** Per ranked item: its position in the catalogue (what search indexes in tree order read). */
  readonly positions: Int32Array;
  /** Position of each item in `ranked`, by item and by catalogue position. */
  readonly rank: ReadonlyMap<CatalogueItem, number>;
  readonly rankAt: Int32Array;
  /** Per ranked item: index of its domain in `domains` (-1: a domain the catalogue does not list), and its innermost group. */
  readonly domainOf: Int32Array;
  readonly groupOf: readonly GroupSpec[];
  readonly groupCount: number;
  /** Per ranked item: its node key. */
  readonly itemKeys: readonly string[];
}

/** Items have no children: one shared empty list instead of one per item per search. */
const NO_CHILDREN: TreeNode[] = Object.freeze([]) as unknown as TreeNode[];

const layouts = new WeakMap<Catalogue, Layout>();

function layoutOf(catalogue: Catalogue): Layout {
  let layout = layouts.get(catalogue);
  if (layout) return layout;
  const domains = sortDomains(catalogue.domains);
  const domainIndex = new Map(domains.map((d, i) => [d.id, i]));
  // Sort keys read once per item, not per comparison: 100,000 items take 1.7 million comparisons.
  const items = catalogue.items;
  const domainKey = Int32Array.from(items, (item) => domainIndex.get(item.domainId) ?? -1);
  const orderKey = Float64Array.from(items, (item) => item.order ?? 0);
  // Equal `order`s keep catalogue order, as sorting each domain's items did.
  const sorted = Int32Array.from(items.keys()).sort((a, b) => domainKey[a]! - domainKey[b]! || orderKey[a]! - orderKey[b]! || a - b);
  // Groups by parent then label, so that a key string is made once per group, not once per item.
  const byDomain = new Map<string, Map<string, GroupSpec>>();
  const below = new Map<GroupSpec, Map<string, GroupSpec>>();
  let groupCount = 0;
  const groupIn = (siblings: Map<string, GroupSpec>, label: string, parent: GroupSpec | undefined, domainId: string): GroupSpec => {
    let spec = siblings.get(label);
    if (!spec) siblings.set(label, (spec = { id: groupCount++, key: `${parent ? parent.key : `g:${domainId}`}/${label}`, label, parent }));
    return spec;
  };
  const sortedGroupOf = Array.from(sorted, (at) => {
    const item = items[at]!;
    let siblings = byDomain.get(item.domainId);
    if (!siblings) byDomain.set(item.domainId, (siblings = new Map()));
    let group = groupIn(siblings, item.matter, undefined, item.domainId);
    for (const label of item.path ?? []) {
      let next = below.get(group);
      if (!next) below.set(group, (next = new Map()));
      group = groupIn(next, label, group, item.domainId);
    }
    return group;
  });
  // Then in the order of the rows: a group lists its subgroups and items in the order they first
  // come, so items of one 事项 are together even when `order` puts others between them. A search
  // scanning in this order finds the reader's first rows first, and they stay where they are.
  const groupChildren: (GroupSpec | number)[][] = Array.from({ length: groupCount }, () => []);
  const domainChildren: GroupSpec[][] = domains.map(() => []);
  const listed = new Uint8Array(groupCount);
  const outside: number[] = [];
  sortedGroupOf.forEach((spec, i) => {
    const d = domainKey[sorted[i]!]!;
    if (d < 0) return outside.push(i);
    groupChildren[spec.id]!.push(i);
    for (let group: GroupSpec | undefined = spec; group && !listed[group.id]; group = group.parent) {
      listed[group.id] = 1;
      (group.parent ? groupChildren[group.parent.id]! : domainChildren[d]!).push(group);
    }
  });
  const rowOrder: number[] = [];
  const emit = (children: readonly (GroupSpec | number)[]): void => {
    for (const child of children) typeof child === 'number' ? rowOrder.push(child) : emit(groupChildren[child.id]!);
  };
  domainChildren.forEach(emit);
  rowOrder.push(...outside);
  const positions = Int32Array.from(rowOrder, (i) => sorted[i]!);
  const ranked = Array.from(positions, (at) => items[at]!);
  const domainOf = Int32Array.from(positions, (at) => domainKey[at]!);
  const groupOf = rowOrder.map((i) => sortedGroupOf[i]!);
  const itemKeys = ranked.map((item) => `i:${item.id}`);
  const rank = new Map(ranked.map((item, i) => [item, i]));
  const rankAt = new Int32Array(positions.length);
  positions.forEach((at, i) => (rankAt[at] = i));
  layout = { domains, ranked, positions, rank, rankAt, domainOf, groupOf, groupCount, itemKeys };
  layouts.set(catalogue, layout);
  return layout;
}

/**
 * The catalogue positions of its items in the order of the tree's rows (by domain; in a domain
 * by `order`, then catalogue position, each 事项 and `path` level together): a search scanning in
 * this order finds first the rows the reader sees first.
 */
export function treeOrderOf(catalogue: Catalogue): Int32Array {
  return layoutOf(catalogue).positions;
}

/** The items at `ranks` (positions in tree order, as treeOrderOf gives them), in catalogue order. */
export function itemsInCatalogueOrder(catalogue: Catalogue, ranks: ArrayLike<number>): CatalogueItem[] {
  const { positions } = layoutOf(catalogue);
  const member = new Uint8Array(positions.length);
  for (let n = 0; n < ranks.length; n++) member[positions[ranks[n]!]!] = 1;
  const items: CatalogueItem[] = [];
  for (let at = 0; at < member.length; at++) if (member[at]) items.push(catalogue.items[at]!);
  return items;
}

/** The keys a search expands (every domain and group of the tree), kept with the tree that has them. */
const expandable = new WeakMap<readonly TreeNode[], Set<string>>();

/**
 * The ranks of `items` in tree order. Searches and filters keep catalogue order, so `items` is
 * matched against the catalogue by walking both (no hashing); anything else is looked up.
 */
function treeOrder(catalogue: Catalogue, layout: Layout, items: readonly CatalogueItem[]): ArrayLike<number> {
  const { ranked, rank, rankAt } = layout;
  const all = catalogue.items;
  if (items === all) return Int32Array.from(ranked.keys());
  const member = new Uint8Array(ranked.length);
  let found = 0;
  for (let i = 0; found < items.length && i < all.length; i++) {
    if (all[i] === items[found]) {
      member[rankAt[i]!] = 1;
      found++;
    }
  }
  if (found < items.length) {
    // Not in catalogue order (or not all from this catalogue): look each one up.
    member.fill(0);
    for (const item of items) {
      const at = rank.get(item);
      if (at !== undefined) member[at] = 1;
    }
  }
  const order: number[] = [];
  for (let i = 0; i < member.length; i++) if (member[i]) order.push(i);
  return order;
}

/**
 * Builds trees of a catalogue for one view, reusing its nodes from one build to the next: a
 * search at 100,000 items then allocates nothing per item. A tree returned by `build` is valid
 * until the next `build` (its nodes' children and counts are rewritten), so each view owns one
 * model; `buildTree` makes a fresh tree every time.
 */
export class TreeModel {
  private catalogue?: Catalogue;
  private layout?: Layout;
  private domainNodes: (TreeNode | undefined)[] = [];
  private groupNodes: (TreeNode | undefined)[] = [];
  private itemNodes: (TreeNode | undefined)[] = [];
  private groupBuild = new Int32Array(0);
  private builds = 0;

  /**
   * The tree of `items` (already filtered). Every domain of the catalogue is a node, so an empty
   * domain can say 暂无公开事项, unless `hideEmptyDomains` is set (while searching or filtering).
   * Items of a domain the catalogue does not list are not shown. `notLoaded` (a chunked catalogue's
   * domains before their chunks or its search index arrive) says how many items of a domain are
   * not among `items` yet, or undefined when nobody knows.
   */
  build(catalogue: Catalogue, items: readonly CatalogueItem[], hideEmptyDomains: boolean, notLoaded?: (domainId: string) => number | undefined): TreeNode[] {
    return this.buildRanked(catalogue, treeOrder(catalogue, this.use(catalogue), items), hideEmptyDomains, notLoaded);
  }

  /** The layout of `catalogue`, and fresh node stores when it is another catalogue. */
  private use(catalogue: Catalogue): Layout {
    if (this.catalogue !== catalogue) {
      this.catalogue = catalogue;
      this.layout = layoutOf(catalogue);
      this.domainNodes = [];
      this.groupNodes = new Array(this.layout.groupCount);
      this.itemNodes = new Array(this.layout.ranked.length);
      this.groupBuild = new Int32Array(this.layout.groupCount);
    }
    return this.layout!;
  }

  /**
   * The tree of the items at `ranks`: positions in tree order (treeOrderOf), ascending, as a
   * search in tree order finds them; no lookup of items is needed.
   */
  buildRanked(catalogue: Catalogue, ranks: ArrayLike<number>, hideEmptyDomains: boolean, notLoaded?: (domainId: string) => number | undefined): TreeNode[] {
    const { ranked, domains, domainOf, groupOf, itemKeys } = this.use(catalogue);
    const { domainNodes, groupNodes, itemNodes, groupBuild } = this;
    const build = ++this.builds;
    const present: (TreeNode | undefined)[] = new Array(domains.length);
    const domainNode = (d: number): TreeNode => {
      const domain = domains[d]!;
      const node = (domainNodes[d] ??= { key: `d:${domain.id}`, kind: 'domain', label: domain.name, depth: 1, children: [], count: 0, domain });
      node.children.length = 0;
      node.count = 0;
      node.pending = node.unknownCount = false;
      return (present[d] = node);
    };
    if (!hideEmptyDomains) domains.forEach((_, d) => domainNode(d));
    const keys = new Set<string>();
    const missing: GroupSpec[] = [];
    for (let n = 0; n < ranks.length; n++) {
      const at = ranks[n]!;
      const d = domainOf[at]!;
      if (d < 0) continue;
      const root = present[d] ?? domainNode(d);
      // The groups this item is the first to need in this build, outermost first.
      let spec: GroupSpec | undefined = groupOf[at];
      for (; spec && groupBuild[spec.id] !== build; spec = spec.parent) missing.push(spec);
      let parent = spec ? groupNodes[spec.id]! : root;
      while (missing.length) {
        const next = missing.pop()!;
        const group = (groupNodes[next.id] ??= { key: next.key, kind: 'group', label: next.label, depth: parent.depth + 1, parent, children: [], count: 0 });
        group.children.length = 0;
        group.count = 0;
        groupBuild[next.id] = build;
        parent.children.push(group);
        keys.add(next.key);
        parent = group;
      }
      const item = ranked[at]!;
      parent.children.push((itemNodes[at] ??= { key: itemKeys[at]!, kind: 'item', label: item.name, depth: parent.depth + 1, parent, children: NO_CHILDREN, count: 1, item }));
      for (let node: TreeNode | undefined = parent; node; node = node.parent) node.count++;
    }
    const tree = present.filter((root): root is TreeNode => root !== undefined);
    if (notLoaded && !hideEmptyDomains) {
      for (const root of tree) {
        const more = notLoaded(root.domain!.id);
        if (more === 0) continue;
        root.pending = true;
        root.unknownCount = more === undefined;
        root.count += more ?? 0;
      }
    }
    for (const root of tree) keys.add(root.key);
    expandable.set(tree, keys);
    return tree;
  }
}

/** A fresh tree of `items` (see TreeModel.build); a view that rebuilds often should keep a TreeModel. */
export function buildTree(catalogue: Catalogue, items: readonly CatalogueItem[], hideEmptyDomains: boolean): TreeNode[] {
  return new TreeModel().build(catalogue, items, hideEmptyDomains);
}

/** The keys of every domain and group in `roots`: what a search expands so the reader sees results, not closed folders. */
export function expandAllKeys(roots: readonly TreeNode[]): Set<string> {
  const known = expandable.get(roots);
  if (known) return new Set(known);
  const keys = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'item') continue;
    keys.add(node.key);
    stack.push(...node.children);
  }
  return keys;
}

export interface VisibleRow {
  readonly node: TreeNode;
  /** 1-based position among siblings, and the sibling count: for aria-posinset/aria-setsize. */
  readonly position: number;
  readonly siblings: number;
}

/**
 * A row below the roots: its place among its siblings is read when it is rendered, from its
 * parent's current children, so that listing 100,000 rows creates no objects (one per node, once).
 */
class ChildRow implements VisibleRow {
  constructor(readonly node: TreeNode) {}
  get position(): number {
    return this.node.parent!.children.indexOf(this.node) + 1;
  }
  get siblings(): number {
    return this.node.parent!.children.length;
  }
}
/** Each node's row, kept on the node (a symbol key: no one else sees it). */
const ROW = Symbol('row');
/** Each node's place in the rows last listed for it: a lookup by node without a map of every row. */
const INDEX = Symbol('index');
type WithRow = TreeNode & { [ROW]?: ChildRow; [INDEX]?: number };

/** The rows a reader can see: roots, plus the children of every expanded node, depth first. */
export function visibleRows(roots: readonly TreeNode[], expanded: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const walk = (nodes: readonly TreeNode[]) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      (node as WithRow)[INDEX] = rows.length;
      rows.push(((node as WithRow)[ROW] ??= new ChildRow(node)));
      if (node.children.length && expanded.has(node.key)) walk(node.children);
    }
  };
  for (let i = 0; i < roots.length; i++) {
    const node = roots[i]!;
    (node as WithRow)[INDEX] = rows.length;
    rows.push({ node, position: i + 1, siblings: roots.length });
    if (node.children.length && expanded.has(node.key)) walk(node.children);
  }
  return rows;
}

/** Where `node` is in `rows` (a list from visibleRows), or -1 when it is not there. */
export function rowIndexOf(rows: readonly VisibleRow[], node: TreeNode): number {
  const index = (node as WithRow)[INDEX];
  return index !== undefined && rows[index]?.node === node ? index : -1;
}

/** Keys of the ancestors of `node`, nearest last: what must be expanded to show it. */
export function ancestorKeys(node: TreeNode): string[] {
  const keys: string[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) keys.unshift(parent.key);
  return keys;
}

export function findNode(roots: readonly TreeNode[], key: string): TreeNode | undefined {
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.key === key) return node;
    stack.push(...node.children);
  }
  return undefined;
}
