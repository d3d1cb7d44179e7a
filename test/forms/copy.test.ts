// The forms' words as a citizen reads them (issue 19's copy review): an error names its field, a
// checkbox error says to tick it, no label says 选填 twice, consent wording does not point at
// things that are not there, and English pages carry no Chinese screen-reader prefix.
import { expect } from '@open-wc/testing';
import { fieldError } from '../../src/forms/form-view.js';
import '../../src/components/request-form/define.js';
import '../../src/components/open-day/define.js';
import { messages as treeMessages } from '../../src/components/catalogue-tree/messages.js';
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
    expect(treeMessages.en.total(1)).to.equal('1 item');
    expect(treeMessages.en.itemCount(3)).to.equal('3 items');
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
