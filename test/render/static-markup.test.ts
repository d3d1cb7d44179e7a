import { expect, fixture, html } from '@open-wc/testing';
import { linkedItem, removeComments, retargetItemLinks, suffixIds, targetId } from '../../src/render/static-markup.js';
import { staticRules } from '../../src/render/static-rules.js';
import { rowIndent } from '../../src/components/catalogue-tree/catalogue-tree.styles.js';

describe('static markup (zwgk render)', () => {
  it('suffixIds renames every id in a copy and every reference to it inside, and nothing outside', async () => {
    const root = await fixture(html`<section aria-labelledby="t">
      <div id="t">标题</div>
      <label for="q">搜索</label><input id="q" aria-describedby="q-hint t" />
      <span id="q-hint">提示</span>
      <a href="#t">回到标题</a><a href="#elsewhere">别处</a><a href="/zwgk/">栏目</a>
    </section>`);
    suffixIds(root, '--it-001');
    expect(root.getAttribute('aria-labelledby')).to.equal('t--it-001');
    expect([...root.querySelectorAll('[id]')].map((e) => e.id)).to.deep.equal(['t--it-001', 'q--it-001', 'q-hint--it-001']);
    expect(root.querySelector('label')!.htmlFor).to.equal('q--it-001');
    expect(root.querySelector('input')!.getAttribute('aria-describedby')).to.equal('q-hint--it-001 t--it-001');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#t--it-001', '#elsewhere', '/zwgk/']);
  });

  it('retargetItemLinks points links to an item’s place in the tree at its page, whatever page they name', async () => {
    const root = await fixture(html`<div>
      <a href="#zwgk-item=it-001">本页</a>
      <a href="/zwgk/ml.html#zwgk-item=guandi-xiang%3Ait-002&zwgk-q=低保">目录页</a>
      <a href="#zwgk-q=低保">检索</a><a href="https://example.gov.cn/">外链</a><a href="#zwgk-item=none">没有页面</a>
    </div>`);
    retargetItemLinks(root, (id) => (id === 'none' ? undefined : `item-${id}.html`));
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
      'item-it-001.html', 'item-guandi-xiang:it-002.html', '#zwgk-q=低保', 'https://example.gov.cn/', '#zwgk-item=none',
    ]);
    expect(linkedItem('x.html#a=1&tree2-item=it-9', 'tree2-')).to.equal('it-9');
    expect(targetId('#zwgk-item=guandi-xiang%3Ait-002')).to.equal('zwgk-item=guandi-xiang:it-002');
  });

  it('removeComments leaves the markup without Lit’s markers', async () => {
    const root = await fixture(html`<div><p>一${'二'}</p>${[1, 2].map((n) => html`<span>${n}</span>`)}</div>`);
    expect(root.innerHTML).to.contain('<!--');
    removeComments(root);
    expect(root.innerHTML).to.equal('<p>一二</p><span>1</span><span>2</span>');
  });

  it('the static rules indent a tree row as the live tree does, deeper rows like the deepest listed', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(staticRules());
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      // A rendered copy with JavaScript off: the tag is not defined in this file.
      const tree = await fixture(html`<zwgk-catalogue-tree><div class="zwgk-body"><div class="zwgk-row" aria-level="3"></div><div class="zwgk-row" aria-level="40"></div></div></zwgk-catalogue-tree>`);
      expect(customElements.get('zwgk-catalogue-tree')).to.equal(undefined);
      const [third, deep] = [...tree.querySelectorAll<HTMLElement>('.zwgk-row')];
      const em = parseFloat(getComputedStyle(third!).fontSize);
      expect(parseFloat(getComputedStyle(third!).paddingInlineStart)).to.be.closeTo(parseFloat(rowIndent(3)) * em, 0.5);
      expect(parseFloat(getComputedStyle(deep!).paddingInlineStart)).to.be.closeTo(parseFloat(rowIndent(12)) * em, 0.5);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});
