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

/**
 * Builds the tree of `items` (already filtered). Every domain of the catalogue is a node, so an
 * empty domain can say 暂无公开事项, unless `hideEmptyDomains` is set (while searching or filtering).
 */
export function buildTree(catalogue: Catalogue, items: readonly CatalogueItem[], hideEmptyDomains: boolean): TreeNode[] {
  const byDomain = new Map<string, CatalogueItem[]>();
  for (const item of items) {
    let list = byDomain.get(item.domainId);
    if (!list) byDomain.set(item.domainId, (list = []));
    list.push(item);
  }
  const roots: TreeNode[] = [];
  for (const domain of sortDomains(catalogue.domains)) {
    const domainItems = byDomain.get(domain.id) ?? [];
    if (hideEmptyDomains && domainItems.length === 0) continue;
    const root: TreeNode = { key: `d:${domain.id}`, kind: 'domain', label: domain.name, depth: 1, children: [], count: 0, domain };
    const groups = new Map<string, TreeNode>();
    const sorted = [...domainItems].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    for (const item of sorted) {
      let parent = root;
      for (const label of [item.matter, ...(item.path ?? [])]) {
        const key = `${parent.key === root.key ? `g:${domain.id}` : parent.key}/${label}`;
        let group = groups.get(key);
        if (!group) {
          group = { key, kind: 'group', label, depth: parent.depth + 1, parent, children: [], count: 0 };
          groups.set(key, group);
          parent.children.push(group);
        }
        parent = group;
      }
      parent.children.push({ key: `i:${item.id}`, kind: 'item', label: item.name, depth: parent.depth + 1, parent, children: [], count: 1, item });
    }
    countItems(root);
    roots.push(root);
  }
  return roots;
}

function countItems(node: TreeNode): number {
  if (node.kind === 'item') return 1;
  node.count = node.children.reduce((sum, child) => sum + countItems(child), 0);
  return node.count;
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
    nodes.forEach((node, index) => {
      rows.push({ node, position: index + 1, siblings: nodes.length });
      if (node.children.length && expanded.has(node.key)) walk(node.children);
    });
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
