import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/consultation/define.js';
import type { ZwgkConsultation } from '../../../src/components/consultation/consultation.js';
import { listConsultations } from '../../../src/components/consultation/list.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { formatDateTime, formatPeriod } from '../../../src/core/format.js';
import { loadSample } from '../../helpers/sample.js';
import { mountWithCatalogue } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
before(async () => {
  sample = await loadSample();
});
const TODAY = '2026-12-06';
const mount = (attrs: Record<string, string> = {}, lang?: string, catalogue: unknown = sample) =>
  mountWithCatalogue('zwgk-consultation', { now: TODAY, ...attrs }, catalogue, lang);
const flat = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const byId = (el: Element, id: string) => el.querySelector(`[part="consultation"][id$="-${id}"]`)!;
const tallyOf = (report: Element) => [...report.querySelectorAll('.zwgk-tally > div')].map((d) => `${flat(d.querySelector('dt'))} ${flat(d.querySelector('dd'))}`);
const field = (scope: Element, term: string) => flat([...scope.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling);

describe('意见征集: order and dates (pure)', () => {
  it('open first by deadline, then upcoming, then closed latest first', () => {
    const listed = listConsultations(sample.consultations!, new Date(`${TODAY}T10:00:00+08:00`));
    expect(listed.map((l) => `${l.consultation.id}:${l.status.phase}`)).to.deep.equal([
      'cs-003:open', 'cs-004:upcoming', 'cs-006:reported', 'cs-001:reported', 'cs-005:closed', 'cs-002:reported',
    ]);
    expect(listConsultations(sample.consultations!, new Date(`${TODAY}T10:00:00+08:00`), 'current').map((l) => l.consultation.id)).to.deep.equal(['cs-003', 'cs-004']);
  });

  it('formats sessions in Beijing time, the same day written once', () => {
    expect(formatPeriod('2026-12-15T09:30:00+08:00', '2026-12-15T11:30:00+08:00', 'zh-CN')).to.equal('2026年12月15日 09:30—11:30');
    expect(formatPeriod('2026-11-25', '2026-12-24', 'zh-CN')).to.equal('2026年11月25日至2026年12月24日');
    expect(formatDateTime('2026-12-12T09:00:00Z', 'zh-CN')).to.equal('2026年12月12日 17:00');
    expect(formatDateTime('2026-12-31T16:30:00Z', 'zh-CN')).to.equal('2027年01月01日 00:30');
    expect(formatPeriod('2026-11-25', '2026-12-24', 'en')).to.equal('25 November 2026 – 24 December 2026');
  });
});

describe('<zwgk-consultation>', () => {
  it('an open consultation: days left, deadline, draft and explanation with its text, and every way to take part', async () => {
    const el = await mount();
    const open = byId(el, 'cs-003');
    expect(flat(open.querySelector('[part="badge"]'))).to.equal('正在征集，还剩 18 天');
    expect(field(open, '组织单位')).to.equal('示例县住房和城乡建设局');
    expect(field(open, '征集时间')).to.equal('2026年11月25日至2026年12月24日');
    expect(field(open, '截止时间')).to.equal('2026年12月24日');
    expect(open.querySelector('a[href="/zwgk/yjzj/2026/laji-zqyjg.pdf"]')!.textContent).to.equal('示例县农村生活垃圾治理实施方案（征求意见稿）');
    expect(flat(open)).to.contain('低保户、特困户免收');
    const ways = [...open.querySelectorAll('.zwgk-way')].map((w) => flat(w.querySelector('.zwgk-way-name')));
    expect(ways).to.deep.equal(['网上提交', '网上参与（问卷调查）', '电子邮件', '信函', '电话', '传真', '座谈会']);
    // The page's own form (onlineForm) opens from a button named after the consultation; the consultation's page stays linked.
    expect(flat(open.querySelector('[part="opinion-form"] button[data-write-opinion="cs-003"]'))).to.equal('在线提交意见：《示例县农村生活垃圾治理实施方案（征求意见稿）》公开征求意见');
    expect(open.querySelector('a[href="/zwgk/yjzj/2026/laji.html"]')).to.exist;
    expect(open.querySelector('a[href="mailto:zjjcz@shixian.example.gov.cn"]')).to.exist;
    expect(flat(open)).to.contain('示例县建设路12号县住房和城乡建设局村镇股（邮编 453000，收件人 村镇股）');
    expect(flat(open)).to.contain('信封上注明“垃圾治理方案意见”');
    expect(open.querySelector('a[href^="tel:"]')!.textContent).to.equal('0373-5553301');
  });

  it('a 座谈会 with its time, place, capacity and open sign-up; a 听证会 whose sign-up closed says so', async () => {
    const el = await mount();
    const session = byId(el, 'cs-003').querySelector('[part="session"]')!;
    expect(field(session, '时间')).to.equal('2026年12月15日 09:30—11:30');
    expect(field(session, '地点')).to.contain('关堤乡便民服务中心二楼会议室');
    expect(field(session, '名额')).to.equal('20 人');
    expect(field(session, '报名')).to.equal('正在报名，2026年12月12日 17:00截止');
    expect(field(session, '遴选方式')).to.equal('先到先得');
    expect(field(session, '报名电话')).to.equal('0373-5553301');
    expect(flat(session)).to.contain('报名成功后电话通知');
    const late = await mount({ now: '2026-12-12T17:00:00+08:00' });
    expect(field(byId(late, 'cs-003').querySelector('[part="session"]')!, '报名')).to.equal('报名已截止');
    const hearing = byId(el, 'cs-004');
    expect(flat(hearing.querySelector('[part="badge"]'))).to.equal('14 天后开始');
    expect(flat(hearing)).to.contain('征集开始后，可通过以下方式参与');
    expect(field(hearing.querySelector('[part="session"]')!, '遴选方式')).to.equal('审核遴选');
  });

  it('after closing: the 采纳情况 with the counts, each opinion’s outcome and the reason for those not adopted', async () => {
    const el = await mount();
    const parking = byId(el, 'cs-001');
    expect(flat(parking.querySelector('[part="badge"]'))).to.equal('已公布采纳情况');
    expect(parking.querySelector('[part="ways"]'), 'no ways to take part once closed').to.equal(null);
    const report = parking.querySelector('[part="report"]')!;
    const tally = tallyOf(report);
    expect(tally).to.deep.equal(['收到意见 46 条', '采纳 12 条', '部分采纳 5 条', '未采纳 21 条', '其他（重复或不属于征求范围） 8 条']);
    const opinions = [...report.querySelectorAll('.zwgk-opinion')].map((o) => flat(o));
    expect(opinions[3]).to.equal('城区全部道路停车免费（14 条）未采纳 理由：免费停放会加剧泊位长期占用，与缓解停车难的目标不符；已通过延长免费时长兼顾短时停车需求。');
    expect(report.querySelector('a[href="/zwgk/yjzj/2026/tingche-cn.html"]')).to.exist;
    // The resulting policy is linked.
    const policyLink = [...parking.querySelectorAll('dt')].find((dt) => dt.textContent === '出台的政策')!.nextElementSibling!.querySelector('a')!;
    expect(policyLink.textContent).to.equal('示例县城区机动车停放管理办法');
    // A report that gives only received and adopted does not pretend the rest are zero.
    const water = byId(el, 'cs-002').querySelector('[part="report"]')!;
    expect(tallyOf(water)).to.deep.equal(['收到意见 23 条', '采纳 9 条']);
    // Counted from the opinions when the report gives no numbers.
    const road = byId(el, 'cs-006').querySelector('[part="report"]')!;
    expect(tallyOf(road)).to.deep.equal(['收到意见 19 条', '采纳 11 条', '部分采纳 5 条', '未采纳 3 条']);
    const pending = byId(el, 'cs-005');
    expect(flat(pending)).to.contain('征集已截止，意见采纳情况将在整理后公布');
  });

  it('links the resulting policy to the policy list when given; one consultation by id; filters with the keyboard', async () => {
    const linked = await mount({ consultation: 'cs-001', 'policy-list-url': '/zwgk/zcwj.html' });
    expect(linked.querySelectorAll('[part="consultation"]').length).to.equal(1);
    expect(linked.querySelector('a[data-zwgk-policy="po-parking"]')!.getAttribute('href')).to.equal('/zwgk/zcwj.html#zwgk-policy=po-parking');
    expect((await mount({ consultation: 'cs-x' })).querySelector('[role="alert"]')!.textContent).to.contain('cs-x');
    const el = await mount();
    const select = el.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...el.querySelectorAll('[part="consultation"]')].map((c) => c.id.replace(/^zwgk-consultation\d*-/, ''))).to.deep.equal(['cs-003', 'cs-004']);
    const ended = await mount({ phase: 'ended' });
    expect(ended.querySelector('select')).to.equal(null);
    expect(ended.querySelectorAll('[part="consultation"]').length).to.equal(4);
  });

  it('a 1.0 record with a single method still shows how to take part', async () => {
    const catalogue = structuredClone(sample);
    catalogue.consultations!.push({ id: 'cs-old', title: '旧格式问卷', method: '问卷调查', subjectMatter: '公共政策措施', start: '2026-12-01', end: '2026-12-31', hostId: 'ag-xzfb' });
    const el = await mount({ consultation: 'cs-old' }, undefined, catalogue);
    expect(flat(el.querySelector('.zwgk-way'))).to.equal('问卷调查');
  });

  it('English', async () => {
    const el = await mount({}, 'en');
    expect(flat(byId(el, 'cs-003').querySelector('[part="badge"]'))).to.equal('Open: 18 days left');
    expect(flat(el)).to.contain('How the opinions were used');
    expect(flat(el)).to.contain('First come, first served');
  });

  describe('accessibility (axe)', () => {
    for (const [name, attrs, lang] of [['all', {}], ['open one', { consultation: 'cs-003' }], ['reported one', { consultation: 'cs-001' }], ['elder', { elder: '' }], ['English', {}, 'en']] as [string, Record<string, string>, string?][]) {
      it(name, async () => {
        await expect(await mount(attrs, lang)).to.be.accessible();
      });
    }
    it('error', async () => {
      const el = await fixture<ZwgkConsultation>(html`<zwgk-consultation src="/__test/status?code=500"></zwgk-consultation>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
