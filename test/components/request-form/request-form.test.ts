import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/request-form/define.js';
import type { ZwgkRequestForm } from '../../../src/components/request-form/request-form.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';

let catalogue: Catalogue;
before(async () => {
  catalogue = await (await fetch('/demo/data/shixian.json')).json();
});
beforeEach(() => sessionStorage.clear());

async function form(attrs: Record<string, string> = {}, lang?: string) {
  const el = await mountWithCatalogue('zwgk-request-form', attrs, catalogue, lang);
  return el;
}
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const input = (el: Element, path: string) => root(el).getElementById(`rf-${path}`) as HTMLInputElement;
async function fill(el: ZwgkRequestForm, values: Record<string, string>) {
  for (const [path, value] of Object.entries(values)) {
    const field = input(el, path);
    if (field.type === 'checkbox' || field.type === 'radio') {
      const target = field.type === 'radio' ? root(el).querySelector<HTMLInputElement>(`input[name="${path}"][value="${value}"]`)! : field;
      target.click();
    } else {
      field.value = value;
      field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input'));
    }
    await el.updateComplete;
  }
}
const citizenValues = {
  'citizen.name': '张三', 'citizen.idType': '居民身份证', 'citizen.idNumber': '11010519491231002X', 'citizen.phone': '13800138000',
  'citizen.address': '示例县人民路1号', 'citizen.postcode': '453000', 'citizen.email': 'zhangsan@example.com',
  'information.title': '2026年最低生活保障资金发放情况', 'information.docNo': '示民〔2026〕5号', provideForm: '电子', delivery: '电子邮件', privacyConsent: 'yes',
};
const submit = async (el: ZwgkRequestForm) => {
  root(el).querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
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
    const receipt = root(el).querySelector('[part="receipt"]')!;
    expect(receipt.textContent).to.contain(detail.receipt.code);
    expect(receipt.textContent).to.contain('答复日期不晚于');
    expect(root(el).activeElement).to.equal(receipt);
    expect(sessionStorage.length).to.equal(0);
  });

  it('a complete 法人 application with an agent reaches the server as typed', async () => {
    const el = await form();
    await fill(el, { applicantType: '法人' });
    await fill(el, {
      'organisation.name': '示例县某某建设有限公司', 'organisation.creditCode': '91350100M000100Y43', 'organisation.legalRepresentative': '李四',
      'organisation.contactName': '王五', 'organisation.phone': '0373-5551234', 'organisation.address': '示例县建设路9号',
    });
    root(el).querySelector<HTMLInputElement>('.checkbox input[type="checkbox"]')!.click();
    await el.updateComplete;
    await fill(el, { 'agent.name': '赵六', 'agent.idNumber': '440308199901010012', 'information.description': '县城第二水厂环评批复', provideForm: '纸质', delivery: '邮寄', privacyConsent: 'yes' });
    const submitted = oneEvent(el, 'zwgk-submitted');
    await submit(el);
    const { detail } = await submitted;
    const record = await (await fetch(`/__test/requests/${detail.kind === 'request' ? detail.receipt.code : ''}`)).json();
    expect(record.application.organisation.creditCode).to.equal('91350100M000100Y43');
    expect(record.application.agent).to.deep.equal({ name: '赵六', idNumber: '440308199901010012' });
    expect(record.application.information).to.deep.equal({ description: '县城第二水厂环评批复' });
    expect(record.application.citizen).to.be.undefined;
  });

  it('submitting empty shows the error summary with focus, and each link focuses its field', async () => {
    const el = await form();
    await submit(el);
    await el.updateComplete;
    const summary = root(el).querySelector('.error-summary')!;
    expect(root(el).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.length).to.be.at.least(6);
    for (const link of links) {
      link.click();
      const target = root(el).activeElement!;
      expect(link.getAttribute('href')).to.equal(`#${target.id}`);
    }
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
      expect(await until(() => !!root(el).querySelector('.failure'), 5000)).to.be.true;
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
    const button = root(el).querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!;
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
    expect(await until(() => !!root(el).querySelector('.error-summary'))).to.be.true;
    expect(root(el).getElementById('rf-citizen.address-error')!.textContent).to.contain('服务器校验');
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
    expect(root(el).getElementById('rf-identityProof-error')!.textContent).to.contain('JPG、PNG 或 PDF');
    await choose(new File([new Uint8Array(6 * 1024 * 1024)], '大照片.png', { type: 'image/png' }));
    expect(root(el).getElementById('rf-identityProof-error')!.textContent).to.contain('文件太大');
    const png = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));
    await choose(new File([png], '身份证正面.png', { type: 'image/png' }));
    expect(root(el).getElementById('rf-identityProof-error')).to.be.null;
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
    (root(lookup).getElementById('lookup-code') as HTMLInputElement).value = detail.kind === 'request' ? detail.receipt.code : '';
    (root(lookup).getElementById('lookup-phone') as HTMLInputElement).value = '13800138000';
    root(lookup).querySelector<HTMLButtonElement>('[part="lookup"] button[type="submit"]')!.click();
    expect(await until(() => text(lookup).includes('当前进度：接收'))).to.be.true;
    expect(root(lookup).querySelector('[aria-current="step"]')!.textContent).to.equal('接收');
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
  });
});
