/**
 * Finds fields the schema does not know, so that a catalogue written for a newer 1.x release
 * loads with warnings instead of failing. The key sets are generated from the zod schema into
 * shape-check.generated.ts (shape-check-generator.ts), so the schema stays the single source of
 * truth and this walk needs no zod at run time.
 */
import { type CatalogueWarning, warning } from './problems.js';

/** Where a schema has objects, and which keys each one knows. */
export type FieldSpec =
  | { readonly object: { readonly keys: ReadonlySet<string>; readonly children: ReadonlyMap<string, FieldSpec> } }
  | { readonly array: FieldSpec };

/** At most this many warnings are listed one by one; the rest are counted in one summary warning. */
export const MAX_LISTED_WARNINGS = 50;

/** Never throws; descends only as deep as the schema, whatever shape `data` has. */
export function findUnknownFields(spec: FieldSpec, data: unknown): CatalogueWarning[] {
  const found: string[] = [];
  let total = 0;
  const walk = (spec: FieldSpec, value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    if ('array' in spec) {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) walk(spec.array, value[i], `${path}[${i}]`);
      return;
    }
    if (Array.isArray(value)) return;
    const { keys, children } = spec.object;
    for (const key in value) {
      if (!keys.has(key)) {
        total++;
        if (found.length < MAX_LISTED_WARNINGS) found.push(path ? `${path}.${key}` : key);
        continue;
      }
      const child = children.get(key);
      if (child) walk(child, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    }
  };
  walk(spec, data, '');
  const warnings = found.map((path) =>
    warning('unknown-field', path, 'unknown-field', '未知字段，已忽略（可能来自更新版本的格式）', 'unknown field, ignored (perhaps from a newer format version)'),
  );
  if (total > found.length) {
    warnings.push(warning('truncated', '', 'more-unknown-fields', `另有 ${total - found.length} 个未知字段未列出`, `${total - found.length} more unknown fields not listed`));
  }
  return warnings;
}
