import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/negative-list/define.js';
import type { ZwgkNegativeList } from '../../../src/components/negative-list/negative-list.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { loadSample } from '../../helpers/sample.js';
import { mountWithCatalogue, until } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
before(async () => {
  sample = await loadSample();
});
const TODAY = '2026-12-06';
const list = (attrs: Record<string, string> = {}, lang?: string, catalogue: unknown = sample) =>
  mountWithCatalogue('zwgk-negative-list', { now: TODAY, ...attrs }, catalogue, lang);
const field = (article: Element, term: string) => [...article.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim();

describe('<zwgk-negative-list>', () => {
  it('shows every entry with its legal ground to the article, what is withheld, the body and the yearly review', async () => {
    const el = await list();
    const entries = [...el.querySelectorAll('[part="entry"]')];
    expect(entries).to.have.length(sample.negativeList!.length);
    const first = el.querySelector('#zwgk-negative-ng-001')!;
    expect(first.querySelector('.zwgk-title')!.textContent).to.equal('涉及国家秘密的应急物资储备布局信息国家安全');
    expect([...first.querySelectorAll('.zwgk-basis li')].map((li) => li.textContent)).to.deep.equal([
      '《中华人民共和国保守国家秘密法》第十三条',
      '《中华人民共和国政府信息公开条例》（国务院令第711号）第十四条',
    ]);
    expect(field(first, '不予公开的范围')).to.contain('服务电话和领取程序不在此列');
    expect(field(first, '责任单位')).to.equal('示例县应急管理局');
    expect(field(first, '最近评估')).to.equal('2026年03月01日');
    expect(field(first, '下次评估')).to.equal('2027年03月01日');
  });

  it('marks an entry whose yearly review is overdue, and counts them; a review defaults to a year after the last', async () => {
    const el = await list();
    const overdue = [...el.querySelectorAll('[part="entry"].zwgk-overdue')].map((e) => e.id);
    expect(overdue).to.deep.equal(['zwgk-negative-ng-004']);
    const late = el.querySelector('#zwgk-negative-ng-004')!;
    expect(field(late, '下次评估')).to.equal('2026年03月01日已逾期，待评估');
    expect(el.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, '')).to.equal('共5项；其中1项已超过年度评估日期，尚未评估');
    // ng-003 has no nextReviewAt: a year after its review of 1 March 2026.
    expect(field(el.querySelector('#zwgk-negative-ng-003')!, '下次评估')).to.equal('2027年03月01日');
    const later = await list({ now: '2027-03-02T00:00:00+08:00' });
    expect([...later.querySelectorAll('[part="entry"].zwgk-overdue')].map((e) => e.id.replace(/^zwgk-negative\d*-/, ''))).to.have.members(['ng-001', 'ng-002', 'ng-003', 'ng-004']);
  });

  it('filters by risk category', async () => {
    const el = await list();
    const select = el.querySelector('select')!;
    select.value = '其他';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect([...el.querySelectorAll('[part="entry"]')].map((e) => e.id)).to.deep.equal(['zwgk-negative-ng-003', 'zwgk-negative-ng-004']);
  });

  it('a link to an entry scrolls to it once the catalogue has arrived; a host id names the anchors', async () => {
    history.replaceState(null, '', '#zwgk-negative-ng-005');
    try {
      const el = await list();
      expect(await until(() => document.activeElement === el.querySelector('#zwgk-negative-ng-005'))).to.equal(true);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
    const holder = await fixture(html`<div></div>`);
    const named = document.createElement('zwgk-negative-list');
    named.id = 'fmqd';
    named.catalogue = sample;
    holder.append(named);
    await named.updateComplete;
    expect(named.querySelector('#fmqd-ng-002')).to.exist;
  });

  it('English, and an empty list', async () => {
    const el = await list({}, 'en');
    expect(el.textContent).to.contain('Legal ground');
    expect(el.textContent).to.contain('Review overdue');
    const catalogue = structuredClone(sample);
    delete catalogue.negativeList;
    const empty = await list({}, undefined, catalogue);
    expect(empty.querySelector('[part="summary"]')!.textContent).to.equal('暂无不予公开的事项');
  });

  describe('accessibility (axe)', () => {
    for (const [name, attrs, lang] of [['list', {}], ['elder', { elder: '' }], ['English', {}, 'en']] as [string, Record<string, string>, string?][]) {
      it(name, async () => {
        await expect(await list(attrs, lang)).to.be.accessible();
      });
    }
    it('error', async () => {
      const el = await fixture<ZwgkNegativeList>(html`<zwgk-negative-list src="/__test/status?code=500"></zwgk-negative-list>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
