import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/responses/define.js';
import type { ZwgkResponses } from '../../../src/components/responses/responses.js';
import { filterResponses, NO_POLICY, policiesWithResponses, responseDays } from '../../../src/components/responses/filter.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { loadSample } from '../../helpers/sample.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
before(async () => {
  sample = await loadSample();
});
const topics = (el: Element) => [...el.querySelectorAll('[part="response"] .zwgk-title')].map((t) => t.textContent!.trim());
const field = (article: Element, term: string) => [...article.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent?.trim();

describe('回应关切 (pure)', () => {
  it('newest first; by policy, or the concerns about no policy; days from concern to answer in Beijing days', () => {
    expect(filterResponses(sample).map((r) => r.publishedAt)).to.deep.equal(['2026-12-02', '2026-11-23', '2026-06-18', '2026-05-25', '2026-04-02', '2026-02-13']);
    expect(filterResponses(sample, { policy: 'po-dibao' }).map((r) => r.id)).to.deep.equal(['rs-001']);
    expect(filterResponses(sample, { policy: NO_POLICY }).map((r) => r.id)).to.deep.equal(['rs-005']);
    expect(filterResponses(sample, { limit: 2 }).map((r) => r.id)).to.deep.equal(['rs-004', 'rs-003']);
    expect(responseDays({ raisedAt: '2026-03-30', publishedAt: '2026-04-02' })).to.equal(3);
    expect(responseDays({ raisedAt: '2026-03-30T23:30:00+08:00', publishedAt: '2026-03-30T16:00:00Z' })).to.equal(1);
    expect(responseDays({ publishedAt: '2026-04-02' })).to.equal(undefined);
    expect(policiesWithResponses(sample).map((p) => p.id)).to.deep.equal(['po-farm', 'po-parking', 'po-enroll', 'po-dibao', 'po-elder-2026']);
  });
});

describe('<zwgk-responses>', () => {
  it('shows each response with topic, respondent, date, days to answer, related policy and project', async () => {
    const el = await mountWithCatalogue('zwgk-responses', { 'policy-list-url': '/zwgk/zcwj.html' }, sample);
    expect(topics(el)).to.have.length(6);
    expect(el.querySelector('[part="summary"]')!.textContent).to.equal('共 6 条回应');
    const dibao = [...el.querySelectorAll('[part="response"]')].find((a) => a.textContent!.includes('低保审核时限'))!;
    expect(field(dibao, '回应单位')).to.equal('示例县民政局');
    expect(field(dibao, '回应日期')).to.equal('2026年04月02日');
    expect(field(dibao, '关切提出')).to.equal('2026年03月30日（3 天后回应）');
    expect(field(dibao, '回应渠道')).to.equal('县长信箱');
    const link = dibao.querySelector<HTMLAnchorElement>('dd a')!;
    expect(link.textContent).to.equal('示例县最低生活保障审核确认实施细则');
    expect(link.getAttribute('href')).to.equal('/zwgk/zcwj.html#zwgk-policy=po-dibao');
    expect(dibao.querySelector('a[href="/hdjl/xzxx/2026/0402.html"]')!.textContent).to.contain('查看回应全文');
    const water = [...el.querySelectorAll('[part="response"]')].find((a) => a.textContent!.includes('第二水厂'))!;
    expect(field(water, '相关项目')).to.equal('县城第二水厂建设项目');
    expect(field(water, '相关政策')).to.equal(undefined);
  });

  it('readers filter by policy (or concerns about no policy); policy= pins it and drops the policy line', async () => {
    const el = await mountWithCatalogue('zwgk-responses', {}, sample);
    const select = el.querySelector('select')!;
    select.value = 'po-enroll';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(topics(el)).to.deep.equal(['关于学区划分的回应']);
    select.value = NO_POLICY;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(topics(el)).to.deep.equal(['第二水厂建设是否影响周边村庄用水']);
    const pinned = await mountWithCatalogue('zwgk-responses', { policy: 'po-parking' }, sample);
    expect(pinned.querySelector('select')).to.equal(null);
    expect(topics(pinned)).to.deep.equal(['停车新规实施后老城区居民夜间停车怎么办']);
    expect(pinned.textContent).not.to.contain('相关政策');
    const unknown = await mountWithCatalogue('zwgk-responses', { policy: 'po-none' }, sample);
    expect(unknown.querySelector('[role="alert"]')!.textContent).to.contain('po-none');
  });

  it('limit and more-url make a home-page box', async () => {
    const el = await mountWithCatalogue('zwgk-responses', { limit: '2', 'more-url': '/hdjl/hygz/' }, sample);
    expect(topics(el)).to.deep.equal(['耕地地力保护补贴什么时候到账', '停车新规实施后老城区居民夜间停车怎么办']);
    expect(el.querySelector('[part="more"] a')!.getAttribute('href')).to.equal('/hdjl/hygz/');
    expect(el.querySelector('select')).to.equal(null);
  });

  it('a link to one response scrolls to it once the catalogue has arrived', async () => {
    history.replaceState(null, '', '#zwgk-responses-response-rs-005');
    try {
      const el = await mountWithCatalogue('zwgk-responses', {}, sample);
      const target = el.querySelector('#zwgk-responses-response-rs-005')!;
      expect(await until(() => document.activeElement === target)).to.equal(true);
      expect(target.textContent).to.contain('第二水厂');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('English', async () => {
    const el = await mountWithCatalogue('zwgk-responses', {}, sample, 'en');
    expect(el.querySelector('[part="summary"]')!.textContent).to.equal('6 responses');
    expect(el.textContent).to.contain('answered 3 days later');
  });

  describe('accessibility (axe)', () => {
    for (const [name, attrs, lang] of [['all', {}], ['pinned to a policy', { policy: 'po-dibao' }], ['home-page box', { limit: '3', 'more-url': '/x' }], ['elder', { elder: '' }], ['English', {}, 'en']] as [string, Record<string, string>, string?][]) {
      it(name, async () => {
        await expect(await mountWithCatalogue('zwgk-responses', attrs, sample, lang)).to.be.accessible();
      });
    }
    it('error', async () => {
      const el = await fixture<ZwgkResponses>(html`<zwgk-responses src="/__test/status?code=500"></zwgk-responses>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
