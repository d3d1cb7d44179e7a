import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/notice-poster/define.js';
import type { ZwgkNoticePoster } from '../../../src/components/notice-poster/notice-poster.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { loadSample } from '../../helpers/sample.js';
import { mountWithCatalogue } from '../../helpers/probe-consumer.js';
import { decode } from '../../helpers/qr.js';
import { injectToolbarCss, RECOLOUR } from '../../helpers/toolbar.js';

let sample: Catalogue;
before(async () => {
  sample = await loadSample();
});
afterEach(async () => {
  history.replaceState(null, '', location.pathname);
  await emulateMedia({ media: 'screen' });
  window.dispatchEvent(new Event('afterprint'));
  document.querySelectorAll('style[data-toolbar]').forEach((s) => s.remove());
});
const TODAY = '2026-12-06';
const poster = (attrs: Record<string, string>, catalogue: unknown = sample, lang?: string) =>
  mountWithCatalogue('zwgk-notice-poster', { now: TODAY, ...attrs }, catalogue, lang);
const field = (el: Element, term: string) => [...el.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();

/** The QR code as drawn: its viewBox and path read back from the element. */
async function readQr(el: Element): Promise<string | undefined> {
  const svg = el.querySelector('svg.zwgk-qr')!;
  const path = svg.querySelector('path')!;
  const viewBox = svg.getAttribute('viewBox')!;
  const side = Number(viewBox.split(' ')[2]);
  return decode({ d: path.getAttribute('d')!, viewBox, size: side - 8 });
}

describe('<zwgk-notice-poster>', () => {
  it('puts the item’s name, content, time limit, 公示期, disclosing body, channels and supervision on the sheet', async () => {
    const el = await poster({ item: 'it-147', 'catalogue-url': '/zwgk/ml.html' });
    const sheet = el.querySelector('[part="sheet"]')!;
    expect(sheet.querySelector('[role="heading"]')!.textContent).to.equal('审核信息');
    expect(sheet.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('1');
    expect(sheet.textContent).to.contain('示例县政务公开 · 公示栏');
    expect(sheet.textContent).to.contain('社会救助 › 最低生活保障');
    expect(field(sheet, '公开内容')).to.equal('初审对象名单及相关信息');
    expect(field(sheet, '公开时限')).to.equal('信息形成之日起10个工作日内，公示7个工作日');
    expect(field(sheet, '公示期')).to.equal('2026年11月30日至2026年12月08日');
    expect(field(sheet, '公开主体')).to.equal('示例县民政局');
    expect(field(sheet, '公开渠道')).to.contain('村（社区）公示栏（必选）');
    expect(field(sheet, '精准推送')).to.equal('短信');
    expect(field(sheet, '监督举报')).to.contain('0373-5551601');
  });

  it('the QR code, drawn in the page, reads back as the item’s absolute page address', async () => {
    const el = await poster({ item: 'it-147', 'catalogue-url': '/zwgk/ml.html' });
    const expected = new URL('/zwgk/ml.html#zwgk-item=it-147', document.baseURI).href;
    expect(await readQr(el)).to.equal(expected);
    expect(el.querySelector('.zwgk-qr-url')!.textContent).to.equal(expected);
    expect(el.querySelector('svg.zwgk-qr')!.getAttribute('role')).to.equal('img');
    // Strict CSP: nothing in the element carries a style attribute.
    expect(el.querySelectorAll('[style]').length).to.equal(0);
  });

  it('the QR code stays black on white under a toolbar’s high-contrast colours', async () => {
    const el = await poster({ item: 'it-147' });
    injectToolbarCss(RECOLOUR);
    expect(getComputedStyle(el.querySelector('.zwgk-qr-dark')!).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el.querySelector('.zwgk-qr-light')!).fill).to.equal('rgb(255, 255, 255)');
    expect(await readQr(el)).to.match(/#zwgk-item=it-147$/);
  });

  it('offers 我要办 for an item with a service entry', async () => {
    const el = await poster({ item: 'it-146' });
    const service = [...el.querySelectorAll('dt')].find((dt) => dt.textContent === '我要办')!.nextElementSibling!;
    expect(service.querySelector('a')!.getAttribute('href')).to.equal(sample.items.find((i) => i.id === 'it-146')!.serviceItemRef!.url);
    expect(service.textContent).to.contain('最低生活保障对象认定（示例省政务服务网）');
  });

  it('without item it takes the catalogue tree’s deep link from the address, and follows it', async () => {
    history.replaceState(null, '', '#zwgk-item=it-178');
    const el = await poster({});
    expect(el.querySelector('[role="heading"]')!.textContent).to.equal('义务教育学校名录');
    history.replaceState(null, '', '#zwgk-item=it-147');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(el.querySelector('[role="heading"]')!.textContent).to.equal('审核信息');
  });

  it('a withdrawn item, an unknown id or no id gives a notice, not a poster to print', async () => {
    const catalogue = structuredClone(sample);
    catalogue.items.find((i) => i.id === 'it-147')!.status = 'withdrawn';
    const withdrawn = await poster({ item: 'it-147' }, catalogue);
    expect(withdrawn.querySelector('[role="alert"]')!.textContent).to.equal('本事项已撤销，不应再张贴。');
    expect(withdrawn.querySelector('[part="sheet"], button[data-print]')).to.equal(null);
    expect((await poster({ item: 'it-none' })).querySelector('[role="alert"]')!.textContent).to.contain('it-none');
    expect((await poster({})).querySelector('[role="alert"]')!.textContent).to.contain('#zwgk-item=');
    history.replaceState(null, '', '#zwgk-item=it-none');
    const unknownInHash = await poster({});
    expect(unknownInHash.querySelector('[role="alert"]')!.textContent).to.contain('it-none');
    expect(unknownInHash.querySelector('select'), 'a link to an item the catalogue lacks offers the others').not.to.equal(null);
  });

  it('opened without an item it offers the current items by domain, keeps the height it had while loading, and makes the chosen one’s poster', async () => {
    const el = document.createElement('zwgk-notice-poster') as ZwgkNoticePoster;
    el.setAttribute('src', '/__test/catalogue?key=poster-choose&hold=1');
    el.setAttribute('now', TODAY);
    (await fixture<HTMLElement>(html`<div></div>`)).append(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(el.hasAttribute('data-zwgk-loading')).to.equal(true);
    const loadingHeight = el.getBoundingClientRect().height;
    const loaded = oneEvent(el, 'zwgk-catalogue-load');
    await fetch('/__test/release?key=poster-choose');
    await loaded;
    await el.updateComplete;
    expect(el.hasAttribute('data-zwgk-loading')).to.equal(false);
    expect(el.getBoundingClientRect().height, 'the page below does not move up').to.be.at.least(loadingHeight - 1);
    const select = el.querySelector('select')!;
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).to.include('社会救助');
    expect([...select.options].map((option) => option.value)).to.include('it-147');
    expect(select.options.length).to.equal(sample.items.filter((i) => i.status === 'active').length);
    expect(el.querySelector('[role="alert"]')!.textContent).to.contain('请选择');
    select.value = 'it-147';
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(el.querySelector('[part="sheet"] [role="heading"]')!.textContent).to.equal('审核信息');
    expect(location.hash).to.equal('#zwgk-item=it-147');
    expect(document.activeElement, 'focus goes to the print button, not back to the page').to.equal(el.querySelector('button[data-print]'));
  });

  it('offers no withdrawn or expired item for the notice board', async () => {
    const catalogue = structuredClone(sample);
    catalogue.items.find((i) => i.id === 'it-178')!.status = 'withdrawn';
    const values = [...(await poster({}, catalogue)).querySelector('select')!.options].map((option) => option.value);
    expect(values).to.include('it-147');
    expect(values).not.to.include('it-178');
  });

  it('prints alone on A4: the page around it is set aside while printing and restored after', async () => {
    const page = await fixture<HTMLElement>(html`<div id="site"><header id="masthead"><h1>示例县人民政府</h1></header>
      <div id="main"><nav id="column">栏目导航</nav><div id="content"></div></div><footer id="foot">版权所有</footer></div>`);
    const el = document.createElement('zwgk-notice-poster') as ZwgkNoticePoster;
    el.setAttribute('item', 'it-147');
    el.setAttribute('now', TODAY);
    el.catalogue = sample;
    page.querySelector('#content')!.append(el);
    await el.updateComplete;
    const sheetText = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(/@page\s*\{\s*size: a4( portrait)?;/i.test(sheetText), 'an @page rule for A4').to.equal(true);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    const shown = (selector: string) => getComputedStyle(document.querySelector(selector)!).display !== 'none';
    expect(shown('#masthead'), 'site header').to.equal(false);
    expect(shown('#column'), 'column navigation').to.equal(false);
    expect(shown('#foot'), 'footer').to.equal(false);
    expect(shown('zwgk-notice-poster [part="sheet"]')).to.equal(true);
    expect(shown('zwgk-notice-poster [part="actions"]'), 'the print button').to.equal(false);
    expect(getComputedStyle(page.querySelector('#content')!).float).to.equal('none');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.querySelectorAll('[data-zwgk-print-path], [data-zwgk-print-target]').length).to.equal(0);
    expect(document.documentElement.hasAttribute('data-zwgk-poster-printing')).to.equal(false);
    expect(shown('#masthead')).to.equal(true);
  });

  it('English', async () => {
    const el = await poster({ item: 'it-147' }, sample, 'en');
    expect(el.querySelector('button[data-print]')!.textContent).to.equal('Print the poster (A4)');
    expect(field(el, 'Mode')).to.equal('Proactive');
  });

  describe('accessibility (axe)', () => {
    for (const [name, attrs, lang] of [['a 公示 item', { item: 'it-147' }], ['with 我要办', { item: 'it-146' }], ['elder', { item: 'it-147', elder: '' }], ['English', { item: 'it-147' }, 'en'], ['no item', {}]] as [string, Record<string, string>, string?][]) {
      it(name, async () => {
        await expect(await poster(attrs, sample, lang)).to.be.accessible();
      });
    }
    it('error', async () => {
      const el = await fixture<ZwgkNoticePoster>(html`<zwgk-notice-poster item="it-147" src="/__test/status?code=500"></zwgk-notice-poster>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
