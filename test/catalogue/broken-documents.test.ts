import { expect } from '@open-wc/testing';
import { parseCatalogueText, type LoadResult } from '../../src/catalogue/validate.js';
import { describeProblem } from '../../src/catalogue/problems.js';
import { brokenDocuments } from '../fixtures/broken-documents.js';
import { minimalCatalogue } from '../fixtures/minimal.js';

const text = (doc: unknown) => JSON.stringify(doc, null, 2);
const summary = (result: LoadResult) =>
  result.ok ? 'ok' : result.errors.map((e) => `${e.kind} ${e.path} ${e.code}`).join('; ');

describe('broken catalogue documents', () => {
  it('the corpus has at least 32 documents with distinct names', () => {
    expect(brokenDocuments.length).to.be.at.least(32);
    expect(new Set(brokenDocuments.map((d) => d.name)).size).to.equal(brokenDocuments.length);
  });

  for (const doc of brokenDocuments) {
    it(`${doc.name}: ${doc.kind} error at ${doc.path || '(document)'}${doc.code ? ` (${doc.code})` : ''}`, () => {
      let result: LoadResult | undefined;
      expect(() => (result = parseCatalogueText(doc.text))).not.to.throw();
      if (!result || result.ok) throw new Error('expected the document to be rejected');
      const errors = result.errors;
      const hit = errors.find((e) => e.kind === doc.kind && e.path === doc.path && (doc.code === undefined || e.code === doc.code));
      expect(hit, `got: ${summary(result)}`).to.exist;
      for (const problem of [...errors, ...result.warnings]) {
        expect(problem.message['zh-CN'].trim(), `zh-CN message for ${problem.path}`).not.to.equal('');
        expect(problem.message.en.trim(), `en message for ${problem.path}`).not.to.equal('');
        // A quoted bad value is cut short: a 5 MB title must not come back in the message.
        expect(describeProblem(problem).length).to.be.below(400);
      }
    });
  }
});

describe('valid catalogue documents', () => {
  it('the minimal catalogue validates without warnings', () => {
    const result = parseCatalogueText(text(minimalCatalogue()));
    expect(summary(result)).to.equal('ok');
    expect(result.warnings).to.deep.equal([]);
  });

  it('unknown fields are warnings with their paths, not errors', () => {
    const doc = minimalCatalogue();
    doc.items[0].futureField = { from: '1.3' };
    doc.newThing = 42;
    const result = parseCatalogueText(text(doc));
    expect(summary(result)).to.equal('ok');
    const paths = result.warnings.filter((w) => w.kind === 'unknown-field').map((w) => w.path);
    expect(paths).to.have.members(['items[0].futureField', 'newThing']);
    for (const w of result.warnings) {
      expect(w.message['zh-CN']).not.to.equal('');
      expect(w.message.en).not.to.equal('');
    }
  });

  it('a newer minor version ("1.7.0") loads', () => {
    const doc = minimalCatalogue();
    doc.schemaVersion = '1.7.0';
    expect(summary(parseCatalogueText(text(doc)))).to.equal('ok');
  });

  it('a UTF-8 byte order mark before the JSON is ignored', () => {
    const result = parseCatalogueText(`\uFEFF${text(minimalCatalogue())}`);
    expect(summary(result)).to.equal('ok');
    if (result.ok) expect(result.catalogue.jurisdiction.name).to.equal('示例县');
  });

  it('safe links are accepted: https, mailto:, tel: and relative', () => {
    const doc = minimalCatalogue();
    doc.items[0].links = ['https://www.example.gov.cn/a', 'HTTP://x.cn', 'mailto:gk@example.gov.cn', 'tel:0371-12345678', '/zwgk/list.html', 'list.html?a=b:c', '#top']
      .map((url) => ({ title: '链接', url }));
    expect(summary(parseCatalogueText(text(doc)))).to.equal('ok');
  });
});
