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

/** The day the sample county is read on: 有效性 is computed from the dates. */
const TODAY = '2026-12-06';

async function card(attrs: Record<string, string> = {}, catalogue: unknown = sample, lang?: string) {
  const el = await mountWithCatalogue('zwgk-policy-card', { now: TODAY, ...attrs }, catalogue, lang);
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

  it('shows the 有效性 computed from the dates as well as the status, with a banner or notice where the document is not to be acted on', async () => {
    const expected: Record<string, string> = {
      'po-dibao': '有效', 'po-housing': '已修改', 'po-farm': '试行', 'po-eldercare': '已废止', 'po-disaster': '已失效',
      // A 试行 document past its 有效期 whose status still says trial; one whose 施行日期 is ahead.
      'po-straw': '已失效', 'po-parking': '尚未施行',
    };
    for (const [id, label] of Object.entries(expected)) {
      const el = await card({ policy: id });
      expect(el.querySelector('[part="badge"]')!.textContent, id).to.equal(label);
      expect(dd(el, '有效性'), id).to.equal(label);
      const banner = el.querySelector('[part="banner"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
      if (label === '已废止' || label === '已失效') expect(banner, id).to.contain(`本文件${label}，仅供查阅`);
      else if (label === '已修改') expect(banner, id).to.contain('本文件已被修改，请同时查阅');
      else if (label === '尚未施行') expect(banner, id).to.equal('本文件自2027年01月01日起施行。');
      else expect(banner, id).to.equal(null);
    }
    const trial = await card({ policy: 'po-farm' });
    expect(dd(trial, '有效期')).to.equal('2025年04月03日 — 2027年04月02日');
    // The same trial document read after its 有效期 (Beijing midnight after 2 April 2027).
    const later = await card({ policy: 'po-farm', now: '2027-04-03T00:00:00+08:00' });
    expect(later.querySelector('[part="badge"]')!.textContent).to.equal('已失效');
    const before = await card({ policy: 'po-farm', now: '2027-04-02T23:59:00+08:00' });
    expect(before.querySelector('[part="badge"]')!.textContent).to.equal('试行');
  });

  it('shows 起草部门, 公开属性 and the gazette reference', async () => {
    const catalogue = structuredClone(sample);
    catalogue.policies!.find((p) => p.id === 'po-dibao')!.gazetteRef = '2026年第3期';
    const el = await card({ policy: 'po-dibao' }, catalogue);
    expect(dd(el, '起草部门')).to.equal('示例县民政局');
    expect(dd(el, '公开属性')).to.equal('主动公开');
    expect(dd(el, '政府公报')).to.equal('2026年第3期');
    const without = await card({ policy: 'po-dibao' });
    expect(dd(without, '政府公报'), 'no empty row when there is no gazette reference').to.equal(undefined);
  });

  it('links an amended or repealed document to the documents that changed it, and back', async () => {
    const housing = await card({ policy: 'po-housing', 'policy-list-url': '/zwgk/zcwj.html' });
    const amending = housing.querySelector<HTMLAnchorElement>('dd a[data-zwgk-policy="po-housing-2026"]')!;
    expect(amending.getAttribute('href')).to.equal('/zwgk/zcwj.html#zwgk-policy=po-housing-2026');
    expect(dd(housing, '修改文件')).to.contain('（示政办〔2026〕2号），2026年02月01日起施行');
    const eldercare = await card({ policy: 'po-eldercare', 'policy-list-url': '/zwgk/zcwj.html' });
    expect(dd(eldercare, '废止文件')).to.contain('《示例县老年人福利补贴管理办法》（示政〔2026〕3号）');
    // The other direction: the amending and the repealing documents name what they changed.
    const amender = await card({ policy: 'po-housing-2026' });
    expect(dd(amender, '本文件修改了')).to.equal('《示例县公共租赁住房管理办法》（示政办〔2021〕30号）');
    const repealer = await card({ policy: 'po-elder-2026' });
    expect(dd(repealer, '本文件废止了')).to.equal('《示例县高龄津贴发放管理办法》（示政〔2019〕5号）');
    // Without a policy list page, a document links to its own original text when it has one.
    const plain = await card({ policy: 'po-housing' });
    const target = sample.policies!.find((p) => p.id === 'po-housing-2026')!;
    expect(plain.querySelector<HTMLAnchorElement>('dd a[data-zwgk-policy="po-housing-2026"]')?.getAttribute('href') ?? null).to.equal(target.url ?? null);
  });

  it('三同步 is judged per policy on the drafting department’s interpretation; experts and media are never 不符合', async () => {
    // 义务教育: the 第一解读人's video came out the same day; a later 起草部门 Q&A and a media piece do not spoil it.
    const enroll = await card({ policy: 'po-enroll', 'strict-sync': '' });
    const syncs = [...enroll.querySelectorAll('[part="sync"]')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    expect(syncs).to.include('同步发布');
    expect(syncs).to.include('晚于政策 6 天发布');
    expect(syncs.find((s) => s.startsWith('晚于政策 2 天发布'))).to.contain('媒体解读，不参与“三同步”判断');
    expect(enroll.querySelector('[part="sync-verdict"]')!.textContent).to.contain('三同步：起草部门的解读与政策同步发布');
    expect(enroll.querySelector('.zwgk-warn'), 'no warning for a policy whose drafting department was on time').to.equal(null);
    // 稳就业: the expert came a week later: listed, never judged.
    const employ = await card({ policy: 'po-employ', 'strict-sync': '' });
    expect(employ.querySelector('.zwgk-warn')).to.equal(null);
    expect(employ.textContent).to.contain('专家解读，不参与“三同步”判断');
    // 老年人福利补贴: the 民政局's interpretations came two days late.
    const late = await card({ policy: 'po-elder-2026' });
    expect(late.querySelector('[part="sync-verdict"]')!.textContent!.trim()).to.equal('起草部门的解读晚于政策 2 天发布');
    expect(late.querySelector('.zwgk-warn'), 'plain text without strict-sync').to.equal(null);
    const strict = await card({ policy: 'po-elder-2026', 'strict-sync': '' });
    const warning = strict.querySelector('[part="sync-verdict"].zwgk-warn')!;
    expect(warning.textContent).to.contain('不符合“三同步”要求');
    expect(warning.getAttribute('role')).to.equal('note');
    // A county that allows three days counts it as met.
    const tolerant = await card({ policy: 'po-elder-2026', 'strict-sync': '', 'sync-tolerance': '3' });
    expect(tolerant.querySelector('.zwgk-warn')).to.equal(null);
    expect(tolerant.querySelector('[part="sync-verdict"]')!.textContent).to.contain('在 3 天的要求之内');
    // No interpretation by the drafting department at all.
    const catalogue = structuredClone(sample);
    catalogue.interpretations = catalogue.interpretations!.filter((i) => i.policyId !== 'po-parking' || i.interpreter.role === '媒体');
    catalogue.policies!.find((p) => p.id === 'po-parking')!.interpretationIds = [];
    const missing = await card({ policy: 'po-parking', 'strict-sync': '' }, catalogue);
    expect(missing.querySelector('[part="sync-verdict"]')!.textContent).to.contain('暂无起草部门的解读');
    expect(missing.querySelector('.zwgk-warn')).to.exist;
  });

  it('shows the 回应关切 about the policy and the consultation that led to it', async () => {
    const el = await card({ policy: 'po-parking' });
    const responses = [...el.querySelectorAll('[part="response"]')];
    expect(responses.map((r) => r.querySelector('.zwgk-title')!.textContent)).to.deep.equal(['停车新规实施后老城区居民夜间停车怎么办']);
    expect(text(responses[0]!)).to.contain('2026年11月21日（2 天后回应）');
    expect(text(responses[0]!)).to.contain('新闻发布会');
    expect(responses[0]!.querySelector('a[href="/zwgk/xwfb/2026/1123.html"]')).to.exist;
    expect(text(el)).to.contain('决策前公开征求意见');
    expect(el.querySelector<HTMLAnchorElement>('a[href="/zwgk/yjzj/2026/tingche.html"]')!.textContent).to.contain('停放管理办法');
    expect(el.querySelector<HTMLAnchorElement>('a[href="/zwgk/yjzj/2026/tingche-cn.html"]')).to.exist;
    const none = await card({ policy: 'po-disaster' });
    expect(none.querySelector('[part="response"]')).to.equal(null);
    expect(text(none)).not.to.contain('回应关切');
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
    const titles = () => [...el.querySelectorAll('li[part="card"] .zwgk-title')].map((t) => t.textContent!.replace(/(有效|已修改|已废止|已失效|试行|尚未施行)( · 试行)?$/, ''));
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
      ['late interpretation with strict-sync', { policy: 'po-elder-2026', 'strict-sync': '' }],
      ['amended policy with its responses', { policy: 'po-housing' }],
      ['not yet in force, with a consultation and a response', { policy: 'po-parking' }],
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
