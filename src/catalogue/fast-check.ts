/**
 * A fast yes/no shape check compiled from the zod schema's own definition tree into plain
 * closures (no `new Function`, so it is CSP-safe).
 *
 * Why: zod/mini without its JIT spends about 9× the time of JSON.parse on a 10,000-item
 * catalogue, mostly building issue objects and walking optional keys generically. The catalogue
 * schema has no transforms or defaults, so a document that passes is its own parse result; the
 * validator therefore runs this check first and calls zod only when it fails, to get the issues
 * with their paths. zod stays the single source of truth: this module reads the schema, it does
 * not restate it, and the broken-document corpus asserts that both always agree.
 */
import type * as z from 'zod/mini';

export type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, string | number>;
  keyType?: z.core.$ZodType;
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

/** Thrown at compile time for a schema construct this checker does not know. */
export class UnsupportedSchemaError extends Error {}

/** zod measures string length in code points, like JSON Schema; `.length` counts UTF-16 units. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function compileRefinements(def: Def): Check[] {
  return (def.checks ?? []).map(({ _zod: { def: check } }): Check => {
    switch (check.check) {
      case 'min_length': {
        const min = check.minimum!;
        return (v) => ((v as string | unknown[]).length >= min && (typeof v !== 'string' || v.length > 2 * min || codePoints(v) >= min));
      }
      case 'max_length': {
        const max = check.maximum!;
        return (v) => ((v as string | unknown[]).length <= max || (typeof v === 'string' && codePoints(v) <= max));
      }
      case 'string_format': {
        if (check.format !== 'regex' || !check.pattern) throw new UnsupportedSchemaError(`string format ${check.format}`);
        const pattern = check.pattern;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      case 'greater_than': {
        const { value, inclusive } = check as Required<CheckDef>;
        return inclusive ? (v) => (v as number) >= value : (v) => (v as number) > value;
      }
      case 'less_than': {
        const { value, inclusive } = check as Required<CheckDef>;
        return inclusive ? (v) => (v as number) <= value : (v) => (v as number) < value;
      }
      default:
        throw new UnsupportedSchemaError(`check ${check.check}`);
    }
  });
}

function withRefinements(base: Check, def: Def): Check {
  const refinements = compileRefinements(def);
  if (refinements.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const refine of refinements) if (!refine(v)) return false;
    return true;
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Compiles `schema` into a yes/no check. `onExtraKeys` is called when an object has keys the
 * schema does not list, so the caller can run the (slower) unknown-field walk only then.
 */
export function compileCheck(schema: z.core.$ZodType, onExtraKeys: () => void = () => {}): Check {
  const compile = (child: z.core.$ZodType) => compileCheck(child, onExtraKeys);
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'string':
      return withRefinements((v) => typeof v === 'string', def);
    case 'number':
      return withRefinements(
        def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : (v) => typeof v === 'number' && Number.isFinite(v),
        def,
      );
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'unknown':
      return () => true;
    case 'enum': {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => allowed.has(v as string);
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return (v) => v === undefined || inner(v);
    }
    case 'union': {
      const options = def.options!.map(compile);
      return (v) => options.some((option) => option(v));
    }
    case 'array': {
      const element = compile(def.element!);
      return withRefinements((v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      }, def);
    }
    case 'record': {
      if ((def.keyType!._zod.def as unknown as Def).type !== 'string') throw new UnsupportedSchemaError('record key type');
      const value = compile((def as unknown as { valueType: z.core.$ZodType }).valueType);
      return (v) => isObject(v) && Object.values(v).every(value);
    }
    case 'object': {
      const fields = Object.entries(def.shape!).map(([key, child]) => [key, compile(child)] as const);
      return (v) => {
        if (!isObject(v)) return false;
        let present = 0;
        for (const [key, check] of fields) {
          const field = v[key];
          if (field !== undefined) present++;
          if (!check(field)) return false;
        }
        if (Object.keys(v).length !== present) onExtraKeys();
        return true;
      };
    }
    default:
      throw new UnsupportedSchemaError(`schema type ${def.type}`);
  }
}
