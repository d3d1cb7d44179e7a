/**
 * A province for the chunked-catalogue bench: the generated catalogue (generate-catalogue.ts)
 * spread over a province's own items and 99 counties (`items[].jurisdiction`), split as
 * `zwgk split` splits it, and the same catalogue whole. Files by the path a server would publish.
 */
import { generateCatalogue } from './generate-catalogue.js';
import { splitCatalogue, type ChunkAxis } from '../src/catalogue/chunks.js';
import type { Catalogue } from '../src/catalogue/schema.js';

export const COUNTIES = 99;

export function province(itemCount: number): Catalogue {
  const base = generateCatalogue(itemCount) as unknown as Catalogue;
  const counties = Array.from({ length: COUNTIES }, (_, i) => `第${i + 1}县`);
  return {
    ...base,
    schemaVersion: '1.1.0',
    jurisdiction: { name: '基准省', level: 'province', children: counties.map((name) => ({ name, level: 'county' as const })) },
    title: `基准省标准目录（${itemCount} 项）`,
    items: base.items.map((item, i) => (i % (COUNTIES + 1) === 0 ? item : { ...item, jurisdiction: counties[(i % (COUNTIES + 1)) - 1]! })),
  };
}

/** The published files of a province split by `by`: `index.json`, the chunks and the search index. */
export function provinceFiles(whole: Catalogue, by: ChunkAxis): Map<string, string> {
  const { index, chunks, searchIndex } = splitCatalogue(whole, by);
  const files = new Map<string, string>([['index.json', JSON.stringify(index)], [index.searchIndex!.url, JSON.stringify(searchIndex)]]);
  chunks.forEach((chunk, i) => files.set(index.itemChunks![i]!.url, JSON.stringify(chunk)));
  return files;
}
