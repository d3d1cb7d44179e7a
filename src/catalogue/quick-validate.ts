/**
 * Validation without zod and without error wording: what every page runs. JSON text → parse →
 * version → generated shape check (shape-check.generated.ts) → references → LoadResult, with the
 * warnings a valid catalogue can have. Anything wrong is handed to validate.ts, loaded then (a
 * dynamic import: its own chunk, with zod), which says where and why. A valid catalogue is
 * therefore checked with no zod and no error messages in the page at all. Never throws.
 */
import type { Catalogue } from './schema.js';
import { type CatalogueError, type CatalogueWarning, error, refusal } from './problems.js';
import { SCHEMA_VERSION_PATTERN } from './patterns.js';
import { findReferenceProblems, isWarning, referenceWarnings } from './references.js';
import { checkConsistency } from './consistency.js';
import { findTooDeep } from './nesting.js';
import { findUnknownFields } from './unknown-fields.js';
import { checkCatalogueShape, CATALOGUE_FIELDS } from './shape-check.generated.js';

export type LoadResult =
  | { readonly ok: true; readonly catalogue: Catalogue; readonly warnings: readonly CatalogueWarning[] }
  | { readonly ok: false; readonly errors: readonly CatalogueError[]; readonly warnings: readonly CatalogueWarning[] };

/** Longer errors lists are cut here, with a final note saying how many were left out. */
export const MAX_LISTED_ERRORS = 100;
/** A catalogue file larger than this is refused before parsing (10,000 items take about 6 MB). */
export const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

/** A result with one error: a network failure, say. Lists that can be long are cut by validate.ts's `failure`. */
export { refusal };

/** A UTF-8 BOM is common in files saved by Windows editors; JSON.parse rejects it. */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The parsed JSON of a catalogue file; undefined when it is too large, empty or not JSON. */
export function parseJson(text: string): { readonly data: unknown } | undefined {
  if (text.length > MAX_DOCUMENT_CHARS) return undefined;
  try {
    return { data: JSON.parse(withoutBom(text)) };
  } catch {
    return undefined;
  }
}

/**
 * An object of a version this release reads (or of no version: the shape check says more), not
 * nested deeper than anything downstream can walk (nesting.ts).
 */
export function isReadable(data: unknown): data is Record<string, unknown> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const version = (data as Record<string, unknown>).schemaVersion;
  return (typeof version !== 'string' || SCHEMA_VERSION_PATTERN.test(version)) && findTooDeep(data) === undefined;
}

/**
 * The result for a catalogue with no errors (warnings included); undefined when it has any,
 * which validate.ts then explains.
 */
export function quickValidate(data: unknown): LoadResult | undefined {
  if (!isReadable(data)) return undefined;
  const shape = checkCatalogueShape(data);
  if (!shape.valid) return undefined;
  // No transforms or defaults in the schema: a document that passes is its own parse result.
  const catalogue = data as Catalogue;
  const references = findReferenceProblems(catalogue);
  if (!references.every(isWarning) || checkConsistency(catalogue).length) return undefined;
  const unknown = shape.unknownKeys ? findUnknownFields(CATALOGUE_FIELDS, data) : [];
  return { ok: true, catalogue, warnings: [...unknown, ...referenceWarnings(references)] };
}

/**
 * Validates `data`: synchronously when it has no errors, otherwise after loading validate.ts
 * (and zod) to explain them.
 */
export function validateLazily(data: unknown): LoadResult | Promise<LoadResult> {
  return quickValidate(data) ?? import('./validate.js').then((full) => full.validateCatalogue(data), explanationMissing);
}

/** As validateLazily, from the text of a catalogue file. */
export function parseLazily(text: string): LoadResult | Promise<LoadResult> {
  const parsed = parseJson(text);
  return (parsed && quickValidate(parsed.data)) ?? import('./validate.js').then((full) => full.parseCatalogueText(text), explanationMissing);
}

/** The explanation chunk could not be fetched (offline, a moved file): the file is invalid all the same. */
function explanationMissing(): LoadResult {
  return refusal(error('schema', '', 'invalid', '目录文件有误（详细说明未能加载，请刷新重试）', 'the catalogue is invalid (the detailed explanation could not be loaded; reload to retry)'));
}
