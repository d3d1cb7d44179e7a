import { expect } from '@open-wc/testing';
import { itemPageUrl, posterContent } from '../../../src/components/notice-poster/poster-content.js';
import { loadSample } from '../../helpers/sample.js';
import type { Catalogue } from '../../../src/catalogue/schema.js';

describe('notice-board poster content', () => {
  let county: Catalogue;
  before(async () => (county = await loadSample()));
  const byName = (matter: string, name: string) => county.items.find((i) => i.matter === matter && i.name === name)!;

  it('has the item\'s name, content, time limit, disclosing body, channels and the QR target', () => {
    const item = byName('最低生活保障', '审核信息');
    const poster = posterContent(county, item, { pageUrl: '/zwgk/jczwgk/ml.html', base: 'https://www.shixian.example.gov.cn/zwgk/index.html', now: new Date('2026-12-06T02:00:00Z') });
    expect(poster).to.include({ jurisdiction: '示例县', domain: '社会救助', matter: '最低生活保障', title: '审核信息', content: '初审对象名单及相关信息', timeLimit: '信息形成之日起10个工作日内，公示7个工作日', mode: '主动' });
    expect(poster.disclosingBodies).to.deep.equal(item.subjectIds.map((id) => county.agencies.find((a) => a.id === id)!.name));
    expect(poster.channels.map((c) => c.label)).to.include('村（社区）公示栏');
    expect(poster.pushChannels).to.deep.equal(['短信']);
    expect(poster.supervision).to.deep.equal({ phone: '0373-5551601', url: '/hdjl/jdjb/shjz/' });
    expect(poster.publicity).to.include({ phase: 'running', end: '2026-12-08' });
    expect(poster.qrUrl).to.equal(`https://www.shixian.example.gov.cn/zwgk/jczwgk/ml.html#zwgk-item=${item.id}`);
    expect(poster.basis[0]).to.equal('《社会救助暂行办法》（国务院令第649号）');
  });

  it('an item with a 办事 entry carries it for 我要办; the body\'s own supervision is used when the item has none', () => {
    const item = byName('最低生活保障', '办事指南');
    const poster = posterContent(county, item, { base: 'https://www.shixian.example.gov.cn/zwgk/' });
    expect(poster.service).to.deep.equal({ platform: '示例省政务服务网', name: '最低生活保障对象认定', url: item.serviceItemRef!.url });
    expect(poster.supervision).to.deep.equal(county.agencies.find((a) => a.id === item.subjectIds[0])!.supervision);
    expect(poster.contact?.phone).to.be.a('string');
  });

  it('the QR target is absolute, http(s) only, ASCII only, and opens this item', () => {
    expect(itemPageUrl('it-1', undefined, 'https://a.example/zwgk/目录.html?x=1#old')).to.equal('https://a.example/zwgk/%E7%9B%AE%E5%BD%95.html?x=1#zwgk-item=it-1');
    expect(itemPageUrl('gd:it-1', '../ml/', 'https://a.example/zwgk/p/')).to.equal('https://a.example/zwgk/ml/#zwgk-item=gd%3Ait-1');
    expect(itemPageUrl('it-1', 'javascript:alert(1)', 'https://a.example/')).to.equal(undefined);
    expect(itemPageUrl('it-1', undefined, undefined)).to.equal(undefined);
    expect(itemPageUrl('it-1', 'file:///etc/passwd', 'https://a.example/')).to.equal(undefined);
  });

  it('says when an item should not go up: withdrawn items keep their status', () => {
    const withdrawn = county.items.find((i) => i.status === 'withdrawn')!;
    expect(posterContent(county, withdrawn).status).to.equal('withdrawn');
  });
});
