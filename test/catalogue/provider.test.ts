import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/catalogue/define.js';
import { ZwgkCatalogue } from '../../src/components/catalogue/catalogue.js';
import { define } from '../../src/core/zwgk-element.js';
import { forgetCatalogue } from '../../src/catalogue/loader.js';
import { minimalCatalogue } from '../fixtures/minimal.js';
import { ProbeConsumer, until } from '../helpers/probe-consumer.js';

define('probe-consumer', ProbeConsumer);

/** The provider's own lines (info, loading, error): its `.zwgk-body`, drawn before its children. */
const own = (el: Element) => el.querySelector(':scope > .zwgk-body')!;
const text = (el: Element) => own(el).textContent!.replace(/\s+/g, ' ');
const probeName = (el: Element) => el.querySelector('.name')?.textContent ?? '';

describe('<zwgk-catalogue> provider', () => {
  afterEach(() => forgetCatalogue());

  it('provides a catalogue set as a property and fires zwgk-catalogue-load', async () => {
    const el = document.createElement('zwgk-catalogue');
    el.innerHTML = '<probe-consumer></probe-consumer>';
    const loaded = oneEvent(el, 'zwgk-catalogue-load');
    el.catalogue = minimalCatalogue();
    document.body.append(el);
    const event = await loaded;
    expect(event.detail.catalogue.title).to.equal('示例县基层政务公开事项标准目录');
    const probe = el.querySelector('probe-consumer')!;
    await until(() => probeName(probe) === '示例县');
    expect(probeName(probe)).to.equal('示例县');
    el.remove();
  });

  it('reads an inline <script type="application/json"> child and shows the catalogue info', async () => {
    const json = JSON.stringify(minimalCatalogue());
    const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue show-info>
      <script type="application/json">${json}</script>
      <probe-consumer></probe-consumer>
    </zwgk-catalogue>`);
    await el.updateComplete;
    expect(text(el)).to.contain('示例县基层政务公开事项标准目录');
    expect(text(el)).to.contain('示例县人民政府办公室');
    expect(text(el)).to.contain('2024年03月01日');
    expect(probeName(el.querySelector('probe-consumer')!)).to.equal('示例县');
  });

  it('loads from src, shows a busy state first, and a consumer placed inside gets the data', async () => {
    const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue src="/__test/catalogue?key=src-basic"><probe-consumer></probe-consumer></zwgk-catalogue>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(own(el).querySelector('[role="status"]')).to.exist;
    await oneEvent(el, 'zwgk-catalogue-load');
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    const probe = el.querySelector('probe-consumer')!;
    await until(() => probeName(probe) === '示例县');
    expect(probeName(probe)).to.equal('示例县');
  });

  it('reaches a consumer that upgraded before the provider was defined (lit#2763)', async () => {
    class LateProvider extends ZwgkCatalogue {}
    const host = await fixture(html`<div><zwgk-late-provider><probe-consumer></probe-consumer></zwgk-late-provider></div>`);
    const probe = host.querySelector('probe-consumer')!;
    expect(customElements.get('zwgk-late-provider')).to.be.undefined;
    const provider = host.querySelector('zwgk-late-provider') as ZwgkCatalogue;
    provider.catalogue = minimalCatalogue();
    define('zwgk-late-provider', LateProvider);
    expect(await until(() => probeName(probe) === '示例县')).to.be.true;
  });

  it('reaches a consumer that upgraded after the provider', async () => {
    class LateConsumer extends ProbeConsumer {}
    const host = await fixture(html`<div><zwgk-catalogue .catalogue=${minimalCatalogue()}><late-consumer></late-consumer></zwgk-catalogue></div>`);
    const consumer = host.querySelector('late-consumer')!;
    expect(consumer.shadowRoot).to.be.null;
    define('late-consumer', LateConsumer);
    expect(await until(() => probeName(consumer) === '示例县')).to.be.true;
  });

  it('fetches one URL once, however many elements ask for it', async () => {
    const src = '/__test/catalogue?key=once';
    await fixture(html`<div>
      <zwgk-catalogue src=${src}><probe-consumer></probe-consumer></zwgk-catalogue>
      <zwgk-catalogue src=${src}></zwgk-catalogue>
      <probe-consumer src=${src}></probe-consumer>
      <probe-consumer src="${location.origin}${src}"></probe-consumer>
    </div>`);
    const probes = [...document.querySelectorAll('probe-consumer')];
    expect(await until(() => probes.every((p) => probeName(p) === '示例县'))).to.be.true;
    const { count } = await (await fetch('/__test/count?key=once')).json();
    expect(count).to.equal(1);
  });

  describe('error states', () => {
    async function expectErrorState(el: ZwgkCatalogue, code: string) {
      const event = await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      expect(event.detail.errors[0].kind).to.equal('network');
      expect(event.detail.errors[0].code).to.equal(code);
      const panel = own(el).querySelector('[part="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('暂时无法加载政务公开目录');
      expect(panel.querySelector('details')).to.exist;
      expect(panel.querySelector('button')!.textContent).to.contain('重试');
      await expect(el).to.be.accessible();
    }

    it('shows a readable error for a 404', async () => {
      const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue src="/__test/status?code=404"></zwgk-catalogue>`);
      await expectErrorState(el, 'http-404');
      expect(text(el)).to.contain('HTTP 404');
    });

    it('shows a readable error for a network failure', async () => {
      const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue src="http://127.0.0.1:9/catalogue.json"></zwgk-catalogue>`);
      await expectErrorState(el, 'network-error');
    });

    it('shows a readable error for a timeout', async () => {
      const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue timeout="200" src="/__test/slow?ms=2000"></zwgk-catalogue>`);
      await expectErrorState(el, 'timeout');
      expect(text(el)).to.contain('超时');
    });

    it('lists every data error with its path for editors, and the page children stay', async () => {
      const broken = minimalCatalogue();
      broken.items[0].mode = '公开';
      delete broken.items[0].timeLimit.text;
      const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue .catalogue=${broken}><p id="child">栏目内容</p></zwgk-catalogue>`);
      // zod, which explains the errors, loads only now that they exist.
      await waitUntil(() => own(el).querySelector('[part="error"]'), 'the error panel appears', { timeout: 5000 });
      const items = [...own(el).querySelectorAll('details li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(items.some((line) => line.includes('items[0].mode'))).to.be.true;
      expect(items.some((line) => line.includes('items[0].timeLimit.text') && line.includes('缺少必填项'))).to.be.true;
      expect(text(el)).to.contain('政务公开目录数据有误');
      expect(el.querySelector('#child')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('retries after a network error and then loads', async () => {
      const el = await fixture<ZwgkCatalogue>(html`<zwgk-catalogue src="/__test/status?code=503"></zwgk-catalogue>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      el.src = '/__test/catalogue?key=retry';
      await oneEvent(el, 'zwgk-catalogue-load');
      await el.updateComplete;
      expect(own(el).querySelector('[part="error"]')).to.be.null;
    });

    it('speaks English when the page says lang="en", and follows a change of lang', async () => {
      const host = await fixture(html`<div lang="en"><zwgk-catalogue src="/__test/status?code=404"></zwgk-catalogue></div>`);
      const el = host.querySelector('zwgk-catalogue')!;
      // The error may already have arrived while the fixture settled, so wait on what is shown.
      expect(await until(() => text(el).includes('could not be loaded'))).to.be.true;
      host.setAttribute('lang', 'zh-CN');
      await until(() => text(el).includes('暂时无法加载'));
      expect(text(el)).to.contain('暂时无法加载');
    });
  });
});
