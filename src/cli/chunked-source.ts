/**
 * Reads the files of a chunked catalogue (src/catalogue/chunks.ts) next to its index: each chunk
 * validated against the index as the components validate it when it loads, the search index,
 * and the rules across files. Local files resolve against the index file's folder, URLs against
 * the index URL. What `zwgk validate` reports and what `zwgk merge` joins.
 */
import { dirname, resolve } from 'node:path';
import { type ChunkResult, chunkedCatalogueProblems, joinCatalogue } from '../catalogue/chunks.js';
import { DEFAULT_TIMEOUT_MS, fetchText } from '../catalogue/loader.js';
import { type CatalogueError, type CatalogueWarning, error } from '../catalogue/problems.js';
import { type Catalogue, type CatalogueChunk, type SearchIndexDocument, SearchIndexDocument as SearchIndexSchema } from '../catalogue/schema.js';
import { issueToError } from '../catalogue/shape-messages.js';
import { failure, type LoadResult, parseChunkText } from '../catalogue/validate.js';
import { parseJson } from '../catalogue/quick-validate.js';
import { isUrl, readLocalText } from './read-source.js';

/** One file of a chunked catalogue as read: its name as the index gives it, and what is wrong with it. */
export interface FileReport {
  readonly file: string;
  readonly errors: readonly CatalogueError[];
  readonly warnings: readonly CatalogueWarning[];
}

export interface ChunkedRead {
  /** The chunk files and the search index file, in the order the index lists them. */
  readonly files: readonly FileReport[];
  /** The whole catalogue, when every file is valid. */
  readonly whole?: Catalogue;
}

/** The text of a file named relative to the index `source` (a path or a URL); a LoadResult-like failure if it cannot be read. */
async function readBeside(source: string, url: string): Promise<string | { errors: CatalogueError[] }> {
  if (isUrl(source) || isUrl(url)) {
    const fetched = await fetchText(new URL(url, source).href, DEFAULT_TIMEOUT_MS);
    return typeof fetched === 'string' ? fetched : { errors: fetched.ok ? [] : [...fetched.errors] };
  }
  const path = resolve(dirname(source), url);
  try {
    const read = await readLocalText(path);
    return 'text' in read ? read.text : { errors: read.result.ok ? [] : [...read.result.errors] };
  } catch {
    return { errors: [error('network', '', 'missing-file', `找不到目录索引列出的文件 ${path}`, `the file the index lists is missing: ${path}`)] };
  }
}

function readSearchIndex(index: Catalogue, text: string): { document?: SearchIndexDocument; errors: CatalogueError[]; warnings: CatalogueWarning[] } {
  const parsed = parseJson(text);
  if (!parsed) return { errors: [error('parse', '', 'invalid-json', '检索索引不是有效的 JSON', 'the search index is not valid JSON')], warnings: [] };
  const shape = SearchIndexSchema.safeParse(parsed.data, { reportInput: true });
  if (!shape.success) {
    // At most MAX_LISTED_ERRORS, with a note of how many more: a broken index can have 100,000.
    const listed = failure(shape.error.issues.map(issueToError)) as Extract<LoadResult, { ok: false }>;
    return { errors: [...listed.errors], warnings: [...listed.warnings] };
  }
  if (shape.data.ids.length !== index.searchIndex!.itemCount) {
    return { document: shape.data, warnings: [], errors: [error('reference', 'ids', 'search-index-count', `检索索引有 ${shape.data.ids.length} 个事项，目录索引说有 ${index.searchIndex!.itemCount} 个`, `the search index has ${shape.data.ids.length} items; the index says ${index.searchIndex!.itemCount}`)] };
  }
  return { document: shape.data, errors: [], warnings: [] };
}

/** Reads and checks every file a valid chunked index `index`, read from `source`, points to. */
export async function readChunked(source: string, index: Catalogue): Promise<ChunkedRead> {
  const reports = new Map<string, { errors: CatalogueError[]; warnings: CatalogueWarning[] }>();
  const chunks: CatalogueChunk[] = [];
  for (const ref of index.itemChunks ?? []) {
    const text = await readBeside(source, ref.url);
    const result: ChunkResult = typeof text === 'string' ? parseChunkText(index, ref, text) : { ok: false, errors: text.errors, warnings: [] };
    reports.set(ref.url, { errors: result.ok ? [] : [...result.errors], warnings: [...result.warnings] });
    if (result.ok) chunks.push(result.chunk);
  }
  let searchIndex: SearchIndexDocument | undefined;
  if (index.searchIndex) {
    const text = await readBeside(source, index.searchIndex.url);
    const read = typeof text === 'string' ? readSearchIndex(index, text) : { errors: text.errors, warnings: [] };
    searchIndex = read.errors.length ? undefined : read.document;
    reports.set(index.searchIndex.url, { errors: read.errors, warnings: read.warnings });
  }
  const chunksOk = chunks.length === (index.itemChunks ?? []).length;
  if (chunksOk) {
    for (const problem of chunkedCatalogueProblems(index, chunks, searchIndex)) {
      let report = reports.get(problem.file);
      if (!report) reports.set(problem.file, (report = { errors: [], warnings: [] }));
      report.errors.push(problem.error);
    }
  }
  const files = [...reports].map(([file, report]) => ({ file, ...report }));
  const ok = chunksOk && files.every((f) => !f.errors.length);
  return { files, ...(ok ? { whole: joinCatalogue(index, chunks) } : {}) };
}
