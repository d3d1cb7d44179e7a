import { expect } from '@open-wc/testing';
import { normalize, toSimplified, buildSearchIndex, search, searchIndexed, queryTerms, SearchIndex, LiveSearch, highlightParts } from '../../../src/components/catalogue-tree/search.js';
import { buildTree, expandAllKeys, sortDomains, visibleRows, TreeModel, treeOrderOf, itemsInCatalogueOrder, type TreeNode } from '../../../src/components/catalogue-tree/model.js';
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

  it('the joined blocks (one indexOf per block) find exactly what checking each text finds, fresh, resumed and narrowing', function () {
    this.timeout(60_000);
    const { items, agencies } = catalogueOf(2_500);
    const index = buildSearchIndex(items, agencies);
    expect(index.blocks.length).to.equal(3);
    const bruteForce = (terms: readonly string[]) => index.haystacks.flatMap((text, i) => (terms.every((term) => text.includes(term)) ? [i] : []));
    const random = prng(11);
    // Queries across item and block boundaries too: the end of one text and the start of the next must never match as one.
    const across = (i: number) => `${index.haystacks[i]!.slice(-2)}${index.haystacks[i + 1]!.slice(0, 2)}`;
    const queries = [across(0), across(1_023), '教育', '办理 教育', '低保 国务院令', '义务教育第1项', '第', 'ｚｚｚ', index.haystacks[2_499]!.slice(-3)];
    for (let n = 0; n < 100; n++) {
      const source = index.haystacks[Math.floor(random() * index.haystacks.length)]!;
      const start = Math.floor(random() * (source.length - 4));
      queries.push(random() < 0.3 ? `${source.slice(start, start + 2)} ${source.slice(start + 3, start + 4)}` : source.slice(start, start + 1 + Math.floor(random() * 4)));
    }
    for (const query of queries) {
      const terms = queryTerms(query);
      if (!terms.length) continue;
      const expected = bruteForce(terms);
      expect(searchIndexed(index, terms).positions, query).to.deep.equal(expected);
      // Resuming a partial result, in the middle of a block.
      const half = { terms, positions: expected.filter((p) => p < 1_500), scanned: 1_500 };
      expect(searchIndexed(index, terms, half).positions, query).to.deep.equal(expected);
    }
  });

  it('prebuilt texts (a chunked catalogue\'s search index file) answer at once, and are joined in idle time without changing any answer', () => {
    const catalogue = catalogueOf(2_600, 8);
    const order = treeOrderOf(catalogue);
    const texts = buildSearchIndex(catalogue.items, catalogue.agencies).haystacks.slice();
    const index = new SearchIndex(catalogue.items, catalogue.agencies, texts, order);
    expect(index.complete).to.be.true;
    expect(index.settled).to.be.false;
    expect(index.blocks.length).to.equal(0);
    const expected = (query: string) => itemsInCatalogueOrder(catalogue, searchIndexed(buildSearchIndex(catalogue.items, catalogue.agencies, order), queryTerms(query)).positions);
    const answer = (query: string) => itemsInCatalogueOrder(catalogue, searchIndexed(index, queryTerms(query)).positions);
    for (const query of ['教育', '办理 第1', 'ｚｚｚ']) expect(answer(query), query).to.deep.equal(expected(query));
    let checks = 0;
    index.extend({ timeRemaining: () => (checks++ < 1 ? 1 : 0) });
    expect(index.blocks.length).to.equal(1);
    for (const query of ['教育', '办理 第1']) expect(answer(query), query).to.deep.equal(expected(query));
    index.extend();
    expect(index.settled).to.be.true;
    expect(index.blocks.length).to.equal(3);
    // The file's texts now read from the joined blocks (held once): the same characters.
    expect(texts).to.deep.equal(buildSearchIndex(catalogue.items, catalogue.agencies).haystacks);
    for (const query of ['教育', '办理 第1']) expect(answer(query), query).to.deep.equal(expected(query));
  });

  it('a search that stops early (enough rows, or no time left) is a prefix of the whole answer, and resuming or narrowing it gives the whole answer', () => {
    const { items, agencies } = catalogueOf(3_000);
    const index = buildSearchIndex(items, agencies);
    const noTime = { timeRemaining: () => 0 };
    for (const [query, more] of [['教育', '教育办'], ['办理', '办理 第1'], ['第', '第2'], ['ｚｚｚ', 'ｚｚｚｚ']] as const) {
      const terms = queryTerms(query);
      const whole = searchIndexed(index, terms).positions;
      const first = searchIndexed(index, terms, undefined, undefined, 30);
      expect(whole.slice(0, first.positions.length), query).to.deep.equal(first.positions);
      expect(first.positions.length, query).to.be.at.least(Math.min(30, whole.length));
      if (whole.length > 200) expect(first.scanned, query).to.be.lessThan(3_000);
      // Narrowing an unfinished answer, one small step at a time.
      let narrowed = searchIndexed(index, queryTerms(more), first, noTime);
      let steps = 1;
      while (narrowed.narrowing || narrowed.scanned < 3_000) {
        narrowed = searchIndexed(index, queryTerms(more), narrowed, noTime);
        steps++;
      }
      expect(narrowed.positions, more).to.deep.equal(searchIndexed(index, queryTerms(more)).positions);
      if (whole.length > 200) expect(steps, more).to.be.greaterThan(2);
      // Resuming the unfinished answer itself.
      expect(searchIndexed(index, terms, first).positions, query).to.deep.equal(whole);
    }
  });

  it('an index in tree order finds the rows the tree shows first, first, and search() still answers in catalogue order', () => {
    const catalogue = catalogueOf(3_000, 5);
    const order = treeOrderOf(catalogue);
    const inTreeOrder = buildSearchIndex(catalogue.items, catalogue.agencies, order);
    const plain = buildSearchIndex(catalogue.items, catalogue.agencies);
    for (const query of ['教育', '办理 第1', '低保']) {
      expect(search(inTreeOrder, query), query).to.deep.equal(search(plain, query));
      const first = searchIndexed(inTreeOrder, queryTerms(query), undefined, undefined, 20).positions;
      const shown = visibleRows(buildTree(catalogue, search(plain, query), true), expandAllKeys(buildTree(catalogue, search(plain, query), true)))
        .filter((row) => row.node.item).slice(0, first.length).map((row) => row.node.item);
      expect(first.map((k) => inTreeOrder.itemAt(k)), query).to.deep.equal(shown);
      expect(itemsInCatalogueOrder(catalogue, searchIndexed(inTreeOrder, queryTerms(query)).positions), query).to.deep.equal(search(plain, query));
    }
  });

  it('LiveSearch draws the first rows at once, searches the rest in later tasks, and says when it is done (a province)', async function () {
    this.timeout(60_000);
    const { items, agencies } = catalogueOf(30_000);
    let progress = 0;
    const live = new LiveSearch(() => progress++);
    live.reset(items, agencies);
    while (!live.complete) await new Promise((resolve) => setTimeout(resolve, 10));
    const expected = searchIndexed(buildSearchIndex(items, agencies), queryTerms('教育')).positions;
    const first = live.find('教育', 30);
    expect(first.done).to.be.false;
    expect(live.complete).to.be.false;
    expect(first.positions.length).to.be.at.least(30).and.lessThan(expected.length);
    expect(expected.slice(0, first.positions.length)).to.deep.equal(first.positions);
    while (!live.complete) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(progress).to.equal(1);
    const last = live.find('教育', 30);
    expect(last.done).to.be.true;
    expect(last.positions).to.deep.equal(expected);
    // A county's catalogue is searched whole at once.
    const county = new LiveSearch(() => undefined);
    county.reset(items.slice(0, 10_000), agencies, undefined);
    while (!county.complete) await new Promise((resolve) => setTimeout(resolve, 10));
    // (Whole unless the 8 ms step ran out: it does not stop at the 30 rows in view.)
    expect(county.find('教育', 30).positions.length).to.be.greaterThan(60);
    county.dispose();
    // Clearing the box: nobody waits, and the search says it is complete.
    live.find('第', 5);
    live.find('');
    expect(live.complete).to.be.true;
    live.dispose();
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

/**
 * The oracle for the fast build: the whole catalogue's tree built the straightforward way, and a
 * subset's tree is that tree with the other items (and groups left empty) taken out, so that a
 * search result lists its 事项 in the order the whole tree does.
 */
function referenceTree(catalogue: Catalogue, items: readonly CatalogueItem[], hideEmptyDomains: boolean): TreeNode[] {
  const members = new Set(items);
  const prune = (node: TreeNode): boolean => {
    if (node.kind === 'item') return members.has(node.item!);
    node.children.splice(0, node.children.length, ...node.children.filter(prune));
    node.count = node.children.reduce((sum, child) => sum + child.count, 0);
    return node.children.length > 0;
  };
  return wholeReferenceTree(catalogue).filter((root) => prune(root) || !hideEmptyDomains);
}

function wholeReferenceTree(catalogue: Catalogue): TreeNode[] {
  const byDomain = new Map<string, CatalogueItem[]>();
  for (const item of catalogue.items) {
    let list = byDomain.get(item.domainId);
    if (!list) byDomain.set(item.domainId, (list = []));
    list.push(item);
  }
  const roots: TreeNode[] = [];
  for (const domain of sortDomains(catalogue.domains)) {
    const domainItems = byDomain.get(domain.id) ?? [];
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
