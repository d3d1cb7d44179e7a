import { expect } from '@open-wc/testing';
import { CatalogueDocument } from '../../src/catalogue/schema.js';
import { compileCheck } from '../../src/catalogue/fast-check.js';
import { brokenDocuments } from '../fixtures/broken-documents.js';
import { minimalCatalogue } from '../fixtures/minimal.js';

// The fast path decides alone whether zod runs; if it ever said "valid" where zod says
// "invalid", a broken catalogue would reach the components. These tests hold the two together.
const fast = compileCheck(CatalogueDocument);
const zodAccepts = (data: unknown) => CatalogueDocument.safeParse(data).success;

describe('fast shape check compiled from the zod schema', () => {
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

  it('counts string length in code points as zod does (emoji near a limit)', () => {
    const doc = minimalCatalogue();
    doc.title = '😀'.repeat(500); // 1,000 UTF-16 units, 500 code points: within the 500 limit
    expect(fast(doc)).to.equal(zodAccepts(doc));
    doc.title = '😀'.repeat(501);
    expect(fast(doc)).to.equal(zodAccepts(doc));
    expect(fast(doc)).to.be.false;
  });
});
