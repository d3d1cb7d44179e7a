// The item's standard is a module of its own (item-detail.ts), fetched in idle time once the tree
// has painted its data. A reader who chooses an item before it has arrived sees the item's name and
// a loading line (never an empty box), and `updateComplete` waits for the standard. This file runs
// in a page of its own, so the module is not loaded before the test chooses an item.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';

const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<zwgk-catalogue-tree> item detail before its module has arrived', () => {
  it('shows the chosen item’s name as a heading and 正在加载 (busy), then its standard', async () => {
    const sample: Catalogue = await (await fetch('/demo/data/shixian.json')).json();
    const el = document.createElement('zwgk-catalogue-tree') as ZwgkCatalogueTree;
    el.setAttribute('no-hash', '');
    el.catalogue = sample;
    (await fixture(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(el.querySelector('[role="treeitem"]'), 'the tree has painted its data').to.not.equal(null);
    const item = sample.items.find((i) => i.mode === '依申请')!;
    // Chosen in the same task as the paint, before the idle-time fetch of the standard: the render
    // that follows (microtasks) cannot have the module, which needs a network round trip.
    el.selectedId = item.id;
    for (let i = 0; i < 10 && el.isUpdatePending; i++) await null;
    const waiting = el.querySelector('[part="detail"]')!;
    expect(waiting.getAttribute('aria-busy')).to.equal('true');
    expect(flat(waiting.querySelector('[role="heading"]'))).to.equal(item.name);
    expect(waiting.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(flat(waiting)).to.contain('正在加载');
    await el.updateComplete;
    const shown = el.querySelector('[part="detail"]')!;
    expect(shown.hasAttribute('aria-busy')).to.equal(false);
    expect(flat(shown.querySelector('.zwgk-detail-title'))).to.equal(item.name);
    expect([...shown.querySelectorAll('dt')].map(flat)).to.include.members(['公开事项', '公开依据', '公开方式']);
    expect(shown.querySelector('[part="request"]'), '申请公开 on a 依申请 item').to.not.equal(null);
  });
});
