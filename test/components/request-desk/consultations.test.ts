// The desk's 意见征集 section against the real server (test/server/api.mjs): the trusted-proxy app
// at /api-sso signs in an administrator, so this file shares no session cookie with other desk tests.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/request-desk/define.js';
import type { ZwgkRequestDesk } from '../../../src/components/request-desk/request-desk.js';
import { until } from '../../helpers/probe-consumer.js';

const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const CONSULTATION = 'cs-t-second';
let codes: string[] = [];

before(async () => {
  const send = async (body: unknown) => (await (await fetch(`/api-sso/consultations/${CONSULTATION}/opinions`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) })).json()).code as string;
  codes = [await send({ opinion: '建议把征求意见稿张贴到各村公示栏。', article: '第二条', name: '赵桂兰', phone: '13912340000' }), await send({ opinion: '同意。' })];
});

async function desk(lang?: string): Promise<ZwgkRequestDesk> {
  const holder = await fixture<HTMLElement>(html`<div lang=${lang ?? 'zh-CN'}><zwgk-request-desk api="/api-sso" section="consultations"></zwgk-request-desk></div>`);
  const el = holder.querySelector<ZwgkRequestDesk>('zwgk-request-desk')!;
  if (!(await until(() => !!el.querySelector(`option[value="${CONSULTATION}"]`), 10_000))) throw new Error(`no consultation to choose: ${flat(el)}`);
  const select = el.querySelector<HTMLSelectElement>('select')!;
  select.value = CONSULTATION;
  select.dispatchEvent(new Event('change'));
  await until(() => el.querySelectorAll('.zwgk-opinions > li').length >= 2);
  return el;
}
const opinion = (el: Element, code: string) => [...el.querySelectorAll('.zwgk-opinions > li')].find((li) => flat(li).includes(code))!;

describe('<zwgk-request-desk> 意见征集', () => {
  it('reached by the arrow keys from another tab; lists each opinion with the contact given', async () => {
    const holder = await fixture<HTMLElement>(html`<div><zwgk-request-desk api="/api-sso" section="open-days"></zwgk-request-desk></div>`);
    const el = holder.querySelector<ZwgkRequestDesk>('zwgk-request-desk')!;
    await until(() => !!el.querySelector('[role="tab"][data-section="open-days"]'));
    el.querySelector<HTMLElement>('[role="tab"][data-section="open-days"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => document.activeElement?.getAttribute('data-section') === 'consultations');
    expect(el.section).to.equal('consultations');
    expect(flat(document.activeElement)).to.equal('意见征集');
    const ready = await desk();
    const first = opinion(ready, codes[0]!);
    expect(flat(first)).to.contain('建议把征求意见稿张贴到各村公示栏。');
    expect(flat(first)).to.contain('赵桂兰 · 13912340000');
    expect(flat(first)).to.contain('待处理');
    expect(flat(opinion(ready, codes[1]!))).to.contain('未留联系方式');
  });

  it('records an outcome from the keyboard: a reason is owed for 未采纳; the draft report quotes only the public summary', async () => {
    const el = await desk();
    const button = opinion(el, codes[0]!).querySelector<HTMLButtonElement>('button[data-decide]')!;
    button.click();
    await until(() => document.activeElement?.matches('.zwgk-decision-form input[type="radio"]') ?? false);
    const notAdopted = [...el.querySelectorAll<HTMLInputElement>('.zwgk-decision-form input[type="radio"]')].find((r) => r.value === 'not_adopted')!;
    notAdopted.click();
    await el.updateComplete;
    el.querySelector<HTMLButtonElement>('.zwgk-decision-form button[type="submit"]')!.click();
    await until(() => !!el.querySelector('.zwgk-decision-form .zwgk-alert'));
    const alert = el.querySelector<HTMLElement>('.zwgk-decision-form .zwgk-alert')!;
    await until(() => document.activeElement === alert);
    expect(flat(el.querySelector('.zwgk-decision-form .zwgk-field-error'))).to.equal('未采纳的意见须说明理由');
    const reason = el.querySelector<HTMLTextAreaElement>('.zwgk-decision-form textarea')!;
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    reason.focus();
    await sendKeys({ type: '公示栏张贴已另有规定' });
    const summary = el.querySelectorAll<HTMLTextAreaElement>('.zwgk-decision-form textarea')[1]!;
    summary.focus();
    await sendKeys({ type: '在村公示栏张贴征求意见稿' });
    const events: string[] = [];
    el.addEventListener('zwgk-desk-action', (e) => events.push(`${e.detail.kind} ${e.detail.action}`));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await until(() => !!el.querySelector('.zwgk-done'));
    expect(flat(el.querySelector('.zwgk-done'))).to.equal(`已记录：${codes[0]} 未采纳`);
    await until(() => document.activeElement === el.querySelector('.zwgk-done'));
    expect(events).to.deep.equal(['opinion not_adopted']);
    const decided = opinion(el, codes[0]!);
    expect(flat(decided)).to.contain('公示栏张贴已另有规定');
    expect(flat(decided)).to.contain('记录人');
    const draft = flat(el.querySelector('.zwgk-report-draft pre'));
    expect(draft).to.contain('在村公示栏张贴征求意见稿');
    expect(draft).not.to.contain('赵桂兰');
    expect(draft).not.to.contain('建议把征求意见稿');
  });

  describe('accessibility (axe)', () => {
    it('the list', async () => {
      await expect((await desk()).parentElement!).to.be.accessible();
    });
    it('the outcome form with an error, English', async () => {
      const el = await desk('en');
      opinion(el, codes[1]!).querySelector<HTMLButtonElement>('button[data-decide]')!.click();
      await until(() => !!el.querySelector('.zwgk-decision-form'));
      el.querySelector<HTMLButtonElement>('.zwgk-decision-form button[type="submit"]')!.click();
      await until(() => !!el.querySelector('.zwgk-decision-form .zwgk-alert'));
      await expect(el.parentElement!).to.be.accessible();
    });
  });
});
