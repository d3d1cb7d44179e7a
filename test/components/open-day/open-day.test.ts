import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/open-day/define.js';
import type { ZwgkOpenDay } from '../../../src/components/open-day/open-day.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';

let catalogue: Catalogue;
before(async () => {
  catalogue = await (await fetch('/__test/openday-catalogue.json')).json();
});
beforeEach(() => sessionStorage.clear());

async function openDay(attrs: Record<string, string> = {}, lang?: string) {
  const el = await mountWithCatalogue('zwgk-open-day', attrs, catalogue, lang);
  await until(() => !!el.shadowRoot!.querySelector('[part="phase"]'));
  return el;
}
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const remaining = (el: Element, eventId: string) => {
  const article = root(el).querySelector(`[aria-labelledby="ev-${eventId}"]`)!;
  return /剩余名额：(\d+)/.exec(article.textContent!.replace(/\s+/g, ''))?.[1];
};
async function fill(el: ZwgkOpenDay, values: Record<string, string>) {
  for (const [key, value] of Object.entries(values)) {
    const input = root(el).querySelector<HTMLInputElement>(`#od-${key}`)!;
    if (input.type === 'checkbox') input.click();
    else {
      input.value = value;
      input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    }
  }
  await el.updateComplete;
}
const startSignup = async (el: ZwgkOpenDay, eventId: string) => {
  root(el).querySelector<HTMLButtonElement>(`[data-signup="${eventId}/s1"]`)!.click();
  await el.updateComplete;
};
const submit = async (el: ZwgkOpenDay) => {
  root(el).querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
  await el.updateComplete;
};

describe('<zwgk-open-day>', () => {
  it('lists upcoming events with their details, and collapses past ones with the review link', async () => {
    const el = await openDay();
    const titles = [...root(el).querySelectorAll('article .title')].map((t) => t.textContent);
    expect(titles).to.include('测试开放日：先到先得');
    expect(titles).not.to.include('测试开放日：往期');
    const past = root(el).querySelector<HTMLDetailsElement>('details.past')!;
    expect(past.open).to.be.false;
    expect(past.querySelector('a[href="/zwgk/zfkfr/review/"]')!.textContent).to.equal('活动回顾');
    for (const term of ['活动内容', '时间', '地点', '邀请对象', '报名截止', '确定方式', '联系方式']) expect(text(el)).to.contain(term);
    expect(text(el)).to.contain('报名已截止');
    expect(text(el)).to.contain('名额已满');
  });

  it('signs up, confirms with a code, the places left drop, then cancellation raises them again', async () => {
    const el = await openDay();
    expect(await until(() => remaining(el, 'od-t-open') !== undefined)).to.be.true;
    const before = Number(remaining(el, 'od-t-open'));
    await startSignup(el, 'od-t-open');
    await fill(el, { name: '李四', phone: '13800138001', consent: 'yes' });
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const { detail } = await submitted;
    if (detail.kind !== 'open-day') throw new Error('expected an open-day sign-up');
    expect(detail.signup.status).to.equal('confirmed');
    await el.updateComplete;
    const confirmation = root(el).querySelector('[part="confirmation"]')!;
    expect(confirmation.textContent).to.contain('报名成功');
    expect(confirmation.textContent).to.contain(detail.signup.code);
    expect(confirmation.textContent).to.contain('请携带本人身份证');
    expect(root(el).activeElement).to.equal(confirmation);
    expect(await until(() => Number(remaining(el, 'od-t-open')) === before - 1)).to.be.true;
    // self-cancellation with the code and the phone
    (root(el).querySelector('#manage-code') as HTMLInputElement).value = detail.signup.code;
    (root(el).querySelector('#manage-phone') as HTMLInputElement).value = '13800138001';
    root(el).querySelector<HTMLButtonElement>('[part="manage"] button[type="submit"]')!.click();
    expect(await until(() => text(el).includes('报名状态：报名成功'))).to.be.true;
    const cancelled = oneEvent(el, 'zwgk-cancel');
    [...root(el).querySelectorAll<HTMLButtonElement>('[part="manage"] button')].find((b) => b.textContent === '取消报名')!.click();
    expect((await cancelled).detail.signup.status).to.equal('cancelled');
    expect(await until(() => Number(remaining(el, 'od-t-open')) === before)).to.be.true;
  });

  it('organiser selection (审核) records 已报名，待确认', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-review');
    await fill(el, { name: '王五', phone: '13800138002', consent: 'yes' });
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const pending = (await submitted).detail;
    expect(pending.kind === 'open-day' && pending.signup.status).to.equal('pending');
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirmation"]')!.textContent).to.contain('已报名，待确认');
  });

  it('an empty submit shows the error summary with focus, and each link focuses its field', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-open');
    await submit(el);
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(root(el).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.include.members(['请填写姓名', '请填写手机号码']);
    links.find((a) => a.textContent === '请填写手机号码')!.click();
    expect(root(el).activeElement!.id).to.equal('od-phone');
    expect(root(el).querySelector('#od-phone')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector('#od-phone')!.getAttribute('aria-describedby')).to.contain('od-phone-error');
  });

  it('validates the optional ID number (GB 11643) and a wrong mobile number inline', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-open');
    await fill(el, { name: '赵六', phone: '12345', idNumber: '110105194912310022', consent: 'yes' });
    await submit(el);
    await el.updateComplete;
    expect(root(el).querySelector('#od-phone-error')!.textContent).to.contain('11位手机号码');
    expect(root(el).querySelector('#od-idNumber-error')!.textContent).to.contain('校验位');
  });

  it('keeps the draft across a failed submit and a reload, but never the ID number', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-open');
    await fill(el, { name: '钱七', phone: '13800138003', idNumber: '11010519491231002X', question: '想了解办事流程', consent: 'yes' });
    await fetch('/__test/api-fail?n=1');
    await submit(el);
    expect(await until(() => text(el).includes('服务器暂时无法处理'))).to.be.true;
    expect((root(el).querySelector('#od-name') as HTMLInputElement).value).to.equal('钱七');
    expect((root(el).querySelector('#od-idNumber') as HTMLInputElement).value).to.equal('11010519491231002X');
    expect(sessionStorage.length).to.equal(1);
    expect(sessionStorage.getItem(sessionStorage.key(0)!)).not.to.contain('11010519491231002X');
    el.parentElement!.remove();
    const reloaded = await openDay();
    await startSignup(reloaded, 'od-t-open');
    expect(text(reloaded)).to.contain('已恢复您上次填写的内容');
    expect((root(reloaded).querySelector('#od-name') as HTMLInputElement).value).to.equal('钱七');
    expect((root(reloaded).querySelector('#od-idNumber') as HTMLInputElement).value).to.equal('');
  });

  it('offers no sign-up for a closed or full session, with a clear label', async () => {
    const el = await openDay();
    expect(root(el).querySelector('[data-signup="od-t-closed/s1"]')).to.be.null;
    expect(root(el).querySelector('[aria-labelledby="ev-od-t-closed"] [part="phase"]')!.textContent).to.equal('报名已截止');
    expect(root(el).querySelector('[data-signup="od-t-full/s1"]')).to.be.null;
    expect(root(el).querySelector('[aria-labelledby="ev-od-t-full"] [part="phase"]')!.textContent).to.equal('名额已满');
  });

  it('hide-remaining hides the places left', async () => {
    const el = await openDay({ 'hide-remaining': '' });
    await new Promise((r) => setTimeout(r, 200));
    expect(text(el)).not.to.contain('剩余名额');
  });

  it('the sign-up button and form work with the keyboard alone', async () => {
    const el = await openDay();
    root(el).querySelector<HTMLButtonElement>('[data-signup="od-t-open/s1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(await until(() => root(el).activeElement?.id === 'od-name')).to.be.true;
  });

  describe('accessibility (axe)', () => {
    it('list', async () => {
      await expect(await openDay()).to.be.accessible();
    });
    it('form with errors', async () => {
      const el = await openDay();
      await startSignup(el, 'od-t-open');
      await submit(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('confirmation, elder, English', async () => {
      const el = await openDay({ elder: '' }, 'en');
      await startSignup(el, 'od-t-review');
      await fill(el, { name: 'Lee', phone: '13800138009', consent: 'yes' });
      const submitted = oneEvent(el, 'zwgk-submitted');
      await submit(el);
      await submitted;
      await el.updateComplete;
      expect(text(el)).to.contain('Signed up, awaiting confirmation');
      await expect(el).to.be.accessible();
    });
  });
});
