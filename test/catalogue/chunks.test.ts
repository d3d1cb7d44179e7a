import { expect } from '@open-wc/testing';
import { joinCatalogue, splitCatalogue, type ChunkResult } from '../../src/catalogue/chunks.js';
import { loadItemChunk } from '../../src/catalogue/chunk-loader.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';
import type { Catalogue, CatalogueChunk } from '../../src/catalogue/schema.js';
import { buildTree, type TreeNode } from '../../src/components/catalogue-tree/model.js';
import { buildSearchIndex, search } from '../../src/components/catalogue-tree/search.js';
import { TABLE_HEADERS, tableRows, toCsv } from '../../src/components/catalogue-tree/export-table.js';
import { generateCatalogue } from '../../bench/generate-catalogue.js';

const sample = async (): Promise<Catalogue> => (await fetch('/demo/data/shixian.json')).json();
const shape = (nodes: readonly TreeNode[]): unknown => nodes.map((n) => ({ key: n.key, label: n.label, count: n.count, children: shape(n.children) }));

/** The chunks served as the components fetch them: each file at a URL of its own (a blob: URL here). */
function served(index: Catalogue, chunks: readonly CatalogueChunk[], change: (chunk: Record<string, any>, i: number) => void = () => undefined): Catalogue {
  return {
    ...index,
    itemChunks: index.itemChunks!.map((ref, i) => {
      const chunk = structuredClone(chunks[i]!) as Record<string, any>;
      change(chunk, i);
      return { ...ref, url: URL.createObjectURL(new Blob([JSON.stringify(chunk)], { type: 'application/json' })) };
    }),
  };
}

describe('chunked catalogues (format 1.1)', () => {
  it('split by domain: a valid index, every item in exactly one chunk, and joining gives the catalogue back', async () => {
    const whole = await sample();
    const { index, chunks, searchIndex } = splitCatalogue(whole, 'domain');
    expect(validateCatalogue(index).ok).to.be.true;
    expect(index.items).to.deep.equal([]);
    expect(index.schemaVersion).to.equal('1.1.0');
    expect(chunks.reduce((n, c) => n + c.items.length, 0)).to.equal(whole.items.length);
    for (const [i, chunk] of chunks.entries()) expect(new Set(chunk.items.map((item) => item.domainId))).to.deep.equal(new Set(index.itemChunks![i]!.domainIds));
    const joined = joinCatalogue(index, chunks);
    expect(joined.items).to.deep.equal(whole.items);
    expect({ ...joined, schemaVersion: whole.schemaVersion }).to.deep.equal(whole);
    expect(searchIndex.ids).to.deep.equal(whole.items.map((item) => item.id));
  });

  it('chunked and whole catalogues give the same tree, search results and exports', async () => {
    for (const whole of [await sample(), generateCatalogue(3_000) as unknown as Catalogue]) {
      // Items of several domains interleaved: the chunks' positions must restore catalogue order.
      const { index, chunks, searchIndex } = splitCatalogue(whole, 'domain');
      const joined = joinCatalogue(index, [...chunks].reverse());
      for (const hide of [false, true]) expect(shape(buildTree(joined, joined.items, hide))).to.deep.equal(shape(buildTree(whole, whole.items, hide)));
      const live = buildSearchIndex(whole.items, whole.agencies);
      // The prebuilt texts are the ones the tree builds itself: every query finds the same items.
      expect(searchIndex.texts).to.deep.equal(live.haystacks);
      const fromJoined = buildSearchIndex(joined.items, joined.agencies);
      for (const query of ['低保', '国务院令第711号', '教育 名录', '義務', 'ＡＰＰ']) {
        expect(search(fromJoined, query).map((item) => item.id), query).to.deep.equal(search(live, query).map((item) => item.id));
      }
      expect(toCsv(TABLE_HEADERS, tableRows(joined.items, joined))).to.equal(toCsv(TABLE_HEADERS, tableRows(whole.items, whole)));
    }
  });

  it('split by child jurisdiction: items of each township in their own chunk, the county’s own first', async () => {
    const whole = await sample();
    whole.jurisdiction.children = [{ name: '关堤乡', level: 'township' }, { name: '城关镇', level: 'township' }];
    whole.items.forEach((item, i) => {
      if (i % 3 === 1) item.jurisdiction = '关堤乡';
      if (i % 3 === 2) item.jurisdiction = '城关镇';
    });
    const { index, chunks } = splitCatalogue(whole, 'jurisdiction');
    expect(index.itemChunks!.map((ref) => ref.jurisdiction)).to.deep.equal(['示例县', '关堤乡', '城关镇']);
    expect(chunks.map((c) => c.items.length)).to.deep.equal([70, 70, 70]);
    expect(joinCatalogue(index, chunks).items).to.deep.equal(whole.items);
  });

  describe('loadItemChunk: each chunk validated when it loads, against its index', () => {
    it('loads a valid chunk at once (no zod needed) with its items', async () => {
      const { index, chunks } = splitCatalogue(await sample(), 'domain');
      const chunked = served(index, chunks);
      const result = await loadItemChunk(chunked, index.itemChunks![3]!.id);
      expect(result.ok).to.be.true;
      expect(result.ok && result.chunk.items).to.deep.equal(chunks[3]!.items);
    });

    it('refuses a chunk of another catalogue version, a wrong count, an item of another domain, a dangling reference and a broken item, saying where', async () => {
      const { index, chunks } = splitCatalogue(await sample(), 'domain');
      const cases: [string, (chunk: Record<string, any>) => void, string, string][] = [
        ['stale', (c) => (c.catalogueVersion = 'old'), 'stale-chunk', 'catalogueVersion'],
        ['count', (c) => c.items.pop(), 'chunk-count', 'items'],
        ['domain', (c) => (c.items[0].domainId = index.domains[10]!.id), 'outside-chunk', 'items[0].domainId'],
        ['dangling', (c) => (c.items[1].subjectIds = ['ag-nobody']), 'dangling-reference', 'items[1].subjectIds[0]'],
        ['duplicate', (c) => (c.items[1].id = index.agencies[0]!.id), 'duplicate-id', 'items[1].id'],
        ['shape', (c) => (c.items[2].mode = '公开'), 'invalid-enum', 'items[2].mode'],
      ];
      for (const [name, change, code, path] of cases) {
        const chunked = served(index, chunks, (chunk, i) => i === 5 && change(chunk));
        const result: ChunkResult = await loadItemChunk(chunked, index.itemChunks![5]!.id);
        expect(result.ok, name).to.be.false;
        const found = !result.ok && result.errors.find((e) => e.code === code);
        expect(found, `${name}: ${JSON.stringify(!result.ok && result.errors)}`).to.be.ok;
        expect(found && found.path, name).to.equal(path);
        expect(found && found.message['zh-CN'], name).to.be.a('string').and.not.empty;
      }
    });

    it('reports a chunk that cannot be fetched as a network error, and fetches it again after that', async () => {
      const { index, chunks } = splitCatalogue(await sample(), 'domain');
      const missing = { ...index, itemChunks: index.itemChunks!.map((ref) => ({ ...ref, url: '/__test/status?code=404' })) };
      const result = await loadItemChunk(missing, index.itemChunks![0]!.id);
      expect(!result.ok && result.errors[0]!.code).to.equal('http-404');
      const unknown = await loadItemChunk(served(index, chunks), 'no-such-chunk');
      expect(!unknown.ok && unknown.errors[0]!.code).to.equal('unknown-chunk');
    });
  });
});
