import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/catalogue/define.js';
import { forgetCatalogue } from '../../src/catalogue/loader.js';
import { parseCatalogueText } from '../../src/catalogue/validate.js';
import { deepDocuments } from '../fixtures/deep-documents.js';

const locates = (path: string, at: string) => path === at || path.startsWith(`${at}[`) || path.startsWith(`${at}.`);
const shown = (el: Element) => `${el.shadowRoot?.textContent ?? ''} ${el.textContent ?? ''}`.replace(/\s+/g, ' ');

describe('a catalogue nesting 10,000 levels deep, in the browser', () => {
  afterEach(() => forgetCatalogue());

  it('parseCatalogueText returns a located error for every top-level key, never throws', () => {
    for (const doc of deepDocuments()) {
      let result: ReturnType<typeof parseCatalogueText> | undefined;
      expect(() => (result = parseCatalogueText(doc.text)), doc.name).not.to.throw();
      expect(result!.ok, doc.name).to.equal(false);
      if (result!.ok) continue;
      expect(result!.errors.some((e) => locates(e.path, doc.at)), `${doc.name}: ${result!.errors.map((e) => e.path).join(', ')}`).to.equal(true);
    }
  });

  it('<zwgk-catalogue> given such a file inline shows a readable error and fires zwgk-error with its path', async () => {
    const doc = deepDocuments().find((d) => d.at === 'openDays' && d.name.includes('arrays'))!;
    const el = document.createElement('zwgk-catalogue');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = doc.text;
    el.append(script);
    const failed = oneEvent(el, 'zwgk-error');
    document.body.append(el);
    const event = await failed;
    expect(event.detail.errors.map((e: { path: string }) => e.path)).to.include('openDays[0]');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown(el)).to.contain('openDays[0]');
    el.remove();
  });

  it('the issue\'s 8 kB reproduction given as a property loads as an error, not an exception', async () => {
    const doc = deepDocuments().find((d) => d.name.includes('4,102'))!;
    const el = await fixture(html`<zwgk-catalogue></zwgk-catalogue>`);
    const failed = oneEvent(el, 'zwgk-error');
    (el as unknown as { catalogue: unknown }).catalogue = JSON.parse(doc.text);
    const event = await failed;
    expect(event.detail.errors.some((e: { path: string }) => locates(e.path, 'domains'))).to.equal(true);
  });
});
