// The opinion form of <zwgk-consultation> against the real reference server (test/server/api.mjs:
// the Hono app on PGlite, a catalogue whose consultations are dated relative to today).
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/consultation/define.js';
import type { ZwgkConsultation } from '../../../src/components/consultation/consultation.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';
import { beyond, labelOf, reportsRequired, typeInto } from '../../helpers/forms.js';

let catalogue: Catalogue;
before(async () => {
  catalogue = await (await fetch('/__test/openday-catalogue.json')).json();
});
beforeEach(() => sessionStorage.clear());

const mount = (attrs: Record<string, string> = {}, lang?: string) => mountWithCatalogue('zwgk-consultation', attrs, catalogue, lang) as Promise<ZwgkConsultation>;
const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const control = (el: ZwgkConsultation, id: string, key: string) => el.querySelector<HTMLTextAreaElement & HTMLInputElement>(`#${CSS.escape(el.uid(`field-${id}-${key}`))}`)!;
const stored = async (id: string): Promise<{ code: string; opinion: string; article: string | null; name: string | null; phone: string | null }[]> => (await fetch(`/__test/opinions/${id}`)).json();
const write = (el: ZwgkConsultation, id: string) => el.querySelector<HTMLButtonElement>(`[data-write-opinion="${id}"]`)!;
const send = async (el: ZwgkConsultation) => {
  el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
  await el.updateComplete;
};
/** A unique text per test, so that what the server stored can be found again. */
const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe('<zwgk-consultation> opinion form (real server)', () => {
  it('opens from the keyboard, sends an opinion and shows the receipt; the server stored it once', async () => {
    const el = await mount({ consultation: 'cs-t-open' });
    const button = write(el, 'cs-t-open');
    expect(flat(button)).to.equal('在线提交意见：测试征集：正在征集');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const opinion = control(el, 'cs-t-open', 'opinion');
    await until(() => document.activeElement === opinion);
    expect(document.activeElement === opinion, 'where focus is').to.equal(true);
    expect(labelOf(opinion)).to.equal('意见建议');
    expect(await reportsRequired(opinion)).to.be.true;
    expect(labelOf(control(el, 'cs-t-open', 'phone'))).to.equal('联系电话（选填）');
    expect(flat(el.querySelector('form[part="form"]'))).to.contain('不会公开');
    const text = unique('建议在村务公开栏同步张贴征求意见稿。');
    await sendKeys({ type: text });
    await typeInto(el, { 'cs-t-open-article': '第三条', 'cs-t-open-name': '王小明', 'cs-t-open-phone': '0373-5551009' });
    const submitted = oneEvent(el, 'zwgk-submitted');
    await send(el);
    const { detail } = await submitted;
    expect(detail.kind).to.equal('opinion');
    // Focus moves to the receipt once it is drawn.
    await until(() => !!document.activeElement?.matches('[part="receipt"]'));
    const receipt = el.querySelector<HTMLElement>('[part="receipt"]')!;
    expect(document.activeElement === receipt, 'focus on the receipt').to.equal(true);
    const code = flat(receipt.querySelector('.zwgk-receipt-code'));
    expect(code).to.match(/^YJ[2-9A-HJKMNP-Z]{8}$/);
    expect(flat(receipt)).to.contain('您的意见已提交');
    const rows = (await stored('cs-t-open')).filter((r) => r.opinion === text);
    expect(rows).to.deep.equal([{ code, opinion: text, article: '第三条', name: '王小明', phone: '0373-5551009' }]);
    // The draft is gone; another opinion starts empty.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('zwgk-consultation'))).to.deep.equal([]);
    write(el, 'cs-t-open').click();
    await el.updateComplete;
    expect(control(el, 'cs-t-open', 'opinion').value).to.equal('');
  });

  it('an empty opinion: the error summary takes focus and its link moves focus to the field; nothing is sent', async () => {
    const el = await mount({ consultation: 'cs-t-open' });
    write(el, 'cs-t-open').click();
    await el.updateComplete;
    const before = (await stored('cs-t-open')).length;
    await typeInto(el, { 'cs-t-open-phone': '12345' });
    await send(el);
    const summary = el.querySelector<HTMLElement>('[part="error-summary"]')!;
    await until(() => document.activeElement === summary);
    expect(document.activeElement === summary, 'where focus is').to.equal(true);
    expect([...summary.querySelectorAll('a')].map((a) => flat(a))).to.deep.equal(['请填写意见建议', '请填写手机号码或带区号的固定电话，如 0373-5551009']);
    summary.querySelector('a')!.click();
    expect(document.activeElement === control(el, 'cs-t-open', 'opinion'), 'where focus is').to.equal(true);
    expect(control(el, 'cs-t-open', 'opinion').getAttribute('aria-invalid')).to.equal('true');
    expect(control(el, 'cs-t-open', 'opinion').getAttribute('aria-describedby')).to.contain('-error');
    expect((await stored('cs-t-open')).length).to.equal(before);
  });

  it('keeps what was typed: after a reload the form comes back open with the text, and can be cleared', async () => {
    const first = await mount({ consultation: 'cs-t-open' });
    write(first, 'cs-t-open').click();
    await first.updateComplete;
    await typeInto(first, { 'cs-t-open-opinion': '还没写完的意见', 'cs-t-open-name': '李四' });
    first.remove();
    const again = await mount({ consultation: 'cs-t-open' });
    await again.updateComplete;
    expect(control(again, 'cs-t-open', 'opinion').value).to.equal('还没写完的意见');
    expect(control(again, 'cs-t-open', 'name').value).to.equal('李四');
    const notice = again.querySelector('form[part="form"] .zwgk-notice[role="status"]')!;
    expect(flat(notice)).to.contain('已恢复您上次填写的内容');
    notice.querySelector('button')!.click();
    await again.updateComplete;
    expect(control(again, 'cs-t-open', 'opinion').value).to.equal('');
  });

  it('a server failure keeps the text and says so; the retry sends the same idempotency key and records one opinion', async () => {
    const el = await mount({ consultation: 'cs-t-second' });
    write(el, 'cs-t-second').click();
    await el.updateComplete;
    const text = unique('重试测试意见');
    await typeInto(el, { 'cs-t-second-opinion': text });
    const keys: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input).includes('/opinions')) keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
      return realFetch(input, init);
    };
    try {
      await fetch('/__test/api-fail?n=1');
      const failed = oneEvent(el, 'zwgk-error');
      await send(el);
      await failed;
      await until(() => !!el.querySelector('.zwgk-failure'));
      const failure = el.querySelector<HTMLElement>('.zwgk-failure')!;
      expect(flat(failure)).to.equal('服务器暂时无法处理，您填写的内容已保留，请稍后重试。');
      await until(() => document.activeElement === failure);
      expect(document.activeElement === failure, 'where focus is').to.equal(true);
      expect(control(el, 'cs-t-second', 'opinion').value).to.equal(text);
      expect(flat(el.querySelector('form[part="form"] button[type="submit"]'))).to.equal('重新提交');
      await send(el);
      await until(() => !!el.querySelector('[part="receipt"]'));
    } finally {
      window.fetch = realFetch;
    }
    expect(keys.length).to.equal(2);
    expect(keys[0]).to.equal(keys[1]);
    expect((await stored('cs-t-second')).filter((r) => r.opinion === text).length).to.equal(1);
  });

  it('a consultation the server says has closed (410): the reason is shown, focused, and the text kept', async () => {
    const yesterday = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const el = await mount({ consultation: 'cs-t-closed', now: yesterday });
    write(el, 'cs-t-closed').click();
    await el.updateComplete;
    await typeInto(el, { 'cs-t-closed-opinion': '截止后的意见' });
    await send(el);
    await until(() => !!el.querySelector('.zwgk-failure'));
    const failure = el.querySelector<HTMLElement>('.zwgk-failure')!;
    expect(flat(failure)).to.match(/^意见征集已于 .+ 截止，不再接收意见。意见未被接受，您填写的内容已保留。$/);
    await until(() => document.activeElement === failure);
    expect(document.activeElement === failure, 'where focus is').to.equal(true);
    expect(control(el, 'cs-t-closed', 'opinion').value).to.equal('截止后的意见');
    expect(await stored('cs-t-closed')).to.deep.equal([]);
    // Today (the element's own clock) it is closed: no form, no button.
    const today = await mount({ consultation: 'cs-t-closed' });
    expect(today.querySelector('[data-write-opinion]')).to.equal(null);
  });

  it('a page can stop the send (zwgk-submit is cancelable); the form closes back to its button', async () => {
    const el = await mount({ consultation: 'cs-t-open' });
    write(el, 'cs-t-open').click();
    await el.updateComplete;
    await typeInto(el, { 'cs-t-open-opinion': '由页面拦截的意见' });
    el.addEventListener('zwgk-submit', (e) => e.preventDefault(), { once: true });
    await send(el);
    expect(el.querySelector('[part="receipt"]')).to.equal(null);
    expect((await stored('cs-t-open')).some((r) => r.opinion === '由页面拦截的意见')).to.be.false;
    el.querySelector<HTMLButtonElement>('form[part="form"] button.zwgk-secondary')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.querySelector('form[part="form"]')).to.equal(null);
    expect(document.activeElement === write(el, 'cs-t-open'), 'where focus is').to.equal(true);
  });

  it('English, elder mode and a 320 px screen', async () => {
    const en = await mount({ consultation: 'cs-t-open' }, 'en');
    write(en, 'cs-t-open').click();
    await en.updateComplete;
    await send(en);
    expect(flat(en.querySelector('[part="error-summary"]'))).to.contain('Enter Your opinion');
    expect(labelOf(control(en, 'cs-t-open', 'name'))).to.equal('Name (optional)');
    await setViewport({ width: 320, height: 640 });
    try {
      const elder = await mount({ consultation: 'cs-t-open', elder: '' });
      write(elder, 'cs-t-open').click();
      await elder.updateComplete;
      const opinion = control(elder, 'cs-t-open', 'opinion');
      expect(parseFloat(getComputedStyle(opinion).fontSize)).to.be.at.least(18);
      expect(opinion.getBoundingClientRect().height).to.be.at.least(44);
      expect(beyond(elder, 320)).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility (axe)', () => {
    it('form open', async () => {
      const el = await mount({ consultation: 'cs-t-open' });
      write(el, 'cs-t-open').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('errors', async () => {
      const el = await mount({ consultation: 'cs-t-open' }, undefined);
      write(el, 'cs-t-open').click();
      await el.updateComplete;
      await send(el);
      await expect(el).to.be.accessible();
    });
    it('refused (410) in elder mode', async () => {
      const el = await mount({ consultation: 'cs-t-closed', now: new Date(Date.now() - 3 * 86_400_000).toISOString(), elder: '' });
      write(el, 'cs-t-closed').click();
      await el.updateComplete;
      await typeInto(el, { 'cs-t-closed-opinion': '截止后的意见' });
      await send(el);
      await until(() => !!el.querySelector('.zwgk-failure'));
      await expect(el).to.be.accessible();
    });
    it('receipt, English', async () => {
      const el = await mount({ consultation: 'cs-t-second' }, 'en');
      write(el, 'cs-t-second').click();
      await el.updateComplete;
      await typeInto(el, { 'cs-t-second-opinion': unique('axe receipt') });
      await send(el);
      await until(() => !!el.querySelector('[part="receipt"]'));
      await expect(el).to.be.accessible();
    });
  });
});
