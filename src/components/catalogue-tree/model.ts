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
  /** Position of each item in `ranked`. */
  readonly rank: ReadonlyMap<CatalogueItem, number>;
  /** Per ranked item: index of its domain in `domains` (-1: a domain the catalogue does not list), and its innermost group. */
  readonly domainOf: Int32Array;
  readonly groupOf: readonly GroupSpec[];
  readonly groupCount: number;
}

const layouts = new WeakMap<Catalogue, Layout>();

function layoutOf(catalogue: Catalogue): Layout {
  let layout = layouts.get(catalogue);
  if (layout) return layout;
  const domains = sortDomains(catalogue.domains);
  const domainIndex = new Map(domains.map((d, i) => [d.id, i]));
  const position = new Map(catalogue.items.map((item, i) => [item, i]));
  // Stable: equal `order`s keep catalogue order, as sorting each domain's items did.
  const ranked = [...catalogue.items].sort((a, b) =>
    (domainIndex.get(a.domainId) ?? -1) - (domainIndex.get(b.domainId) ?? -1) || (a.order ?? 0) - (b.order ?? 0) || position.get(a)! - position.get(b)!);
  const domainOf = new Int32Array(ranked.length);
  const specs = new Map<string, GroupSpec>();
  const groupOf = ranked.map((item, i) => {
    domainOf[i] = domainIndex.get(item.domainId) ?? -1;
    let group: GroupSpec | undefined;
    for (const label of item.path?.length ? [item.matter, ...item.path] : [item.matter]) {
      const key = `${group ? group.key : `g:${item.domainId}`}/${label}`;
      let spec = specs.get(key);
      if (!spec) specs.set(key, (spec = { id: specs.size, key, label, parent: group }));
      group = spec;
    }
    return group!;
  });
  layout = { domains, ranked, rank: new Map(ranked.map((item, i) => [item, i])), domainOf, groupOf, groupCount: specs.size };
  layouts.set(catalogue, layout);
  return layout;
}

/** The keys a search expands (every domain and group of the tree), kept with the tree that has them. */
const expandable = new WeakMap<readonly TreeNode[], Set<string>>();

/**
 * Builds the tree of `items` (already filtered). Every domain of the catalogue is a node, so an
 * empty domain can say 暂无公开事项, unless `hideEmptyDomains` is set (while searching or
 * filtering). Items of a domain the catalogue does not list are not shown.
 */
export function buildTree(catalogue: Catalogue, items: readonly CatalogueItem[], hideEmptyDomains: boolean): TreeNode[] {
  const { ranked, rank, domains, domainOf, groupOf, groupCount } = layoutOf(catalogue);
  // The subset in tree order: marks and one pass when it is large, a sort of ranks when small.
  let order: number[];
  if (items === catalogue.items) {
    order = Array.from(ranked.keys());
  } else if (items.length * 16 > ranked.length) {
    const member = new Uint8Array(ranked.length);
    for (const item of items) {
      const at = rank.get(item);
      if (at !== undefined) member[at] = 1;
    }
    order = [];
    for (let i = 0; i < member.length; i++) if (member[i]) order.push(i);
  } else {
    order = [];
    for (const item of items) {
      const at = rank.get(item);
      if (at !== undefined) order.push(at);
    }
    order.sort((a, b) => a - b);
  }
  const domainNode = (domain: Domain): TreeNode => ({ key: `d:${domain.id}`, kind: 'domain', label: domain.name, depth: 1, children: [], count: 0, domain });
  const roots: (TreeNode | undefined)[] = domains.map((domain) => (hideEmptyDomains ? undefined : domainNode(domain)));
  const groups: (TreeNode | undefined)[] = new Array(groupCount);
  const keys = new Set<string>();
  const missing: GroupSpec[] = [];
  for (const at of order) {
    const d = domainOf[at]!;
    if (d < 0) continue;
    const root = (roots[d] ??= domainNode(domains[d]!));
    // Create the groups this item is the first to need, outermost first.
    let spec: GroupSpec | undefined = groupOf[at];
    for (; spec && !groups[spec.id]; spec = spec.parent) missing.push(spec);
    let parent = spec ? groups[spec.id]! : root;
    while (missing.length) {
      const next = missing.pop()!;
      const group: TreeNode = { key: next.key, kind: 'group', label: next.label, depth: parent.depth + 1, parent, children: [], count: 0 };
      groups[next.id] = group;
      parent.children.push(group);
      keys.add(next.key);
      parent = group;
    }
    const item = ranked[at]!;
    parent.children.push({ key: `i:${item.id}`, kind: 'item', label: item.name, depth: parent.depth + 1, parent, children: [], count: 1, item });
    for (let node: TreeNode | undefined = parent; node; node = node.parent) node.count++;
  }
  const tree = roots.filter((root): root is TreeNode => root !== undefined);
  for (const root of tree) keys.add(root.key);
  expandable.set(tree, keys);
  return tree;
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

/** The rows a reader can see: roots, plus the children of every expanded node, depth first. */
export function visibleRows(roots: readonly TreeNode[], expanded: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const walk = (nodes: readonly TreeNode[]) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      rows.push({ node, position: i + 1, siblings: nodes.length });
      if (node.children.length && expanded.has(node.key)) walk(node.children);
    }
  };
  walk(roots);
  return rows;
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
