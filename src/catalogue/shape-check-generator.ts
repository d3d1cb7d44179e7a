/**
 * Writes the catalogue's yes/no shape check as plain TypeScript, from the zod schema's own
 * definition tree (`npm run generate` → shape-check.generated.ts). Build-time only: never shipped.
 *
 * Why: zod/mini is 12 kB gz of a 28 kB runtime, yet a page only needs to know whether a catalogue
 * is valid; where it is wrong matters only when it is. So the runtime ships this generated check
 * and loads zod lazily to explain a failure. Generated ahead of time, the check is ordinary code:
 * no `eval`, no `new Function`, safe under a strict CSP. zod stays the single source of truth:
 * the generator reads the schema and does not restate it, a test fails when the generated file
 * differs from what the schema generates now, and the agreement tests hold both to the same
 * answer on the broken-document corpus and on thousands of mutated documents.
 *
 * The generated file also carries the schema's key sets, for the unknown-field walk
 * (unknown-fields.ts), so that reporting a newer 1.x file's extra fields needs no zod either.
 */
import type * as z from 'zod/mini';

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: z.core.$ZodType[];
  entries?: Record<string, string | number>;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
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

/** Thrown for a schema construct the generator does not know: extend the generator, never guess. */
export class UnsupportedSchemaError extends Error {}

/** One schema to generate a check for, and the names it is exported under. */
export interface GeneratedRoot {
  schema: z.core.$ZodType;
  /** Name of the exported check function. */
  checkName: string;
  /** Name of the exported key-set tree for the unknown-field walk. */
  fieldsName: string;
  /** What the check is for, in its JSDoc. */
  description: string;
}

export interface GeneratorOptions {
  /** Code lists the generated file imports by name when an enum has exactly their values. */
  codeLists?: Readonly<Record<string, readonly unknown[]>>;
  /** Module specifier of those code lists, relative to the generated file. */
  codeListModule?: string;
  /** The command that regenerates the file, quoted in its header. */
  command: string;
}

const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The fixed part of every generated file: the combinators the generated checks are made of. Each
 * check carries the `spec` of the objects within it, for the unknown-field walk.
 */
const COMBINATORS = `type Check = ((v: any) => boolean) & { spec?: FieldSpec };

let unknownKeys = false;

function withSpec(check: Check, spec: FieldSpec | undefined): Check {
  check.spec = spec;
  return check;
}

function isObject(v: any): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** zod counts string length in code points, reading them only when UTF-16 units leave it in doubt. */
function codePointLength(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** A string of \`min\` to \`max\` code points matching every pattern. */
function text(min: number, max: number, ...patterns: RegExp[]): Check {
  return (v) => {
    if (typeof v !== 'string') return false;
    if (v.length < min || (v.length < 2 * min && codePointLength(v) < min)) return false;
    if (v.length > max && codePointLength(v) > max) return false;
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      if (!pattern.test(v)) return false;
    }
    return true;
  };
}

function oneOf(values: readonly unknown[]): Check {
  const allowed = new Set(values);
  return (v) => allowed.has(v);
}

function optional(check: Check): Check {
  return withSpec((v) => v === undefined || check(v), check.spec);
}

function anyOf(...checks: Check[]): Check {
  return (v) => checks.some((check) => check(v));
}

function list(item: Check, min = 0, max = Infinity): Check {
  return withSpec((v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  }, item.spec && { array: item.spec });
}

/** zod's record accepts plain objects only, and no enumerable symbol keys (they fail a string key). */
function isRecord(v: any): boolean {
  if (!isObject(v)) return false;
  const ctor = v.constructor;
  if (typeof ctor === 'function' && (!isObject(ctor.prototype) || !Object.prototype.hasOwnProperty.call(ctor.prototype, 'isPrototypeOf'))) return false;
  for (const key of Object.getOwnPropertySymbols(v)) if (Object.prototype.propertyIsEnumerable.call(v, key)) return false;
  return true;
}

/** An object with these fields (and these optional ones); other fields pass, and are noted so the unknown-field walk runs. */
function object(required: Record<string, Check>, optionalFields: Record<string, Check> = {}): Check {
  const fields: [string, Check][] = [
    ...Object.entries(required),
    ...Object.entries(optionalFields).map(([key, check]): [string, Check] => [key, (v) => v === undefined || check(v)]),
  ];
  const keys = new Set(fields.map(([key]) => key));
  const children = new Map<string, FieldSpec>();
  for (const [key, check] of [...Object.entries(required), ...Object.entries(optionalFields)]) if (check.spec) children.set(key, check.spec);
  return withSpec((v) => {
    if (!isObject(v)) return false;
    for (let i = 0; i < fields.length; i++) if (!fields[i]![1](v[fields[i]![0]])) return false;
    if (!unknownKeys) {
      for (const key in v) {
        if (!keys.has(key)) {
          unknownKeys = true;
          break;
        }
      }
    }
    return true;
  }, { object: { keys, children } });
}
`;

/** The combinators \`code\` calls, and those they call: a helper nobody calls would fail the type check. */
function combinatorsFor(code: string): string {
  const blocks = COMBINATORS.split('\n\n');
  const nameOf = (block: string) => /^(?:function|let|const|type) (\w+)/m.exec(block)?.[1] ?? '';
  const calls = (text: string, name: string) => new RegExp(`\\b${name}(\\(|\\b(?!:))`).test(text);
  const kept = new Set<string>(['Check', 'unknownKeys']);
  for (let grown = true; grown; ) {
    grown = false;
    const context = (code + blocks.filter((block) => kept.has(nameOf(block))).join('\n')).replace(/\/\*\*.*?\*\//g, '');
    for (const block of blocks) {
      const name = nameOf(block);
      if (!kept.has(name) && calls(context.replace(block.replace(/\/\*\*.*?\*\//g, ''), ''), name)) grown = kept.add(name).size > 0;
    }
  }
  return blocks.filter((block) => kept.has(nameOf(block))).join('\n\n');
}

class Generator {
  private readonly declarations: string[] = [];
  private readonly names = new Map<string, string>();
  private readonly imports = new Set<string>();
  private readonly checks = new Map<z.core.$ZodType, string>();

  constructor(private readonly options: GeneratorOptions) {}

  /** One constant per distinct expression: `label()` is a new zod instance each call, one check here. */
  private constant(expression: string): string {
    let name = this.names.get(expression);
    if (!name) {
      name = `check${this.names.size}`;
      this.names.set(expression, name);
      this.declarations.push(`const ${name} = ${expression};`);
    }
    return name;
  }

  private values(values: readonly unknown[]): string {
    const same = Object.entries(this.options.codeLists ?? {}).find(
      ([, list]) => list.length === values.length && list.every((value, i) => value === values[i]),
    );
    if (!same) return JSON.stringify(values);
    this.imports.add(same[0]);
    return same[0];
  }

  /** The length bounds of a string or array schema: the tightest of its checks. */
  private lengths(def: Def): { min: number; max: number; rest: CheckDef[] } {
    let min = 0;
    let max = Infinity;
    const rest: CheckDef[] = [];
    for (const { _zod: { def: check } } of def.checks ?? []) {
      if (check.check === 'min_length') min = Math.max(min, check.minimum!);
      else if (check.check === 'max_length') max = Math.min(max, check.maximum!);
      else rest.push(check);
    }
    return { min, max, rest };
  }

  private stringCheck(def: Def): string {
    const { min, max, rest } = this.lengths(def);
    const patterns = rest.map((check) => {
      if (check.check !== 'string_format' || check.format !== 'regex' || !check.pattern) {
        throw new UnsupportedSchemaError(`string check ${check.check} ${check.format ?? ''}`);
      }
      return String(check.pattern);
    });
    return `text(${[min, max === Infinity ? 'Infinity' : max, ...patterns].join(', ')})`;
  }

  private numberCheck(def: Def): string {
    if (def.format !== undefined && def.format !== 'safeint') throw new UnsupportedSchemaError(`number format ${def.format}`);
    const parts = [def.format === 'safeint' ? 'Number.isSafeInteger(v)' : "typeof v === 'number' && Number.isFinite(v)"];
    for (const { _zod: { def: check } } of def.checks ?? []) {
      if (check.check === 'greater_than') parts.push(`v ${check.inclusive ? '>=' : '>'} ${check.value}`);
      else if (check.check === 'less_than') parts.push(`v ${check.inclusive ? '<=' : '<'} ${check.value}`);
      else throw new UnsupportedSchemaError(`number check ${check.check}`);
    }
    return `(v: any) => ${parts.join(' && ')}`;
  }

  /** Name of the generated constant that checks `schema`. */
  checkOf(schema: z.core.$ZodType): string {
    const known = this.checks.get(schema);
    if (known) return known;
    const def = defOf(schema);
    let expression: string;
    switch (def.type) {
      case 'string':
        expression = this.stringCheck(def);
        break;
      case 'number':
        expression = this.numberCheck(def);
        break;
      case 'boolean':
        expression = "(v: any) => typeof v === 'boolean'";
        break;
      case 'enum':
        expression = `oneOf(${this.values(Object.values(def.entries!))})`;
        break;
      case 'optional':
        expression = `optional(${this.checkOf(def.innerType!)})`;
        break;
      case 'union':
        expression = `anyOf(${def.options!.map((option) => this.checkOf(option)).join(', ')})`;
        break;
      case 'array': {
        const { min, max, rest } = this.lengths(def);
        if (rest.length) throw new UnsupportedSchemaError(`array check ${rest[0]!.check}`);
        const bounds = max !== Infinity ? [min, max] : min ? [min] : [];
        expression = `list(${[this.checkOf(def.element!), ...bounds].join(', ')})`;
        break;
      }
      case 'record': {
        const key = defOf(def.keyType!);
        if (key.type !== 'string' || key.checks?.length) throw new UnsupportedSchemaError('record key other than a plain string');
        if (defOf(def.valueType!).type !== 'unknown') throw new UnsupportedSchemaError('record value other than unknown');
        expression = 'isRecord';
        break;
      }
      case 'object': {
        if (def.catchall && defOf(def.catchall).type !== 'unknown') throw new UnsupportedSchemaError('object catchall other than unknown');
        if ((def.checks ?? []).length) throw new UnsupportedSchemaError('object refinements');
        const required: string[] = [];
        const optional: string[] = [];
        for (const [key, child] of Object.entries(def.shape!)) {
          const childDef = defOf(child);
          if (key === '__proto__') throw new UnsupportedSchemaError('a field named __proto__');
          // zod tells a missing key from an undefined value only for fields that accept undefined.
          if (childDef.type === 'unknown' || (childDef.type === 'optional' && defOf(childDef.innerType!).type === 'unknown')) {
            throw new UnsupportedSchemaError(`field ${key} of type unknown`);
          }
          const field = (check: z.core.$ZodType) => `  ${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${this.checkOf(check)},`;
          if (childDef.type === 'optional') optional.push(field(childDef.innerType!));
          else required.push(field(child));
        }
        const literal = (fields: string[]) => (fields.length ? `{\n${fields.join('\n')}\n}` : '{}');
        expression = optional.length ? `object(${literal(required)}, ${literal(optional)})` : `object(${literal(required)})`;
        break;
      }
      default:
        throw new UnsupportedSchemaError(`schema type ${def.type}`);
    }
    // Wrappers stay inline (\`optional(list(label))\` reads, and compresses, better than a name).
    const name = def.type === 'optional' || def.type === 'array' || def.type === 'union' ? expression : this.constant(expression);
    this.checks.set(schema, name);
    return name;
  }

  source(roots: readonly GeneratedRoot[]): string {
    const { command, codeListModule } = this.options;
    const exported = roots.map(({ schema, checkName, fieldsName, description }) => {
      if (defOf(schema).type !== 'object') throw new UnsupportedSchemaError(`${checkName}: the root schema must be an object`);
      const check = this.checkOf(schema);
      return `/**
 * Whether \`value\` is ${description}: the same yes or no as the zod schema's \`safeParse\`, and
 * whether some object in it carries fields the schema does not list. Never throws, and never
 * descends deeper than the schema, however deeply \`value\` is nested.
 */
export function ${checkName}(value: unknown): { valid: boolean; unknownKeys: boolean } {
  unknownKeys = false;
  const valid = ${check}(value);
  return { valid, unknownKeys };
}

/** The field names of ${description}, at every level, for the unknown-field walk. */
export const ${fieldsName}: FieldSpec = ${check}.spec!;
`;
    });
    const imports = [...this.imports].sort();
    return `// GENERATED by \`${command}\` from the zod schema (src/catalogue/schema.ts). Do not edit:
// change the schema and regenerate; test/node/shape-check.test.mjs fails while this file is stale.
// Plain code, so it runs under a strict CSP; the agreement tests hold it to zod's answer.
import type { FieldSpec } from './unknown-fields.js';
${imports.length ? `import { ${imports.join(', ')} } from '${codeListModule}';\n` : ''}
${combinatorsFor(this.declarations.join('\n'))}

${this.declarations.join('\n')}

${exported.join('\n')}`;
  }
}

/** The generated module's source text: one check (and key-set tree) per root, sharing what they have in common. */
export function generateShapeCheck(roots: readonly GeneratedRoot[], options: GeneratorOptions): string {
  return new Generator(options).source(roots);
}
