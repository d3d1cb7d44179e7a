import { expect } from '@open-wc/testing';
import { normalize, toSimplified, buildSearchIndex, search, searchIndexed, queryTerms, SearchIndex, LiveSearch, highlightParts } from '../../../src/components/catalogue-tree/search.js';
import { buildTree, expandAllKeys, sortDomains, visibleRows, TreeModel, type TreeNode } from '../../../src/components/catalogue-tree/model.js';
import type { Catalogue, CatalogueItem } from '../../../src/catalogue/schema.js';
import { generateCatalogue, prng } from '../../../bench/generate-catalogue.js';

/** The rule normalize implements, written the slow, obvious way: each UTF-16 unit on its own. */
function referenceNormalize(text: string): string {
  const brackets: Record<string, string> = { '〔': '(', '[': '(', '（': '(', '【': '(', '〕': ')', ']': ')', '）': ')', '】': ')' };
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const nfkc = char.normalize('NFKC');
    let one = nfkc.length === 1 ? nfkc : char;
    one = toSimplified.get(one) ?? one;
    one = brackets[one] ?? one;
    const lower = one.toLowerCase();
    out += lower.length === 1 ? lower : one;
  }
  return out;
}

const catalogueOf = (count: number, seed?: number) => generateCatalogue(count, seed) as unknown as Catalogue;

describe('catalogue tree search (search.ts)', () => {
  it('normalize folds like the per-character rule on text from every script a catalogue may hold', () => {
    const random = prng(1);
    const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x2000, 0x206f], [0x2460, 0x24ff], [0x3000, 0x303f], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xf900, 0xfaff], [0xff00, 0xffef], [0xd800, 0xdfff]];
    for (let n = 0; n < 500; n++) {
      let text = '義務學縣號財';
      for (let i = 0; i < 40; i++) {
        const [from, to] = ranges[Math.floor(random() * ranges.length)]!;
        text += String.fromCharCode(from + Math.floor(random() * (to - from + 1)));
      }
      const folded = normalize(text);
      expect(folded, JSON.stringify(text)).to.equal(referenceNormalize(text));
      expect(folded.length).to.equal(text.length);
    }
    expect(normalize('ＡＰＰ推送【2019】１号 İ')).to.equal('app推送(2019)1号 İ');
  });

  it('an index built in slices finds what one built at once finds, and a partial index finds a catalogue-order prefix of it', () => {
    const { items, agencies } = catalogueOf(3_000);
    const whole = buildSearchIndex(items, agencies);
    const sliced = new SearchIndex(items, agencies);
    let slices = 0;
    while (!sliced.complete) {
      let checks = 0;
      sliced.extend({ timeRemaining: () => (checks++ < 2 ? 1 : 0) });
      slices++;
    }
    expect(slices).to.be.greaterThan(5);
    expect(sliced.haystacks).to.deep.equal(whole.haystacks);

    const partial = new SearchIndex(items, agencies);
    let checks = 0;
    partial.extend({ timeRemaining: () => (checks++ < 10 ? 1 : 0) });
    expect(partial.complete).to.be.false;
    const terms = queryTerms('教育 办理');
    const early = searchIndexed(partial, terms);
    const all = searchIndexed(whole, terms);
    expect(all.positions.slice(0, early.positions.length)).to.deep.equal(early.positions);
    partial.extend();
    expect(searchIndexed(partial, terms, early).positions).to.deep.equal(all.positions);
  });

  it('typing on narrows the earlier results and finds exactly what a fresh search finds, for 300 random query sequences', function () {
    this.timeout(60_000);
    const { items, agencies } = catalogueOf(2_000);
    const index = buildSearchIndex(items, agencies);
    const random = prng(7);
    for (let n = 0; n < 300; n++) {
      const source = items[Math.floor(random() * items.length)]![random() < 0.5 ? 'name' : 'content'];
      const start = Math.floor(random() * (source.length - 4));
      let earlier;
      // Type a few characters one by one, sometimes add a second term, sometimes delete one.
      let query = '';
      for (let step = 0; step < 5; step++) {
        const roll = random();
        query = roll < 0.15 && query ? query.slice(0, -1) : roll < 0.25 ? `${query} ${source[start + step]}` : query + source[start + step];
        const terms = queryTerms(query);
        if (!terms.length) continue;
        earlier = searchIndexed(index, terms, earlier);
        expect(earlier.positions, query).to.deep.equal(searchIndexed(index, terms).positions);
      }
    }
  });

  it('the joined index (one indexOf scan over every text) finds exactly what the per-item scan finds, fresh and narrowing', function () {
    this.timeout(60_000);
    const { items, agencies } = catalogueOf(2_000);
    const plain = buildSearchIndex(items, agencies);
    const joined = buildSearchIndex(items, agencies);
    joined.join();
    expect(joined.joined).to.exist;
    const random = prng(11);
    // Queries at item boundaries too: the last characters of one text and the first of the next must never match as one.
    const boundary = `${plain.haystacks[0]!.slice(-2)}${plain.haystacks[1]!.slice(0, 2)}`;
    const queries = [boundary, '教育', '办理 教育', '低保 国务院令', '义务教育第1项', '第', 'ｚｚｚ', plain.haystacks[1_999]!.slice(-3)];
    for (let n = 0; n < 100; n++) {
      const source = plain.haystacks[Math.floor(random() * plain.haystacks.length)]!;
      const start = Math.floor(random() * (source.length - 4));
      queries.push(random() < 0.3 ? `${source.slice(start, start + 2)} ${source.slice(start + 3, start + 4)}` : source.slice(start, start + 1 + Math.floor(random() * 4)));
    }
    for (const query of queries) {
      const terms = queryTerms(query);
      if (!terms.length) continue;
      const expected = searchIndexed(plain, terms).positions;
      expect(searchIndexed(joined, terms).positions, query).to.deep.equal(expected);
      // Resuming a partial result (scanned up to the middle) with the joined scan.
      const half = { terms, positions: expected.filter((p) => p < 1_000), scanned: 1_000 };
      expect(searchIndexed(joined, terms, half).positions, query).to.deep.equal(expected);
    }
  });

  it('LiveSearch answers before its index is complete, then grows the answer to the full result and says so', async function () {
    this.timeout(60_000);
    const { items, agencies } = catalogueOf(20_000);
    let progress = 0;
    const live = new LiveSearch(() => progress++);
    live.reset(items, agencies);
    const first = live.run('办理 教育');
    expect(live.complete).to.be.false;
    const expected = search(buildSearchIndex(items, agencies), '办理 教育');
    expect(expected.slice(0, first.length)).to.deep.equal(first);
    const start = performance.now();
    while (!live.complete && performance.now() - start < 20_000) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(live.complete).to.be.true;
    expect(progress).to.be.greaterThan(0);
    expect(live.run('办理 教育')).to.deep.equal(expected);
    live.dispose();
  });

  it('LiveSearch indexes by itself when the browser is idle, with no query waiting', async () => {
    const { items, agencies } = catalogueOf(2_000);
    const live = new LiveSearch(() => undefined);
    live.reset(items, agencies);
    const start = performance.now();
    while (!live.complete && performance.now() - start < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(live.complete).to.be.true;
  });

  it('highlightParts keeps the text and marks the folded matches', () => {
    const parts = highlightParts('國辦發〔2019〕54號', queryTerms('[2019]'));
    expect(parts.map((p) => p.text).join('')).to.equal('國辦發〔2019〕54號');
    expect(parts.filter((p) => p.match).map((p) => p.text)).to.deep.equal(['〔2019〕']);
  });
});

/** buildTree as it was before it precomputed the layout: the oracle for the fast one. */
function referenceTree(catalogue: Catalogue, items: readonly CatalogueItem[], hideEmptyDomains: boolean): TreeNode[] {
  const byDomain = new Map<string, CatalogueItem[]>();
  for (const item of items) {
    let list = byDomain.get(item.domainId);
    if (!list) byDomain.set(item.domainId, (list = []));
    list.push(item);
  }
  const roots: TreeNode[] = [];
  for (const domain of sortDomains(catalogue.domains)) {
    const domainItems = byDomain.get(domain.id) ?? [];
    if (hideEmptyDomains && domainItems.length === 0) continue;
    const root: TreeNode = { key: `d:${domain.id}`, kind: 'domain', label: domain.name, depth: 1, children: [], count: 0, domain };
    const groups = new Map<string, TreeNode>();
    for (const item of [...domainItems].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
      let parent = root;
      for (const label of [item.matter, ...(item.path ?? [])]) {
        const key = `${parent.key === root.key ? `g:${domain.id}` : parent.key}/${label}`;
        let group = groups.get(key);
        if (!group) {
          group = { key, kind: 'group', label, depth: parent.depth + 1, parent, children: [], count: 0 };
          groups.set(key, group);
          parent.children.push(group);
        }
        parent = group;
      }
      parent.children.push({ key: `i:${item.id}`, kind: 'item', label: item.name, depth: parent.depth + 1, parent, children: [], count: 1, item });
    }
    const count = (node: TreeNode): number => (node.kind === 'item' ? 1 : (node.count = node.children.reduce((sum, child) => sum + count(child), 0)));
    count(root);
    roots.push(root);
  }
  return roots;
}

/** A tree as plain data (no parent links), to compare two trees. */
const shape = (nodes: readonly TreeNode[]): unknown =>
  nodes.map((node) => ({ key: node.key, label: node.label, depth: node.depth, count: node.count, parent: node.parent?.key, children: shape(node.children) }));

describe('catalogue tree model (model.ts)', () => {
  /** Items with path levels, shared matters, equal and missing orders, an unknown domain: the cases the layout must keep. */
  function variedCatalogue(): Catalogue {
    const catalogue = catalogueOf(1_500, 3);
    const random = prng(11);
    catalogue.items.forEach((item, i) => {
      const mutable = item as { order?: number; path?: string[]; domainId: string; matter: string };
      if (i % 3 === 0) mutable.order = Math.floor(random() * 5);
      if (i % 5 === 0) mutable.path = ['第一层', ...(i % 2 ? ['第二层'] : [])];
      if (i % 7 === 0) mutable.path = [];
      if (i === 10) mutable.domainId = 'not-listed';
    });
    return catalogue;
  }

  it('builds the same tree as the straightforward algorithm, for the whole catalogue and 50 random subsets', () => {
    const catalogue = variedCatalogue();
    const random = prng(5);
    for (const hide of [false, true]) expect(shape(buildTree(catalogue, catalogue.items, hide))).to.deep.equal(shape(referenceTree(catalogue, catalogue.items, hide)));
    for (let n = 0; n < 50; n++) {
      const density = [0.001, 0.01, 0.2, 0.9][n % 4]!;
      const subset = catalogue.items.filter(() => random() < density);
      const hide = n % 2 === 0;
      expect(shape(buildTree(catalogue, subset, hide)), `subset ${n}`).to.deep.equal(shape(referenceTree(catalogue, subset, hide)));
    }
  });

  it('a TreeModel reused for 40 builds in a row gives each time the tree a fresh build gives, rows included', () => {
    const catalogue = variedCatalogue();
    const model = new TreeModel();
    const random = prng(9);
    for (let n = 0; n < 40; n++) {
      const subset = n % 5 === 0 ? catalogue.items : catalogue.items.filter(() => random() < [0.002, 0.05, 0.5, 0.95][n % 4]!);
      const hide = n % 3 === 0;
      const reused = model.build(catalogue, subset, hide);
      const fresh = buildTree(catalogue, subset, hide);
      expect(shape(reused), `build ${n}`).to.deep.equal(shape(fresh));
      const rows = (roots: TreeNode[]) => visibleRows(roots, expandAllKeys(roots)).map((r) => [r.node.key, r.position, r.siblings]);
      expect(rows(reused)).to.deep.equal(rows(fresh));
    }
  });

  it('expandAllKeys opens every domain and group of a search result, and the rows then show every match', () => {
    const catalogue = variedCatalogue();
    const found = search(buildSearchIndex(catalogue.items, catalogue.agencies), '第一层');
    const roots = buildTree(catalogue, found, true);
    const keys = expandAllKeys(roots);
    const walked = new Set<string>();
    const walk = (nodes: TreeNode[]) => nodes.forEach((n) => n.kind !== 'item' && (walked.add(n.key), walk(n.children)));
    walk(roots);
    expect([...keys].sort()).to.deep.equal([...walked].sort());
    const shownItems = visibleRows(roots, keys).filter((row) => row.node.kind === 'item');
    expect(shownItems.length).to.equal(found.filter((item) => item.domainId !== 'not-listed').length);
  });
});
