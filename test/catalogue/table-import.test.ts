import { expect } from '@open-wc/testing';
import {
  channelTypeOf, readAudience, readBasis, readChannel, readLevels, readMode, readNumber, readTick, readTimeLimit,
  splitAgencies, splitMarked,
} from '../../src/catalogue/table/cell-values.js';
import { classifyHeading, findHeader } from '../../src/catalogue/table/columns.js';
import { domainIn, readSheet } from '../../src/catalogue/table/read-sheet.js';

/** The cell readers of `zwgk import` (src/catalogue/table/), on the spellings county tables really use. */
describe('table import: cell values', () => {
  it('reads the ■/□ channel list, including 口 pasted from Word for □ and a list without marks', () => {
    expect(splitMarked('■政府网站 □两微一端\n■公开查阅点')).to.deep.equal([
      { label: '政府网站', ticked: true }, { label: '两微一端', ticked: false }, { label: '公开查阅点', ticked: true },
    ]);
    expect(splitMarked('■政府网站 口公开查阅点 口便民服务站').map((e) => e.ticked)).to.deep.equal([true, false, false]);
    expect(splitMarked('政府网站、公开查阅点')).to.deep.equal([{ label: '政府网站', ticked: undefined }, { label: '公开查阅点', ticked: undefined }]);
    // A 口 inside a name (出入口) is not a box.
    expect(splitMarked('■出入口公示栏')).to.deep.equal([{ label: '出入口公示栏', ticked: true }]);
  });

  it('recognises the guideline vocabulary and local channel names, keeping a non-standard wording as the name', () => {
    const cases: [string, string][] = [
      ['政府网站', 'website_column'], ['纸质载体', 'newspaper'], ['行政服务中心', 'service_hall'], ['便民服务中心', 'convenience_center'],
      ['社区/企事业单位/村公示栏（电子屏）', 'notice_board'], ['12345政务服务热线', 'hotline'], ['政务公开专区', 'disclosure_zone'],
      ['投资项目在线审批监管平台', 'service_platform'], ['信用中国网站', 'service_platform'], ['“示例发布”微信公众号', 'new_media'],
      ['县档案馆、县图书馆查阅点', 'reading_point'], ['会议', 'meeting'], ['发布会/听证会', 'press_event'],
    ];
    expect(cases.map(([label]) => channelTypeOf(label))).to.deep.equal(cases.map(([, type]) => type));
    expect(readChannel('政府网站', true)).to.deep.equal({ channel: { type: 'website_column', required: true }, recognised: true });
    expect(readChannel('纸质载体', false).channel).to.deep.equal({ type: 'newspaper', name: '纸质载体', required: false });
    expect(readChannel('其他：政务新媒体', undefined).channel).to.deep.equal({ type: 'new_media', name: '政务新媒体', required: true });
    expect(readChannel('乡村大喇叭', true)).to.deep.equal({ channel: { type: 'other', name: '乡村大喇叭', required: true }, recognised: false });
  });

  it('maps 公开对象, 公开方式 and 公开层级 variants, and refuses what it does not know', () => {
    expect(['全社会', '社会公众', '特定群体', '特定群众', '特定对象'].map((t) => readAudience(t)?.audience)).to.deep.equal(['全社会', '全社会', '特定群体', '特定群体', '特定群体']);
    expect(readAudience('特定群体（低保对象本人）')).to.deep.equal({ audience: '特定群体', note: '低保对象本人' });
    expect(readAudience('部分群众')).to.equal(undefined);
    expect(['主动', '主动公开', '依申请', '依申请公开', '公开'].map(readMode)).to.deep.equal(['主动', '主动', '依申请', '依申请', undefined]);
    const levels = (text: string) => readLevels(text).levels;
    expect(levels('县级')).to.deep.equal(['county']);
    expect(levels('镇（街）级')).to.deep.equal(['township']);
    expect(levels('乡、村级')).to.deep.equal(['township', 'village']);
    expect(levels('县级/乡、村级')).to.deep.equal(['county', 'township', 'village']);
    expect(levels('县乡两级')).to.deep.equal(['county', 'township']);
    expect(levels('东阳市级、镇街乡、村')).to.deep.equal(['county', 'township', 'village']);
    expect(levels('村（社区）级')).to.deep.equal(['village']);
    expect(levels('社区')).to.deep.equal(['village'], '社区 ends in 区 but is not a district');
    expect(readLevels('组级')).to.deep.equal({ levels: [], unknown: ['组级'] });
  });

  it('reads √ and ■ ticks, blanks and 口 as unticked, and flags anything else', () => {
    expect(['√', '■', '●', '✓', '是'].map(readTick)).to.deep.equal([true, true, true, true, true]);
    expect(['', '□', '口', '否', ' '].map(readTick)).to.deep.equal([false, false, false, false, false]);
    expect(readTick('?')).to.equal(undefined);
  });

  it('keeps the time-limit text and extracts amount, unit, trigger and display window where it can', () => {
    expect(readTimeLimit('自该信息形成或者变更之日起20个工作日内')).to.deep.equal({ text: '自该信息形成或者变更之日起20个工作日内', amount: 20, unit: 'working_day', trigger: 'formed_or_changed' });
    expect(readTimeLimit('本级人民代表大会或其常务委员会批准后20日内')).to.include({ amount: 20, unit: 'day', trigger: 'event' });
    expect(readTimeLimit('10个工作日内，公示7个工作日')).to.include({ amount: 10, unit: 'working_day', windowDays: 7 });
    expect(readTimeLimit('信息形成之日起二十个工作日内')).to.include({ amount: 20, unit: 'working_day' });
    expect(readTimeLimit('每年3月31日前')).to.deep.equal({ text: '每年3月31日前', trigger: 'periodic', recurrence: 'annual' }, 'a date is not a duration');
    expect(readTimeLimit('实时公开')).to.deep.equal({ text: '实时公开', trigger: 'other', recurrence: 'realtime' });
    expect(readTimeLimit('长期')).to.deep.equal({ text: '长期', trigger: 'other' });
    expect(readTimeLimit('6个月内')).to.include({ amount: 6, unit: 'month' });
    expect([readNumber('十五'), readNumber('三十'), readNumber('二十一'), readNumber('七'), readNumber('十十')]).to.deep.equal([15, 30, 21, 7, undefined]);
  });

  it('splits 公开依据 into citations with 文号 and article, whatever the bracket style', () => {
    expect(readBasis('《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条；《社会救助暂行办法》')).to.deep.equal([
      { title: '中华人民共和国政府信息公开条例', docNo: '国务院令第711号', article: '第二十条' },
      { title: '社会救助暂行办法' },
    ]);
    expect(readBasis('1.【法律】《中华人民共和国预算法》\n2.【部门规章及规范性文件】《地方预决算公开操作规程》财预〔2016〕143号')).to.deep.equal([
      { title: '中华人民共和国预算法' },
      { title: '地方预决算公开操作规程', docNo: '财预〔2016〕143号' },
    ]);
    expect(readBasis('《环境信息公开办法（试行）》、《最低生活保障审核确认办法》(民发[2021]57号)')).to.deep.equal([
      { title: '环境信息公开办法（试行）' },
      { title: '最低生活保障审核确认办法', docNo: '民发[2021]57号' },
    ]);
    expect(readBasis('国发〔2012〕45号')).to.deep.equal([{ title: '国发〔2012〕45号', docNo: '国发〔2012〕45号' }]);
  });

  it('splits 公开主体 on 、，；/ but not inside brackets', () => {
    expect(splitAgencies('区城建局、城管局')).to.deep.equal(['区城建局', '城管局']);
    expect(splitAgencies('县（市、区）民政局；乡镇人民政府（街道办事处）')).to.deep.equal(['县（市、区）民政局', '乡镇人民政府（街道办事处）']);
  });
});

describe('table import: header and rows', () => {
  it('classifies the usual headings and their variants', () => {
    const fields = ['序号', '公开事项', '二级事项', '公开内容（要素）', '公开依据', '公开时限', '公开主体', '责任单位', '公开渠道和载体（■表示必选项，□表示可选项）', '公开对象', '公开方式', '公开层级', '过程', '五公开', '事项类别', '公开时长']
      .map((heading) => classifyHeading(heading)?.field);
    expect(fields).to.deep.equal(['seq', 'item', 'item', 'content', 'basis', 'timeLimit', 'subject', 'subject', 'channels', 'audience', 'mode', 'levels', 'stages', 'stages', 'category', 'duration']);
    expect(classifyHeading('备注')).to.equal(undefined);
  });

  it('finds a two-row header below a title, in a CSV without merged cells (the parent heading stands over its first sub-column only)', () => {
    const rows = [
      ['示例县义务教育领域基层政务公开标准目录'],
      ['序号', '公开事项', '', '公开内容', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '', '公开方式', '', '公开层级', ''],
      ['', '一级事项', '二级事项', '', '', '', '', '', '全社会', '特定群体', '主动', '依申请', '县级', '乡级'],
      ['1', '招生管理', '招生计划', '各校招生计划', '《义务教育法》', '20个工作日', '县教育局', '■政府网站', '√', '', '√', '', '√', ''],
    ];
    const header = findHeader(rows)!;
    expect(header.first).to.equal(1);
    expect(header.height).to.equal(2);
    expect(header.columns.slice(8).map((c) => (c.kind === 'tick' ? `${c.group}:${c.option}` : c.kind))).to.deep.equal([
      'audience:全社会', 'audience:特定群体', 'mode:主动', 'mode:依申请', 'levels:县级', 'levels:乡级',
    ]);
    const reading = readSheet({ name: 'Sheet1', rows }, { jurisdictionName: '示例县' });
    expect(reading.rows.length).to.equal(1);
    expect(reading.rows[0]!.domain?.value).to.equal('义务教育', 'the title row names the domain');
    expect(reading.rows[0]!.levels.map((l) => l.value)).to.deep.equal(['招生管理', '招生计划']);
  });

  it('reads the domain from a title: a pilot domain, the old 扶贫救灾, or a custom domain before 领域', () => {
    expect(domainIn('示例县社会救助领域基层政务公开标准目录', '示例县')).to.equal('社会救助');
    expect(domainIn('二〇一九年扶贫救灾领域基层政务公开标准目录')).to.equal('扶贫救灾', 'not 扶贫, which it contains');
    expect(domainIn('示例县政务服务领域基层政务公开标准目录', '示例县')).to.equal('政务服务');
    expect(domainIn('示例县基层政务公开标准目录', '示例县')).to.equal(undefined);
  });

  it('follows section rows inside one sheet and accounts for every row', () => {
    const rows = [
      ['序号', '公开事项', '公开内容', '公开依据'],
      ['一、社会救助领域', '一、社会救助领域', '一、社会救助领域', '一、社会救助领域'],
      ['1', '低保办事指南', '办理条件', '《社会救助暂行办法》'],
      ['', '', '', ''],
      ['（二）义务教育', '', '', ''],
      ['2', '招生计划', '各校招生计划', '《义务教育法》'],
      ['注：■表示必选项', '', '', ''],
    ];
    const reading = readSheet({ name: '标准目录', rows });
    expect(reading.rows.map((r) => `${r.domain?.value}/${r.levels.map((l) => l.value).join('/')}`)).to.deep.equal(['社会救助/低保办事指南', '义务教育/招生计划']);
    expect(reading.counts).to.deep.include({ read: 6, blank: 1, section: 2, legend: 1 });
  });
});
