/**
 * <zwgk-request-desk> against the real reference server (test/server/api.mjs: the Hono app on an
 * in-memory PGlite, seeded with the demo's desk): sign-in, each role's actions, a refusal, the
 * trace, a printed notice, the open-day desk, the report, axe in every state, keyboard only.
 *
 * The password-mode tests share one browser cookie jar, so they sign out first and run one after
 * another in this file; the open-day desk runs on the second server (/api-sso, signed in by the
 * test's trusted proxy as the admin), whose database holds the sign-ups.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/components/request-desk/define.js';
import type { ZwgkRequestDesk } from '../../../src/components/request-desk/request-desk.js';
import { until } from '../../helpers/probe-consumer.js';

const PASSWORD = 'desk-test-password-2026';
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');
const q = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => {
  const found = el.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const settle = async (el: ZwgkRequestDesk) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
};
const actionButtons = (el: Element) => [...el.querySelectorAll<HTMLButtonElement>('.zwgk-action-buttons button')].map((b) => b.dataset.action);
const active = () => document.activeElement as HTMLElement | null;
/** Compares nodes by identity and names them on failure (a deep diff of two DOM nodes never finishes). */
const expectFocusOn = (target: Element) => expect(active() === target, `focus on ${target.outerHTML.slice(0, 80)}, not on ${active()?.outerHTML.slice(0, 80)}`).to.equal(true);

/** An application taken through steps at the server, as the named officers (or more steps on `code`). */
async function serverSteps(steps: [string, Record<string, unknown>][] = [], extra: Record<string, unknown> = {}): Promise<string> {
  const response = await fetch('/__test/desk/case', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ steps, ...extra }) });
  expect(response.status, 'the test route took the steps').to.equal(200);
  return (await response.json()).code;
}
const newCase = (steps: [string, Record<string, unknown>][] = [], title = '测试所需信息') => serverSteps(steps, { title });

async function signOutEverywhere() {
  const session = await (await fetch('/api-desk/staff/session')).json();
  if (session.signedIn) await fetch('/api-desk/staff/logout', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken }, body: '{}' });
}

async function mount(api = '/api-desk', attrs = ''): Promise<ZwgkRequestDesk> {
  const el = await fixture<ZwgkRequestDesk>(attrs === 'elder' ? html`<zwgk-request-desk api=${api} elder></zwgk-request-desk>` : html`<zwgk-request-desk api=${api}></zwgk-request-desk>`);
  await until(() => !!el.querySelector('.zwgk-sign-in, .zwgk-desk-title'), 8000);
  return el;
}

function type(el: ZwgkRequestDesk, selector: string, value: string) {
  const input = q<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function signIn(username: string, password = PASSWORD): Promise<ZwgkRequestDesk> {
  await signOutEverywhere();
  const el = await mount();
  type(el, 'input[autocomplete="username"]', username);
  type(el, 'input[type="password"]', password);
  await el.updateComplete;
  q(el, '.zwgk-sign-in button[type="submit"]').click();
  await until(() => !!el.querySelector('.zwgk-desk-title, .zwgk-sign-in .zwgk-alert'), 8000);
  await until(() => !!el.querySelector('table.zwgk-queue, .zwgk-empty, .zwgk-sign-in .zwgk-alert'), 8000);
  return el;
}

async function openCase(el: ZwgkRequestDesk, code: string) {
  if (el.querySelector('.zwgk-record-title')) {
    q(el, 'button[data-back]').click();
    await until(() => !!el.querySelector('form.zwgk-filters'), 15_000);
  }
  const state = q<HTMLSelectElement>(el, '[id$="filter-state"]');
  state.value = 'all';
  state.dispatchEvent(new Event('change'));
  q<HTMLInputElement>(el, 'input[type="search"]').value = code;
  q<HTMLFormElement>(el, 'form.zwgk-filters').requestSubmit();
  if (!await until(() => !!el.querySelector(`button[data-code="${code}"]`), 15_000)) {
    const rows = [...el.querySelectorAll('table.zwgk-queue tbody tr')].map((r) => text(r).slice(0, 60));
    throw new Error(`${code} not in the queue after 15 s (state ${state.value}, ${rows.length} rows: ${rows.slice(0, 3).join(' | ')}; alert: ${text(el.querySelector('.zwgk-page-alert') ?? document.createElement('p'))}; ${text(el).slice(0, 200)})`);
  }
  q(el, `button[data-code="${code}"]`).click();
  await until(() => !!el.querySelector('.zwgk-record-title'), 15_000);
  await settle(el);
}

/** Opens the action's form, fills it and confirms; resolves when the server answered. */
async function act(el: ZwgkRequestDesk, action: string, values: Record<string, string> = {}) {
  q(el, `button[data-action="${action}"]`).click();
  await settle(el);
  for (const [name, value] of Object.entries(values)) {
    const field = q(el, `[id$="act-${name}"]`);
    if (field instanceof HTMLFieldSetElement) {
      q<HTMLInputElement>(field, `input[value="${value}"]`).click();
    } else {
      (field as HTMLInputElement).value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    }
    await settle(el);
  }
  const before = el.querySelector('.zwgk-done');
  q<HTMLFormElement>(el, '.zwgk-action-form').requestSubmit();
  // Every answer ends with focus on its message: the step done, or the refusal.
  await until(() => (!!el.querySelector('.zwgk-done') && el.querySelector('.zwgk-done') !== before) || !!el.querySelector('.zwgk-action-form .zwgk-alert, .zwgk-page-alert'), 8000);
  await until(() => !!active()?.matches('.zwgk-done, .zwgk-alert') && el.contains(active()), 8000);
  await settle(el);
}

const traceTitles = (el: Element) => [...el.querySelectorAll('ol.zwgk-trace > li strong')].map((s) => s.textContent!.trim());

describe('<zwgk-request-desk>', function () {
  // Long flows against a server shared with the whole suite (sign-ins hash with scrypt): generous limits on a busy machine.
  this.timeout(60_000);
  after(signOutEverywhere);

  describe('sign-in', () => {
    it('a wrong password is refused with the server’s words, focused, and keeps the name typed', async () => {
      const el = await signIn('dengji', 'wrong-password-x');
      const alert = q(el, '.zwgk-sign-in .zwgk-alert');
      expect(alert.textContent).to.contain('用户名或密码不正确');
      expectFocusOn(alert);
      expect(q<HTMLInputElement>(el, 'input[autocomplete="username"]').value).to.equal('dengji');
      expect(q<HTMLInputElement>(el, 'input[type="password"]').value).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('an empty sign-in says what is missing without asking the server', async () => {
      await signOutEverywhere();
      const el = await mount();
      await expect(el).to.be.accessible();
      q(el, '.zwgk-sign-in button[type="submit"]').click();
      await settle(el);
      expect(text(q(el, '.zwgk-sign-in .zwgk-alert'))).to.contain('请填写用户名');
    });

    it('signs out: the sign-in form comes back, saying so, and the session is gone at the server', async () => {
      const el = await signIn('dengji');
      setTimeout(() => [...el.querySelectorAll('button')].find((b) => b.textContent!.includes('退出登录'))!.click());
      const { detail } = await oneEvent(el, 'zwgk-desk-session');
      expect(detail.signedIn).to.equal(false);
      await until(() => !!el.querySelector('.zwgk-sign-in'));
      expect(text(el)).to.contain('已退出登录');
      expect((await (await fetch('/api-desk/staff/session')).json()).signedIn).to.equal(false);
    });
  });

  describe('the queue', () => {
    it('is sorted by due date, says overdue and due-soon in words, and filters by due state, applicant type and agency', async () => {
      const el = await signIn('dengji');
      expect(text(q(el, '.zwgk-topbar'))).to.contain('李登记（登记员）');
      const rows = [...el.querySelectorAll('table.zwgk-queue tbody tr')];
      expect(rows.length).to.be.greaterThan(15);
      const table = text(q(el, 'table.zwgk-queue'));
      expect(table).to.contain('已逾期');
      expect(table).to.contain('即将到期');
      // Open applications by their reply due date, nearest (or overdue) first.
      const dueDates = rows.filter((r) => !r.classList.contains('zwgk-row-done')).map((r) => r.querySelector('.zwgk-due + .zwgk-sub')?.textContent ?? '')
        .filter(Boolean).map((d) => d.match(/\d+/g)!.map((n) => n.padStart(2, '0')).join('-'));
      expect(dueDates.length).to.be.greaterThan(3);
      expect(dueDates).to.deep.equal([...dueDates].sort());
      const firstRunning = rows.findIndex((r) => r.classList.contains('zwgk-row-running'));
      const lastOverdue = rows.map((r) => r.classList.contains('zwgk-row-overdue')).lastIndexOf(true);
      expect(lastOverdue, 'overdue ones before those still running').to.be.below(firstRunning);
      await expect(el).to.be.accessible();

      const due = q<HTMLSelectElement>(el, '[id$="filter-due"]');
      due.value = 'overdue';
      due.dispatchEvent(new Event('change'));
      await until(() => el.querySelectorAll('table.zwgk-queue tbody tr').length < rows.length, 15_000);
      const overdue = [...el.querySelectorAll('table.zwgk-queue tbody .zwgk-due')];
      expect(overdue.length).to.be.greaterThan(0);
      expect(overdue.every((d) => d.textContent!.includes('已逾期'))).to.equal(true);

      due.value = '';
      due.dispatchEvent(new Event('change'));
      const type = q<HTMLSelectElement>(el, '[id$="filter-applicantType"]');
      type.value = '法人';
      type.dispatchEvent(new Event('change'));
      await until(() => !!el.querySelector('table.zwgk-queue') && [...el.querySelectorAll('table.zwgk-queue tbody td:nth-child(2) .zwgk-sub')].every((s) => s.textContent!.startsWith('法人')), 15_000);
      const organisations = [...el.querySelectorAll('table.zwgk-queue tbody td:nth-child(2) .zwgk-sub')].map((s) => s.textContent!);
      expect(organisations.length).to.be.greaterThan(0);
      expect(organisations.every((s) => s.startsWith('法人'))).to.equal(true);

      const agency = q<HTMLSelectElement>(el, '[id$="filter-agency"]');
      expect(agency.options.length, 'the agencies of the catalogue').to.be.greaterThan(1);
    });

    it('an older answer that arrives late never replaces the newer filter’s rows', async () => {
      const code = await newCase([], '乱序应答测试所需信息');
      const el = await signIn('dengji');
      // The unfiltered query (sent first) answers 800 ms late; the search for one code answers at once.
      const realFetch = window.fetch;
      window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        if (url.includes('/staff/requests?') && !url.includes('q=')) await new Promise((resolve) => setTimeout(resolve, 800));
        return realFetch(input, init);
      }) as typeof fetch;
      try {
        const state = q<HTMLSelectElement>(el, '[id$="filter-state"]');
        state.value = 'all';
        state.dispatchEvent(new Event('change'));
        q<HTMLInputElement>(el, 'input[type="search"]').value = code;
        q<HTMLFormElement>(el, 'form.zwgk-filters').requestSubmit();
        await until(() => !!el.querySelector(`button[data-code="${code}"]`), 15_000);
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await settle(el);
        const codes = [...el.querySelectorAll<HTMLButtonElement>('table.zwgk-queue button[data-code]')].map((b) => b.dataset.code);
        expect(codes).to.deep.equal([code]);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('each role’s actions, the trace, a refusal', () => {
    it('registrar registers and assigns; handler drafts; reviewer approves; registrar archives; the trace dates each step', async () => {
      const code = await newCase([], '2025年示例县农村道路建设资金使用情况');
      let el = await signIn('dengji');
      await openCase(el, code);
      expect(text(q(el, '.zwgk-record-title'))).to.contain('待确认');
      expect(actionButtons(el)).to.include.members(['register', 'void', 'assign']);
      expect(actionButtons(el)).not.to.include('draft_reply');
      setTimeout(() => act(el, 'register'));
      const { detail } = await oneEvent(el, 'zwgk-desk-action');
      expect(detail).to.deep.equal({ kind: 'request', subject: code, action: 'register' });
      await until(() => !!el.querySelector('.zwgk-done'));
      expect(q(el, '.zwgk-done').textContent).to.contain('已登记受理');
      expectFocusOn(q(el, '.zwgk-done'));
      expect(text(q(el, '.zwgk-record-title'))).to.contain('办理中');
      await expect(el).to.be.accessible();

      await act(el, 'assign', { assignee: 'chengban' });
      expect(text(el)).to.contain('承办人：王承办');
      expect(traceTitles(el)).to.include.members(['登记受理', '分派承办人']);
      // A dated trace: every step with its date and who did it.
      const steps = [...el.querySelectorAll('ol.zwgk-trace > li')];
      expect(steps.every((li) => /^\d{4}-\d{2}-\d{2}$/.test(li.querySelector('time')!.getAttribute('datetime')!.slice(0, 10)))).to.equal(true);
      expect(text(q(el, 'ol.zwgk-trace'))).to.contain('李登记（登记员）');

      el = await signIn('chengban');
      await openCase(el, code);
      expect(actionButtons(el)).to.include.members(['request_correction', 'consult', 'propose_extension', 'draft_reply']);
      // The action's form asks for its own fields: the reply type, then what that type needs.
      q(el, 'button[data-action="draft_reply"]').click();
      await settle(el);
      q<HTMLFormElement>(el, '.zwgk-action-form').requestSubmit();
      await settle(el);
      expect(text(q(el, '.zwgk-action-form .zwgk-alert'))).to.contain('请填写答复类型');
      expect(q(el, '[id$="act-reason"]').getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      q(el, '.zwgk-action-form button.zwgk-secondary').click();
      await settle(el);
      await act(el, 'draft_reply', { reason: 'already_public', where: '示例县人民政府门户网站“财政资金”栏目' });
      expect(q(el, '.zwgk-done').textContent).to.contain('已拟定答复');
      expect(actionButtons(el)).not.to.include('approve_reply');

      el = await signIn('shenhe');
      await openCase(el, code);
      expect(actionButtons(el)).to.include.members(['approve_reply', 'return_reply']);
      await act(el, 'approve_reply');
      expect(text(q(el, '.zwgk-record-title'))).to.contain('已办结');
      expect(text(q(el, 'ol.zwgk-trace'))).to.contain('陈审核（审核人）');

      el = await signIn('dengji');
      await openCase(el, code);
      await act(el, 'archive');
      expect(text(q(el, '.zwgk-record-title'))).to.contain('已归档');
      expect(traceTitles(el).length).to.be.at.least(5);
      // What the applicant will see: the outcome and where the information is.
      expect(text(el)).to.contain('已主动公开');
    });

    it('an extension: the handler proposes, the reviewer approves, the due date moves and the trace says by how much', async () => {
      const code = await newCase([['dengji', { action: 'register' }], ['dengji', { action: 'assign', assignee: 'chengban', assigneeName: '王承办' }]]);
      let el = await signIn('chengban');
      await openCase(el, code);
      const dueBefore = text(q(el, '.zwgk-due-line'));
      await act(el, 'propose_extension', { workingDays: '15', reason: '所需信息涉及多个年度的档案，需要调阅整理' });
      expect(text(el)).to.contain('待审核延期');
      el = await signIn('shenhe');
      await openCase(el, code);
      await act(el, 'approve_extension');
      const dueAfter = text(q(el, '.zwgk-due-line'));
      expect(dueAfter).not.to.equal(dueBefore);
      expect(text(q(el, 'ol.zwgk-trace'))).to.match(/延长.*15.*工作日|15.*个工作日/);
    });

    it('refused: the wrong role has no button and the server refuses a forged step with the reason; another officer’s case is refused on screen, focused, and the record shows who has it', async () => {
      const code = await newCase([['dengji', { action: 'register' }]]);
      const el = await signIn('dengji');
      await openCase(el, code);
      expect(actionButtons(el)).not.to.include('draft_reply');
      const session = await (await fetch('/api-desk/staff/session')).json();
      const forged = await fetch(`/api-desk/staff/requests/${code}/actions`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: JSON.stringify({ command: { action: 'draft_reply', outcome: { reason: 'provided' } } }),
      });
      expect(forged.status).to.equal(403);
      expect((await forged.json()).message).to.contain('不能拟定答复');

      const handler = await signIn('chengban2');
      await openCase(handler, code);
      expect(actionButtons(handler)).to.include('draft_reply');
      // Meanwhile the registrar gives the case to the other handler.
      await serverSteps([['dengji', { action: 'assign', assignee: 'chengban', assigneeName: '王承办' }]], { code });
      await act(handler, 'draft_reply', { reason: 'provided' });
      const alert = handler.querySelector('.zwgk-page-alert') ?? q(handler, '.zwgk-action-form .zwgk-alert');
      expect(text(alert)).to.match(/王承办|已有新的办理|其他工作人员/);
      expectFocusOn(alert);
      expect(text(handler)).to.contain('王承办');
      expect(actionButtons(handler)).not.to.include('draft_reply');
      await expect(handler).to.be.accessible();
    });
  });

  describe('a paper application', () => {
    it('the registrar copies a posted application in: missing fields are named, the server’s checks land at their field, and the record opens registered', async () => {
      const el = await signIn('dengji');
      q(el, 'button[data-new-paper]').click();
      await settle(el);
      expectFocusOn(q(el, '.zwgk-paper-form-title'));
      const set = async (name: string, value: string) => {
        const field = q(el, `[id$="paper-${name}"]`);
        if (field instanceof HTMLFieldSetElement) q<HTMLInputElement>(field, `input[value="${value}"]`).click();
        else {
          (field as HTMLInputElement).value = value;
          field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
        }
        await settle(el);
      };
      q<HTMLFormElement>(el, '.zwgk-paper-form').requestSubmit();
      await settle(el);
      expect(text(q(el, '.zwgk-paper-form .zwgk-alert'))).to.contain('请填写申请方式');
      await expect(el).to.be.accessible();
      await set('channel', 'post');
      await set('applicantType', '法人');
      expect(!!el.querySelector('[id$="paper-citizen.name"]'), 'the organisation’s fields replace the person’s').to.equal(false);
      for (const [name, value] of [['organisation.name', '示例县惠民法律服务所'], ['organisation.kind', '法律服务机构'], ['organisation.creditCode', '91350100M000100Y44'],
        ['organisation.legalRepresentative', '孙律'], ['organisation.contactName', '孙律'], ['organisation.phone', '0373-5550001'], ['organisation.address', '示例县法院街2号'],
        ['information.title', '2026年示例县法律援助经费使用情况'], ['provideForm', '纸质'], ['delivery', '邮寄']] as const) await set(name, value);
      // A wrong check digit: the server's rule answers at the field.
      q<HTMLFormElement>(el, '.zwgk-paper-form').requestSubmit();
      await settle(el);
      await until(() => !el.querySelector('.zwgk-paper-form [aria-disabled="true"]') && !!el.querySelector('.zwgk-paper-form .zwgk-alert'), 8000);
      await settle(el);
      expect(text(q(el, '.zwgk-paper-form'))).to.contain('统一社会信用代码校验位');
      expect(q(el, '[id$="paper-organisation.creditCode"]').getAttribute('aria-invalid')).to.equal('true');
      await set('organisation.creditCode', '91350100M000100Y43');
      q<HTMLFormElement>(el, '.zwgk-paper-form').requestSubmit();
      await until(() => !!el.querySelector('.zwgk-done'), 8000);
      await settle(el);
      expectFocusOn(q(el, '.zwgk-done'));
      expect(text(q(el, '.zwgk-record-title'))).to.contain('办理中');
      expect(text(el)).to.contain('信函');
      expect(text(el)).to.contain('法人 · 法律服务机构');
      expect(traceTitles(el)).to.include('登记受理');
    });
  });

  describe('notices', () => {
    it('prints the 受理回执 as a document alone on the page (print CSS), with the agency and the date', async () => {
      const code = await newCase([['dengji', { action: 'register' }]]);
      const el = await signIn('dengji');
      await openCase(el, code);
      const link = [...el.querySelectorAll<HTMLButtonElement>('.zwgk-notice-links button')].find((b) => b.textContent!.includes('受理回执'));
      expect(link, 'a receipt to print').to.exist;
      link!.click();
      await until(() => !!el.querySelector('.zwgk-paper'), 15_000);
      await settle(el);
      const paper = q(el, '.zwgk-paper');
      expectFocusOn(q(el, '.zwgk-paper-title'));
      expect(text(paper)).to.contain(code);
      expect(text(q(el, '.zwgk-paper-signature'))).to.match(/\d{4}年\d{1,2}月\d{1,2}日/);
      await expect(el).to.be.accessible();

      // The print button marks the page for printing while the dialog is up.
      const original = window.print;
      let markedWhilePrinting = false;
      window.print = () => { markedWhilePrinting = document.documentElement.hasAttribute('data-zwgk-print'); };
      try {
        q(el, 'button[data-print]').click();
        expect(markedWhilePrinting).to.equal(true);
        document.documentElement.setAttribute('data-zwgk-print', '');
        await emulateMedia({ media: 'print' });
        await settle(el);
        expect(getComputedStyle(paper).visibility).to.equal('visible');
        expect(getComputedStyle(paper).borderTopStyle, 'no screen frame on paper').to.equal('none');
        expect(getComputedStyle(q(el, '.zwgk-record-title')).visibility).to.equal('hidden');
        expect(getComputedStyle(q(el, 'ol.zwgk-trace')).visibility).to.equal('hidden');
        expect(parseFloat(getComputedStyle(q(el, '.zwgk-paper-p')).fontSize), '16pt body text').to.be.closeTo(21.3, 0.2);
      } finally {
        window.print = original;
        await emulateMedia({ media: 'screen' });
        document.documentElement.removeAttribute('data-zwgk-print');
      }
      window.dispatchEvent(new Event('afterprint'));
      expect(document.documentElement.hasAttribute('data-zwgk-print')).to.equal(false);
    });
  });

  describe('keyboard only', () => {
    it('signs in, moves between sections with the arrow keys, opens an application and takes a step, never leaving the keyboard', async () => {
      const code = await newCase([['dengji', { action: 'register' }]], '键盘办理测试');
      await signOutEverywhere();
      const el = await mount();
      q<HTMLInputElement>(el, 'input[autocomplete="username"]').focus();
      await sendKeys({ type: 'dengji' });
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('type')).to.equal('password');
      await sendKeys({ type: PASSWORD });
      await sendKeys({ press: 'Enter' });
      await until(() => !!el.querySelector('table.zwgk-queue'), 8000);
      expectFocusOn(q(el, '.zwgk-desk-title'));

      // The tabs: focus the current one, then arrows and Home/End.
      q(el, '[role="tab"][aria-selected="true"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(active()?.dataset.section).to.equal('open-days');
      expect(el.section).to.equal('open-days');
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(active()?.dataset.section).to.equal('report');
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(active()?.dataset.section).to.equal('requests');
      await until(() => !!el.querySelector('table.zwgk-queue'), 15_000);

      // Search by keyword with the keyboard, open the record with Enter.
      q(el, 'input[type="search"]').focus();
      await sendKeys({ type: code });
      await sendKeys({ press: 'Enter' });
      await until(() => el.querySelectorAll('table.zwgk-queue tbody tr').length === 1, 15_000);
      q(el, `button[data-code="${code}"]`).focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!el.querySelector('.zwgk-record-title'), 15_000);
      await settle(el);
      expectFocusOn(q(el, '.zwgk-record-title'));

      // Tab to the first action (分派承办人), open it with Enter: focus moves into its form.
      for (let i = 0; i < 10 && active()?.dataset.action !== 'assign'; i++) await sendKeys({ press: 'Tab' });
      expect(active()?.dataset.action).to.equal('assign');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(active()?.id).to.match(/act-assignee$/);
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect((active() as HTMLSelectElement).value).to.not.equal('');
      for (let i = 0; i < 10 && !(active()?.getAttribute('type') === 'submit'); i++) await sendKeys({ press: 'Tab' });
      expect(active()?.textContent).to.contain('确认分派承办人');
      await sendKeys({ press: 'Enter' });
      await until(() => !!el.querySelector('.zwgk-done'), 8000);
      await settle(el);
      expectFocusOn(q(el, '.zwgk-done'));
      expect(traceTitles(el)).to.include('分派承办人');

      // Escape hatch back to the list: the back button, focus returns to the row's button.
      q(el, 'button[data-back]').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => !!el.querySelector(`button[data-code="${code}"]`), 15_000);
      await settle(el);
      expect(active()?.dataset.code).to.equal(code);
    });
  });

  describe('the report (table 三)', () => {
    it('shows the year’s table with its merged headings and offers CSV and xlsx', async () => {
      const el = await signIn('demo');
      [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.dataset.section === 'report')!.click();
      await settle(el);
      q<HTMLFormElement>(el, 'form.zwgk-filters').requestSubmit();
      await until(() => !!el.querySelector('table.zwgk-report'), 8000);
      const table = q(el, 'table.zwgk-report');
      expect(text(table)).to.contain('自然人');
      expect(text(table)).to.contain('商业企业');
      expect(text(table)).to.contain('本年新收政府信息公开申请数量');
      expect(table.querySelector('th[colspan]'), 'the 法人或其他组织 heading spans its five columns').to.exist;
      const links = [...el.querySelectorAll<HTMLAnchorElement>('a.zwgk-download')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['下载 CSV', '下载 Excel']);
      const csv = await fetch(links[0]!.href);
      expect(csv.status).to.equal(200);
      expect(await csv.text()).to.contain('本年新收');
      const xlsx = await fetch(links[1]!.href);
      expect(xlsx.headers.get('content-type')).to.contain('spreadsheetml');
      await expect(el).to.be.accessible();
    });
  });

  describe('the open-day desk (signed in by the trusted proxy)', () => {
    /** Opens the 政府开放日 tab and the first session of the event whose mode is `mode` (审核, 抽签). */
    async function openSession(el: ZwgkRequestDesk, mode: string, ready: string) {
      [...el.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.dataset.section === 'open-days')!.click();
      await until(() => !!el.querySelector('[id$="od-session"] optgroup'), 8000);
      const select = q<HTMLSelectElement>(el, '[id$="od-session"]');
      const group = [...select.querySelectorAll('optgroup')].find((g) => g.label.includes(mode));
      expect(group, `a session in ${mode} mode`).to.exist;
      select.value = group!.querySelector('option')!.value;
      select.dispatchEvent(new Event('change'));
      await until(() => !!el.querySelector(ready), 8000);
      await settle(el);
    }

    it('lists a review session’s sign-ups, approves one, exports, and is axe-clean', async () => {
      const el = await mount('/api-sso');
      expect(!!el.querySelector('.zwgk-sign-in'), 'signed in by the proxy: no password form').to.equal(false);
      expect(text(q(el, '.zwgk-topbar'))).to.contain('演示管理员');
      expect(text(el), 'no sign-out button in trusted-header mode').not.to.contain('退出登录');
      await openSession(el, '审核', 'table.zwgk-attendees');
      expect(text(q(el, 'table.zwgk-attendees'))).to.contain('待确认');
      await expect(el).to.be.accessible();
      const approve = el.querySelector<HTMLButtonElement>('button[data-action="approve"]');
      expect(approve, 'a pending sign-up to approve').to.exist;
      const who = approve!.dataset.attendee!;
      approve!.click();
      await until(() => !!el.querySelector('[id$="od-done"], [id$="od-alert"]'), 8000);
      await settle(el);
      expect(active()?.id).to.match(/od-done$/);
      const row = q(el, `button[data-attendee="${who}"]`).closest('tr') ?? [...el.querySelectorAll('table.zwgk-attendees tbody tr')].find((r) => r.textContent!.includes(who))!;
      expect(text(row)).not.to.contain('待确认');
      const csv = [...el.querySelectorAll<HTMLAnchorElement>('a.zwgk-download')].find((a) => a.textContent!.includes('CSV'))!;
      const response = await fetch(csv.href);
      expect(response.status).to.equal(200);
      expect(await response.text()).to.contain(who);
      await expect(el).to.be.accessible();
    });

    it('runs the draw with the office’s seed: the seed, the candidates’ digest and the verified result are shown, never more than the places', async () => {
      const el = await mount('/api-sso');
      await openSession(el, '抽签', '[id$="od-draw-title"]');
      await expect(el).to.be.accessible();
      type(el, '[id$="od-seed"]', '2026-1205-福彩3D-517');
      q<HTMLFormElement>(el, 'form.zwgk-draw-form').requestSubmit();
      await until(() => text(el).includes('已复核'), 8000);
      expect(text(el)).to.contain('已复核：用同一种子重新抽签，结果一致');
      expect(text(el)).to.contain('2026-1205-福彩3D-517');
      expect(!!el.querySelector('form.zwgk-draw-form'), 'the draw runs once').to.equal(false);
      const [, taken, places] = /入选 (\d+) 人（名额 (\d+)）/.exec(text(el)) ?? [];
      expect(Number(taken)).to.be.at.most(Number(places));
      await expect(el).to.be.accessible();
    });
  });

  describe('elder mode', () => {
    it('draws the desk at elder size (≥ 18px text, 44px targets)', async () => {
      await signOutEverywhere();
      const el = await mount('/api-desk', 'elder');
      const label = q(el, 'label');
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(18);
      const button = q(el, 'button[type="submit"]');
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  });
});
