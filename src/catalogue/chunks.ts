/**
 * Chunked catalogues (format 1.1): a province's 100,000 items are too much for one file (about
 * 95 MB, one long parse, and every page would download all of it). A chunked catalogue is an
 * index document, an ordinary catalogue whose `itemChunks` point to files of items, one per
 * domain or per child jurisdiction, plus a search index file (search-text.ts) so that it can
 * be searched before its chunks are loaded. A view loads the chunks it opens; `zwgk split`
 * writes the files, `zwgk merge` and `zwgk validate` read them.
 *
 * Pure rules, no I/O: splitting, joining, and what a chunk must satisfy against its index
 * (each chunk is validated when it loads, against the index it belongs to).
 */
import type { Catalogue, CatalogueChunk, CatalogueItem, ItemChunkRef, SearchIndexDocument } from './schema.js';
import { ID_PATTERN } from './patterns.js';
import { type CatalogueError, type CatalogueWarning, error, quote } from './problems.js';
import { type ReferenceProblem, findReferenceProblems } from './references.js';
import { checkConsistency } from './consistency.js';
import { NORMALIZATION, agencyNamesOf, normalize, searchText } from './search-text.js';

/** The format version a chunked catalogue is written with: 1.1 added `itemChunks`, `searchIndex` and the chunk files. */
export const CHUNKED_SCHEMA_VERSION = '1.1.0';

/** What the items are split by: 领域 (domain) or 下级行政区划 (child jurisdiction, `items[].jurisdiction`). */
export type ChunkAxis = 'domain' | 'jurisdiction';

export interface SplitFiles {
  /** Where a chunk's file goes, relative to the index file. */
  chunkUrl(id: string): string;
  /** Where the search index file goes, relative to the index file. */
  searchIndexUrl: string;
}

export const DEFAULT_SPLIT_FILES: SplitFiles = { chunkUrl: (id) => `items/${id}.json`, searchIndexUrl: 'search-index.json' };

export interface SplitCatalogue {
  readonly index: Catalogue;
  readonly chunks: readonly CatalogueChunk[];
  readonly searchIndex: SearchIndexDocument;
}

/** UTF-8 size of a document written as compact JSON (how `zwgk split` writes chunks). */
export const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

const schemaVersionOf = (catalogue: Catalogue) => {
  const [, minor = '0'] = catalogue.schemaVersion.split('.');
  return Number(minor) >= 1 ? catalogue.schemaVersion : CHUNKED_SCHEMA_VERSION;
};

/** A chunk id from a label: itself when it is a valid id that fits, else `items-<n>`. */
function chunkId(label: string, n: number, taken: Set<string>): string {
  const candidate = `items-${label}`;
  const id = ID_PATTERN.test(candidate) && candidate.length <= 128 && !taken.has(candidate) ? candidate : `items-${n + 1}`;
  taken.add(id);
  return id;
}

/**
 * Splits a whole catalogue into an index, its chunks (every item goes into one, in catalogue
 * order within it, with its position in the whole catalogue) and the search index.
 */
export function splitCatalogue(catalogue: Catalogue, by: ChunkAxis, files: SplitFiles = DEFAULT_SPLIT_FILES): SplitCatalogue {
  const version = schemaVersionOf(catalogue);
  const groups = new Map<string, { positions: number[]; domainIds?: string[]; jurisdiction?: string }>();
  if (by === 'domain') {
    for (const domain of catalogue.domains) groups.set(domain.id, { positions: [], domainIds: [domain.id] });
  } else {
    // The catalogue's own jurisdiction first, then its children in the order it lists them.
    for (const name of [catalogue.jurisdiction.name, ...(catalogue.jurisdiction.children ?? []).map((c) => c.name)]) {
      if (!groups.has(name)) groups.set(name, { positions: [], jurisdiction: name });
    }
  }
  catalogue.items.forEach((item, position) => {
    const key = by === 'domain' ? item.domainId : (item.jurisdiction ?? catalogue.jurisdiction.name);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = by === 'domain' ? { positions: [], domainIds: [key] } : { positions: [], jurisdiction: key }));
    group.positions.push(position);
  });
  const taken = new Set<string>();
  const chunks: CatalogueChunk[] = [];
  const refs: ItemChunkRef[] = [];
  const chunkOf = new Int32Array(catalogue.items.length);
  for (const [key, group] of groups) {
    if (!group.positions.length) continue;
    const id = chunkId(key, refs.length, taken);
    for (const position of group.positions) chunkOf[position] = refs.length;
    const chunk: CatalogueChunk = {
      schemaVersion: version,
      chunkId: id,
      catalogueVersion: catalogue.version,
      items: group.positions.map((p) => catalogue.items[p]!),
      positions: group.positions,
    };
    chunks.push(chunk);
    refs.push({
      id,
      url: files.chunkUrl(id),
      itemCount: group.positions.length,
      ...(group.domainIds ? { domainIds: group.domainIds } : {}),
      ...(group.jurisdiction ? { jurisdiction: group.jurisdiction } : {}),
      bytes: jsonBytes(chunk),
    });
  }
  const searchIndex = buildSearchIndexDocument(catalogue, version, chunkOf);
  const index: Catalogue = {
    ...catalogue,
    schemaVersion: version,
    items: [],
    itemChunks: refs,
    searchIndex: { url: files.searchIndexUrl, itemCount: catalogue.items.length, bytes: jsonBytes(searchIndex) },
  };
  return { index, chunks, searchIndex };
}

/** The search index of a whole catalogue: per item, in catalogue order, what lists and finds it. */
export function buildSearchIndexDocument(catalogue: Catalogue, schemaVersion: string, chunkOf: ArrayLike<number>): SearchIndexDocument {
  const names = agencyNamesOf(catalogue.agencies);
  const items = catalogue.items;
  return {
    schemaVersion,
    catalogueVersion: catalogue.version,
    normalization: NORMALIZATION,
    ids: items.map((item) => item.id),
    chunks: Array.from(items, (_, i) => chunkOf[i]!),
    domainIds: items.map((item) => item.domainId),
    matters: items.map((item) => item.matter),
    paths: items.map((item) => item.path ?? []),
    names: items.map((item) => item.name),
    orders: items.map((item) => item.order ?? 0),
    texts: items.map((item) => searchText(item, names)),
  };
}

/**
 * The whole catalogue again: the index's own items, then the chunks' items in their recorded
 * positions (or, where a chunk has none, in the order `itemChunks` lists the chunks).
 */
export function joinCatalogue(index: Catalogue, chunks: readonly CatalogueChunk[]): Catalogue {
  const byId = new Map(chunks.map((chunk) => [chunk.chunkId, chunk]));
  const ordered = (index.itemChunks ?? []).map((ref) => byId.get(ref.id)).filter((chunk): chunk is CatalogueChunk => chunk !== undefined);
  let items: CatalogueItem[];
  if (ordered.every((chunk) => chunk.positions)) {
    const placed: { position: number; item: CatalogueItem }[] = [];
    for (const chunk of ordered) chunk.items.forEach((item, i) => placed.push({ position: chunk.positions![i]!, item }));
    placed.sort((a, b) => a.position - b.position);
    items = [...index.items, ...placed.map((p) => p.item)];
  } else {
    items = [...index.items, ...ordered.flatMap((chunk) => chunk.items)];
  }
  const { itemChunks: _chunks, searchIndex: _search, ...rest } = index;
  return { ...rest, items };
}

/** A chunk file checked against its index: its items, or what is wrong with it (paths in the chunk file). */
export type ChunkResult =
  | { readonly ok: true; readonly chunk: CatalogueChunk; readonly warnings: readonly CatalogueWarning[] }
  | { readonly ok: false; readonly errors: readonly CatalogueError[]; readonly warnings: readonly CatalogueWarning[] };

/** A problem of a chunk file, with the JSON path in that file. */
const chunkError = (path: string, code: string, zh: string, en: string) => error('reference', path, code, zh, en);

/**
 * What a chunk must satisfy beyond its shape, against its index and its entry there: the same
 * chunk and catalogue version, the promised count and scope, unique ids, resolving references.
 * `problems` are the reference problems (references.ts) of its items against the index.
 */
export function chunkProblems(index: Catalogue, ref: ItemChunkRef, chunk: CatalogueChunk): { errors: CatalogueError[]; references: ReferenceProblem[] } {
  const errors: CatalogueError[] = [];
  if (chunk.chunkId !== ref.id) {
    errors.push(chunkError('chunkId', 'chunk-mismatch', `分块编号 ${quote(chunk.chunkId)} 与目录索引中的 ${quote(ref.id)} 不符（文件放错了位置？）`, `chunk id ${quote(chunk.chunkId)} is not the index's ${quote(ref.id)} (a file in the wrong place?)`));
  }
  if (chunk.catalogueVersion !== index.version) {
    errors.push(chunkError('catalogueVersion', 'stale-chunk', `分块属于目录版本 ${quote(chunk.catalogueVersion)}，目录索引是 ${quote(index.version)}：请一起更新目录索引和全部分块文件`, `the chunk belongs to catalogue version ${quote(chunk.catalogueVersion)}, the index is ${quote(index.version)}: publish the index and all its chunks together`));
  }
  if (chunk.items.length !== ref.itemCount) {
    errors.push(chunkError('items', 'chunk-count', `分块有 ${chunk.items.length} 个公开事项，目录索引说有 ${ref.itemCount} 个`, `the chunk has ${chunk.items.length} items; the index says ${ref.itemCount}`));
  }
  if (chunk.positions && chunk.positions.length !== chunk.items.length) {
    errors.push(chunkError('positions', 'chunk-positions', `positions 有 ${chunk.positions.length} 项，应与公开事项数 ${chunk.items.length} 相同`, `positions has ${chunk.positions.length} entries; it must have one per item (${chunk.items.length})`));
  }
  const domains = ref.domainIds && new Set(ref.domainIds);
  chunk.items.forEach((item, i) => {
    if (domains && !domains.has(item.domainId)) {
      errors.push(chunkError(`items[${i}].domainId`, 'outside-chunk', `该事项的领域 ${quote(item.domainId)} 不属于本分块（${ref.domainIds!.join('、')}）`, `the item's domain ${quote(item.domainId)} is not one of this chunk's (${ref.domainIds!.join(', ')})`));
    }
    if (ref.jurisdiction && item.jurisdiction !== undefined && item.jurisdiction !== ref.jurisdiction) {
      errors.push(chunkError(`items[${i}].jurisdiction`, 'outside-chunk', `该事项属于 ${quote(item.jurisdiction)}，本分块是 ${quote(ref.jurisdiction)}`, `the item belongs to ${quote(item.jurisdiction)}; this chunk is ${quote(ref.jurisdiction)}`));
    }
  });
  // The index (already valid) with the chunk's items in place of its own: ids unique against
  // every collection, and the items' references resolved against the index's entities.
  const withItems = { ...index, items: chunk.items };
  const references = findReferenceProblems(withItems);
  errors.push(...checkConsistency(withItems));
  return { errors, references };
}

/** A problem of a chunked catalogue as a whole, found only with every file at hand. */
export interface FileProblem {
  /** The file, as the index names it (a chunk's `url`, the search index's `url`), or '' for the index. */
  readonly file: string;
  readonly error: CatalogueError;
}

/**
 * The rules across files, once every chunk is loaded and valid on its own: item ids unique
 * across chunks, positions that fit together, and a search index that matches the items.
 */
export function chunkedCatalogueProblems(index: Catalogue, chunks: readonly CatalogueChunk[], searchIndex?: SearchIndexDocument): FileProblem[] {
  const problems: FileProblem[] = [];
  const refs = index.itemChunks ?? [];
  const fileOf = (chunk: CatalogueChunk) => refs.find((ref) => ref.id === chunk.chunkId)?.url ?? chunk.chunkId;
  const seen = new Map<string, string>();
  index.items.forEach((item, i) => seen.set(item.id, `items[${i}]`));
  for (const chunk of chunks) {
    chunk.items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) {
        problems.push({ file: fileOf(chunk), error: chunkError(`items[${i}].id`, 'duplicate-id', `编号 “${item.id}” 重复（已用于 ${first}）`, `id "${item.id}" is used twice (first at ${first})`) });
      } else {
        seen.set(item.id, `${fileOf(chunk)} items[${i}]`);
      }
    });
  }
  const total = index.items.length + chunks.reduce((sum, chunk) => sum + chunk.items.length, 0);
  if (chunks.every((chunk) => chunk.positions)) {
    const taken = new Uint8Array(total);
    for (const chunk of chunks) {
      chunk.positions!.forEach((position, i) => {
        const wrong = position < index.items.length || position >= total || taken[position];
        if (wrong) problems.push({ file: fileOf(chunk), error: chunkError(`positions[${i}]`, 'chunk-positions', `位置 ${position} 无效或重复（应在 ${index.items.length}–${total - 1} 之间且各不相同）`, `position ${position} is out of range or repeated (each must be unique, ${index.items.length}–${total - 1})`) });
        else taken[position] = 1;
      });
    }
  }
  if (searchIndex) problems.push(...searchIndexProblems(index, chunks, searchIndex));
  return problems;
}

/** The search index must list exactly the whole catalogue's items, in its order, with their texts. */
function searchIndexProblems(index: Catalogue, chunks: readonly CatalogueChunk[], search: SearchIndexDocument): FileProblem[] {
  const whole = joinCatalogue(index, chunks);
  const file = index.searchIndex?.url ?? 'search-index';
  const problems: FileProblem[] = [];
  const add = (path: string, code: string, zh: string, en: string) => problems.push({ file, error: chunkError(path, code, zh, en) });
  if (search.catalogueVersion !== index.version) {
    add('catalogueVersion', 'stale-search-index', `检索索引属于目录版本 ${quote(search.catalogueVersion)}，目录索引是 ${quote(index.version)}`, `the search index belongs to catalogue version ${quote(search.catalogueVersion)}, the index is ${quote(index.version)}`);
  }
  const lists = ['ids', 'chunks', 'domainIds', 'matters', 'paths', 'names', 'orders', 'texts'] as const;
  for (const list of lists) {
    if (search[list].length !== whole.items.length) {
      add(list, 'search-index-count', `${list} 有 ${search[list].length} 项，目录共有 ${whole.items.length} 个公开事项`, `${list} has ${search[list].length} entries; the catalogue has ${whole.items.length} items`);
    }
  }
  if (problems.length > 1 || (problems.length === 1 && problems[0]!.error.code !== 'stale-search-index')) return problems;
  const chunkOfItem = new Map<string, number>(index.items.map((item) => [item.id, -1]));
  (index.itemChunks ?? []).forEach((ref, r) => chunks.find((chunk) => chunk.chunkId === ref.id)?.items.forEach((item) => chunkOfItem.set(item.id, r)));
  const names = agencyNamesOf(whole.agencies);
  const sameFold = search.normalization === NORMALIZATION;
  // Fold again with the current rules: texts folded by older rules still match if nothing else differs.
  const text = (value: string) => (sameFold ? value : normalize(value));
  // The first list that disagrees with item i, if any.
  const checks: [string, (item: CatalogueItem, i: number) => boolean][] = [
    ['ids', (item, i) => search.ids[i] === item.id],
    ['chunks', (item, i) => search.chunks[i] === chunkOfItem.get(item.id)],
    ['domainIds', (item, i) => search.domainIds[i] === item.domainId],
    ['matters', (item, i) => search.matters[i] === item.matter],
    ['paths', (item, i) => JSON.stringify(search.paths[i]) === JSON.stringify(item.path ?? [])],
    ['names', (item, i) => search.names[i] === item.name],
    ['orders', (item, i) => search.orders[i] === (item.order ?? 0)],
    ['texts', (item, i) => text(search.texts[i]!) === searchText(item, names)],
  ];
  const first = new Map<string, number>();
  whole.items.forEach((item, i) => {
    const wrong = checks.find(([, agrees]) => !agrees(item, i));
    if (wrong && first.size < 20) first.set(`${wrong[0]}[${i}]`, i);
  });
  for (const [path, i] of first) {
    add(path, 'search-index-mismatch', `与公开事项 ${quote(whole.items[i]!.id)} 不符：请用 zwgk split 重新生成检索索引`, `does not match item ${quote(whole.items[i]!.id)}: regenerate the search index with zwgk split`);
  }
  return problems;
}
