/**
 * Validation of a catalogue document, from text or from an already parsed value. Never throws:
 * every outcome is a LoadResult, so components can always show something.
 */
import { CatalogueDocument, type Catalogue, SCHEMA_VERSION_PATTERN } from './schema.js';
import { type CatalogueError, type CatalogueWarning, error, quote, warning } from './problems.js';
import { issueToError } from './shape-messages.js';
import { checkReferences } from './references.js';
import { findUnknownFields } from './unknown-fields.js';
import { compileCheck, type Check } from './fast-check.js';
import { findTooDeep, MAX_NESTING_DEPTH } from './nesting.js';

export type LoadResult =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly warnings: readonly CatalogueWarning[] }
  | { readonly ok: false; readonly errors: readonly CatalogueError[]; readonly warnings: readonly CatalogueWarning[] };

/** Longer errors lists are cut here, with a final note saying how many were left out. */
export const MAX_LISTED_ERRORS = 100;
/** A catalogue file larger than this is refused before parsing (10,000 items take about 6 MB). */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

export function failure(errors: CatalogueError[], warnings: CatalogueWarning[] = []): LoadResult {
  if (errors.length > MAX_LISTED_ERRORS) {
    const more = errors.length - MAX_LISTED_ERRORS;
    errors = errors.slice(0, MAX_LISTED_ERRORS);
    warnings = [...warnings, warning('truncated', '', 'more-errors', `另有 ${more} 处错误未列出`, `${more} more errors not listed`)];
  }
  return { ok: false, errors, warnings };
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return [line, offset - last];
}

export function parseCatalogueText(text: string): LoadResult {
  if (text.length > MAX_DOCUMENT_CHARS) {
    return failure([error('parse', '', 'too-large', '目录文件过大，无法加载', 'catalogue file is too large to load')]);
  }
  // A UTF-8 BOM is common in files saved by Windows editors; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return failure([error('parse', '', 'empty', '目录文件是空的', 'the catalogue file is empty')]);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(detail);
    if (position) {
      const [line, column] = lineAndColumn(body, Number(position[1]));
      return failure([error('parse', '', 'invalid-json', `不是有效的 JSON：第 ${line} 行第 ${column} 列附近有语法错误`, `not valid JSON: syntax error near line ${line}, column ${column}`)]);
    }
    return failure([error('parse', '', 'invalid-json', '不是有效的 JSON，请检查引号、逗号和括号', `not valid JSON (${detail})`)]);
  }
  return validateCatalogue(data);
}

let fastCheck: Check | undefined;
let sawExtraKeys = false;
/**
 * The compiled fast path (fast-check.ts), compiled on first use so importing costs nothing.
 * Returns whether the shape is valid and whether any object carried keys the schema lacks.
 */
function fastShapeCheck(data: unknown): { valid: boolean; extraKeys: boolean } {
  fastCheck ??= compileCheck(CatalogueDocument, () => (sawExtraKeys = true));
  sawExtraKeys = false;
  const valid = fastCheck(data);
  return { valid, extraKeys: sawExtraKeys };
}

export function validateCatalogue(data: unknown): LoadResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? '数组' : data === null ? 'null' : typeof data;
    return failure([error('schema', '', 'not-an-object', `目录应是一个 JSON 对象（{…}），实际是${what}`, `a catalogue must be a JSON object ({…}), got ${Array.isArray(data) ? 'an array' : String(data === null ? 'null' : typeof data)}`)]);
  }
  const version = (data as Record<string, unknown>).schemaVersion;
  if (typeof version === 'string' && !SCHEMA_VERSION_PATTERN.test(version)) {
    // A 1.x that is merely malformed ("1.0.0-beta") is not a version we refuse, just a typo.
    const found = /^(\d+)\./.exec(version)?.[1];
    const major = found === '1' ? undefined : found;
    return failure([
      error('version', 'schemaVersion', 'unsupported-version',
        major ? `目录格式版本 ${quote(version)} 不受支持：本组件只能读取 1.x 版本，请升级 zwgk-elements 或改用 1.x 格式` : `目录格式版本 ${quote(version)} 无法识别，应为 1.x`,
        major ? `schema version ${quote(version)} is not supported: this release reads 1.x only` : `schema version ${quote(version)} is not recognised; expected 1.x`),
    ]);
  }
  // Too deep for anything downstream to walk: refused at the place it starts, with the other errors.
  const tooDeep = findTooDeep(data);
  const nesting = tooDeep === undefined ? [] : [error('schema', tooDeep, 'too-deep',
    `嵌套过深（超过 ${MAX_NESTING_DEPTH} 层）`, `nested more than ${MAX_NESTING_DEPTH} levels deep`)];
  const fast = fastShapeCheck(data);
  // A failed fast check stops early, so it cannot vouch for the absence of unknown keys.
  const unknown = fast.extraKeys || !fast.valid ? findUnknownFields(CatalogueDocument, data) : [];
  let catalogue: Catalogue;
  if (fast.valid && nesting.length === 0) {
    // No transforms or defaults in the schema: a document that passes is its own parse result.
    catalogue = data as Catalogue;
  } else {
    const parsed = CatalogueDocument.safeParse(data, { reportInput: true });
    if (!parsed.success || nesting.length) {
      // References are checked on whatever parsed, so an editor fixes the file in one round.
      const references = checkReferences(data as Catalogue, false);
      const shape = parsed.success ? [] : parsed.error.issues.map(issueToError);
      return failure([...nesting, ...shape, ...references.errors], [...unknown, ...references.warnings]);
    }
    catalogue = parsed.data;
  }
  const references = checkReferences(catalogue);
  const warnings = [...unknown, ...references.warnings];
  if (references.errors.length) return failure(references.errors, warnings);
  return { ok: true, catalogue, warnings };
}
