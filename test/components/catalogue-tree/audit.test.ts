/**
 * The accessibility audit's tree defects (issue 15), one test each: Page Up/Down, focus in page-wide
 * elder mode, Tab onto a selected row scrolled out of view, the focus ring's contrast on the
 * selected row, forced colors, reflow at 320 px and wrapping labels, text sizes in elder mode.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/catalogue-tree/define.js';
import type { ZwgkCatalogueTree } from '../../../src/components/catalogue-tree/catalogue-tree.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { until } from '../../helpers/probe-consumer.js';
import { contrast, effectiveBackground, parseColor } from '../../helpers/colour.js';

let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});
afterEach(async () => {
  document.documentElement.removeAttribute('data-zwgk-elder');
  await executeServerCommand('emulate-forced-colors', { active: false });
  await setViewport({ width: 800, height: 600 });
  history.replaceState(null, '', location.pathname + location.search);
});

async function tree(attrs: Record<string, string> = {}, catalogue: unknown = sample): Promise<ZwgkCatalogueTree> {
  const el = document.createElement('zwgk-catalogue-tree');
  for (const [name, value] of Object.entries({ 'no-hash': '', ...attrs })) el.setAttribute(name, value);
  el.catalogue = catalogue;
  (await fixture(html`<div></div>`)).append(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}
const press = (key: string) => sendKeys({ press: key });
const active = () => document.activeElement as HTMLElement;
const isRow = (node: Element | null) => !!node && node.getAttribute('role') === 'treeitem';
const viewport = (el: Element) => el.querySelector<HTMLElement>('.zwgk-viewport')!;
const fullyInView = (el: Element, row: Element) => {
  const box = row.getBoundingClientRect();
  const view = viewport(el).getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
};
/** From the focused row, opens groups and walks down until an item has focus (at most 30 keys). */
async function downToItem(el: ZwgkCatalogueTree) {
  for (let step = 0; step < 30 && isRow(active()) && !active().matches('a[role="treeitem"]'); step++) {
    await press(active().getAttribute('aria-expanded') === 'false' ? 'ArrowRight' : 'ArrowDown');
    await el.updateComplete;
  }
  expect(active().matches('a[role="treeitem"]'), 'walked down to an item').to.equal(true);
}
/** All domains open, so that there are hundreds of rows to page through. */
async function openAllDomains(el: ZwgkCatalogueTree) {
  el.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!.focus();
  await press('*');
  await el.updateComplete;
}

describe('<zwgk-catalogue-tree> audit defects', () => {
  it('Page Down and Page Up move focus a screenful of rows; focus stays on the active row, and Enter acts on the row that shows focus', async () => {
    await setViewport({ width: 1200, height: 800 }); // the standard beside the list: Enter leaves focus on the row
    const el = await tree();
    await openAllDomains(el);
    const start = Number(active().dataset['index']);
    await press('PageDown');
    await el.updateComplete;
    const down = Number(active().dataset['index']);
    expect(isRow(active()), 'focus on a row').to.equal(true);
    expect(down - start).to.be.greaterThan(3);
    expect(fullyInView(el, active()), 'the focused row is in view').to.equal(true);
    await press('PageDown');
    await el.updateComplete;
    expect(Number(active().dataset['index'])).to.be.greaterThan(down);
    await press('PageUp');
    await press('PageUp');
    await press('PageUp');
    await el.updateComplete;
    expect(isRow(active()), 'focus still on a row after Page Up past the top').to.equal(true);
    expect(Number(active().dataset['index'])).to.equal(0);
    // Walk down to an item, select it, then page away and back: focus and Enter agree.
    await press('PageDown');
    await press('PageDown');
    await el.updateComplete;
    await downToItem(el);
    await press('Enter');
    await until(() => !!el.selectedId);
    const selected = el.selectedId;
    await press('PageUp');
    await press('PageUp');
    await el.updateComplete;
    expect(isRow(active()), 'Page Up twice from a selected item keeps focus in the tree').to.equal(true);
    await press('PageDown');
    await el.updateComplete;
    await downToItem(el);
    const shown = active().querySelector('.zwgk-label')!.textContent;
    await press('Enter');
    await until(() => el.selectedId !== selected || el.querySelector('.zwgk-detail-title')?.textContent === shown);
    expect(el.querySelector('.zwgk-detail-title')!.textContent).to.equal(shown);
  });

  it('with elder mode switched on page-wide, End focuses the last row and the arrows carry on from there', async () => {
    document.documentElement.setAttribute('data-zwgk-elder', '');
    const el = await tree();
    await openAllDomains(el);
    await press('End');
    await el.updateComplete;
    expect(isRow(active()), 'End keeps focus in the tree').to.equal(true);
    const last = active();
    const indexes = [...el.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((row) => Number(row.dataset['index']));
    expect(Number(last.dataset['index']), 'the last row').to.equal(Math.max(...indexes));
    expect(last.getAttribute('aria-posinset')).to.equal(last.getAttribute('aria-setsize'));
    expect(fullyInView(el, last)).to.equal(true);
    await press('ArrowUp');
    await el.updateComplete;
    expect(isRow(active())).to.equal(true);
    expect(Number(active().dataset['index'])).to.equal(Number(last.dataset['index']) - 1);
    await press('Home');
    await el.updateComplete;
    expect(active().textContent).to.contain('城乡规划');
  });

  it('Tab onto a selected row scrolled out of view lands on it, brings it into view, and keeps focus', async () => {
    const el = await tree();
    const item = sample.items.find((i) => i.domainId === 'shehui-jiuzhu')!;
    await el.selectItem(item.id);
    await el.updateComplete;
    viewport(el).scrollTop = viewport(el).scrollHeight; // far from the selected row
    await until(() => false, 100);
    await el.updateComplete;
    el.querySelector<HTMLElement>('.zwgk-filters summary')!.focus();
    await press('Tab'); // the export button
    await press('Tab'); // the tree
    await el.updateComplete;
    expect(active().getAttribute('aria-selected')).to.equal('true');
    await until(() => false, 450);
    expect(active().getAttribute('aria-selected'), 'focus is still on the selected row after 450 ms').to.equal('true');
    expect(active().textContent).to.contain(item.name);
    expect(fullyInView(el, active())).to.equal(true);
  });

  for (const elder of [false, true]) {
    it(`the focus ring on the selected row keeps 3:1 against the colours next to it${elder ? ' (elder mode)' : ''}`, async () => {
      const el = await tree(elder ? { elder: '' } : {});
      const item = sample.items.find((i) => i.domainId === 'yiwu-jiaoyu')!;
      await el.selectItem(item.id, { focus: true });
      await el.updateComplete;
      await sendKeys({ press: 'Shift' }); // keyboard modality: :focus-visible
      const row = active();
      expect(row.getAttribute('aria-selected')).to.equal('true');
      row.blur();
      row.focus();
      const style = getComputedStyle(row);
      expect(style.outlineStyle).to.equal('solid');
      const ring = parseColor(style.outlineColor);
      // Inside the ring: the band the inset shadow draws (else the row's own colour); outside: what is behind the row.
      const band = /rgb/.test(style.boxShadow) ? parseColor(style.boxShadow.match(/rgba?\([^)]+\)/)![0]) : parseColor(style.backgroundColor);
      const outside = effectiveBackground(row.parentElement!);
      expect(contrast(ring, band), 'ring against the band inside it').to.be.at.least(3);
      expect(contrast(ring, outside), 'ring against the neighbouring rows').to.be.at.least(3);
      expect(contrast(band, parseColor(style.backgroundColor)), 'the band stands out from the selected row').to.be.at.least(3);
    });
  }

  it('in forced-colors mode the selected row stands out from its neighbours', async () => {
    const el = await tree();
    const item = sample.items.find((i) => i.domainId === 'yiwu-jiaoyu')!;
    await el.selectItem(item.id);
    await el.updateComplete;
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const selected = el.querySelector<HTMLElement>('[aria-selected="true"]')!;
    const neighbour = el.querySelector<HTMLElement>('[role="treeitem"][aria-selected="false"]')!;
    // What is drawn: the forced colours composited over the page (a transparent row shows the page's Canvas).
    const look = (row: HTMLElement) => {
      const s = getComputedStyle(row);
      return [effectiveBackground(row).join(','), s.color, `${s.borderInlineStartWidth} ${s.borderInlineStartStyle}`];
    };
    const [a, b] = [look(selected), look(neighbour)];
    expect(a[0], 'background').not.to.equal(b[0]);
    expect(a[2], 'start border').not.to.equal(b[2]);
  });

  for (const elder of [false, true]) {
    it(`reflows at 320 px: long e-mail addresses and labels wrap, nothing is cut off or overflows${elder ? ' (elder mode)' : ''}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const catalogue = structuredClone(sample);
      const item = catalogue.items.find((i) => i.domainId === 'shehui-jiuzhu')!;
      item.name = '城乡最低生活保障对象认定条件和程序及家庭经济状况核对结果公示（含特困人员救助供养）';
      item.supervision = { phone: '0373-12345', email: 'xinxigongkai.jianduju.bangongshi@shixian-renmin-zhengfu.example.gov.cn' };
      const el = await tree(elder ? { elder: '' } : {}, catalogue);
      await el.selectItem(item.id);
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      const width = el.getBoundingClientRect().width;
      expect(width).to.be.at.most(320);
      const overflowing = [...el.querySelectorAll<HTMLElement>('.zwgk-detail *, .zwgk-row, .zwgk-row *')]
        .filter((node) => !node.closest('.zwgk-visually-hidden'))
        .filter((node) => node.getBoundingClientRect().right > el.getBoundingClientRect().right + 1 || node.scrollWidth > node.clientWidth + 1)
        .map((node) => `<${node.localName} class="${node.className}"> ${node.textContent!.trim().slice(0, 20)}`);
      expect(overflowing).to.deep.equal([]);
      const row = el.querySelector<HTMLElement>('[aria-selected="true"]')!;
      const label = row.querySelector<HTMLElement>('.zwgk-label')!;
      expect(getComputedStyle(label).textOverflow).not.to.equal('ellipsis');
      expect(label.getBoundingClientRect().height, 'the long label wraps onto more lines').to.be.greaterThan(parseFloat(getComputedStyle(label).lineHeight) * 1.5);
      expect(row.getBoundingClientRect().height, 'its row grows with it').to.be.at.least(label.getBoundingClientRect().height);
      const next = row.nextElementSibling as HTMLElement | null;
      if (next) expect(next.getBoundingClientRect().top, 'the next row starts below it').to.be.at.least(row.getBoundingClientRect().bottom - 1);
    });
  }

  it('on a phone, choosing a row brings its standard into view with focus, and 返回目录列表 (or Escape) leads back to the row', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await tree();
    el.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!.focus();
    await downToItem(el);
    const row = active();
    const name = row.querySelector('.zwgk-label')!.textContent!.trim();
    await press('Enter');
    expect(await until(() => active().classList.contains('zwgk-detail'))).to.equal(true);
    const detail = active();
    expect(detail.textContent).to.include(name);
    const box = detail.getBoundingClientRect();
    expect(box.top, 'the standard starts on screen').to.be.within(-1, window.innerHeight / 2);
    const back = detail.querySelector<HTMLButtonElement>('.zwgk-back')!;
    expect(back.offsetParent, 'the back button is shown').not.to.equal(null);
    expect(back.textContent!.trim()).to.equal('返回目录列表');
    await press('Tab');
    expect(active()).to.equal(back);
    await press('Enter');
    expect(await until(() => isRow(active()))).to.equal(true);
    expect(active().querySelector('.zwgk-label')!.textContent!.trim()).to.equal(name);
    await press('Enter');
    expect(await until(() => active().classList.contains('zwgk-detail'))).to.equal(true);
    await press('Escape');
    expect(await until(() => isRow(active()))).to.equal(true);
    expect(active().getAttribute('aria-selected')).to.equal('true');
  });

  it('beside the list on a wide screen, choosing a row keeps focus on the row and shows no back button', async () => {
    await setViewport({ width: 1200, height: 800 });
    const el = await tree();
    el.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!.focus();
    await downToItem(el);
    await press('Enter');
    expect(await until(() => !!el.querySelector('.zwgk-detail .zwgk-detail-title'))).to.equal(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(isRow(active()), 'focus stays in the list').to.equal(true);
    expect(el.querySelector<HTMLElement>('.zwgk-back')!.offsetParent).to.equal(null);
  });

  it('in elder mode, counts, hints, tags and the catalogue line are at least 18 px, the search placeholder 7:1', async () => {
    const el = await tree({ elder: '' });
    await el.selectItem(sample.items.find((i) => i.mode === '依申请')!.id);
    await el.updateComplete;
    const small = [...el.querySelectorAll<HTMLElement>('.zwgk-count, .zwgk-hint, .zwgk-tag, .zwgk-catalogue-info')];
    expect(small.length).to.be.greaterThan(3);
    for (const node of small) expect(parseFloat(getComputedStyle(node).fontSize), node.className).to.be.at.least(18);
    const search = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(contrast(parseColor(getComputedStyle(search, '::placeholder').color), effectiveBackground(search))).to.be.at.least(7);
  });
});
