import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/records/define.js';
import type { ZwgkRecords } from '../../../src/components/records/records.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';
import { cellText, findIdNumbers } from '../../../src/catalogue/deidentify.js';
import { loadSample } from '../../helpers/sample.js';
import { mountWithCatalogue } from '../../helpers/probe-consumer.js';

let sample: Catalogue;
/** The fictional personal data of the sample lists, as written in the file. */
let personal: { ids: string[]; names: string[]; mobiles: string[] };
before(async () => {
  sample = await loadSample();
  const rows = sample.items.filter((i) => i.records).flatMap((i) => i.records!.rows.map((row) => ({ row, schema: i.records!.schema })));
  const column = (pattern: RegExp) => rows.flatMap(({ row, schema }) => schema.filter((c) => pattern.test(c.label) && !c.public).map((c) => cellText(row[c.key])));
  personal = {
    ids: column(/身份证|身份号码/),
    names: column(/姓名|户主/).filter((n) => [...n].length >= 2),
    mobiles: column(/电话/).filter((p) => /^1\d{10}$/.test(p)),
  };
});
const TODAY = '2026-12-06';
const records = (attrs: Record<string, string>, catalogue: unknown = sample, lang?: string) =>
  mountWithCatalogue('zwgk-records', { now: TODAY, ...attrs }, catalogue, lang);
const header = (el: Element) => [...el.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
/** A cell's value, without the label it shows in the phone layout. */
const value = (td: Element) => [...td.childNodes]
  .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('zwgk-cell-label')))
  .map((n) => n.textContent).join('').trim();
const cells = (el: Element, row = 0) => [...el.querySelectorAll('tbody tr')[row]!.querySelectorAll('td')].map(value);

/** Every piece of text and every attribute value the element put on the page, input values included. */
function everythingOnThePage(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE) parts.push(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const attribute of node.attributes) parts.push(attribute.value);
      if (node instanceof HTMLInputElement) parts.push(node.value);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join('\n');
}

describe('<zwgk-records>', () => {
  it('no full ID number, full name or mobile number of any sample list reaches the page, on screen or in print', async () => {
    expect(personal.ids.length).to.be.greaterThan(50);
    for (const item of sample.items.filter((i) => i.records)) {
      for (const printing of [false, true]) {
        const el = await records({ item: item.id, 'page-size': '0' });
        if (printing) {
          window.dispatchEvent(new Event('beforeprint'));
          await el.updateComplete;
        }
        expect(el.querySelectorAll('tbody tr').length, item.id).to.equal(item.records!.rows.length);
        const page = everythingOnThePage(el);
        expect(findIdNumbers(page), `${item.id}: ID numbers left`).to.deep.equal([]);
        for (const id of personal.ids) expect(page.includes(id), `${item.id}: ${id}`).to.equal(false);
        for (const name of personal.names) expect(page.includes(name), `${item.id}: ${name}`).to.equal(false);
        for (const mobile of personal.mobiles) expect(page.includes(mobile), `${item.id}: ${mobile}`).to.equal(false);
        window.dispatchEvent(new Event('afterprint'));
      }
    }
  });

  it('shows the 低保 list de-identified by rule, with the public columns as written', async () => {
    const el = await records({ item: 'it-147' });
    expect(header(el)).to.deep.equal(['序号', '乡镇（街道）', '村（社区）', '户主姓名', '身份证号码', '家庭人口', '保障人数', '月保障金额（元）', '联系电话', '家庭住址', '备注']);
    expect(cells(el)).to.deep.equal(['1', '关堤乡', '刘庄村', '苏*', '410***********4571', '3', '3', '1020', '199****7469', '示例县关堤乡刘庄村***', '新申请']);
    expect(el.textContent).to.contain('为保护个人隐私');
  });

  it('a school directory keeps its addresses and office phones; a column marked public is shown as written', async () => {
    const el = await records({ item: 'it-178' });
    expect(cells(el)).to.deep.equal(['1', '示例县第一实验小学', '示例县人民路12号', '小学', '公办', '0373-5552101']);
    expect(el.textContent).not.to.contain('为保护个人隐私');
    const catalogue = structuredClone(sample);
    const item = catalogue.items.find((i) => i.id === 'it-157')!;
    item.records!.schema.find((c) => c.key === 'idNumber')!.public = true; // e.g. a 惩戒公示 list
    const shown = await records({ item: 'it-157' }, catalogue);
    expect(everythingOnThePage(shown)).to.contain(String(item.records!.rows[0]!['idNumber']));
  });

  it('says whether the 公示期 is running, upcoming or over, counting 公示7个工作日 in working days, and where to object', async () => {
    const running = await records({ item: 'it-147' });
    expect(running.querySelector('[part="period"]')!.textContent!.replace(/\s+/g, '')).to.equal('公示期：2026年11月30日至2026年12月08日（7个工作日）公示中，还剩2天');
    const objections = running.querySelector('[part="objections"]')!;
    expect(objections.querySelector('a[href="tel:0373-5551601"], a[href="tel:03735551601"]')).to.exist;
    expect(objections.querySelector('a[href="/hdjl/jdjb/shjz/"]')).to.exist;
    const lastDay = await records({ item: 'it-147', now: '2026-12-08T18:00:00+08:00' });
    expect(lastDay.querySelector('[part="badge"]')!.textContent).to.equal('公示中，今天是最后一天');
    const ended = await records({ item: 'it-150' });
    expect(ended.querySelector('[part="period"]')!.textContent!.replace(/\s+/g, '')).to.equal('公示期：2026年07月01日至2026年07月07日公示已结束');
    const upcoming = await records({ item: 'it-170' });
    expect(upcoming.querySelector('[part="badge"]')!.textContent).to.equal('尚未开始');
    const undated = await records({ item: 'it-178' });
    expect(undated.querySelector('[part="period"]')).to.equal(null);
  });

  it('searches the de-identified text only: a village finds its rows, a full ID number or name finds nobody', async () => {
    const el = await records({ item: 'it-147' });
    const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await type('赵庄村');
    const villages = [...el.querySelectorAll('tbody tr')].map((tr) => value(tr.querySelectorAll('td')[2]!));
    expect(villages.length).to.be.greaterThan(0);
    expect(new Set(villages)).to.deep.equal(new Set(['赵庄村']));
    expect(el.querySelector('[part="summary"]')!.textContent).to.match(/^找到 \d+ 条（共 24 条）$/);
    const row = sample.items.find((i) => i.id === 'it-147')!.records!.rows[0]!;
    for (const full of [String(row['idNumber']), String(row['holder']), String(row['phone'])]) {
      await type(full);
      expect(el.querySelectorAll('tbody tr').length, full).to.equal(0);
      expect(el.querySelector('[part="summary"]')!.textContent).to.equal('没有找到符合条件的记录（共 24 条）。');
    }
  });

  it('pages a long list with the keyboard, and prints every row without the controls', async () => {
    const el = await records({ item: 'it-170' });
    expect(el.querySelectorAll('tbody tr').length).to.equal(20);
    expect(el.querySelector('[part="summary"]')!.textContent).to.equal('共 30 条，当前显示第 1–20 条');
    el.querySelector<HTMLButtonElement>('[data-page="next"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.querySelectorAll('tbody tr').length).to.equal(10);
    expect(cells(el)[0]).to.equal('21');
    expect(document.activeElement, 'focus moves to the new rows').to.equal(el.querySelector('.zwgk-table-wrap'));
    window.dispatchEvent(new Event('beforeprint'));
    expect(el.querySelectorAll('tbody tr').length).to.equal(30);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.querySelectorAll('tbody tr').length).to.equal(10);
  });

  it('on a phone each row is a card of labelled values, with no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await records({ item: 'it-147' });
      const row = el.querySelector('tbody tr')!;
      const first = row.querySelectorAll('td')[3]!;
      expect(first.querySelector('.zwgk-cell-label')!.textContent).to.equal('户主姓名');
      expect(getComputedStyle(first.querySelector('.zwgk-cell-label')!).display).to.equal('block');
      expect(el.querySelector('.zwgk-table-wrap')!.scrollWidth).to.be.at.most(el.querySelector('.zwgk-table-wrap')!.clientWidth);
      expect(row.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('explains a missing item or list instead of showing nothing', async () => {
    expect((await records({ item: 'it-nope' })).querySelector('[role="alert"]')!.textContent).to.contain('it-nope');
    expect((await records({ item: sample.items.find((i) => !i.records)!.id })).textContent).to.contain('本事项暂无公示名单');
    expect((await records({})).querySelector('[role="alert"]')!.textContent).to.contain('item');
  });

  it('English', async () => {
    const el = await records({ item: 'it-147' }, sample, 'en');
    expect(el.querySelector('[part="badge"]')!.textContent).to.equal('On display: 2 days left');
    expect(el.querySelector('[part="period"]')!.textContent).to.contain('(7 working days)');
  });

  describe('accessibility (axe)', () => {
    for (const [name, attrs, lang] of [
      ['低保 list, running', { item: 'it-147' }], ['school directory', { item: 'it-178' }], ['ended', { item: 'it-150' }],
      ['second page', { item: 'it-170', 'page-size': '20' }], ['elder', { item: 'it-147', elder: '' }], ['English', { item: 'it-147' }, 'en'],
    ] as [string, Record<string, string>, string?][]) {
      it(name, async () => {
        await expect(await records(attrs, sample, lang)).to.be.accessible();
      });
    }
    it('nothing found', async () => {
      const el = await records({ item: 'it-147' });
      const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = '没有';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('error', async () => {
      const el = await fixture<ZwgkRecords>(html`<zwgk-records item="it-147" src="/__test/status?code=500"></zwgk-records>`);
      await oneEvent(el, 'zwgk-error');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
