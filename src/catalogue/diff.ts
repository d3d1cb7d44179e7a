/**
 * What changed between two versions of a catalogue (动态管理，及时调整更新): items added, removed,
 * and changed field by field. Items are matched by id. Pure: the CLI prints it, editors append it
 * to the catalogue's changeLog so that the tree can show 更新记录.
 */
import type { Catalogue, CatalogueItem } from './schema.js';

export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface ItemChange {
  readonly id: string;
  readonly name: string;
  readonly fields: readonly FieldChange[];
}

export interface CatalogueDiff {
  readonly added: readonly CatalogueItem[];
  readonly removed: readonly CatalogueItem[];
  readonly changed: readonly ItemChange[];
}

/** JSON with sorted keys, so that key order in a file is not a change. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function diffCatalogues(before: Catalogue, after: Catalogue): CatalogueDiff {
  const old = new Map(before.items.map((item) => [item.id, item]));
  const current = new Map(after.items.map((item) => [item.id, item]));
  const added = after.items.filter((item) => !old.has(item.id));
  const removed = before.items.filter((item) => !current.has(item.id));
  const changed: ItemChange[] = [];
  for (const item of after.items) {
    const previous = old.get(item.id);
    if (!previous) continue;
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(item)])]
      .filter((field) => canonical((previous as Record<string, unknown>)[field]) !== canonical((item as Record<string, unknown>)[field]))
      .sort()
      .map((field) => ({ field, before: (previous as Record<string, unknown>)[field], after: (item as Record<string, unknown>)[field] }));
    if (fields.length) changed.push({ id: item.id, name: item.name, fields });
  }
  return { added, removed, changed };
}

/** The catalogue with one more changeLog entry describing `diff`. */
export function withChangeLogEntry(catalogue: Catalogue, diff: CatalogueDiff, summary: string, date: string): Catalogue {
  const added = diff.added.map((i) => i.id);
  const removed = diff.removed.map((i) => i.id);
  const changed = diff.changed.map((c) => c.id);
  return {
    ...catalogue,
    changeLog: [...(catalogue.changeLog ?? []), { date, summary, itemIds: [...added, ...changed, ...removed], added, removed, changed, ...(removed.length ? { removedItems: diff.removed.map((i) => ({ id: i.id, name: i.name })) } : {}) }],
  };
}
