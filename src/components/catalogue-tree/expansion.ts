/**
 * Which branches of the tree are open when a catalogue first shows (the `expanded` attribute):
 * `all`, or domains by id or name, comma separated (a listed domain opens with everything under
 * it). Pure.
 */
import type { TreeNode } from './model.js';

/** Every branch key at or under `nodes`. */
function branchKeys(nodes: readonly TreeNode[], into: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.kind === 'item') continue;
    into.add(node.key);
    branchKeys(node.children, into);
  }
  return into;
}

export function startExpansion(roots: readonly TreeNode[], expanded: string | undefined): Set<string> {
  const wanted = (expanded ?? '').split(/[,，、\s]+/).map((s) => s.trim()).filter(Boolean);
  if (!wanted.length) return new Set();
  if (wanted.some((w) => w.toLowerCase() === 'all')) return branchKeys(roots, new Set());
  const open = roots.filter((root) => root.domain && (wanted.includes(root.domain.id) || wanted.includes(root.domain.name) || root.domain.aliases?.some((a) => wanted.includes(a))));
  return branchKeys(open, new Set());
}
