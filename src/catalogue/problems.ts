/**
 * The problems a catalogue can have, as data: what kind, where (a JSON path an editor can find in
 * the file), and what to say about it in each shipped language. Components, the CLI and the demo
 * server all print these, so the wording lives here once.
 */

export type Locale = 'zh-CN' | 'en';
export type LocalizedText = Readonly<Record<Locale, string>>;

/** network: could not fetch; parse: not JSON; schema: wrong shape; reference: ids; version: schemaVersion. */
export type ProblemKind = 'network' | 'parse' | 'schema' | 'reference' | 'version';
export type WarningKind = 'unknown-field' | 'incomplete' | 'truncated';

export interface CatalogueError {
  readonly kind: ProblemKind;
  /** JSON path such as `items[12].timeLimit.text`; empty for the whole document. */
  readonly path: string;
  /** A stable machine code, e.g. `required`, `invalid-enum`, `http-status`, `duplicate-id`. */
  readonly code: string;
  readonly message: LocalizedText;
}

export interface CatalogueWarning {
  readonly kind: WarningKind;
  readonly path: string;
  readonly code: string;
  readonly message: LocalizedText;
}

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Formats a path the way editors read it: `items[12].timeLimit.text`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** A failed load with this one error (a network failure, say): a `LoadResult` or `ChunkResult`. */
export const refusal = (problem: CatalogueError): { readonly ok: false; readonly errors: readonly CatalogueError[]; readonly warnings: readonly CatalogueWarning[] } =>
  ({ ok: false, errors: [problem], warnings: [] });

export function error(kind: ProblemKind, path: string, code: string, zh: string, en: string): CatalogueError {
  return { kind, path, code, message: { 'zh-CN': zh, en } };
}

export function warning(kind: WarningKind, path: string, code: string, zh: string, en: string): CatalogueWarning {
  return { kind, path, code, message: { 'zh-CN': zh, en } };
}

/** One line per problem, for the CLI and for logs: `items[3].mode: 取值无效…`. */
export function describeProblem(problem: CatalogueError | CatalogueWarning, locale: Locale = 'zh-CN'): string {
  const where = problem.path || (locale === 'zh-CN' ? '（整个文件）' : '(whole file)');
  return `${where}: ${problem.message[locale]}`;
}

/**
 * A short preview of any value, a few levels and entries deep, so that neither a 5 MB string nor
 * 10,000 nested arrays (which overflow JSON.stringify and String) can flood the page or throw.
 */
function preview(value: unknown, depth = 0): string {
  if (Array.isArray(value)) return depth > 3 ? '[…]' : `[${value.slice(0, 4).map((v) => preview(v, depth + 1)).join(',')}]`;
  if (value && typeof value === 'object') {
    return depth > 3 ? '{…}' : `{${Object.keys(value).slice(0, 4).map((k) => `"${k}":${preview((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
  }
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 50)) : String(value);
}

/** Shortens a value quoted in a message so that a 5 MB string cannot flood the page. Never throws. */
export function quote(value: unknown, max = 40): string {
  const text = typeof value === 'string' ? value : preview(value);
  return text.length > max ? `“${text.slice(0, max)}…”` : `“${text}”`;
}
