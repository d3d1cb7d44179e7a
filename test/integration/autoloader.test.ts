import { expect } from '@open-wc/testing';
import { until } from '../helpers/probe-consumer.js';

// The built autoloader exactly as an integrator uses it (dist/zwgk-autoloader.js, no source
// imports): a page that uses only the tree downloads the tree, nothing of the other elements;
// tags added later, and tags inside an open shadow root, load their elements then.
const scripts = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/'));
const elementFiles = () => scripts().filter((path) => path.startsWith('/dist/components/')).sort();

describe('dist/zwgk-autoloader.js', () => {
  before(async () => {
    document.body.innerHTML = `<zwgk-catalogue-tree no-hash src="/demo/data/shixian.json"></zwgk-catalogue-tree>`;
    const autoloader = '/dist/zwgk-autoloader.js'; // a URL, not a module the type checker should resolve
    await import(/* @vite-ignore */ autoloader);
  });

  it('loads the tree when its tag is on the page, and it renders the catalogue', async () => {
    expect(await until(() => !!customElements.get('zwgk-catalogue-tree'), 5000)).to.be.true;
    const tree = document.querySelector('zwgk-catalogue-tree')!;
    const rendered = () => (tree.shadowRoot ?? tree).querySelectorAll('[aria-level="1"]').length >= 10;
    expect(await until(rendered, 5000)).to.be.true;
  });

  it('downloads no other element, and not zod: the catalogue is valid, nothing needs explaining', () => {
    expect(elementFiles()).to.deep.equal(['/dist/components/catalogue-tree/define.js']);
    for (const tag of ['zwgk-catalogue', 'zwgk-policy-card', 'zwgk-open-day', 'zwgk-request-form', 'zwgk-disclosure-map']) expect(customElements.get(tag), tag).to.be.undefined;
    expect(scripts().some((path) => /\/chunks\/(validate|schemas)-/.test(path))).to.be.false;
  });

  it('loads an element whose tag is added to the page later', async () => {
    const card = document.createElement('zwgk-policy-card');
    document.body.append(card);
    expect(await until(() => !!customElements.get('zwgk-policy-card'), 5000)).to.be.true;
    expect(elementFiles()).to.include('/dist/components/policy-card/define.js');
  });

  it('loads an element used inside an open shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Added after the host: the autoloader must be watching inside the shadow root.
    root.innerHTML = '<zwgk-open-day></zwgk-open-day>';
    expect(await until(() => !!customElements.get('zwgk-open-day'), 5000)).to.be.true;
  });

  it('ignores tags it does not ship (no request for an unknown element)', async () => {
    document.body.append(document.createElement('zwgk-unknown-thing'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scripts().some((path) => path.includes('unknown-thing'))).to.be.false;
  });
});
