import { expect } from '@open-wc/testing';
import type * as z from 'zod/mini';
import { CatalogueDocument } from '../../src/catalogue/schema.js';
import { checkCatalogueShape, CATALOGUE_FIELDS } from '../../src/catalogue/shape-check.generated.js';
import type { FieldSpec } from '../../src/catalogue/unknown-fields.js';
import { validateCatalogue } from '../../src/catalogue/validate.js';
import { parseLazily, validateLazily } from '../../src/catalogue/quick-validate.js';
import { brokenDocuments } from '../fixtures/broken-documents.js';
import { minimalCatalogue } from '../fixtures/minimal.js';
import { prng } from '../../bench/generate-catalogue.js';

// The generated check decides alone whether zod runs; if it ever said "valid" where zod says
// "invalid", a broken catalogue would reach the components, and the other way round a good one
// would be refused without an explanation. These tests hold the two together.
const fast = (data: unknown) => checkCatalogueShape(data).valid;
const zodAccepts = (data: unknown) => CatalogueDocument.safeParse(data).success;

type Container = Record<string, unknown> | unknown[];
/** Every place in `value` a mutation can hit: the container and the key of each value in it. */
function slots(value: unknown, found: [Container, string | number][] = []): [Container, string | number][] {
  if (Array.isArray(value)) value.forEach((child, i) => (found.push([value, i]), slots(child, found)));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      found.push([value as Record<string, unknown>, key]);
      slots(child, found);
    }
  }
  return found;
}

/** Replacements aimed at the schema's edges: types, empty and over-long text, code points at a limit, ranges, enums, patterns. */
const REPLACEMENTS: ((old: unknown) => unknown)[] = [
  () => undefined, () => null, () => '', () => ' ', () => 0, () => -1, () => 1.5, () => -90.5, () => 180, () => 2 ** 53,
  () => true, () => [], () => ({}), () => [{}], () => ['x'], () => 'x'.repeat(501), () => 'x'.repeat(129),
  () => '😀'.repeat(500), () => '😀'.repeat(501), () => '\ud83d'.repeat(501), () => 'x'.repeat(20_001),
  () => 'javascript:alert(1)', () => ' http://a', () => 'https://example.cn/a', () => 'mailto:a@b.cn',
  () => '2024-02-30', () => '2024-13-01', () => '2024-03-01T25:00', () => '2024-03-01T09:00:00+08:00',
  () => 'id with space', () => 'ok-id', () => '主动', () => '依申请', () => 'county', () => 'website_column',
  () => '1.2', () => '2.0.0', () => '110101', () => Number.NaN, () => Infinity, () => new Date(0), () => new Map(),
  (old) => (typeof old === 'string' ? old + '😀' : old), (old) => (Array.isArray(old) ? [...old, ...old] : old),
  (old) => (Array.isArray(old) ? old.slice(1) : old), (old) => (old && typeof old === 'object' ? { ...old, futureField: 1 } : old),
  (old) => (typeof old === 'number' ? -old : old), (old) => (typeof old === 'number' ? old + 0.5 : old),
];

function mutations(base: unknown, count: number, seed: number): unknown[] {
  const random = prng(seed);
  const docs: unknown[] = [];
  for (let n = 0; n < count; n++) {
    const doc = structuredClone(base);
    // One to three changes per document, so that a failure early cannot hide one later.
    for (let changes = 1 + Math.floor(random() * 3); changes > 0; changes--) {
      const places = slots(doc);
      const [container, key] = places[Math.floor(random() * places.length)]!;
      const replacement = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)]!((container as Record<string | number, unknown>)[key]);
      if (replacement === undefined && !Array.isArray(container)) delete container[key as string];
      else (container as Record<string | number, unknown>)[key] = replacement;
    }
    docs.push(doc);
  }
  return docs;
}

describe('generated shape check (shape-check.generated.ts) against the zod schema', () => {
  for (const doc of brokenDocuments) {
    let data: unknown;
    try {
      data = JSON.parse(doc.text);
    } catch {
      continue; // not JSON: neither check ever sees it
    }
    it(`agrees with zod on "${doc.name}"`, () => {
      expect(fast(data)).to.equal(zodAccepts(data));
    });
  }

  for (const file of ['shixian.json', 'guandi-xiang.json']) {
    it(`accepts the sample ${file}, as zod does`, async () => {
      const data = await (await fetch(`/demo/data/${file}`)).json();
      expect(zodAccepts(data)).to.be.true;
      expect(fast(data)).to.be.true;
    });
  }

  it('agrees with zod on 1,500 random mutations of the sample county (every collection, every field type)', async function () {
    this.timeout(120_000); // CPU-bound: seconds alone, much longer on a machine shared with other suites
    const sample = await (await fetch('/demo/data/shixian.json')).json();
    // Three entries of each collection keep every kind of object and field while each mutation stays cheap.
    for (const [key, value] of Object.entries(sample)) if (Array.isArray(value)) sample[key] = value.slice(0, 3);
    const disagreements: string[] = [];
    let rejected = 0;
    for (const [i, doc] of mutations(sample, 1_500, 20261206).entries()) {
      const zod = zodAccepts(doc);
      if (!zod) rejected++;
      if (fast(doc) !== zod) disagreements.push(`mutation ${i}: zod ${zod ? 'accepts' : 'rejects'}`);
    }
    expect(disagreements).to.deep.equal([]);
    // The corpus must exercise both answers, or it proves nothing.
    expect(rejected).to.be.within(300, 1_450);
  });

  it('agrees with zod on 1,000 random mutations of the minimal catalogue', function () {
    this.timeout(60_000);
    const disagreements = mutations(minimalCatalogue(), 1_000, 7).filter((doc) => fast(doc) !== zodAccepts(doc));
    expect(disagreements.map((doc) => JSON.stringify(doc).slice(0, 200))).to.deep.equal([]);
  });

  it('rejects each single-field corruption of the sample item that zod rejects', () => {
    const corruptions: [string, unknown][] = [
      ['mode', '公开'], ['levels', []], ['levels', ['县级']], ['basis', []], ['subjectIds', [' a b ']],
      ['updatedAt', '2024-02-30x'], ['content', 'x'.repeat(20_001)], ['timeLimit', { amount: 20 }],
      ['channels', [{ type: 'fax' }]], ['links', [{ title: '链接', url: 'javascript:alert(1)' }]], ['order', '1'],
    ];
    for (const [field, value] of corruptions) {
      const doc = minimalCatalogue();
      doc.items[0][field] = value;
      expect(zodAccepts(doc), `zod on ${field}`).to.be.false;
      expect(fast(doc), `fast check on ${field}`).to.be.false;
    }
  });

  it('treats record rows (items[].records.rows) as zod does: plain objects only', () => {
    const withSymbol = { a: 1, [Symbol('s')]: 2 };
    const hiddenSymbol = Object.defineProperty({ a: 1 }, Symbol('h'), { value: 1, enumerable: false });
    class Row { a = 1; }
    const rows: unknown[] = [{ a: 1 }, Object.create(null), new Date(0), new Map(), new Row(), withSymbol, hiddenSymbol, [], null, 'row'];
    for (const [i, row] of rows.entries()) {
      const doc = minimalCatalogue();
      doc.items[0].records = { schema: [], rows: [row] };
      expect(fast(doc), `row ${i}`).to.equal(zodAccepts(doc));
    }
  });

  it('counts string length in code points as zod does (emoji near a limit)', () => {
    const doc = minimalCatalogue();
    doc.title = '😀'.repeat(500); // 1,000 UTF-16 units, 500 code points: within the 500 limit
    expect(fast(doc)).to.equal(zodAccepts(doc));
    doc.title = '😀'.repeat(501);
    expect(fast(doc)).to.equal(zodAccepts(doc));
    expect(fast(doc)).to.be.false;
  });

  it('does not descend deeper than the schema, however deep the document', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const doc = minimalCatalogue();
    doc.items[0].records = { schema: [], rows: [{ nested: deep }] };
    doc.futureField = deep;
    expect(() => checkCatalogueShape(doc)).not.to.throw();
    expect(checkCatalogueShape(doc)).to.deep.equal({ valid: true, unknownKeys: true });
  });

  it('knows the same field names as the zod schema, at every level (the unknown-field walk)', () => {
    const compare = (schema: z.core.$ZodType, spec: FieldSpec | undefined, path: string): void => {
      const def = schema._zod.def as unknown as { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType };
      if (def.type === 'optional') return compare(def.innerType!, spec, path);
      if (def.type === 'array') {
        const element = (def.element!._zod.def as { type: string }).type;
        if (element === 'object' || element === 'array') {
          expect(spec && 'array' in spec, `${path} is a list of objects`).to.be.true;
          compare(def.element!, (spec as { array: FieldSpec }).array, `${path}[]`);
        }
        return;
      }
      if (def.type !== 'object') return;
      expect(spec && 'object' in spec, `${path} is an object`).to.be.true;
      const { keys, children } = (spec as Extract<FieldSpec, { object: unknown }>).object;
      expect([...keys].sort(), path).to.deep.equal(Object.keys(def.shape!).sort());
      for (const [key, child] of Object.entries(def.shape!)) compare(child, children.get(key), `${path}.${key}`);
    };
    compare(CatalogueDocument, CATALOGUE_FIELDS, 'catalogue');
  });
});

describe('lazy validation (zod only to explain a failure)', () => {
  it('answers a valid catalogue at once, with no promise', () => {
    const result = validateLazily(minimalCatalogue());
    expect(result).not.to.be.instanceOf(Promise);
    expect((result as { ok: boolean }).ok).to.be.true;
  });

  it('explains a file that is not JSON, or of another version, after loading the explanations', async () => {
    const syntax = await parseLazily('{\n  "schemaVersion": "1.0.0",\n}');
    expect(syntax.ok).to.be.false;
    expect(!syntax.ok && syntax.errors[0]!.message['zh-CN']).to.contain('第 3 行');
    const version = await validateLazily({ ...minimalCatalogue(), schemaVersion: '2.0.0' });
    expect(!version.ok && version.errors[0]!.code).to.equal('unsupported-version');
  });

  it('explains a wrong shape after loading zod, with the same errors as the full validator', async () => {
    const doc = minimalCatalogue();
    doc.items[0].mode = '公开';
    delete doc.title;
    const pending = validateLazily(doc);
    expect(pending).to.be.instanceOf(Promise);
    const lazy = await pending;
    expect(lazy).to.deep.equal(validateCatalogue(doc));
    expect(lazy.ok).to.be.false;
    expect(!lazy.ok && lazy.errors.map((e) => e.path).sort()).to.deep.equal(['items[0].mode', 'title']);
  });

  it('reports unknown fields of a valid newer 1.x file without zod, as warnings with their paths', () => {
    const doc = minimalCatalogue();
    doc.schemaVersion = '1.3.0';
    doc.items[0].timeLimit.calendar = 'lunar';
    doc.newCollection = [];
    const result = validateLazily(doc) as unknown as { ok: boolean; warnings: { path: string }[] };
    expect(result.ok).to.be.true;
    expect(result.warnings.map((w) => w.path).sort()).to.deep.equal(['items[0].timeLimit.calendar', 'newCollection']);
  });
});
