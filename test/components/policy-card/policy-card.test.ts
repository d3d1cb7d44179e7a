import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/policy-card/define.js';
import type { ZwgkPolicyCard } from '../../../src/components/policy-card/policy-card.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { XSS_VECTORS } from '../../fixtures/xss-vectors.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
before(async () => {
  sample = await (await fetch('/demo/data/shixian.json')).json();
});

async function card(attrs: Record<string, string> = {}, catalogue: unknown = sample, lang?: string) {
  const el = await mountWithCatalogue('zwgk-policy-card', attrs, catalogue, lang);
  return el;
}
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ');
const dd = (el: Element, term: string) =>
  [...el.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent?.trim();
const docTitle = (el: ZwgkPolicyCard) => el.querySelector(`#${CSS.escape(el.uid('doc-title'))}`);

describe('<zwgk-policy-card>', () => {
  it('renders every document field of a policy from the sample', async () => {
    const el = await card({ policy: 'po-dibao' });
    const policy = sample.policies!.find((p) => p.id === 'po-dibao')!;
    expect(docTitle(el)!.textContent).to.contain(policy.title);
    expect(dd(el, '发文机关')).to.equal('示例县人民政府办公室');
    expect(dd(el, '发文字号')).to.equal('示政办〔2026〕12号');
    expect(dd(el, '成文日期')).to.equal('2026年03月18日');
    expect(dd(el, '发布日期')).to.equal('2026年03月20日');
    expect(dd(el, '索引号')).to.equal(policy.indexNo);
    expect(dd(el, '主题分类')).to.equal('社会保障、民政、扶贫、救灾');
    expect(el.querySelector('[part="badge"]')!.textContent).to.equal('有效');
    expect(el.querySelector<HTMLAnchorElement>('a[href="/zwgk/zcwj/2026/dibao.html"]')).to.exist;
    expect(el.querySelectorAll('[part="interpretation"]').length).to.equal(3);
    expect(text(el)).to.contain('第一解读人');
    expect(text(el)).to.contain('县民政局局长');
  });

  it('shows the right 有效性 badge for each status, and a banner for repealed and expired documents', async () => {
    const expected: Record<string, string> = { 'po-dibao': '有效', 'po-housing': '已修改', 'po-farm': '试行', 'po-eldercare': '已废止', 'po-disaster': '已失效' };
    for (const [id, label] of Object.entries(expected)) {
      const el = await card({ policy: id });
      expect(el.querySelector('[part="badge"]')!.textContent, id).to.equal(label);
      const banner = el.querySelector('[part="banner"]');
      if (label === '已废止' || label === '已失效') expect(banner!.textContent).to.contain(`本文件${label}`);
      else expect(banner, id).to.be.null;
    }
    const trial = await card({ policy: 'po-farm' });
    expect(dd(trial, '有效期')).to.equal('2025年04月03日 — 2027年04月02日');
  });

  it('marks 同步发布, counts the days of a late interpretation, and warns editors with strict-sync', async () => {
    const el = await card({ policy: 'po-enroll' });
    const syncs = [...el.querySelectorAll('[part="sync"]')].map((s) => s.textContent!.trim());
    expect(syncs).to.include('同步发布');
    expect(syncs).to.include('晚于政策 6 天发布');
    expect(el.querySelector('.zwgk-sync.zwgk-warn')).to.be.null;
    const strict = await card({ policy: 'po-enroll', 'strict-sync': '' });
    const warning = strict.querySelector('.zwgk-sync.zwgk-warn')!;
    expect(warning.textContent).to.contain('不符合“三同步”要求');
    expect(warning.getAttribute('role')).to.equal('note');
  });

  it('the Q&A is a keyboard-operable disclosure list', async () => {
    const el = await card({ policy: 'po-dibao' });
    const summary = el.querySelector('details summary') as HTMLElement;
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.be.false;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    expect(details.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await sendKeys({ press: 'Space' });
    expect(details.open).to.be.false;
  });

  it('a recording without transcript or captions shows a notice and fires zwgk-warning', async () => {
    const holder = await fixture(html`<div></div>`);
    const el = document.createElement('zwgk-policy-card');
    el.setAttribute('policy', 'po-farm');
    el.catalogue = sample;
    const warned = oneEvent(el, 'zwgk-warning');
    holder.append(el);
    const { detail } = await warned;
    expect(detail.code).to.equal('missing-transcript');
    expect(detail.path).to.match(/^interpretations\[\d+\]\.media\[0\]$/);
    expect(text(el)).to.contain('该音视频暂无文字稿或字幕');
    const withTranscript = await card({ policy: 'po-enroll' });
    expect(text(withTranscript)).not.to.contain('暂无文字稿');
    expect(withTranscript.querySelector('track[kind="captions"]')).to.exist;
  });

  it('links both ways: policy → interpretations and citing catalogue items, interpretation → policy', async () => {
    const el = await card({ policy: 'po-employ', 'catalogue-url': '/zwgk/ml.html' });
    expect(el.querySelectorAll('[part="interpretation"]').length).to.equal(2);
    const catalogue = structuredClone(sample);
    catalogue.items[0]!.basis = [{ title: '示例县稳就业促创业若干措施', docNo: '示政办[2026]27号' }];
    const cited = await card({ policy: 'po-employ', 'catalogue-url': '/zwgk/ml.html' }, catalogue);
    const link = cited.querySelector<HTMLAnchorElement>(`a[href="/zwgk/ml.html#zwgk-item=${catalogue.items[0]!.id}"]`);
    expect(link!.textContent).to.equal(catalogue.items[0]!.name);
    const selected = card({ interpretation: 'in-employ-expert' });
    const fromInterpretation = await selected;
    expect(text(fromInterpretation)).to.contain('所属政策：示例县稳就业促创业若干措施');
  });

  it('list mode: newest first, filter by domain and 有效性, open a detail and come back', async () => {
    const el = await card();
    const titles = () => [...el.querySelectorAll('li[part="card"] .zwgk-title')].map((t) => t.textContent!.replace(/(有效|已修改|已废止|已失效|试行)$/, ''));
    const sorted = [...sample.policies!].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((p) => p.title);
    expect(titles()).to.deep.equal(sorted);
    const [domain, status] = [...el.querySelectorAll('select')];
    status!.value = 'repealed';
    status!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles()).to.deep.equal(['示例县高龄津贴发放管理办法']);
    status!.value = '';
    status!.dispatchEvent(new Event('change'));
    domain!.value = 'yiwu-jiaoyu';
    domain!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(titles()).to.deep.equal(['示例县2026年义务教育招生入学工作实施方案']);
    const opened = oneEvent(el, 'zwgk-select');
    el.querySelector<HTMLButtonElement>('[data-policy="po-enroll"]')!.click();
    expect((await opened).detail.kind).to.equal('policy');
    await el.updateComplete;
    expect(document.activeElement!.id).to.equal(el.uid('doc-title'));
    el.querySelector<HTMLButtonElement>('button')!.click();
    expect(await until(() => document.activeElement?.getAttribute('data-policy') === 'po-enroll')).to.be.true;
  });

  it('honours heading-level', async () => {
    const el = await card({ policy: 'po-dibao', 'heading-level': '4' });
    expect(docTitle(el)!.getAttribute('aria-level')).to.equal('4');
    expect(el.querySelector('[part="interpretation"] [role="heading"]')!.getAttribute('aria-level')).to.equal('6');
  });

  it('never executes markup put into any text field (54 vectors)', async () => {
    expect(XSS_VECTORS.length).to.be.at.least(50);
    const calls: string[] = [];
    const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
    window.alert = () => void calls.push('alert');
    window.confirm = () => (calls.push('confirm'), false);
    window.prompt = () => (calls.push('prompt'), null);
    (window as unknown as { __xss?: number }).__xss = undefined;
    try {
      for (const vector of XSS_VECTORS) {
        const catalogue = structuredClone(sample);
        const policy = catalogue.policies!.find((p) => p.id === 'po-dibao')!;
        Object.assign(policy, { title: vector, docNo: vector, indexNo: vector, summary: vector, topics: [vector] });
        catalogue.agencies.find((a) => a.id === policy.issuerId)!.name = vector;
        for (const i of catalogue.interpretations!.filter((x) => x.policyId === 'po-dibao')) {
          i.title = vector;
          i.summary = vector;
          i.interpreter.personTitle = vector;
          i.blocks = [{ type: 'heading', text: vector }, { type: 'paragraph', text: vector }, { type: 'list', items: [vector] }, { type: 'figure', url: '/x.png', alt: vector, caption: vector }];
          i.qa = [{ q: vector, a: vector }];
          i.media = [{ type: 'video', url: '/v.mp4', transcript: vector }];
        }
        catalogue.items[0]!.basis = [{ title: policy.title }];
        catalogue.items[0]!.name = vector;
        const el = await card({ policy: 'po-dibao' }, catalogue);
        expect(el.querySelector('[part="error"]'), vector).to.be.null;
        expect(docTitle(el)!.textContent, vector).to.contain(vector);
        const injected = el.querySelectorAll('script, iframe, object, embed, svg, math, form, input, textarea, select, marquee, dialog, base, meta, link, [onerror], [onload], [onfocus], [onclick], [onmouseover], [ontoggle], [onbegin]');
        expect(injected.length, vector).to.equal(0);
        el.parentElement!.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(calls).to.deep.equal([]);
      expect((window as unknown as { __xss?: number }).__xss).to.be.undefined;
    } finally {
      Object.assign(window, saved);
    }
  });

  it('a javascript: or data: URL in the data is refused by the loader, not rendered', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' javascript:alert(1)']) {
      const catalogue = structuredClone(sample);
      catalogue.policies![0]!.url = url;
      const el = await card({ policy: catalogue.policies![0]!.id }, catalogue);
      // The error's explanation (zod) loads only once there is an error to explain.
      await waitUntil(() => el.querySelector('[part="error"]'), url, { timeout: 5000 });
      expect(el.querySelector(`a[href="${url}"]`)).to.be.null;
    }
  });

  describe('reflow at 320 px', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    for (const [name, attrs, lang] of [['Chinese', {}, undefined], ['English', {}, 'en'], ['elder mode', { elder: '' }, undefined]] as const) {
      it(`${name}: the 索引号 and every other value wrap inside the card; nothing sticks out`, async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await card({ policy: 'po-dibao', ...attrs }, sample, lang);
        const right = el.getBoundingClientRect().right;
        const sticking = [...el.querySelectorAll<HTMLElement>('.zwgk-body *')]
          .filter((node) => !node.closest('.zwgk-visually-hidden') && node.getBoundingClientRect().width > 0)
          .filter((node) => node.getBoundingClientRect().right > right + 1)
          .map((node) => `<${node.localName}> ${node.textContent!.trim().slice(0, 24)} → ${Math.round(node.getBoundingClientRect().right)} px`);
        expect(sticking).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'no horizontal scroll').to.be.at.most(320);
      });
    }
  });

  describe('accessibility (axe) in every story state', () => {
    const states: [string, Record<string, string>, string?][] = [
      ['effective policy with three forms of interpretation', { policy: 'po-dibao' }],
      ['repealed policy', { policy: 'po-eldercare' }],
      ['late interpretation with strict-sync', { policy: 'po-enroll', 'strict-sync': '' }],
      ['list mode', {}],
      ['elder mode', { policy: 'po-dibao', elder: '' }],
      ['English', { policy: 'po-employ' }, 'en'],
    ];
    for (const [name, attrs, lang] of states) {
      it(name, async () => {
        const el = await card(attrs, sample, lang);
        await expect(el).to.be.accessible();
      });
    }
    it('error', async () => {
      const el = await fixture<ZwgkPolicyCard>(html`<zwgk-policy-card src="/__test/status?code=500"></zwgk-policy-card>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      expect(text(el)).to.contain('暂时无法加载');
      await expect(el).to.be.accessible();
    });
  });
});
