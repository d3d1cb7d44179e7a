import { expect } from '@open-wc/testing';
import { readContact, splitStandard } from '../../src/catalogue/table/cell-values.js';
import { chooseColumns, describeChoice, isDomainName, parseColumnMap } from '../../src/catalogue/table/column-meaning.js';
import { classifyHeading, findHeader } from '../../src/catalogue/table/columns.js';
import { readDue, readDueDate, readUnits } from '../../src/catalogue/table/plan-tables.js';
import { readSheet } from '../../src/catalogue/table/read-sheet.js';
import { spanGrid } from '../../src/catalogue/table/span-grid.js';
import { cellKey } from '../../src/catalogue/table/import-types.js';

/** The pure rules behind `zwgk import` reading every layout: column meanings, 公开标准, 监督方式, spans, plans. */
describe('table import: layouts', () => {
  it('splits 公开标准 at numbering, lines and ；, and at 、 only in a bare enumeration', () => {
    expect(splitStandard('1. 落实情况综述， 2. 主要工作， 3. 主要措施')).to.deep.equal(['落实情况综述', '主要工作', '主要措施']);
    expect(splitStandard('（1）户主姓名（2）所在村组')).to.deep.equal(['户主姓名', '所在村组']);
    expect(splitStandard('①文件名称②文号③发文部门')).to.deep.equal(['文件名称', '文号', '发文部门']);
    expect(splitStandard('1、办理流程；2、办理地点')).to.deep.equal(['办理流程', '办理地点']);
    expect(splitStandard('●文件名称\n●文号')).to.deep.equal(['文件名称', '文号']);
    expect(splitStandard('申请条件；申请材料')).to.deep.equal(['申请条件', '申请材料']);
    expect(splitStandard('学校名称、学校地址、办学层次')).to.deep.equal(['学校名称', '学校地址', '办学层次']);
    expect(splitStandard('规划图件及批复文件，包括规划期限、用地布局')).to.equal(undefined);
    expect(splitStandard('补助1.5万元、2019年度')).to.deep.equal(['补助1.5万元', '2019年度']);
    expect(splitStandard('县（市、区）民政局名单')).to.equal(undefined);
  });

  it('reads 监督方式 into phone, e-mail, web and street address, and says what it could not read', () => {
    expect(readContact('监督电话：0539-8311234；电子邮箱：ls@example.gov.cn')).to.deep.equal({ contact: { phone: '0539-8311234', email: 'ls@example.gov.cn' }, unread: [] });
    expect(readContact('网址：/hdjl/jdjb/；地址：人民路1号')).to.deep.equal({ contact: { url: '/hdjl/jdjb/', address: '人民路1号' }, unread: [] });
    expect(readContact('www.example.gov.cn')).to.deep.equal({ contact: { url: 'http://www.example.gov.cn' }, unread: [] });
    expect(readContact('12345政务服务热线').contact).to.deep.equal({ phone: '12345政务服务热线' });
    expect(readContact('电子邮箱、监督电话')).to.deep.equal({ unread: ['电子邮箱、监督电话'] });
  });

  it('tells domain names (names, aliases, variants, lists, 领域 and numbering) from other words', () => {
    for (const name of ['社会救助', '社会救助领域', '二、社会救助领域', '国土空间规划', '扶贫救灾', '生态环境', '城乡规划领域、征地补偿领域']) expect(isDomainName(name), name).to.equal(true);
    for (const name of ['最低生活保障', '综合业务', '政府文件', '就业服务']) expect(isDomainName(name), name).to.equal(false);
  });

  it('reads 公开方式（载体） and 监督方式 by heading, and 事项类别 by its values', () => {
    expect(classifyHeading('公开方式（载体）')).to.deep.equal({ field: 'channels' });
    expect(classifyHeading('监督方式')).to.deep.equal({ field: 'supervision' });
    expect(classifyHeading('公开格式')).to.deep.equal({ field: 'formats' });
    expect(classifyHeading('项目类别')).to.deep.equal({ field: 'category' });
    const rows = [['序号', '事项类别', '事项名称', '公开内容', '公开依据'], ['1', '社会保险', '养老保险', '参保范围', '《社会保险法》'], ['2', '社会救助', '低保', '名单', '《社会救助暂行办法》']];
    const header = findHeader(rows)!;
    const choices = chooseColumns('表', header, rows);
    expect(choices[1]!.column).to.deep.include({ kind: 'text', field: 'domain' });
    expect(choices[1]!.source).to.equal('values');
    expect(describeChoice(choices[1]!, 'en')).to.equal('  B 事项类别 → domain: heading "事项类别", but 2 of 2 values are domain names (社会保险, 社会救助), not item categories');
    const categories = [['序号', '事项名称', '事项类别', '公开内容'], ['1', '低保', '公共服务', '名单'], ['2', '许可', '行政许可', '结果']];
    expect(chooseColumns('表', findHeader(categories)!, categories)[2]!.column).to.deep.include({ field: 'category' });
  });

  it('a column without a heading is read by its values or reported; --map wins over both', () => {
    const rows = [['序号', '一级事项', '公开内容', '公开依据', ''], ['1', '低保', '名单', '《办法》', '县级'], ['2', '特困', '名单', '《办法》', '县级、乡级']];
    const header = findHeader(rows)!;
    expect(chooseColumns('表', header, rows)[4]!.column).to.deep.include({ kind: 'text', field: 'levels' });
    const reading = readSheet({ name: '表', rows: rows.map((r, i) => (i ? [...r.slice(0, 4), '备注'] : r)).concat([['3', '临时', '名单', '《办法》', '其他']]) });
    expect(reading.warnings.map((w) => `${w.cell} ${w.code}`)).to.deep.equal(['E1 unnamed-column']);
    const mapped = parseColumnMap('E=ignore, 表!B=领域');
    expect(mapped).to.deep.equal({ overrides: [{ letter: 'E', field: 'ignore' }, { sheet: '表', letter: 'B', field: 'domain' }] });
    expect(parseColumnMap('E=colour')).to.deep.equal({ bad: 'E=colour' });
  });

  it('skips per-process rows without content and counts them; a lone number in 序号 is a blank row', () => {
    const rows = [
      ['序号', '一级目录（事项类别）', '二级目录（事项名称）', '三级目录（公开内容）', '过程', '公开标准', '公开依据'],
      ['1', '扶贫救灾', '智力扶贫', '教育资助', '决策', '', '《方案》'],
      ['2', '', '', '', '执行', '1. 综述 2. 措施', ''],
      ['3', '', '', '', '管理', '', ''],
      ['4'],
    ];
    const reading = readSheet({ name: '附件4', rows });
    expect(reading.rows.map((r) => [r.domain?.value, r.levels.map((l) => l.value), r.text.stages?.value, r.text.basis?.value])).to.deep.equal([['扶贫救灾', ['智力扶贫', '教育资助'], '执行', '《方案》']]);
    expect(reading.counts).to.deep.include({ read: 4, emptyProcess: 2, blank: 1 });
  });

  it('lays rowspan and colspan out as a browser does, marking the slots they cover', () => {
    const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });
    const grid = spanGrid([[cell('A', 2), cell('B', 1, 2)], [cell('C'), cell('D')], [cell('E', 0), cell('F')], [cell('G')]]);
    expect(grid.rows).to.deep.equal([['A', 'B', 'B'], ['A', 'C', 'D'], ['E', 'F', ''], ['E', 'G', '']]);
    expect([...grid.copied].sort((a, b) => a - b)).to.deep.equal([cellKey(0, 2), cellKey(1, 0), cellKey(3, 0)]);
  });

  it('reads 完成时间 and 责任单位 of task tables', () => {
    expect(readDueDate('2020年12月底前')).to.equal('2020-12-31');
    expect(readDueDate('2024年2月底')).to.equal('2024-02-29');
    expect(readDueDate('2018年5月15日前')).to.equal('2018-05-15');
    expect(readDueDate('2022年底前')).to.equal('2022-12-31');
    expect(readDueDate('2021年2月30日')).to.equal(undefined);
    expect(readDue('长期')).to.deep.equal({ text: '长期' });
    expect(readDue('26个试点领域：2020年12月底 其他领域：2021年12月底')).to.deep.equal({
      text: '26个试点领域：2020年12月底 其他领域：2021年12月底', date: '2021-12-31',
      split: [{ label: '26个试点领域', date: '2020-12-31' }, { label: '其他领域', date: '2021-12-31' }],
    });
    expect(readUnits('各乡镇（街道）、区政府各部门（指导单位：区委编办）')).to.deep.equal({ responsible: ['各乡镇（街道）', '区政府各部门'], lead: [], guide: ['区委编办'] });
    expect(readUnits('区自然资源局、区城建局等相关部门（牵头单位：区政府办）')).to.deep.equal({ responsible: ['区自然资源局', '区城建局'], lead: ['区政府办'], guide: [] });
  });
});
