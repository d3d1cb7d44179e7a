import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/open-day/define.js';
import type { ZwgkOpenDay } from '../../../src/components/open-day/open-day.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';
import { beyond, labelOf, reportsRequired, SIGNED_UP_PHONE, signUpOnce, typeInto, UNBROKEN } from '../../helpers/forms.js';

let catalogue: Catalogue;
before(async () => {
  catalogue = await (await fetch('/__test/openday-catalogue.json')).json();
});
beforeEach(() => sessionStorage.clear());

async function openDay(attrs: Record<string, string> = {}, lang?: string) {
  const el = await mountWithCatalogue('zwgk-open-day', attrs, catalogue, lang);
  await until(() => !!el.querySelector('[part="phase"]'));
  return el;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ');
/** A node of the element by its local id (`el.uid(local)`). */
const byId = <T extends HTMLElement = HTMLElement>(el: ZwgkOpenDay, local: string) => el.querySelector<T>(`#${CSS.escape(el.uid(local))}`);
const field = (el: ZwgkOpenDay, key: string) => byId<HTMLInputElement>(el, `field-${key}`)!;
const eventCard = (el: ZwgkOpenDay, eventId: string) => el.querySelector(`[aria-labelledby="${el.uid(`event-${eventId}`)}"]`)!;
const remaining = (el: ZwgkOpenDay, eventId: string) => {
  const article = eventCard(el, eventId);
  return /剩余名额：(\d+)/.exec(article.textContent!.replace(/\s+/g, ''))?.[1];
};
const fill = typeInto;
const startSignup = async (el: ZwgkOpenDay, eventId: string) => {
  el.querySelector<HTMLButtonElement>(`[data-signup="${eventId}/s1"]`)!.click();
  await el.updateComplete;
};
const submit = async (el: ZwgkOpenDay) => {
  el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
  await el.updateComplete;
};

describe('<zwgk-open-day>', () => {
  it('lists upcoming events with their details, and collapses past ones with the review link', async () => {
    const el = await openDay();
    const titles = [...el.querySelectorAll('article .zwgk-title')].map((t) => t.textContent);
    expect(titles).to.include('测试开放日：先到先得');
    expect(titles).not.to.include('测试开放日：往期');
    const past = el.querySelector<HTMLDetailsElement>('details.zwgk-past')!;
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
    const confirmation = el.querySelector('[part="confirmation"]')!;
    expect(confirmation.textContent).to.contain('报名成功');
    expect(confirmation.textContent).to.contain(detail.signup.code);
    expect(confirmation.textContent).to.contain('请携带本人身份证');
    expect(document.activeElement).to.equal(confirmation);
    expect(await until(() => Number(remaining(el, 'od-t-open')) === before - 1)).to.be.true;
    // self-cancellation with the code and the phone
    for (const [local, value] of [['manage-code', detail.signup.code], ['manage-phone', '13800138001']]) {
      const input = byId<HTMLInputElement>(el, local!)!;
      input.value = value!;
      input.dispatchEvent(new Event('input'));
    }
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('[part="manage"] button[type="submit"]')!.click();
    expect(await until(() => text(el).includes('报名状态：报名成功'))).to.be.true;
    const cancelled = oneEvent(el, 'zwgk-cancel');
    [...el.querySelectorAll<HTMLButtonElement>('[part="manage"] button')].find((b) => b.textContent === '取消报名')!.click();
    expect((await cancelled).detail.signup.status).to.equal('cancelled');
    expect(await until(() => Number(remaining(el, 'od-t-open')) === before)).to.be.true;
  });

  describe('after the organiser decided (issue 14)', () => {
    /** A sign-up to the past open day as the desk left it, then looked up with its code and phone. */
    async function lookUpAttendee(status: string, phone: string) {
      const response = await fetch('/__test/openday/attendee', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ eventId: 'od-t-past', status, phone }) });
      const { code } = await response.json();
      const el = await openDay();
      for (const [local, value] of [['manage-code', code], ['manage-phone', phone]]) {
        const input = byId<HTMLInputElement>(el, local!)!;
        input.value = value!;
        input.dispatchEvent(new Event('input'));
      }
      await el.updateComplete;
      el.querySelector<HTMLButtonElement>('[part="manage"] button[type="submit"]')!.click();
      await until(() => text(el).includes('报名状态：'), 5000);
      await el.updateComplete;
      return el;
    }

    it('an attendee who checked in sees 已签到 and answers the 评议 questionnaire once, by keyboard-native radios', async () => {
      const el = await lookUpAttendee('checked_in', '13800138071');
      expect(text(el)).to.contain('报名状态：已签到');
      expect([...el.querySelectorAll('[part="manage"] button')].map((b) => b.textContent!.trim())).not.to.include('取消报名');
      const form = el.querySelector<HTMLFormElement>('form.zwgk-survey')!;
      expect(form, 'the questionnaire').to.exist;
      await expect(el).to.be.accessible();
      form.requestSubmit();
      await until(() => !!el.querySelector('.zwgk-survey .zwgk-failure'));
      expect(text(el.querySelector('.zwgk-survey .zwgk-failure')!)).to.contain('总体评价');
      expect(document.activeElement === el.querySelector('.zwgk-survey .zwgk-failure'), 'the problem takes focus').to.equal(true);
      el.querySelector<HTMLInputElement>(`[id="${el.uid('survey-overall')}"] input[value="4"]`)!.click();
      el.querySelector<HTMLInputElement>(`[id="${el.uid('survey-organisation')}"] input[value="5"]`)!.click();
      const comments = byId<HTMLTextAreaElement>(el, 'survey-comments')!;
      comments.value = '讲解清楚，希望增加线上直播';
      comments.dispatchEvent(new Event('input'));
      await el.updateComplete;
      el.querySelector<HTMLFormElement>('form.zwgk-survey')!.requestSubmit();
      await until(() => text(el).includes('您的评议已提交'), 5000);
      expect(document.activeElement === el.querySelector('.zwgk-manage .zwgk-done'), 'the thanks takes focus').to.equal(true);
      // Looked up again: answered once, never twice.
      el.querySelector<HTMLButtonElement>('[part="manage"] button[type="submit"]')!.click();
      await until(() => text(el).includes('您已提交过评议'), 5000);
      expect(el.querySelector('form.zwgk-survey') === null, 'no second questionnaire').to.equal(true);
    });

    it('the 评议 summary the organiser published shows under the past event: 满意率 and the released comments only', async () => {
      // On the desk's second test server (/api-sso, the admin signed in by the proxy): two attendees answer, one comment is released, the summary published.
      const answer = async (phone: string, comments: string) => {
        const { code } = await (await fetch('/__test/openday/attendee', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ server: 'sso', eventId: 'od-t-past', status: 'checked_in', phone }) })).json();
        const sent = await fetch('/api-sso/open-days/signups/survey', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, phone, answers: { overall: 5, organisation: 3, comments } }) });
        expect(sent.status).to.equal(201);
        return code as string;
      };
      const released = { code: await answer('13800138081', '讲解很细致，希望多举办'), text: '讲解很细致，希望多举办' };
      const withheld = { code: await answer('13800138082', '停车位太少，张三的电话是13800000000'), text: '停车位太少' };
      const session = await (await fetch('/api-sso/staff/session')).json();
      const path = '/api-sso/staff/open-days/od-t-past/sessions/am';
      const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken }, body: JSON.stringify(body) });
      expect((await post(`${path}/survey/comments/${released.code}`, { publish: true })).status).to.equal(200);
      expect((await post(`${path}/survey`, { public: true })).status).to.equal(200);
      void withheld.code;
      const el = await openDay({ api: '/api-sso' });
      await until(() => text(el).includes('活动评议'), 5000);
      const summary = el.querySelector('.zwgk-survey-summary')!;
      expect(text(summary)).to.match(/收到问卷 \d+ 份/);
      expect(text(summary)).to.match(/满意率 \d+%/);
      expect(text(summary)).to.contain(released.text);
      expect(text(summary)).not.to.contain(withheld.text);
    });

    it('a sign-up not drawn reads 未中签, not 已取消报名, and cannot be cancelled', async () => {
      const el = await lookUpAttendee('not_selected', '13800138072');
      expect(text(el)).to.contain('报名状态：未中签');
      expect(text(el)).not.to.contain('已取消报名');
      expect([...el.querySelectorAll('[part="manage"] button')].map((b) => b.textContent!.trim())).not.to.include('取消报名');
    });
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
    expect(el.querySelector('[part="confirmation"]')!.textContent).to.contain('已报名，待确认');
  });

  it('an empty submit shows the error summary with focus, and each link focuses its field', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-open');
    await submit(el);
    await el.updateComplete;
    const summary = el.querySelector('.zwgk-error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(document.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.include.members(['请填写姓名', '请填写手机号码']);
    links.find((a) => a.textContent === '请填写手机号码')!.click();
    expect(document.activeElement).to.equal(field(el, 'phone'));
    expect(field(el, 'phone').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'phone').getAttribute('aria-describedby')).to.contain(`${el.uid('field-phone')}-error`);
  });

  it('validates the optional ID number (GB 11643) and a wrong mobile number inline', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-open');
    await fill(el, { name: '赵六', phone: '12345', idNumber: '110105194912310022', consent: 'yes' });
    await submit(el);
    await el.updateComplete;
    expect(byId(el, 'field-phone-error')!.textContent).to.contain('11位手机号码');
    expect(byId(el, 'field-idNumber-error')!.textContent).to.contain('校验位');
  });

  it('keeps the draft across a failed submit and a reload, but never the ID number', async () => {
    const el = await openDay();
    await startSignup(el, 'od-t-open');
    await fill(el, { name: '钱七', phone: '13800138003', idNumber: '11010519491231002X', question: '想了解办事流程', consent: 'yes' });
    await fetch('/__test/api-fail?n=1');
    await submit(el);
    expect(await until(() => text(el).includes('服务器暂时无法处理'))).to.be.true;
    expect(field(el, 'name').value).to.equal('钱七');
    expect(field(el, 'idNumber').value).to.equal('11010519491231002X');
    expect(sessionStorage.length).to.equal(1);
    expect(sessionStorage.getItem(sessionStorage.key(0)!)).not.to.contain('11010519491231002X');
    el.parentElement!.remove();
    const reloaded = await openDay();
    await startSignup(reloaded, 'od-t-open');
    expect(text(reloaded)).to.contain('已恢复您上次填写的内容');
    expect(field(reloaded, 'name').value).to.equal('钱七');
    expect(field(reloaded, 'idNumber').value).to.equal('');
  });

  it('offers no sign-up for a closed or full session, with a clear label', async () => {
    const el = await openDay();
    expect(el.querySelector('[data-signup="od-t-closed/s1"]')).to.be.null;
    expect(eventCard(el, 'od-t-closed').querySelector('[part="phase"]')!.textContent).to.equal('报名已截止');
    expect(el.querySelector('[data-signup="od-t-full/s1"]')).to.be.null;
    expect(eventCard(el, 'od-t-full').querySelector('[part="phase"]')!.textContent).to.equal('名额已满');
  });

  it('hide-remaining hides the places left', async () => {
    const el = await openDay({ 'hide-remaining': '' });
    await new Promise((r) => setTimeout(r, 200));
    expect(text(el)).not.to.contain('剩余名额');
  });

  it('the sign-up button and form work with the keyboard alone', async () => {
    const el = await openDay();
    el.querySelector<HTMLButtonElement>('[data-signup="od-t-open/s1"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(await until(() => document.activeElement === field(el, 'name'))).to.be.true;
  });

  describe('audit defects (issue 15)', () => {
    it('409 (phone already signed up): the submit button keeps focus while sending, then the alert takes focus; values kept', async () => {
      await signUpOnce('od-t-review', 's1', SIGNED_UP_PHONE);
      const el = await openDay();
      await startSignup(el, 'od-t-review');
      await fill(el, { name: '周九', phone: SIGNED_UP_PHONE, consent: 'yes' });
      const lostTo: string[] = [];
      el.addEventListener('focusout', (event) => (event as FocusEvent).relatedTarget || lostTo.push((event.target as Element).localName));
      const button = el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!;
      button.focus();
      const failed = oneEvent(el, 'zwgk-error');
      button.click();
      await el.updateComplete;
      // Still sending (the answer cannot arrive before this microtask): busy, and focused.
      expect(button.getAttribute('aria-disabled'), 'the button says it is busy').to.equal('true');
      expect(document.activeElement, 'focus while sending').to.equal(button);
      await failed;
      expect(await until(() => document.activeElement?.getAttribute('role') === 'alert')).to.be.true;
      expect(document.activeElement!.textContent).to.contain('该手机号已报名本场次');
      expect(lostTo, 'focus never fell to <body>').to.deep.equal([]);
      expect(field(el, 'name').value).to.equal('周九');
      expect(button.textContent).to.equal('重试');
    });

    it('the sign-up and check-or-cancel fields the rules require report “required” to the accessibility tree', async () => {
      const el = await openDay();
      await startSignup(el, 'od-t-open');
      const required = async (selector: string) => {
        const found: string[] = [];
        for (const control of el.querySelectorAll<HTMLInputElement>(selector)) found.push(`${labelOf(control)}: ${await reportsRequired(control)}`);
        return found;
      };
      expect(await required('form[part="form"] input, form[part="form"] select, form[part="form"] textarea')).to.deep.equal([
        '姓名: true', '手机号码: true', '身份证号（选填）: false', '身份类别（选填）: false', '同行人数（选填）: false', '想了解的问题（选填）: false', '我已阅读并同意本表开头的信息使用说明: true',
      ]);
      expect(await required('[part="manage"] input')).to.deep.equal(['确认码: true', '报名时填写的手机号码: true']);
    });

    for (const elder of [false, true]) {
      it(`reflows at 320 px${elder ? ' in elder mode' : ''}: unbroken addresses, URLs and codes wrap (events and confirmation, English)`, async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const data = structuredClone(catalogue);
          const event = data.openDays![0]!;
          event.pointId = undefined;
          event.address = UNBROKEN.email;
          event.contact = { name: UNBROKEN.url, phone: '0373-5551009' };
          event.registration!.bring = UNBROKEN.url;
          const el = await mountWithCatalogue('zwgk-open-day', elder ? { elder: '' } : {}, data, 'en');
          await until(() => !!el.querySelector('[part="phase"]'));
          el.signup = { code: UNBROKEN.code, eventId: event.id, sessionId: 's1', status: 'confirmed', name: 'Lee' };
          await el.updateComplete;
          el.querySelector<HTMLButtonElement>(`[data-signup="${event.id}/s1"]`)!.click();
          await el.updateComplete;
          expect(beyond(el, 320)).to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
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
    it('a refusal (409)', async () => {
      await signUpOnce('od-t-review', 's1', SIGNED_UP_PHONE);
      const el = await openDay();
      await startSignup(el, 'od-t-review');
      await fill(el, { name: '周九', phone: SIGNED_UP_PHONE, consent: 'yes' });
      await submit(el);
      expect(await until(() => !!el.querySelector('.zwgk-failure'))).to.be.true;
      await expect(el).to.be.accessible();
    });
    it('check-or-cancel with errors', async () => {
      const el = await openDay();
      el.querySelector<HTMLButtonElement>('[part="manage"] button[type="submit"]')!.click();
      await el.updateComplete;
      expect(byId(el, 'manage-code-error')!.textContent).to.contain('请填写确认码');
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
