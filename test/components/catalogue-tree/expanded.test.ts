import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { buildTree } from '../../../src/components/catalogue-tree/model.js';
import { startExpansion } from '../../../src/components/catalogue-tree/expansion.js';

let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});

/** A tall tree, so every row it shows is rendered. */
async function tree(attrs: Record<string, string>): Promise<ZwgkCatalogueTree> {
  const el = document.createElement('zwgk-catalogue-tree');
  el.style.setProperty('--zwgk-tree-height', '20000px');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.catalogue = sample;
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}
const itemRows = (el: Element) => [...el.querySelectorAll('a[role="treeitem"]')].map((row) => row.getAttribute('href'));
const openDomains = (el: Element) => [...el.querySelectorAll('[role="treeitem"][aria-level="1"][aria-expanded="true"] .zwgk-label')].map((label) => label.textContent);

describe('<zwgk-catalogue-tree expanded>', () => {
  it('closed by default: only the domains show', async () => {
    const el = await tree({});
    expect(itemRows(el)).to.deep.equal([]);
    expect(openDomains(el)).to.deep.equal([]);
  });

  it('expanded="all" opens every branch, so every item is a row (what zwgk render draws)', async () => {
    const el = await tree({ expanded: 'all' });
    expect(new Set(itemRows(el)).size).to.equal(sample.items.length);
    expect(el.querySelectorAll('[role="treeitem"][aria-expanded="false"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('lists of domains by name or id open those domains with everything under them', async () => {
    const el = await tree({ expanded: '义务教育，shehui-jiuzhu' });
    expect(openDomains(el)).to.deep.equal(['社会救助', '义务教育']);
    const expected = sample.items.filter((i) => i.domainId === 'yiwu-jiaoyu' || i.domainId === 'shehui-jiuzhu').length;
    expect(itemRows(el).length).to.equal(expected);
  });

  it('the reader can still close a branch it opened', async () => {
    const el = await tree({ expanded: 'all' });
    const domain = el.querySelector<HTMLElement>('[role="treeitem"][aria-level="1"]')!;
    domain.click();
    await el.updateComplete;
    expect(el.querySelector('[role="treeitem"][aria-level="1"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('startExpansion (pure): all, names, ids and aliases; nothing for an empty or unknown value', () => {
    const roots = buildTree(sample, sample.items, false);
    const all = startExpansion(roots, 'ALL');
    expect([...all].every((key) => !key.startsWith('i:'))).to.equal(true);
    expect(all.has('d:yiwu-jiaoyu')).to.equal(true);
    expect([...startExpansion(roots, '义务教育')].every((key) => key.includes('yiwu-jiaoyu'))).to.equal(true);
    expect(startExpansion(roots, '').size).to.equal(0);
    expect(startExpansion(roots, '不存在的领域').size).to.equal(0);
    expect(startExpansion(roots, '义务教育 , 社会救助').size).to.be.above(2);
    const withAlias = sample.domains.find((d) => d.aliases?.length)!;
    expect(startExpansion(roots, withAlias.aliases![0]!).has(`d:${withAlias.id}`)).to.equal(true);
  });
});
