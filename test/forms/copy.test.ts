// The forms' words as a citizen reads them (issue 19's copy review): an error names its field, a
// checkbox error says to tick it, no label says 选填 twice, consent wording does not point at
// things that are not there, and English pages carry no Chinese screen-reader prefix.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fieldError } from '../../src/forms/form-view.js';
import '../../src/components/request-form/define.js';
import '../../src/components/open-day/define.js';
import { messages as treeMessages } from '../../src/components/catalogue-tree/messages.js';
import { en as treeMessagesEn } from '../../src/components/catalogue-tree/messages.en.js';
import { messages as policyMessages } from '../../src/components/policy-card/messages.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { mountWithCatalogue, until } from '../helpers/probe-consumer.js';

const view = (el: Element) => (el.shadowRoot ?? el) as ParentNode;
const text = (el: Element) => (view(el) as Element | ShadowRoot).textContent!.replace(/\s+/g, ' ');

describe('form messages', () => {
  const companions = { key: 'companions', label: '同行人数', type: 'number' as const, required: false };
  const consent = { key: 'consent', label: '我已阅读并同意本表开头的信息使用说明', type: 'checkbox' as const, required: true };

  it('a number error names its field, in both languages', () => {
    expect(fieldError(companions, '两个', 'zh-CN')).to.equal('同行人数只能填写数字，如 2');
    expect(fieldError(companions, 'two', 'en')).to.equal('同行人数: enter digits only, like 2');
    expect(fieldError(companions, '2', 'zh-CN')).to.equal(undefined);
  });

  it('an unticked required checkbox asks to tick it, quoting its words', () => {
    expect(fieldError(consent, '', 'zh-CN')).to.equal('请勾选“我已阅读并同意本表开头的信息使用说明”');
    expect(fieldError({ ...consent, label: 'I agree' }, '', 'en')).to.equal('Tick “I agree” to continue');
    expect(fieldError({ key: 'identity', label: '身份类别', type: 'select', required: true }, '', 'zh-CN')).to.equal('请选择身份类别');
  });

  it('counts read as English in the singular too', () => {
    expect(treeMessagesEn.total(1)).to.equal('1 item');
    expect(treeMessagesEn.itemCount(3)).to.equal('3 items');
    expect(policyMessages.en.count(1)).to.equal('1 policy document');
    expect(treeMessages['zh-CN'].detailEmpty).not.to.contain('左侧');
  });
});

describe('form copy in the elements', () => {
  // Found by what a reader sees (label and button text), not by ids or classes, so these tests
  // outlive changes to the elements' markup.
  let catalogue: Catalogue;
  before(async () => {
    catalogue = await (await fetch('/demo/data/shixian.json')).json();
  });
  beforeEach(() => sessionStorage.clear());

  const labelled = (el: Element, words: string) => [...view(el).querySelectorAll('label')].find((l) => l.textContent!.includes(words));
  const control = (el: Element, words: string) => (labelled(el, words) as HTMLLabelElement | undefined)?.control as HTMLInputElement | null | undefined;
  const button = (scope: ParentNode, words: string) => [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(words));

  it('request form: 用途 is marked 选填 once', async () => {
    const el = await mountWithCatalogue('zwgk-request-form', { action: '/api/requests' }, catalogue);
    await until(() => !!labelled(el, '用途'));
    expect(labelled(el, '用途')!.textContent!.replace(/\s+/g, '')).to.equal('用途（选填）');
  });

  for (const [lang, choose, none, chosen] of [['zh-CN', '选择文件', '未选择文件', '已选择：身份证.png'], ['en', 'Choose file', 'No file chosen', 'Chosen: 身份证.png']] as const) {
    it(`request form (${lang}): the identity-proof file control speaks the page's language, not the browser's, and works by keyboard`, async () => {
      const withUpload = structuredClone(catalogue);
      withUpload.requestForm = { ...withUpload.requestForm!, identityUpload: { enabled: true, required: false, maxBytes: 1024 * 1024 } };
      const el = await mountWithCatalogue('zwgk-request-form', { action: '/api/requests' }, withUpload, lang);
      const label = lang === 'en' ? 'Proof of identity' : '身份证明材料';
      await until(() => !!control(el, label));
      const input = control(el, label)!;
      expect(input.type).to.equal('file');
      const field = input.closest('.zwgk-field')!;
      const shown = field.textContent!.replace(/\s+/g, ' ');
      expect(shown).to.contain(choose);
      expect(shown).to.contain(none);
      // The native control (with the browser's own words) is invisible, and lies exactly over the drawn button, which takes the clicks' place.
      expect(getComputedStyle(input).opacity).to.equal('0');
      const drawn = [...field.querySelectorAll<HTMLElement>('[aria-hidden="true"]')].find((n) => n.textContent!.trim() === choose)!;
      const [a, b] = [input.getBoundingClientRect(), drawn.getBoundingClientRect()];
      expect([a.left, a.top, a.width, a.height].map(Math.round)).to.deep.equal([b.left, b.top, b.width, b.height].map(Math.round));
      expect(b.height).to.be.at.least(44);
      // Its description (read with the field) names the chosen file once one is picked.
      const described = () => input.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      expect(described()).to.contain(none);
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '身份证.png', { type: 'image/png' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => field.textContent!.includes(chosen));
      expect(described()).to.contain(chosen);
      // Tab reaches the control, and its focus ring shows on the drawn button.
      const before = [...el.querySelectorAll<HTMLElement>('input, button, select, textarea')].filter((n) => n.offsetParent !== null);
      before[before.indexOf(input) - 1]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(input);
      expect(getComputedStyle(drawn).outlineStyle).not.to.equal('none');
      // Disabled (as in a static copy without script), the drawn button looks it.
      input.disabled = true;
      expect(getComputedStyle(drawn).borderTopStyle).to.equal('dashed');
    });
  }

  it('open-day sign-up: consent text names what it covers; errors name 同行人数 and ask to tick the box; an English page has no Chinese prefix', async () => {
    const el = await mountWithCatalogue('zwgk-open-day', { now: '2027-01-01T10:00:00+08:00', api: '/__test/no-api' }, catalogue);
    await until(() => !!button(view(el), '我要报名'));
    const event = [...view(el).querySelectorAll('article')].find((a) => a.textContent!.includes('义务教育招生政策开放日'))!;
    button(event, '我要报名')!.click();
    await until(() => !!control(el, '同行人数'));
    expect(text(el)).not.to.contain('上述');
    const companions = control(el, '同行人数')!;
    companions.value = '两个';
    companions.dispatchEvent(new Event('input', { bubbles: true }));
    button(view(el), '提交报名')!.click();
    await until(() => text(el).includes('同行人数只能填写数字'));
    expect(text(el)).to.contain('请勾选“我已阅读并同意本表开头的信息使用说明”');
    expect(text(el)).not.to.contain('请填写数字');

    el.setAttribute('lang', 'en');
    await until(() => text(el).includes('Tick “'));
    expect(text(el)).to.contain('Error: ');
    expect(text(el)).not.to.contain('错误：');
  });
});
