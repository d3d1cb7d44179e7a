/**
 * Validation of a catalogue document, from text or from an already parsed value, with every
 * error explained: text → parse → version → shape (zod's issues) → references → LoadResult.
 * Never throws: every outcome is a LoadResult, so components can always show something.
 * Synchronous, for the CLI, Node and bundler users. Pages run quick-validate.ts and load this
 * module (and zod) only when a catalogue has errors to explain.
 */
import { type Catalogue, CatalogueChunk, CatalogueDocument, type ItemChunkRef, SCHEMA_VERSION_PATTERN } from './schema.js';
import { type ChunkResult, chunkProblems } from './chunks.js';
import { type CatalogueError, type CatalogueWarning, error, quote, warning } from './problems.js';
import { issueToError } from './shape-messages.js';
import { findUnknownFields } from './unknown-fields.js';
import { checkReferences, describeReferenceProblems } from './reference-errors.js';
import { findReferenceProblems } from './references.js';
import { inlineCatalogueText } from './loader.js';
import { CATALOGUE_FIELDS, CHUNK_FIELDS, checkChunkShape } from './shape-check.generated.js';
import { type LoadResult, MAX_DOCUMENT_CHARS, MAX_LISTED_ERRORS, parseJson, quickValidate, withoutBom } from './quick-validate.js';
import { findTooDeep, MAX_NESTING_DEPTH } from './nesting.js';

export { type LoadResult, MAX_LISTED_ERRORS, MAX_DOCUMENT_CHARS } from './quick-validate.js';

/** A failed result; longer error lists are cut at MAX_LISTED_ERRORS, with a note saying how many were left out. */
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
  const parsed = parseJson(text);
  if (parsed) return validateCatalogue(parsed.data);
  if (text.length > MAX_DOCUMENT_CHARS) {
    return failure([error('parse', '', 'too-large', '目录文件过大，无法加载', 'catalogue file is too large to load')]);
  }
  const body = withoutBom(text);
  if (body.trim() === '') {
    return failure([error('parse', '', 'empty', '目录文件是空的', 'the catalogue file is empty')]);
  }
  let detail: string;
  try {
    JSON.parse(body);
    detail = 'unknown';
  } catch (e) {
    detail = e instanceof Error ? e.message : String(e);
  }
  const position = /position (\d+)/.exec(detail);
  if (position) {
    const [line, column] = lineAndColumn(body, Number(position[1]));
    return failure([error('parse', '', 'invalid-json', `不是有效的 JSON：第 ${line} 行第 ${column} 列附近有语法错误`, `not valid JSON: syntax error near line ${line}, column ${column}`)]);
  }
  return failure([error('parse', '', 'invalid-json', '不是有效的 JSON，请检查引号、逗号和括号', `not valid JSON (${detail})`)]);
}

/** What is wrong with a document before its shape: not an object, or a version this release cannot read. */
function documentProblem(data: unknown): LoadResult | undefined {
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
  return undefined;
}

/** A value nested too deep for anything downstream to walk, refused at the place it starts. */
function nestingProblem(data: unknown): CatalogueError[] {
  const tooDeep = findTooDeep(data);
  return tooDeep === undefined ? [] : [error('schema', tooDeep, 'too-deep', `嵌套过深（超过 ${MAX_NESTING_DEPTH} 层）`, `nested more than ${MAX_NESTING_DEPTH} levels deep`)];
}

export function validateCatalogue(data: unknown): LoadResult {
  const quick = quickValidate(data);
  if (quick) return quick;
  const early = documentProblem(data);
  if (early) return early;
  const nesting = nestingProblem(data);
  const unknown = findUnknownFields(CATALOGUE_FIELDS, data);
  const parsed = CatalogueDocument.safeParse(data, { reportInput: true });
  if (!parsed.success || nesting.length) {
    // References are checked on whatever parsed, so an editor fixes the file in one round.
    const references = checkReferences(data as Catalogue, false);
    const shape = parsed.success ? [] : parsed.error.issues.map(issueToError);
    return failure([...nesting, ...shape, ...references.errors], [...unknown, ...references.warnings]);
  }
  const references = checkReferences(parsed.data);
  const warnings = [...unknown, ...references.warnings];
  if (references.errors.length) return failure(references.errors, warnings);
  // Only a generated check out of step with the schema gets here (the agreement tests forbid
  // it); zod is the source of truth, so its yes wins.
  return { ok: true, catalogue: parsed.data, warnings };
}

/**
 * Validates a chunk file of a chunked catalogue (chunks.ts) against its valid index and its
 * entry there: shape, then the chunk rules and references. Paths are in the chunk file.
 */
export function validateChunk(index: Catalogue, ref: ItemChunkRef, data: unknown): ChunkResult {
  const early = documentProblem(data);
  if (early) return early as ChunkResult;
  const nesting = nestingProblem(data);
  const shape = checkChunkShape(data);
  const unknown = shape.valid && !shape.unknownKeys ? [] : findUnknownFields(CHUNK_FIELDS, data);
  let chunk: CatalogueChunk;
  if (shape.valid && !nesting.length) {
    chunk = data as CatalogueChunk;
  } else {
    const parsed = CatalogueChunk.safeParse(data, { reportInput: true });
    if (!parsed.success || nesting.length) {
      // As for a whole catalogue: the references of whatever items parsed, in the same run.
      const items = (data as { items?: unknown }).items;
      const references = describeReferenceProblems(findReferenceProblems({ ...index, items: Array.isArray(items) ? items : [] } as Catalogue));
      const issues = parsed.success ? [] : parsed.error.issues.map(issueToError);
      return failure([...nesting, ...issues, ...references.errors], [...unknown, ...references.warnings]) as ChunkResult;
    }
    chunk = parsed.data;
  }
  const { errors, references } = chunkProblems(index, ref, chunk);
  const worded = describeReferenceProblems(references);
  const warnings = [...unknown, ...worded.warnings];
  const all = [...errors, ...worded.errors];
  return all.length ? (failure(all, warnings) as ChunkResult) : { ok: true, chunk, warnings };
}

/** As validateChunk, from the chunk file's text. */
export function parseChunkText(index: Catalogue, ref: ItemChunkRef, text: string): ChunkResult {
  const parsed = parseJson(text);
  return parsed ? validateChunk(index, ref, parsed.data) : (parseCatalogueText(text) as ChunkResult);
}

/** Reads and validates the catalogue in the first `<script type="application/json">` child of `host`, if any. */
export function readInlineCatalogue(host: Element): LoadResult | undefined {
  const text = inlineCatalogueText(host);
  return text === undefined ? undefined : parseCatalogueText(text);
}
