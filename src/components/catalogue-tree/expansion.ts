/**
 * Which branches of the tree are open when a catalogue first shows: every one (`expanded="all"`),
 * or those of the domains the `expanded` attribute names by id, name or alias, comma separated (a
 * listed domain opens with everything under it). Pure.
 */
import { expandAllKeys, type TreeNode } from './model.js';
import { parseList } from './filters.js';

export function startExpansion(roots: readonly TreeNode[], expanded: string | undefined): Set<string> {
  const wanted = parseList(expanded);
  if (wanted.some((w) => w.toLowerCase() === 'all')) return expandAllKeys(roots);
  return expandAllKeys(roots.filter(({ domain }) => domain && [domain.id, domain.name, ...(domain.aliases ?? [])].some((name) => wanted.includes(name))));
}
