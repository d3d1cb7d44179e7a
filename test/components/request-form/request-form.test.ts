import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/request-form/define.js';
import type { ZwgkRequestForm } from '../../../src/components/request-form/request-form.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { requestProblems, type RequestPayload } from '../../../src/forms/request-schema.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';
import { axNode, beyond, labelOf, reportsRequired, typeInto, UNBROKEN } from '../../helpers/forms.js';

let catalogue: Catalogue;
before(async () => {
  catalogue = await (await fetch('/demo/data/shixian.json')).json();
});
beforeEach(() => sessionStorage.clear());

async function form(attrs: Record<string, string> = {}, lang?: string) {
  const el = await mountWithCatalogue('zwgk-request-form', attrs, catalogue, lang);
  return el;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ');
/** A node of the element by its local id (`el.uid(local)`). */
const byId = <T extends HTMLElement = HTMLElement>(el: ZwgkRequestForm, local: string) => el.querySelector<T>(`#${CSS.escape(el.uid(local))}`);
const input = (el: ZwgkRequestForm, path: string) => byId<HTMLInputElement>(el, `field-${path}`)!;
const fill = typeInto;
const citizenValues = {
  'citizen.name': '张三', 'citizen.idType': '居民身份证', 'citizen.idNumber': '11010519491231002X', 'citizen.phone': '13800138000',
  'citizen.address': '示例县人民路1号', 'citizen.postcode': '453000', 'citizen.email': 'zhangsan@example.com',
  'information.title': '2026年最低生活保障资金发放情况', 'information.docNo': '示民〔2026〕5号', provideForm: '电子', delivery: '电子邮件', privacyConsent: 'yes',
};
const submit = async (el: ZwgkRequestForm) => {
  el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
  await el.updateComplete;
};
const storedCount = async () => Number(await (await fetch('/__test/requests-count')).text());

describe('<zwgk-request-form>', () => {
  it('a complete 公民 application reaches the server and is stored exactly as typed; the receipt shows the timeline', async () => {
    const el = await form();
    await fill(el, citizenValues);
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const { detail } = await submitted;
    if (detail.kind !== 'request') throw new Error('expected a request receipt');
    const record = await (await fetch(`/__test/requests/${detail.receipt.code}`)).json();
    expect(record.application).to.deep.equal({
      applicantType: '公民',
      citizen: { name: '张三', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13800138000', address: '示例县人民路1号', postcode: '453000', email: 'zhangsan@example.com' },
      information: { title: '2026年最低生活保障资金发放情况', docNo: '示民〔2026〕5号' },
      provideForm: '电子', delivery: '电子邮件', privacyConsent: true,
    });
    await el.updateComplete;
    const receipt = el.querySelector('[part="receipt"]')!;
    expect(receipt.textContent).to.contain(detail.receipt.code);
    expect(receipt.textContent).to.contain('答复日期不晚于');
    expect(document.activeElement).to.equal(receipt);
    expect(sessionStorage.length).to.equal(0);
  });

  it('a complete 法人 application with an agent (a passport, not a 居民身份证) reaches the server as typed, with the organisation’s kind', async () => {
    const el = await form();
    await fill(el, { applicantType: '法人' });
    await fill(el, {
      'organisation.name': '示例县某某建设有限公司', 'organisation.kind': '法律服务机构', 'organisation.creditCode': '91350100M000100Y43', 'organisation.legalRepresentative': '李四',
      'organisation.contactName': '王五', 'organisation.phone': '0373-5551234', 'organisation.address': '示例县建设路9号',
    });
    el.querySelector<HTMLInputElement>('.zwgk-checkbox input[type="checkbox"]')!.click();
    await el.updateComplete;
    await fill(el, { 'agent.name': '赵六', 'agent.idType': '护照', 'agent.idNumber': 'E12345678', 'information.description': '县城第二水厂环评批复', provideForm: '纸质', delivery: '邮寄', privacyConsent: 'yes' });
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const { detail } = await submitted;
    const record = await (await fetch(`/__test/requests/${detail.kind === 'request' ? detail.receipt.code : ''}`)).json();
    expect(record.application.organisation.creditCode).to.equal('91350100M000100Y43');
    expect(record.application.agent).to.deep.equal({ name: '赵六', idType: '护照', idNumber: 'E12345678' });
    expect(record.application.organisation.kind).to.equal('法律服务机构');
    expect(record.application.information).to.deep.equal({ description: '县城第二水厂环评批复' });
    expect(record.application.citizen).to.be.undefined;
  });

  it('submitting empty shows the error summary with focus, and each link focuses its field', async () => {
    const el = await form();
    await submit(el);
    await el.updateComplete;
    const summary = el.querySelector('.zwgk-error-summary')!;
    expect(document.activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.be.at.least(6);
    for (const link of links) {
      link.click();
      const target = document.activeElement!;
      expect(el.contains(target)).to.be.true;
      expect(link.getAttribute('href')).to.equal(`#${target.id}`);
    }
    expect(location.hash, 'the links do not change the page address').to.equal('');
    expect(text(el)).to.contain('请至少填写所需信息的名称、文号或其他特征性描述之一');
    expect(input(el, 'citizen.name').getAttribute('aria-invalid')).to.equal('true');
  });

  for (const [name, setup] of [
    ['a server error (500)', () => fetch('/__test/api-fail?n=1')],
    ['a timeout', () => fetch('/__test/api-slow?n=1')],
  ] as const) {
    it(`${name} keeps every value and a retry records one application`, async () => {
      const el = await form({ 'submit-timeout': '800' });
      await fill(el, citizenValues);
      await setup();
      const before = await storedCount();
      await submit(el);
      expect(await until(() => !!el.querySelector('.zwgk-failure'), 5000)).to.be.true;
      for (const [path, value] of Object.entries(citizenValues)) {
        if (path === 'privacyConsent' || path === 'provideForm' || path === 'delivery') continue;
        expect(input(el, path).value, path).to.equal(value);
      }
      await new Promise((r) => setTimeout(r, 2500)); // let a slow request finish on the server
      const submitted = oneEvent(el, 'zwgk-submitted');
      await submit(el);
      await submitted;
      expect(await storedCount()).to.equal(before + 1);
    });
  }

  it('offline (no server reachable) keeps every value and explains', async () => {
    const el = await form({ action: 'http://127.0.0.1:9/api/requests' });
    await fill(el, citizenValues);
    await submit(el);
    expect(await until(() => text(el).includes('网络连接失败'))).to.be.true;
    expect(input(el, 'citizen.name').value).to.equal('张三');
  });

  it('a reload restores the draft with a notice, without the ID number', async () => {
    const el = await form();
    await fill(el, citizenValues);
    expect(JSON.stringify(sessionStorage)).not.to.contain('11010519491231002X');
    el.parentElement!.remove();
    const again = await form();
    expect(text(again)).to.contain('已恢复您上次填写的内容');
    expect(input(again, 'citizen.name').value).to.equal('张三');
    expect(input(again, 'citizen.idNumber').value).to.equal('');
  });

  it('a double click records exactly one application', async () => {
    const el = await form();
    await fill(el, citizenValues);
    const before = await storedCount();
    const button = el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!;
    const submitted = oneEvent(el, 'zwgk-submitted');
    button.click();
    button.click();
    await submitted;
    await new Promise((r) => setTimeout(r, 300));
    expect(await storedCount()).to.equal(before + 1);
  });

  it('a server 422 is shown like the browser’s own errors, at the field', async () => {
    const el = await form();
    await fill(el, citizenValues);
    await fetch('/__test/api-invalid?n=1');
    await submit(el);
    expect(await until(() => !!el.querySelector('.zwgk-error-summary'))).to.be.true;
    expect(byId(el, 'field-citizen.address-error')!.textContent).to.contain('服务器校验');
  });

  it('checks the identity proof’s type and size, and sends it with the application but never into the draft', async () => {
    const el = await form();
    const choose = async (file: File) => {
      const field = input(el, 'identityProof');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      field.files = transfer.files;
      field.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await choose(new File(['plain text'], '身份证.txt', { type: 'text/plain' }));
    expect(byId(el, 'field-identityProof-error')!.textContent).to.contain('JPG、PNG 或 PDF');
    await choose(new File([new Uint8Array(6 * 1024 * 1024)], '大照片.png', { type: 'image/png' }));
    expect(byId(el, 'field-identityProof-error')!.textContent).to.contain('文件太大');
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
    await choose(new File([png], '身份证正面.png', { type: 'image/png' }));
    expect(byId(el, 'field-identityProof-error')).to.be.null;
    await fill(el, citizenValues);
    expect(JSON.stringify(sessionStorage)).not.to.contain('data:');
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const { detail } = await submitted;
    const record = await (await fetch(`/__test/requests/${detail.kind === 'request' ? detail.receipt.code : ''}`)).json();
    expect(record.application.identityProof).to.include({ name: '身份证正面.png', type: 'image/png', size: png.length });
    expect(record.application.identityProof.sha256).to.match(/^[0-9a-f]{64}$/); // stored in the database, never as a served file
    expect(record.application.identityProof.dataUrl).to.be.undefined;
  });

  it('pre-fills the requested information from the item attribute', async () => {
    const item = catalogue.items.find((i) => i.mode === '依申请')!;
    const el = await form({ item: item.id });
    expect(input(el, 'information.title').value).to.equal(item.name);
    expect(text(el)).to.contain(`关联公开事项：${item.name}`);
  });

  it('the status lookup shows the stored stage', async () => {
    const el = await form();
    await fill(el, citizenValues);
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const { detail } = await submitted;
    const lookup = await form({ mode: 'status' });
    for (const [local, value] of [['lookup-code', detail.kind === 'request' ? detail.receipt.code : ''], ['lookup-contactPhone', '13800138000']] as const) {
      const field = byId<HTMLInputElement>(lookup, local)!;
      field.value = value;
      field.dispatchEvent(new Event('input'));
    }
    await lookup.updateComplete;
    lookup.querySelector<HTMLButtonElement>('[part="lookup"] button[type="submit"]')!.click();
    expect(await until(() => text(lookup).includes('当前进度：接收')), text(lookup)).to.be.true;
    expect(lookup.querySelector('[aria-current="step"]')!.textContent).to.equal('接收');
  });

  it('the status lookup checks both fields first, and keeps what was typed in quick succession', async () => {
    const lookup = await form({ mode: 'status' });
    const button = lookup.querySelector<HTMLButtonElement>('[part="lookup"] button[type="submit"]')!;
    button.click();
    await lookup.updateComplete;
    expect(byId(lookup, 'lookup-code-error')!.textContent).to.contain('请填写申请编号');
    expect(byId(lookup, 'lookup-contactPhone-error')!.textContent).to.contain('请填写申请时填写的联系电话');
    expect(document.activeElement).to.equal(byId(lookup, 'lookup-code'));
    expect(byId(lookup, 'lookup-code')!.getAttribute('aria-describedby')).to.equal(`${lookup.uid('lookup-code')}-error`);
    // Both fields typed before the element re-renders (a fast typist, autofill): neither value is lost.
    for (const [local, value] of [['lookup-code', 'YSQ20260000ZZZZ'], ['lookup-contactPhone', '0373-5551009']]) {
      const field = byId<HTMLInputElement>(lookup, local!)!;
      field.value = value!;
      field.dispatchEvent(new Event('input'));
    }
    button.click();
    expect(await until(() => text(lookup).includes('申请编号或联系电话不正确')), text(lookup)).to.be.true;
    expect(lookup.querySelector('.zwgk-field-error[id]')).to.be.null;
    expect(byId<HTMLInputElement>(lookup, 'lookup-code')!.value).to.equal('YSQ20260000ZZZZ');
  });

  it('takes part in a surrounding form and resets with it', async () => {
    const outer = await fixture<HTMLFormElement>(html`<form><zwgk-request-form name="application"></zwgk-request-form></form>`);
    const el = outer.querySelector('zwgk-request-form')!;
    el.catalogue = catalogue;
    await el.updateComplete;
    await fill(el, { 'citizen.name': '孙八' });
    const value = JSON.parse(String(new FormData(outer).get('application')));
    expect(value.citizen.name).to.equal('孙八');
    outer.reset();
    await el.updateComplete;
    expect(input(el, 'citizen.name').value).to.equal('');
    // What the browser hands back on back/forward navigation: the value the form last set.
    el.formStateRestoreCallback(JSON.stringify({ applicantType: '法人', organisation: { name: '示例县某某公司' }, information: { title: '某文件' }, privacyConsent: true }));
    await el.updateComplete;
    expect(input(el, 'organisation.name').value).to.equal('示例县某某公司');
    expect(input(el, 'information.title').value).to.equal('某文件');
  });

  describe('the office’s configuration (issue 14)', () => {
    const configured = (patch: Record<string, unknown>) => ({ ...catalogue, requestForm: { ...catalogue.requestForm!, ...patch } }) as Catalogue;
    const choices = (el: ZwgkRequestForm, key: string) => [...el.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${key}"]`)].map((r) => r.value);

    it('deliveryMethods listing only 纸质 and 电子 still offers ways to get them, 在线查看 among them, and the form can be sent', async () => {
      const el = await mountWithCatalogue('zwgk-request-form', {}, configured({ deliveryMethods: ['纸质', '电子'] }));
      expect(choices(el, 'provideForm')).to.deep.equal(['纸质', '电子']);
      expect(choices(el, 'delivery')).to.deep.equal(['邮寄', '电子邮件', '自行领取', '现场查阅', '在线查看']);
      await fill(el, { ...citizenValues, delivery: '在线查看' });
      expect(text(el)).to.contain('凭申请编号和联系电话');
      const submitted = oneEvent(el, 'zwgk-submitted');
      await submit(el);
      const { detail } = await submitted;
      const record = await (await fetch(`/__test/requests/${detail.kind === 'request' ? detail.receipt.code : ''}`)).json();
      expect(record.application.delivery).to.equal('在线查看');
    });

    it('提供形式 follows the configuration: an office that lists only electronic ways offers only 电子', async () => {
      const el = await mountWithCatalogue('zwgk-request-form', {}, configured({ deliveryMethods: ['电子邮件', '在线查看'] }));
      expect(choices(el, 'provideForm')).to.deep.equal(['电子']);
      expect(choices(el, 'delivery')).to.deep.equal(['电子邮件', '在线查看']);
    });

    it('applicantTypes from the configuration: an office taking only organisations starts at 法人 and never offers 公民', async () => {
      const el = await mountWithCatalogue('zwgk-request-form', {}, configured({ applicantTypes: ['法人', '其他组织'] }));
      expect(choices(el, 'applicantType')).to.deep.equal(['法人', '其他组织']);
      expect(el.querySelector<HTMLInputElement>('input[name="applicantType"]:checked')!.value).to.equal('法人');
      expect(input(el, 'organisation.name')).to.exist;
      expect(input(el, 'organisation.kind').tagName).to.equal('SELECT');
    });

    it('an agent sends the 委托书 beside the identity proof; where documents are required, a missing 委托书 is named at its field', async () => {
      const el = await mountWithCatalogue('zwgk-request-form', {}, configured({ identityUpload: { enabled: true, required: true, maxBytes: 5_242_880, types: ['image/jpeg', 'image/png', 'application/pdf'] } }));
      await fill(el, citizenValues);
      el.querySelector<HTMLInputElement>('.zwgk-checkbox input[type="checkbox"]:not([name])')!.click();
      await el.updateComplete;
      await fill(el, { 'agent.name': '赵六', 'agent.idType': '港澳居民来往内地通行证', 'agent.idNumber': 'H12345678' });
      const put = (key: string, name: string) => {
        const control = byId<HTMLInputElement>(el, `field-${key}`)!;
        const files = new DataTransfer();
        files.items.add(new File(['%PDF-1.4\n%%EOF\n'], name, { type: 'application/pdf' }));
        control.files = files.files;
        control.dispatchEvent(new Event('change'));
      };
      put('identityProof', '身份证.pdf');
      await el.updateComplete;
      await submit(el);
      expect([...el.querySelectorAll('.zwgk-error-summary a')].map((a) => a.textContent)).to.deep.equal(['由代理人申请的，请上传授权委托书']);
      put('authorization', '委托书.pdf');
      await el.updateComplete;
      const submitted = oneEvent(el, 'zwgk-submitted');
      await submit(el);
      await until(() => !!el.querySelector('[part="receipt"], .zwgk-error-summary, .zwgk-failure'), 5000);
      expect(el.querySelector('[part="receipt"]'), text(el).slice(0, 400)).to.exist;
      const { detail } = await submitted;
      const record = await (await fetch(`/__test/requests/${detail.kind === 'request' ? detail.receipt.code : ''}`)).json();
      expect(record.application.agent).to.deep.equal({ name: '赵六', idType: '港澳居民来往内地通行证', idNumber: 'H12345678' });
      expect([record.application.identityProof?.name, record.application.authorization?.name]).to.deep.equal(['身份证.pdf', '委托书.pdf']);
    });
  });

  describe('what the applicant sees after code + phone (issue 14)', () => {
    async function lookUpCase(code: string) {
      const lookup = await form({ mode: 'status' });
      for (const [local, value] of [['lookup-code', code], ['lookup-contactPhone', '13800138000']] as const) {
        const field = byId<HTMLInputElement>(lookup, local)!;
        field.value = value;
        field.dispatchEvent(new Event('input'));
      }
      await lookup.updateComplete;
      lookup.querySelector<HTMLButtonElement>('[part="lookup"] button[type="submit"]')!.click();
      await until(() => !!lookup.querySelector('ol.zwgk-trace'), 5000);
      await lookup.updateComplete;
      return lookup;
    }
    const steps = (...s: [string, Record<string, unknown>][]) => s;

    it('a refusal: the dated steps, the extension explained, the outcome with its reason and remedies, and the reply to download', async () => {
      const response = await fetch('/__test/desk/case', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ server: 'api', steps: steps(
        ['dengji', { action: 'register' }],
        ['dengji', { action: 'assign', assignee: 'chengban', assigneeName: '王承办' }],
        ['chengban', { action: 'propose_extension', workingDays: 10, reason: '需要调阅多个年度的档案' }],
        ['shenhe', { action: 'approve_extension' }],
        ['chengban', { action: 'draft_reply', outcome: { reason: 'process_information', explanation: '所需信息为正在讨论的内部方案，尚未形成正式决定' } }],
        ['shenhe', { action: 'approve_reply' }],
      ) }) });
      const { code } = await response.json();
      const el = await lookUpCase(code);
      const shown = text(el);
      expect(shown).to.contain('延长10个工作日');
      expect(shown).to.contain('不予公开');
      expect(shown).to.contain('所需信息为正在讨论的内部方案');
      expect(shown).to.contain('行政复议');
      const dates = [...el.querySelectorAll('ol.zwgk-trace time')].map((t) => t.getAttribute('datetime'));
      expect(dates.length).to.be.at.least(3);
      expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}/.test(d!))).to.equal(true);
      // Staff-only words never reach the applicant: the handler's name, the internal reason wording of the extension stays as sent.
      expect(shown).not.to.contain('王承办');
      let downloaded: { name: string; text: string } | undefined;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        void fetch(this.href).then((r) => r.text()).then((body) => (downloaded = { name: this.download, text: body }));
      };
      try {
        el.querySelector<HTMLButtonElement>('button[data-reply]')!.click();
        await until(() => !!downloaded, 5000);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(downloaded!.name).to.equal(`答复书-${code}.html`);
      expect(downloaded!.text).to.contain('政府信息公开申请答复书');
      expect(downloaded!.text).to.contain(code);
      await expect(el).to.be.accessible();
    });

    it('a case in 补正: the clock stopped, and no reply to download yet', async () => {
      const response = await fetch('/__test/desk/case', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ server: 'api', steps: steps(
        ['dengji', { action: 'register' }],
        ['dengji', { action: 'assign', assignee: 'chengban', assigneeName: '王承办' }],
        ['chengban', { action: 'request_correction', items: ['请写明所需信息的年份'] }],
      ) }) });
      const { code } = await response.json();
      const el = await lookUpCase(code);
      expect(text(el)).to.contain('请写明所需信息的年份');
      expect(!!el.querySelector('button[data-reply]'), 'no reply to download yet').to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('audit defects (issue 15)', () => {
    for (const [applicantType, withAgent] of [['公民', false], ['法人', true]] as const) {
      it(`${applicantType}${withAgent ? ' with an agent' : ''}: every field the rules require is reported as required to assistive technology, and no other`, async () => {
        const el = await form();
        await fill(el, { applicantType });
        if (withAgent) {
          el.querySelector<HTMLInputElement>('.zwgk-checkbox input[type="checkbox"]:not([name])')!.click();
          await el.updateComplete;
        }
        // What the rules demand of an empty application; the applicant type is always answered (公民 by default) but required too,
        // and so are an agent's name and ID number once the applicant says an agent applies.
        const requiredPaths = new Set([
          'applicantType', ...(withAgent ? ['agent.name', 'agent.idType', 'agent.idNumber'] : []), ...(applicantType === '公民' ? [] : ['organisation.kind']),
          ...requestProblems({ applicantType, information: {} } as RequestPayload).filter((p) => p.code === 'required' || p.code === 'consent').map((p) => p.path),
        ]);
        const controls = [...el.querySelectorAll<HTMLInputElement>('form[part="form"] input, form[part="form"] select, form[part="form"] textarea')];
        expect(controls.length).to.be.at.least(24);
        const wrong: string[] = [];
        for (const control of controls) {
          const expected = requiredPaths.has(control.name);
          if ((await reportsRequired(control)) !== expected) wrong.push(`${control.name || control.type} “${labelOf(control)}” is ${expected ? 'not ' : ''}reported as required`);
        }
        expect(wrong).to.deep.equal([]);
        const name = await axNode(input(el, applicantType === '公民' ? 'citizen.name' : 'organisation.name'));
        expect(name).to.deep.include({ role: 'textbox', name: applicantType === '公民' ? '姓名' : '名称', required: true });
      });
    }

    it('an agent who applies must be named: the agent’s name and ID number are checked once the box is ticked', async () => {
      const el = await form();
      await fill(el, citizenValues);
      el.querySelector<HTMLInputElement>('.zwgk-checkbox input[type="checkbox"]:not([name])')!.click();
      await el.updateComplete;
      await submit(el);
      const links = [...el.querySelectorAll('.zwgk-error-summary a')].map((a) => a.textContent);
      expect(links).to.deep.equal(['请填写代理人姓名', '请选择代理人证件类型', '请填写代理人证件号码']);
    });

    it('while sending, the submit button keeps focus and says it is busy; a timeout then takes focus, with every value kept', async () => {
      // A server that answers after 3 s, and a form that gives up after 1 s.
      const el = await form({ action: '/__test/slow?ms=3000', 'submit-timeout': '1000' });
      await fill(el, citizenValues);
      const lostTo: string[] = [];
      el.addEventListener('focusout', (event) => (event as FocusEvent).relatedTarget || lostTo.push((event.target as Element).localName));
      const button = el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(button.getAttribute('aria-disabled'), 'the button says it is busy').to.equal('true');
      expect(button.textContent).to.equal('正在提交…');
      expect(document.activeElement, 'focus while sending').to.equal(button);
      expect(await until(() => document.activeElement?.classList.contains('zwgk-failure') ?? false, 5000)).to.be.true;
      expect(document.activeElement!.getAttribute('role')).to.equal('alert');
      expect(document.activeElement!.textContent).to.contain('提交超时');
      expect(lostTo, 'focus never fell to <body>').to.deep.equal([]);
      expect(button.getAttribute('aria-disabled')).to.equal(null);
      expect(button.textContent).to.equal('重新提交');
      expect(input(el, 'citizen.name').value).to.equal('张三');
    });

    for (const elder of [false, true]) {
      it(`reflows at 320 px${elder ? ' in elder mode' : ''}: unbroken e-mail addresses, URLs and codes wrap (form and receipt, English)`, async () => {
        await setViewport({ width: 320, height: 640 });
        try {
          const data = structuredClone(catalogue);
          data.requestForm!.mailingAddress = `示例县人民路88号 ${UNBROKEN.email}`;
          data.requestForm!.help!.inPerson = UNBROKEN.url;
          const el = await mountWithCatalogue('zwgk-request-form', elder ? { elder: '' } : {}, data, 'en');
          expect(beyond(el, 320), 'the form').to.deep.equal([]);
          el.receipt = {
            code: UNBROKEN.code, receivedAt: '2026-11-22T02:00:00Z', stage: '接收', stages: ['接收', '登记', '审核', '办理', '答复', '归档'],
            timeline: { received: '2026-11-22', supplementBy: '2026-12-01', replyBy: '2026-12-21', extendedReplyBy: '2027-01-19', estimate: true },
          };
          await el.updateComplete;
          expect(beyond(el, 320), 'the receipt').to.deep.equal([]);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });

  it('inside a CMS <form>: the page’s form receives the application only, and never sees our own submit', async () => {
    const outer = await fixture<HTMLFormElement>(html`<form action="/cms/save" method="post"><input type="hidden" name="token" value="cms" /><zwgk-request-form name="application"></zwgk-request-form></form>`);
    const el = outer.querySelector('zwgk-request-form')!;
    el.catalogue = catalogue;
    await el.updateComplete;
    const pageHeard: string[] = [];
    outer.addEventListener('submit', (event) => (pageHeard.push('form'), event.preventDefault()));
    const onDocument = (event: Event) => (event.target as Element).closest?.('zwgk-request-form') && pageHeard.push('document');
    document.addEventListener('submit', onDocument);
    try {
      await fill(el, citizenValues);
      const data = new FormData(outer);
      expect([...data.keys()], 'our own fields belong to our inner form').to.deep.equal(['token', 'application']);
      expect(JSON.parse(String(data.get('application'))).citizen.name).to.equal('张三');
      expect(input(el, 'citizen.name').form).not.to.equal(outer);
      // Enter in one of our fields sends the application, not the page's form.
      input(el, 'citizen.address').focus();
      const submitted = oneEvent(el, 'zwgk-submitted');
      await sendKeys({ press: 'Enter' });
      await submitted;
      expect(pageHeard).to.deep.equal([]);
    } finally {
      document.removeEventListener('submit', onDocument);
    }
  });

  describe('accessibility (axe)', () => {
    it('empty form', async () => {
      await expect(await form()).to.be.accessible();
    });
    it('with errors', async () => {
      const el = await form();
      await submit(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('receipt, elder, English', async () => {
      const el = await form({ elder: '' }, 'en');
      await fill(el, citizenValues);
      const submitted = oneEvent(el, 'zwgk-submitted');
      await submit(el);
      await submitted;
      await el.updateComplete;
      expect(text(el)).to.contain('Request received');
      await expect(el).to.be.accessible();
    });
    it('status lookup', async () => {
      await expect(await form({ mode: 'status' })).to.be.accessible();
    });
    it('status lookup with errors', async () => {
      const el = await form({ mode: 'status' });
      el.querySelector<HTMLButtonElement>('[part="lookup"] button[type="submit"]')!.click();
      await el.updateComplete;
      expect(byId(el, 'lookup-code-error')!.textContent).to.contain('请填写申请编号');
      await expect(el).to.be.accessible();
    });
    it('a failure kept every value (offline)', async () => {
      const el = await form({ action: 'http://127.0.0.1:9/api/requests' });
      await fill(el, citizenValues);
      await submit(el);
      expect(await until(() => !!el.querySelector('.zwgk-failure'))).to.be.true;
      await expect(el).to.be.accessible();
    });
  });
});
