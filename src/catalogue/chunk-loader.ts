/**
 * Loads one file of items of a chunked catalogue (chunks.ts) when a view asks for it, and
 * validates it then, against the index it belongs to: the generated shape check, the chunk
 * rules and references without zod; validate.ts (and zod) only to explain what is wrong.
 * Never throws. One request per chunk URL per page; a failed load or a broken file is forgotten,
 * so 重试 fetches it again.
 */
import type { Catalogue, CatalogueChunk, ItemChunkRef } from './schema.js';
import { error } from './problems.js';
import { type ChunkResult, chunkProblems } from './chunks.js';
import { isWarning, referenceWarnings } from './references.js';
import { findUnknownFields } from './unknown-fields.js';
import { CHUNK_FIELDS, checkChunkShape } from './shape-check.generated.js';
import { DEFAULT_TIMEOUT_MS, catalogueUrl, fetchText, resolveCatalogueUrl } from './loader.js';
import { isReadable, parseJson, refusal } from './quick-validate.js';

export interface ChunkLoadOptions {
  /** Milliseconds before the fetch is abandoned with a timeout error. */
  timeout?: number;
  /** Base for the chunk's relative `url`; defaults to where the index was loaded from, else the page. */
  base?: string;
}

/** Per index (a chunk is validated against the index that asked for it), per absolute URL. */
const caches = new WeakMap<Catalogue, Map<string, Promise<ChunkResult>>>();

/** The result for a chunk with no errors; undefined when it has any (validate.ts then explains). */
export function quickValidateChunk(index: Catalogue, ref: ItemChunkRef, data: unknown): ChunkResult | undefined {
  if (!isReadable(data)) return undefined;
  const shape = checkChunkShape(data);
  if (!shape.valid) return undefined;
  const chunk = data as CatalogueChunk;
  const { errors, references } = chunkProblems(index, ref, chunk);
  if (errors.length || !references.every(isWarning)) return undefined;
  const unknown = shape.unknownKeys ? findUnknownFields(CHUNK_FIELDS, data) : [];
  return { ok: true, chunk, warnings: [...unknown, ...referenceWarnings(references)] };
}

async function explain(index: Catalogue, ref: ItemChunkRef, text: string): Promise<ChunkResult> {
  try {
    return (await import('./validate.js')).parseChunkText(index, ref, text);
  } catch {
    return refusal(error('schema', '', 'invalid', '目录分块文件有误（详细说明未能加载，请刷新重试）', 'the catalogue chunk is invalid (the detailed explanation could not be loaded; reload to retry)')) as ChunkResult;
  }
}

/** Loads and validates the chunk `chunkId` of the chunked catalogue `index`. */
export function loadItemChunk(index: Catalogue, chunkId: string, options: ChunkLoadOptions = {}): Promise<ChunkResult> {
  const ref = index.itemChunks?.find((chunk) => chunk.id === chunkId);
  if (!ref) {
    return Promise.resolve(refusal(error('reference', '', 'unknown-chunk', `目录中没有编号为 “${chunkId}” 的分块`, `the catalogue has no chunk "${chunkId}"`)) as ChunkResult);
  }
  const href = resolveCatalogueUrl(ref.url, options.base ?? catalogueUrl(index));
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  let pending = cache.get(href);
  if (!pending) {
    pending = fetchText(href, options.timeout ?? DEFAULT_TIMEOUT_MS).then(async (fetched) => {
      if (typeof fetched !== 'string') {
        cache!.delete(href);
        return fetched as ChunkResult;
      }
      const parsed = parseJson(fetched);
      const result = (parsed && quickValidateChunk(index, ref, parsed.data)) ?? await explain(index, ref, fetched);
      // A broken file may be fixed on the server meanwhile: 重试 fetches it again.
      if (!result.ok) cache!.delete(href);
      return result;
    });
    cache.set(href, pending);
  }
  return pending;
}
