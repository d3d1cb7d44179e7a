/**
 * Finds fields the schema does not know, so that a catalogue written for a newer 1.x release
 * loads with warnings instead of failing. The key sets are read once from the zod schema itself,
 * so the schema stays the single source of truth.
 */
import type * as z from 'zod/mini';
import { type CatalogueWarning, warning } from './problems.js';

interface ObjectSpec {
  readonly keys: ReadonlySet<string>;
  readonly children: ReadonlyMap<string, Spec>;
}
type Spec = { object: ObjectSpec } | { array: Spec } | null;

const specs = new WeakMap<object, Spec>();

function specOf(schema: z.core.$ZodType): Spec {
  const cached = specs.get(schema);
  if (cached !== undefined) return cached;
  const def = schema._zod.def as unknown as {
    type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType;
  };
  let spec: Spec = null;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    spec = specOf(def.innerType!);
  } else if (def.type === 'array') {
    const element = specOf(def.element!);
    spec = element ? { array: element } : null;
  } else if (def.type === 'object') {
    const children = new Map<string, Spec>();
    const object: ObjectSpec = { keys: new Set(Object.keys(def.shape!)), children };
    spec = { object };
    specs.set(schema, spec); // before recursing: the schema graph may share sub-schemas
    for (const [key, child] of Object.entries(def.shape!)) {
      const childSpec = specOf(child);
      if (childSpec) children.set(key, childSpec);
    }
  }
  specs.set(schema, spec);
  return spec;
}

/** At most this many warnings are listed one by one; the rest are counted in one summary warning. */
export const MAX_LISTED_WARNINGS = 50;

export function findUnknownFields(schema: z.core.$ZodType, data: unknown): CatalogueWarning[] {
  const found: string[] = [];
  let total = 0;
  const walk = (spec: Spec, value: unknown, path: string) => {
    if (!spec || value === null || typeof value !== 'object') return;
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
  walk(specOf(schema), data, '');
  const warnings = found.map((path) =>
    warning('unknown-field', path, 'unknown-field', '未知字段，已忽略（可能来自更新版本的格式）', 'unknown field, ignored (perhaps from a newer format version)'),
  );
  if (total > found.length) {
    warnings.push(warning('truncated', '', 'more-unknown-fields', `另有 ${total - found.length} 个未知字段未列出`, `${total - found.length} more unknown fields not listed`));
  }
  return warnings;
}
