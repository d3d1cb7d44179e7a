/**
 * Which branches of the tree are open: every one (search results, `expanded="all"`), or those of
 * the domains the `expanded` attribute names by id, name or alias, comma separated (a listed domain
 * opens with everything under it). Pure.
 */
import type { TreeNode } from './model.js';
import { parseList } from './filters.js';

/** Every branch key at or under `nodes`. */
export function branchKeys(nodes: readonly TreeNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.kind === 'item') continue;
    into.add(node.key);
    branchKeys(node.children, into);
  }
  return into;
}

export function startExpansion(roots: readonly TreeNode[], expanded: string | undefined): Set<string> {
  const wanted = parseList(expanded);
  if (wanted.some((w) => w.toLowerCase() === 'all')) return branchKeys(roots);
  return branchKeys(roots.filter(({ domain }) => domain && [domain.id, domain.name, ...(domain.aliases ?? [])].some((name) => wanted.includes(name))));
}
