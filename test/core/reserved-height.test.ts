// While its catalogue loads, an element keeps the height the page's cloak gave it before the
// script ran (issue 16: the request form shrank to its fallback, then grew and pushed the footer
// down; CLS 0.490). The catalogue answer is held by the test server until the test lets it go.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/catalogue/define.js';
import '../../src/components/policy-card/define.js';
import '../../src/components/request-form/define.js';
import { forgetCatalogue } from '../../src/catalogue/loader.js';
import { until } from '../helpers/probe-consumer.js';

const release = (key: string) => fetch(`/__test/release?key=${key}`);
const height = (el: Element) => el.getBoundingClientRect().height;
const fontSize = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

describe('reserved height while loading', () => {
  afterEach(() => forgetCatalogue());

  it('keeps 40em (not the one-line fallback) while loading, and lets go when the catalogue arrives', async () => {
    const el = await fixture(html`<zwgk-policy-card src="/__test/catalogue?key=reserve-1&hold=1"><p>政策解读栏目</p></zwgk-policy-card>`);
    await until(() => el.hasAttribute('data-zwgk-loading'));
    expect(el.hasAttribute('data-zwgk-loading')).to.be.true;
    expect(height(el)).to.be.closeTo(40 * fontSize(el), 1);
    const loaded = oneEvent(el, 'zwgk-catalogue-load');
    await release('reserve-1');
    await loaded;
    await until(() => !el.hasAttribute('data-zwgk-loading'));
    expect(el.hasAttribute('data-zwgk-loading')).to.be.false;
    expect(el.querySelector('p')?.textContent).not.to.equal('政策解读栏目');
    // Its own height from now on, whatever it is: no minimum left behind.
    expect(getComputedStyle(el).minHeight).to.be.oneOf(['auto', '0px']);
  });

  it('takes --zwgk-reserved-height from the page, and a status look-up form keeps 16em', async () => {
    const box = await fixture(html`<div>
      <zwgk-policy-card class="short" src="/__test/catalogue?key=reserve-2&hold=1"></zwgk-policy-card>
      <zwgk-request-form mode="status" src="/__test/catalogue?key=reserve-2&hold=1"></zwgk-request-form>
    </div>`);
    const style = document.createElement('style');
    style.textContent = 'zwgk-policy-card.short { --zwgk-reserved-height: 10em; }';
    document.head.append(style);
    try {
      const [card, status] = [box.querySelector('zwgk-policy-card')!, box.querySelector('zwgk-request-form')!];
      await until(() => card.hasAttribute('data-zwgk-loading') && status.hasAttribute('data-zwgk-loading'));
      expect(height(card)).to.be.closeTo(10 * fontSize(card), 1);
      expect(height(status)).to.be.closeTo(16 * fontSize(status), 1);
    } finally {
      style.remove();
      await release('reserve-2');
    }
  });

  it('lets go on an error too: the error panel is as tall as it needs', async () => {
    const el = await fixture(html`<zwgk-policy-card src="/__test/status?code=404"></zwgk-policy-card>`);
    await until(() => !!el.querySelector('[part="error"]'));
    expect(el.hasAttribute('data-zwgk-loading')).to.be.false;
    expect(getComputedStyle(el).minHeight).to.be.oneOf(['auto', '0px']);
    expect(height(el)).to.be.below(40 * fontSize(el));
  });

  it('<zwgk-catalogue show-info> keeps the info line\'s place while loading: the elements below do not move', async () => {
    const el = await fixture(html`<zwgk-catalogue show-info src="/__test/catalogue?key=reserve-3&hold=1"><p class="below">下方内容</p></zwgk-catalogue>`);
    const below = el.querySelector('.below')!;
    await until(() => !!el.querySelector('.zwgk-info'));
    const before = below.getBoundingClientRect().top;
    const loaded = oneEvent(el, 'zwgk-catalogue-load');
    await release('reserve-3');
    await loaded;
    await until(() => (el.querySelector('.zwgk-info')?.textContent ?? '').includes('示例县'));
    expect(el.querySelector('.zwgk-info')!.textContent).to.contain('示例县基层政务公开事项标准目录');
    expect(below.getBoundingClientRect().top).to.equal(before);
  });
});
