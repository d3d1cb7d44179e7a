import { expect } from '@open-wc/testing';
import {
  deidentifyCatalogue, deidentifyCell, deidentifyRecords, findIdNumbers, maskAddress, maskBankCard, maskEmbeddedNumbers, maskIdNumber, maskName, maskPhone,
} from '../../src/catalogue/deidentify.js';
import { loadSample } from '../helpers/sample.js';
import type { FieldDef } from '../../src/catalogue/schema.js';

const ID18 = '410702199003071234';
const ID18X = '41070219850612002X';
const ID15 = '410702900307123';

describe('de-identification rules (去标识化)', () => {
  it('names: 张*明, 两字名 张*, compound surnames 欧阳*明 and 欧阳*, minority names with ·', () => {
    expect(maskName('张小明')).to.equal('张*明');
    expect(maskName('张明')).to.equal('张*');
    expect(maskName('欧阳明明')).to.equal('欧阳*明');
    expect(maskName('欧阳明')).to.equal('欧阳*');
    expect(maskName('司马相如')).to.equal('司马*如');
    expect(maskName('梁丘明')).to.equal('梁*明'); // 梁 is a common surname on its own: reveal less
    expect(maskName('梁丘小明')).to.equal('梁丘*明');
    expect(maskName('张王小明')).to.equal('张**明'); // four characters, no compound surname
    expect(maskName('阿依古丽·买买提')).to.equal('阿***·**提');
    expect(maskName('张  三')).to.equal('张*'); // padded to line up with three-character names
  });

  it('names: several in one cell, bracketed notes kept, Latin names', () => {
    expect(maskName('张三、李小四')).to.equal('张*、李*四');
    expect(maskName('王五（户主）')).to.equal('王*（户主）');
    expect(maskName('Zhang Wei')).to.equal('Z**** W**');
  });

  it('ID numbers: 18 digits keep 3 + 4, 15 digits keep 3 + 4, X kept as the last character', () => {
    expect(maskIdNumber(ID18)).to.equal('410***********1234');
    expect(maskIdNumber(ID18X)).to.equal('410***********002X');
    expect(maskIdNumber(ID15)).to.equal('410********7123');
    expect(maskIdNumber('41070219850612002x')).to.equal('410***********002X');
  });

  it('ID numbers written with full-width digits, spaces, dashes or invisible characters are still one number', () => {
    expect(maskIdNumber('４１０７０２１９９００３０７１２３４')).to.equal('410***********1234');
    expect(maskIdNumber('410702 19900307 1234')).to.equal('410***********1234');
    expect(maskIdNumber('4107-0219-9003-0712-34')).to.equal('410***********1234');
    expect(maskIdNumber('410702\u200b1990\u200d0307\u00ad1234')).to.equal('410***********1234');
    expect(maskIdNumber('410702\u3000199003071234')).to.equal('410***********1234');
  });

  it('phones: mobiles 138****5678 (with +86 too), landlines keep the area code, short service numbers stay', () => {
    expect(maskPhone('13812345678')).to.equal('138****5678');
    expect(maskPhone('138 1234 5678')).to.equal('138****5678');
    expect(maskPhone('+86 138-1234-5678')).to.equal('+86138****5678');
    expect(maskPhone('0373-5552101')).to.equal('0373-***2101');
    expect(maskPhone('010-12345678')).to.equal('010-****5678');
    expect(maskPhone('5552101')).to.equal('***2101');
    expect(maskPhone('12345')).to.equal('12345');
  });

  it('bank cards keep the first and last four digits and the bank name', () => {
    expect(maskBankCard('6228480012345678901')).to.equal('6228***********8901');
    expect(maskBankCard('中国农业银行 6228 4800 1234 5678')).to.equal('中国农业银行 6228********5678');
  });

  it('addresses stop at the village or 小区, else the street, else the township', () => {
    expect(maskAddress('示例县关堤乡刘庄村3组45号')).to.equal('示例县关堤乡刘庄村***');
    expect(maskAddress('城关镇东街社区幸福小区5号楼2单元301')).to.equal('城关镇东街社区***');
    expect(maskAddress('城关镇建设路3号院')).to.equal('城关镇建设路***');
    expect(maskAddress('南庄镇王庄村')).to.equal('南庄镇王庄村');
    expect(maskAddress('关堤乡')).to.equal('关堤乡');
  });

  it('the safety net finds ID numbers inside free text, in any writing, and leaves other numbers alone', () => {
    const note = `户主身份证４１０７０２ 1990 0307 1234，家庭人口3人，月补助 1,260.00 元，2026-10-15 核定`;
    const masked = maskEmbeddedNumbers(note, { phones: false });
    expect(findIdNumbers(masked)).to.deep.equal([]);
    expect(masked).to.contain('410***********1234');
    expect(masked).to.contain('家庭人口3人').and.contain('1,260.00').and.contain('2026-10-15');
    expect(maskEmbeddedNumbers(`残疾证号${ID18}42`, { phones: false })).to.equal('残疾证号410*************3442');
  });

  it('the safety net masks phones only where asked (lists of persons)', () => {
    expect(maskEmbeddedNumbers('联系电话13812345678', { phones: true })).to.equal('联系电话138****5678');
    expect(maskEmbeddedNumbers('办公电话0373-5552101', { phones: false })).to.equal('办公电话0373-5552101');
  });

  it('a cell of any JSON type becomes text first, so an ID stored as a number is masked too', () => {
    expect(deidentifyCell(410702900307123, undefined, false)).to.equal('410********7123');
    expect(deidentifyCell(['张三', '李四'], 'name')).to.equal('张*、李*');
    expect(deidentifyCell(null, 'name')).to.equal('');
    expect(deidentifyCell({ id: ID18 }, undefined)).to.equal('410***********1234');
    expect(deidentifyCell('病历摘要', 'other')).to.equal('***');
  });
});

describe('de-identification of record lists', () => {
  const dibao: FieldDef[] = [
    { key: 'seq', label: '序号', type: 'number', required: false },
    { key: 'village', label: '所在村（社区）', type: 'text', required: true, public: true },
    { key: 'holder', label: '户主姓名', type: 'text', required: true },
    { key: 'idNo', label: '身份证号码', type: 'text', required: true },
    { key: 'phone', label: '联系电话', type: 'phone', required: false },
    { key: 'address', label: '家庭住址', type: 'text', required: false },
    { key: 'amount', label: '月保障金额（元）', type: 'number', required: true },
    { key: 'note', label: '备注', type: 'text', required: false },
  ];

  it('picks each column\'s rule from its label when no marker is given, and keeps public columns as they are', () => {
    const result = deidentifyRecords({
      schema: dibao,
      rows: [{ seq: 1, village: '刘庄村', holder: '欧阳明明', idNo: ID18, phone: '13812345678', address: '关堤乡刘庄村2组18号', amount: 1260, note: `配偶 ${ID18X}` }],
    });
    expect(result.personList).to.be.true;
    expect(result.columns.map((c) => c.kind ?? (c.public ? 'public' : '-'))).to.deep.equal(['-', 'public', 'name', 'idNumber', 'phone', 'address', '-', '-']);
    expect(result.rows[0]).to.deep.equal(['1', '刘庄村', '欧阳*明', '410***********1234', '138****5678', '关堤乡刘庄村***', '1260', '配偶 410***********002X']);
  });

  it('a column marked public shows even an ID number as is (the publisher decided)', () => {
    const result = deidentifyRecords({ schema: [{ key: 'code', label: '证书编号', type: 'text', required: true, public: true }], rows: [{ code: ID18 }] });
    expect(result.rows[0]![0]).to.equal(ID18);
  });

  it('an explicit personal marker wins over the label', () => {
    const result = deidentifyRecords({ schema: [{ key: 'x', label: '领款人', type: 'text', required: true, personal: 'name' }, { key: 'y', label: '开户行账号', type: 'text', required: true, personal: 'bankCard' }], rows: [{ x: '李小红', y: '6217001234567890123' }] });
    expect(result.rows[0]).to.deep.equal(['李*红', '6217***********0123']);
  });

  it('a school directory keeps its 学校名称, 学校地址 and 办公电话, but never a stray ID number', () => {
    const result = deidentifyRecords({
      schema: [
        { key: 'name', label: '学校名称', type: 'text', required: true },
        { key: 'address', label: '学校地址', type: 'text', required: true },
        { key: 'phone', label: '办公电话', type: 'phone', required: false },
        { key: 'note', label: '备注', type: 'text', required: false },
      ],
      rows: [{ name: '示例县第一实验小学', address: '示例县人民路12号', phone: '0373-5552101', note: `校长 ${ID18}` }],
    });
    expect(result.personList).to.be.false;
    expect(result.rows[0]).to.deep.equal(['示例县第一实验小学', '示例县人民路12号', '0373-5552101', '校长 410***********1234']);
  });

  it('hostile cells: every way of writing an ID number in every non-public column comes out masked', () => {
    const hostile = [
      ID18, ID18X.toLowerCase(), ID15, '４１０７０２１９９００３０７１２３４', '410702-19900307-1234', '410 702 1990 0307 1234',
      `身份证：${ID18}。`, `${ID18}、${ID18X}`, '４１０７０２\u200b１９９００３０７１２３４', '𝟒𝟏𝟎𝟕𝟎𝟐𝟏𝟗𝟗𝟎𝟎𝟑𝟎𝟕𝟏𝟐𝟑𝟒', '①④①⓪⑦⓪②①⑨⑨⓪⓪③⓪⑦①②③④',
    ];
    const schema: FieldDef[] = [
      { key: 'holder', label: '姓名', type: 'text', required: true },
      { key: 'amount', label: '金额', type: 'number', required: false },
      { key: 'village', label: '村', type: 'text', required: false },
    ];
    const rows = hostile.map((value) => ({ holder: value, amount: value, village: value }));
    const result = deidentifyRecords({ schema, rows });
    for (const row of result.rows) {
      for (const cell of row) expect(findIdNumbers(cell), cell).to.deep.equal([]);
    }
  });
});

describe('de-identification is stable', () => {
  it('masking a masked value changes nothing', () => {
    const samples: [string, (v: string) => string][] = [
      ['张*明', maskName], ['张*', maskName], ['欧阳*明', maskName], ['阿***·**提', maskName],
      ['410***********1234', maskIdNumber], ['410********7123', maskIdNumber], ['138****5678', maskPhone], ['0373-***2101', maskPhone],
      ['6228***********8901', maskBankCard], ['示例县关堤乡刘庄村***', maskAddress],
    ];
    for (const [masked, rule] of samples) expect(rule(masked), masked).to.equal(masked);
    expect(maskIdNumber('E12345678')).to.equal('E123*5678');
    expect(maskIdNumber('证号 12345')).to.equal('证号 *****');
  });
});

describe('de-identification of the sample county\'s records', () => {
  it('no full ID number of any sample record reaches the output unless its column is public', async () => {
    const withRecords = (await loadSample()).items.filter((item) => item.records);
    let idsInInput = 0;
    for (const item of withRecords) {
      const records = item.records!;
      const result = deidentifyRecords(records);
      result.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          const raw = JSON.stringify(records.rows[r]![result.columns[c]!.key] ?? '');
          idsInInput += findIdNumbers(raw).length;
          if (!result.columns[c]!.public) expect(findIdNumbers(cell), `${item.id} ${result.columns[c]!.label}: ${cell}`).to.deep.equal([]);
        });
      });
    }
    expect(idsInInput, 'the sample lists carry ID numbers to protect').to.be.greaterThan(10);
  });

  it('the catalogue copy for the public has no full ID number anywhere, and a second pass changes nothing', async () => {
    const county = await loadSample();
    expect(findIdNumbers(JSON.stringify(county)).length, 'the raw sample has ID numbers').to.be.greaterThan(10);
    const published = deidentifyCatalogue(county);
    expect(findIdNumbers(JSON.stringify(published))).to.deep.equal([]);
    expect(JSON.stringify(deidentifyCatalogue(published))).to.equal(JSON.stringify(published));
    const dibao = published.items.find((i) => i.records?.title?.includes('最低生活保障'))!;
    expect(dibao.privacy).to.equal('deidentified');
    expect(dibao.records!.rows[3]).to.include({ holder: '欧阳*明', village: county.items.find((i) => i.id === dibao.id)!.records!.rows[3]!.village });
    expect(county.items.find((i) => i.id === dibao.id)!.records!.rows[3]!.holder, 'the input is not changed').to.equal('欧阳明明');
  });

  it('row keys without a column are not sent on', () => {
    const published = deidentifyCatalogue({ items: [{ records: { schema: [{ key: 'v', label: '村', type: 'text', required: true, public: true }], rows: [{ v: '刘庄村', secret: '410702199003071234' }] } }] } as never) as { items: { records: { rows: object[] } }[] };
    expect(published.items[0]!.records.rows[0]).to.deep.equal({ v: '刘庄村' });
  });
});
