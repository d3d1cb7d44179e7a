// Public participation and the content without a screen of its own, for the sample county (issue 18):
// consultations in every phase with every way to take part, 回应关切, the 负面清单 with legal grounds
// and yearly reviews, 公示 lists with personal data (fictional), 办事 links, targeted push, formats,
// supervision pages, and policies covering every 有效性 case with their interpretations.
// generate-sample.mjs calls these; kept apart so the two files can change independently.
import { VILLAGES, address, bankCard, birthDate, firstGenerationId, mobile, personName, residentId, seeded } from './people.mjs';

const REGION = '410799'; // 示例县's division code
const 条例 = { title: '中华人民共和国政府信息公开条例', docNo: '国务院令第711号' };

// ── 公示 lists ────────────────────────────────────────────────────────────────────────────
const TOWNSHIP_OF = Object.fromEntries(Object.entries(VILLAGES).flatMap(([township, villages]) => villages.map((v) => [v, township])));
const ALL_VILLAGES = Object.values(VILLAGES).flat();

/** 低保初审对象: on display now (公示7个工作日 from 30 November 2026). */
function dibaoReview() {
  const random = seeded(2026_1130);
  const rows = Array.from({ length: 24 }, (_, i) => {
    const village = ALL_VILLAGES[i % ALL_VILLAGES.length];
    const size = 1 + Math.floor(random() * 5);
    const birth = birthDate(random, 1940, 1995);
    return {
      seq: i + 1,
      township: TOWNSHIP_OF[village],
      village,
      holder: i === 3 ? '欧阳明明' : i === 9 ? '阿依古丽·买买提' : personName(random),
      idNumber: residentId(REGION, birth, 100 + Math.floor(random() * 899)),
      householdSize: size,
      coveredPersons: Math.max(1, size - (random() < 0.3 ? 1 : 0)),
      monthlyAmount: 320 * size + 10 * Math.floor(random() * 20),
      phone: mobile(random),
      address: address(random, TOWNSHIP_OF[village], village),
      // Free text as clerks type it, with an ID number that does not belong in a public note.
      note: i === 5 ? `原户主${personName(random)}（身份证号${residentId(REGION, birthDate(random, 1935, 1950), 211)}）已去世，由配偶申请` : i % 7 === 0 ? '新申请' : i % 5 === 0 ? '重度残疾' : '',
    };
  });
  return {
    title: '2026年12月全县最低生活保障初审对象公示',
    displayStart: '2026-11-30',
    note: '公示期内对公示对象有异议的，可向所在乡镇（街道）社会救助经办机构或县民政局实名反映，我们将依法核实处理并为反映人保密。',
    contact: { phone: '0373-5551601', address: '示例县人民路20号县民政局社会救助股', url: '/hdjl/jdjb/shjz/' },
    schema: [
      { key: 'seq', label: '序号', type: 'number', required: true, public: true },
      { key: 'township', label: '乡镇（街道）', type: 'text', required: true, public: true },
      { key: 'village', label: '村（社区）', type: 'text', required: true, public: true },
      { key: 'holder', label: '户主姓名', type: 'text', required: true, personal: 'name' },
      { key: 'idNumber', label: '身份证号码', type: 'idNumber', required: true, personal: 'idNumber' },
      { key: 'householdSize', label: '家庭人口', type: 'number', required: true, public: true },
      { key: 'coveredPersons', label: '保障人数', type: 'number', required: true, public: true },
      { key: 'monthlyAmount', label: '月保障金额（元）', type: 'number', required: true, public: true },
      { key: 'phone', label: '联系电话', type: 'phone', required: false, personal: 'phone' },
      { key: 'address', label: '家庭住址', type: 'text', required: false, personal: 'address' },
      { key: 'note', label: '备注', type: 'text', required: false },
    ],
    rows,
  };
}

/** 特困人员供养名单: the 公示 of last July, over. The oldest still carry 15-digit IDs; no markers, so the labels decide. */
function tekunList() {
  const random = seeded(2026_0701);
  const rows = Array.from({ length: 12 }, (_, i) => {
    const village = ALL_VILLAGES[(i * 3) % ALL_VILLAGES.length];
    const birth = birthDate(random, 1931, 1962);
    const old = i % 4 === 1;
    return {
      name: personName(random),
      sex: random() < 0.5 ? '男' : '女',
      idNo: old ? firstGenerationId(REGION, birth, 300 + i) : residentId(REGION, birth, 300 + i),
      village: `${TOWNSHIP_OF[village]}${village}`,
      mode: i % 3 === 0 ? '集中供养' : '分散供养',
      standard: i % 3 === 0 ? 1150 : 980,
    };
  });
  return {
    title: '2026年第二季度特困人员救助供养对象公示',
    displayStart: '2026-07-01',
    displayEnd: '2026-07-07',
    schema: [
      { key: 'name', label: '姓名', type: 'text', required: true },
      { key: 'sex', label: '性别', type: 'text', required: true },
      { key: 'idNo', label: '身份证号', type: 'text', required: true },
      { key: 'village', label: '所在乡镇、村', type: 'text', required: true },
      { key: 'mode', label: '供养方式', type: 'text', required: true },
      { key: 'standard', label: '月供养标准（元）', type: 'number', required: true },
    ],
    rows,
  };
}

/** 耕地地力保护补贴发放名单: goes up on 10 December (calendar days), with 一卡通 accounts. */
function farmSubsidyList() {
  const random = seeded(2026_1210);
  const rows = Array.from({ length: 30 }, (_, i) => {
    const village = VILLAGES.关堤乡[i % VILLAGES.关堤乡.length];
    const area = Math.round((3 + random() * 20) * 10) / 10;
    return {
      holder: personName(random),
      idNumber: residentId(REGION, birthDate(random, 1948, 1990), 500 + i),
      village,
      area,
      amount: Math.round(area * 107.5 * 100) / 100,
      card: bankCard(random),
      phone: i % 6 === 0 ? `0373-55${String(60000 + i * 7).slice(-5)}` : mobile(random),
    };
  });
  return {
    title: '关堤乡2026年耕地地力保护补贴发放名单公示',
    displayStart: '2026-12-10',
    displayEnd: '2026-12-16',
    note: '补贴资金通过惠民惠农财政补贴资金“一卡通”发放。对补贴面积有异议的，请于公示期内向乡农业农村服务中心反映。',
    contact: { phone: '0373-5556021', address: '关堤乡政府路1号乡农业农村服务中心' },
    schema: [
      { key: 'holder', label: '户主', type: 'text', required: true },
      { key: 'idNumber', label: '身份证号码', type: 'idNumber', required: true },
      { key: 'village', label: '村', type: 'text', required: true, public: true },
      { key: 'area', label: '补贴面积（亩）', type: 'number', required: true, public: true },
      { key: 'amount', label: '补贴金额（元）', type: 'number', required: true, public: true },
      { key: 'card', label: '一卡通账号', type: 'text', required: true },
      { key: 'phone', label: '联系电话', type: 'phone', required: false },
    ],
    rows,
  };
}

/** 高龄津贴发放名单: a standing list without a 公示期; 15-digit IDs of people born in the 1930s and 40s. */
function elderAllowanceList() {
  const random = seeded(1936);
  const rows = Array.from({ length: 10 }, (_, i) => {
    const birth = birthDate(random, 1930, 1946);
    const village = ALL_VILLAGES[(i * 5) % ALL_VILLAGES.length];
    const age = 2026 - Number(birth.slice(0, 4));
    return {
      name: personName(random),
      idNumber: i % 2 ? firstGenerationId(REGION, birth, 700 + i) : residentId(REGION, birth, 700 + i),
      age,
      village,
      monthly: age >= 90 ? 200 : 100,
    };
  });
  return {
    title: '2026年度高龄津贴发放名单',
    schema: [
      { key: 'name', label: '老人姓名', type: 'text', required: true, personal: 'name' },
      { key: 'idNumber', label: '公民身份号码', type: 'text', required: true },
      { key: 'age', label: '年龄', type: 'number', required: true, public: true },
      { key: 'village', label: '村（社区）', type: 'text', required: true, public: true },
      { key: 'monthly', label: '月发放金额（元）', type: 'number', required: true, public: true },
    ],
    rows,
  };
}

// ── items: records, 办事 links, push, formats, supervision ───────────────────────────────
const SERVICE_PLATFORM = '示例省政务服务网';
const service = (name, code) => ({ platform: SERVICE_PLATFORM, name, code, url: `https://zwfw.example.gov.cn/item/${code}` });

/** Keyed by `domain name/matter/name` so that renumbered items keep their additions. */
const ITEM_ADDITIONS = {
  '社会救助/最低生活保障/审核信息': {
    records: dibaoReview(), pushChannels: ['短信'],
    supervision: { phone: '0373-5551601', url: '/hdjl/jdjb/shjz/' },
  },
  '社会救助/特困人员救助供养/审批信息': { records: tekunList() },
  '涉农补贴/耕地地力保护补贴/补贴发放名单': {
    records: farmSubsidyList(), pushChannels: ['短信', '微信', '纸质账单'],
    channels: [{ type: 'targeted_push', name: '短信、微信定向推送到户', required: false }],
  },
  '养老服务/补贴政策/高龄津贴发放名单': { records: elderAllowanceList() },
  '社会救助/最低生活保障/办事指南': { serviceItemRef: service('最低生活保障对象认定', '11410799MB1546001X4000112001'), formats: ['文本', '图表', '视频'] },
  '社会救助/特困人员救助供养/办事指南': { serviceItemRef: service('特困人员认定', '11410799MB1546001X4000112002') },
  '社会救助/临时救助/办事指南': { serviceItemRef: service('临时救助对象认定', '11410799MB1546001X4000112003') },
  '户籍管理/办事指南/户口迁移': { serviceItemRef: service('户口迁移（省内）', '11410799MB1546002X4000113010') },
  '户籍管理/办事指南/居民身份证办理': { serviceItemRef: { platform: SERVICE_PLATFORM, name: '居民身份证申领', code: '11410799MB1546002X4000113020' } },
  '社会保险/失业保险/失业保险金申领': { serviceItemRef: service('失业保险金申领', '11410799MB1546003X4000114005') },
  '农村危房改造/办事指南/农村危房改造申请': { serviceItemRef: service('农村低收入群体等重点对象住房安全保障', '11410799MB1546004X4000115001') },
  '保障性住房/申请审核/公租房申请办事指南': { serviceItemRef: service('公共租赁住房保障资格申请', '11410799MB1546004X4000115002') },
  '农村危房改造/审核/补助对象审核结果': {
    pushChannels: ['短信', '二维码'], channels: [{ type: 'targeted_push', name: '短信通知补助对象', required: false }],
  },
  '征地补偿/补偿结果/补偿费用支付情况': { pushChannels: ['短信', '纸质材料'] },
  '保障性住房/分配/分配结果': { pushChannels: ['短信', '微信'] },
  '扶贫/产业扶贫/衔接资金项目实施情况': { pushChannels: ['微信', '二维码'] },
  '义务教育/招生管理/招生政策': { formats: ['文本', '图表', '视频'] },
  '救灾/防灾减灾/防灾减灾宣传': { formats: ['文本', '图表', '音频', '视频'] },
  '社会救助/综合业务/监督检查': { supervision: { phone: '0373-5551601', email: 'shjz@shixian.example.gov.cn', address: '示例县人民路20号县民政局', url: '/hdjl/jdjb/shjz/' } },
  '涉农补贴/监督/补贴资金监督举报': { supervision: { phone: '0373-5556000', url: '/hdjl/jdjb/snbt/' } },
  '扶贫/监督/扶贫领域监督举报': { supervision: { phone: '0373-12317', url: '/hdjl/jdjb/fupin/' } },
  '农村危房改造/监督/投诉举报渠道': { supervision: { phone: '0373-5553300', address: '示例县建设路12号县住建局村镇股', url: '/hdjl/jdjb/weifang/' } },
};

/** The school directory is organisation data: every column marked public. */
function markSchoolDirectoryPublic(item) {
  if (!item.records || item.matter !== '义务教育学校名录') return item;
  return { ...item, records: { ...item.records, title: '示例县义务教育学校名录（2026年秋季学期）', schema: item.records.schema.map((f) => ({ ...f, public: true })) } };
}

/** The items with their issue-18 additions; `domainName` maps a domain id to its name. */
export function withParticipation(items, domainName) {
  const used = new Set();
  const result = items.map((item) => {
    const key = `${domainName(item.domainId)}/${item.matter}/${item.name}`;
    const extra = ITEM_ADDITIONS[key];
    if (!extra) return markSchoolDirectoryPublic(item);
    used.add(key);
    const { channels, ...rest } = extra;
    return { ...item, ...rest, ...(channels ? { channels: [...item.channels, ...channels] } : {}) };
  });
  const missing = Object.keys(ITEM_ADDITIONS).filter((key) => !used.has(key));
  if (missing.length) throw new Error(`sample items not found for: ${missing.join(', ')}`);
  return result;
}

// ── policies: every 有效性 case ──────────────────────────────────────────────────────────
const EXTRA_POLICIES = [
  {
    id: 'po-housing-2026', title: '示例县人民政府办公室关于修改《示例县公共租赁住房管理办法》的决定', docNo: '示政办〔2026〕2号', indexNo: '11410700MB0000000X/2026-00002',
    issuerId: 'ag-xzfb', drafterId: 'ag-zjj', issuedAt: '2026-01-08', publishedAt: '2026-01-12', attribute: '主动公开', status: 'effective', validFrom: '2026-02-01',
    topics: ['城乡建设、环境保护'], domainIds: ['baozhang-zhufang'], url: '/zwgk/zcwj/2026/gongzu-xg.html',
    summary: '将申请家庭人均月收入标准调整为上年度城镇居民人均可支配收入的60%，租金按市场租金的50%核定。',
    interpretationIds: ['in-housing-2026-text'],
  },
  {
    id: 'po-elder-2026', title: '示例县老年人福利补贴管理办法', docNo: '示政〔2026〕3号', indexNo: '11410700MB0000000X/2026-00003',
    issuerId: 'ag-xzf', drafterId: 'ag-mzj', issuedAt: '2026-02-06', publishedAt: '2026-02-10', attribute: '主动公开', status: 'effective', validFrom: '2026-03-01',
    topics: ['社会保障'], domainIds: ['yanglao-fuwu'], url: '/zwgk/zcwj/2026/laonian.html',
    summary: '将高龄津贴、服务补贴和护理补贴合并为老年人福利补贴，80周岁以上老年人每月100元，90周岁以上每月200元。',
    interpretationIds: ['in-elder-2026-text', 'in-elder-2026-qa'],
  },
  {
    id: 'po-straw', title: '示例县秸秆综合利用奖补办法（试行）', docNo: '示农〔2024〕15号', indexNo: '11410700MB0000002X/2024-00015',
    issuerId: 'ag-nyncj', drafterId: 'ag-nyncj', issuedAt: '2024-06-20', publishedAt: '2024-06-25', attribute: '主动公开', status: 'trial',
    validFrom: '2024-07-01', validUntil: '2026-06-30', topics: ['农业、畜牧业、渔业'], domainIds: ['shenong-butie'], url: '/zwgk/zcwj/2024/jiegan.html',
    summary: '试行两年，对秸秆还田、离田收储给予奖补。试行期已满，状态未及时更新。',
    interpretationIds: ['in-straw-text'],
  },
  {
    id: 'po-parking', title: '示例县城区机动车停放管理办法', docNo: '示政〔2026〕18号', indexNo: '11410700MB0000000X/2026-00018',
    issuerId: 'ag-xzf', drafterId: 'ag-cgj', issuedAt: '2026-11-16', publishedAt: '2026-11-20', attribute: '主动公开', status: 'effective', validFrom: '2027-01-01',
    topics: ['城乡建设、环境保护', '交通'], domainIds: ['chengshi-zhifa'], url: '/zwgk/zcwj/2026/tingche.html',
    summary: '规定城区道路停车泊位设置、收费时段和标准、免费停放时长以及违法停车的处理。自2027年1月1日起施行。',
    interpretationIds: ['in-parking-text', 'in-parking-media'],
  },
];

/** The sample policies with 修改/废止 links and the added documents. */
export function withPolicyChanges(policies) {
  const changed = policies.map((policy) => {
    if (policy.id === 'po-housing') return { ...policy, amendedBy: [{ policyId: 'po-housing-2026', date: '2026-02-01' }] };
    if (policy.id === 'po-eldercare') return { ...policy, repealedBy: { policyId: 'po-elder-2026', date: '2026-03-01' } };
    if (policy.id === 'po-enroll') return { ...policy, interpretationIds: [...policy.interpretationIds, 'in-enroll-media'] };
    return policy;
  });
  return [...changed, ...EXTRA_POLICIES];
}

/** Interpretations by the drafting departments (same day, and one two days late), experts and the media. */
export const EXTRA_INTERPRETATIONS = [
  {
    id: 'in-housing-2026-text', policyId: 'po-housing-2026', title: '关于修改《示例县公共租赁住房管理办法》的决定解读', form: '文字',
    interpreter: { agencyId: 'ag-zjj', role: '第一解读人', personTitle: '县住建局局长' }, publishedAt: '2026-01-12',
    blocks: [
      { type: 'heading', text: '一、为什么修改' },
      { type: 'paragraph', text: '原办法的收入标准多年未调整，部分住房困难家庭因收入略高于标准而无法申请。' },
      { type: 'heading', text: '二、新旧政策对比' },
      { type: 'list', items: ['收入标准：由固定金额改为上年度城镇居民人均可支配收入的60%', '租金：由政府定价改为市场租金的50%'] },
    ],
  },
  {
    id: 'in-elder-2026-text', policyId: 'po-elder-2026', title: '《示例县老年人福利补贴管理办法》政策解读', form: '文字',
    interpreter: { agencyId: 'ag-mzj', role: '第一解读人', personTitle: '县民政局局长' }, publishedAt: '2026-02-12',
    summary: '政策发布两天后才发布解读，未做到与政策同步。',
    blocks: [{ type: 'paragraph', text: '办法自2026年3月1日起施行，《示例县高龄津贴发放管理办法》（示政〔2019〕5号）同时废止。已领取高龄津贴的老年人无需重新申请。' }],
  },
  {
    id: 'in-elder-2026-qa', policyId: 'po-elder-2026', title: '老年人福利补贴问答', form: '简明问答',
    interpreter: { agencyId: 'ag-mzj', role: '起草部门', personTitle: '县民政局养老服务股股长' }, publishedAt: '2026-02-12',
    qa: [
      { q: '原来领高龄津贴的需要重新申请吗？', a: '不需要，由乡镇（街道）直接转入老年人福利补贴名单。' },
      { q: '补贴怎么发？', a: '按月通过惠民惠农财政补贴资金“一卡通”发放。' },
    ],
  },
  {
    id: 'in-straw-text', policyId: 'po-straw', title: '秸秆综合利用奖补办法解读', form: '文字',
    interpreter: { agencyId: 'ag-nyncj', role: '起草部门', personTitle: '县农业农村局农业生态股股长' }, publishedAt: '2024-06-25',
    blocks: [{ type: 'paragraph', text: '秸秆还田每亩奖补20元，离田收储每吨奖补50元，试行期两年。' }],
  },
  {
    id: 'in-parking-text', policyId: 'po-parking', title: '《示例县城区机动车停放管理办法》解读', form: '文字',
    interpreter: { agencyId: 'ag-cgj', role: '第一解读人', personTitle: '县城管局局长' }, publishedAt: '2026-11-20',
    summary: '办法在公开征求意见后修改完善，采纳了延长免费停放时长等意见。',
    blocks: [
      { type: 'heading', text: '一、征求意见和采纳情况' },
      { type: 'paragraph', text: '2026年9月向社会公开征求意见，共收到意见46条，采纳12条、部分采纳5条。' },
      { type: 'heading', text: '二、群众关心的几个问题' },
      { type: 'list', items: ['首次停放30分钟内免费（征求意见稿为15分钟）', '夜间20:00至次日7:00不收费', '学校、医院周边设置临时停靠泊位'] },
    ],
  },
  {
    id: 'in-parking-media', policyId: 'po-parking', title: '记者探访：停车新规实施前城区泊位准备情况', form: '媒体解读',
    interpreter: { agencyId: 'ag-wglj', role: '媒体', personTitle: '示例县融媒体中心记者' }, publishedAt: '2026-11-27',
    blocks: [{ type: 'paragraph', text: '记者在人民路、文化路走访看到，新施划的停车泊位已基本完成，收费公示牌正在安装。' }],
    url: '/zwgk/zcjd/2026/tingche-tanfang.html',
  },
  {
    id: 'in-enroll-media', policyId: 'po-enroll', title: '《示例日报》：今年招生入学有哪些新变化', form: '媒体解读',
    interpreter: { agencyId: 'ag-wglj', role: '媒体', personTitle: '《示例日报》记者' }, publishedAt: '2026-05-12',
    blocks: [{ type: 'paragraph', text: '与去年相比，今年随迁子女报名材料由五项减为三项，民办学校全部纳入电脑随机录取。' }],
  },
];

// ── consultations ─────────────────────────────────────────────────────────────────────────
const COMMENT_FIELDS = [
  { key: 'name', label: '姓名', type: 'text', required: true },
  { key: 'phone', label: '手机号码', type: 'phone', required: true, hint: '仅用于联系核实，不对外公开' },
  { key: 'identity', label: '身份类别', type: 'select', required: false, options: ['村（居）民代表', '利益相关方', '专家', '人大代表', '政协委员', '其他'] },
];

export const CONSULTATIONS = [
  {
    id: 'cs-001', title: '《示例县城区机动车停放管理办法（征求意见稿）》公开征求意见', method: '向社会公开征求意见',
    methods: [
      {
        type: '向社会公开征求意见', onlineForm: true, email: 'cgjfgk@shixian.example.gov.cn',
        mail: { address: '示例县人民路66号县城市管理局法规股', postcode: '453000', note: '信封上注明“停车管理办法意见”' },
      },
      { type: '座谈会', start: '2026-09-18T09:00:00+08:00', end: '2026-09-18T11:30:00+08:00', place: '县城市管理局三楼会议室', capacity: 20, note: '邀请人大代表、政协委员、商户和居民代表座谈。' },
    ],
    subjectMatter: '公共政策措施', start: '2026-09-01', end: '2026-09-30', hostId: 'ag-cgj', url: '/zwgk/yjzj/2026/tingche.html',
    summary: '为规范城区机动车停放秩序，县城管局起草了本办法，现向社会公开征求意见。',
    draft: { title: '示例县城区机动车停放管理办法（征求意见稿）', url: '/zwgk/yjzj/2026/tingche-zqyjg.pdf' },
    explanation: { title: '关于《示例县城区机动车停放管理办法（征求意见稿）》的起草说明', text: '一、起草背景：城区机动车保有量五年增长一倍，乱停乱放问题突出。二、主要内容：泊位设置、收费标准、免费时长、违法停车处理。' },
    policyId: 'po-parking',
    adoptionReport: {
      publishedAt: '2026-11-20', url: '/zwgk/yjzj/2026/tingche-cn.html',
      summary: '征求意见期间共收到意见46条（网上提交31条、电子邮件8条、信函2条、座谈会5条），采纳12条、部分采纳5条、未采纳21条，其余8条为重复意见。',
      received: 46, adopted: 12, partlyAdopted: 5, notAdopted: 21,
      opinions: [
        { summary: '首次停放免费时长由15分钟延长至30分钟', outcome: 'adopted', count: 9 },
        { summary: '夜间不收费时段提前到20:00', outcome: 'adopted', count: 3 },
        { summary: '学校周边设置接送临时停靠点', outcome: 'partly_adopted', count: 5, reason: '在学校周边设临时停靠泊位，限停10分钟；医院周边另行研究。' },
        { summary: '城区全部道路停车免费', outcome: 'not_adopted', count: 14, reason: '免费停放会加剧泊位长期占用，与缓解停车难的目标不符；已通过延长免费时长兼顾短时停车需求。' },
        { summary: '取消违法停车罚款', outcome: 'not_adopted', count: 7, reason: '违法停车的处罚由《中华人民共和国道路交通安全法》规定，本办法无权变更。' },
      ],
    },
  },
  {
    id: 'cs-002', title: '县城第二水厂建设项目听证会', method: '听证会',
    methods: [{ type: '听证会', start: '2026-06-10T09:00:00+08:00', end: '2026-06-10T12:00:00+08:00', place: '县政务服务中心三楼听证室', pointId: 'pt-hall', capacity: 15 }],
    subjectMatter: '公共建设项目', start: '2026-05-20', end: '2026-06-10', hostId: 'ag-fgw',
    adoptionReport: { publishedAt: '2026-07-01', summary: '共收到意见 23 条，采纳 9 条。', url: '/zwgk/yjzj/2026/shuichang-cn.html', received: 23, adopted: 9 },
  },
  {
    id: 'cs-003', title: '《示例县农村生活垃圾治理实施方案（征求意见稿）》公开征求意见', method: '向社会公开征求意见',
    methods: [
      {
        type: '向社会公开征求意见', onlineForm: true, email: 'zjjcz@shixian.example.gov.cn', phone: '0373-5553301', fax: '0373-5553309',
        mail: { address: '示例县建设路12号县住房和城乡建设局村镇股', recipient: '村镇股', postcode: '453000', note: '信封上注明“垃圾治理方案意见”' },
      },
      {
        type: '座谈会', start: '2026-12-15T09:30:00+08:00', end: '2026-12-15T11:30:00+08:00', place: '关堤乡便民服务中心二楼会议室', pointId: 'pt-bmfw-guandi', capacity: 20,
        note: '面向村（居）民代表、保洁员和利益相关方，每村限报2人。',
        signup: { open: true, deadline: '2026-12-12T17:00:00+08:00', phone: '0373-5553301', selection: 'first_come', fields: COMMENT_FIELDS, note: '报名成功后电话通知，请携带本人身份证。' },
      },
      { type: '问卷调查', url: '/zwgk/yjzj/2026/laji-wenjuan.html', start: '2026-11-25', end: '2026-12-24', note: '约5分钟，可匿名填写。' },
    ],
    subjectMatter: '公共政策措施', start: '2026-11-25', end: '2026-12-24', hostId: 'ag-zjj', url: '/zwgk/yjzj/2026/laji.html',
    summary: '方案拟在全县推行农村生活垃圾“户分类、村收集、乡转运、县处理”，并明确保洁员配备和收费办法，涉及每户村民，欢迎提出意见。',
    draft: { title: '示例县农村生活垃圾治理实施方案（征求意见稿）', url: '/zwgk/yjzj/2026/laji-zqyjg.pdf' },
    explanation: { title: '起草说明', url: '/zwgk/yjzj/2026/laji-qcsm.pdf', text: '方案依据《中华人民共和国固体废物污染环境防治法》和省农村人居环境整治要求起草，拟按每户每月3元收取保洁费，低保户、特困户免收。' },
  },
  {
    id: 'cs-004', title: '示例县城区居民生活用水价格调整听证会', method: '听证会',
    methods: [
      {
        type: '听证会', start: '2027-01-14T09:00:00+08:00', end: '2027-01-14T12:00:00+08:00', place: '县政务服务中心三楼听证室', pointId: 'pt-hall', capacity: 15,
        note: '听证参加人15名，其中消费者9名、经营者2名、专家学者和其他人员4名。',
        signup: { open: true, deadline: '2026-12-31T17:00:00+08:00', phone: '0373-5551201', selection: 'review', fields: COMMENT_FIELDS, note: '报名人数超过名额时按代表性遴选，结果在县政府网站公布。' },
      },
      { type: '书面征求意见', mail: { address: '示例县人民路8号县发展和改革委员会价格股', postcode: '453000' }, email: 'fgwjg@shixian.example.gov.cn' },
    ],
    subjectMatter: '公共政策措施', start: '2026-12-20', end: '2027-01-14', hostId: 'ag-fgw', url: '/zwgk/yjzj/2026/shuijia.html',
    summary: '第二水厂投运后供水成本上升，拟调整城区居民生活用水价格，现公开征集听证参加人。',
    draft: { title: '城区居民生活用水价格调整方案（听证方案）', url: '/zwgk/yjzj/2026/shuijia-fa.pdf' },
  },
  {
    // A 1.0 record: one method, no details. Readers still list it.
    id: 'cs-005', title: '2026年度政务公开工作满意度问卷调查', method: '问卷调查',
    subjectMatter: '公共政策措施', start: '2026-08-01', end: '2026-08-31', hostId: 'ag-xzfb', url: '/zwgk/yjzj/2026/manyidu.html',
  },
  {
    id: 'cs-006', title: '关堤乡刘庄村至赵庄村道路拓宽工程民意调查', method: '实地走访',
    methods: [
      { type: '实地走访', start: '2026-10-08', end: '2026-10-12', place: '刘庄村、赵庄村沿线农户', note: '乡村干部入户走访沿线42户，听取占地补偿和施工时间意见。' },
      { type: '民意调查', phone: '0373-5556001', note: '沿线农户也可电话反映意见。' },
    ],
    subjectMatter: '公共建设项目', start: '2026-10-08', end: '2026-10-20', hostId: 'ag-guandi',
    adoptionReport: {
      publishedAt: '2026-11-02', summary: '走访42户，收到意见19条。', received: 19,
      opinions: [
        { summary: '避开麦收时节施工', outcome: 'adopted', count: 11 },
        { summary: '增设路灯', outcome: 'partly_adopted', count: 5, reason: '村口和学校路段先行安装，其余路段列入明年计划。' },
        { summary: '道路拓宽至8米', outcome: 'not_adopted', count: 3, reason: '8米需占用基本农田，按规划拓宽至6米。' },
      ],
    },
  },
];

// ── 回应关切 ──────────────────────────────────────────────────────────────────────────────
export const RESPONSES = [
  { id: 'rs-001', topic: '关于低保审核时限的网民留言回应', policyId: 'po-dibao', respondentId: 'ag-mzj', raisedAt: '2026-03-30', publishedAt: '2026-04-02', content: '细则规定乡镇（街道）自受理之日起 30 日内完成审核确认，情况复杂的可延长至 45 日。', channel: '县长信箱', url: '/hdjl/xzxx/2026/0402.html' },
  { id: 'rs-002', topic: '关于学区划分的回应', policyId: 'po-enroll', respondentId: 'ag-jtj', raisedAt: '2026-05-22', publishedAt: '2026-05-25', content: '学区划分以学校服务半径和适龄儿童数量为依据，划分方案已在县政府网站公开。', channel: '12345热线' },
  { id: 'rs-003', topic: '停车新规实施后老城区居民夜间停车怎么办', policyId: 'po-parking', respondentId: 'ag-cgj', raisedAt: '2026-11-21', publishedAt: '2026-11-23', content: '夜间20:00至次日7:00道路泊位不收费；老城区另设居民夜间专用泊位260个，居民凭行驶证登记使用。', channel: '新闻发布会', url: '/zwgk/xwfb/2026/1123.html' },
  { id: 'rs-004', topic: '耕地地力保护补贴什么时候到账', policyId: 'po-farm', respondentId: 'ag-nyncj', raisedAt: '2026-12-01', publishedAt: '2026-12-02', content: '补贴名单12月10日起在各村公示7天，公示无异议后于12月底前通过“一卡通”发放到户。', channel: '12345热线' },
  { id: 'rs-005', topic: '第二水厂建设是否影响周边村庄用水', projectName: '县城第二水厂建设项目', respondentId: 'ag-fgw', raisedAt: '2026-06-15', publishedAt: '2026-06-18', content: '水厂取水口位于水库下游，施工期间由临时管网供水，不影响周边村庄正常用水。', channel: '政府网站留言回复' },
  { id: 'rs-006', topic: '高龄津贴改为老年人福利补贴后标准是否降低', policyId: 'po-elder-2026', respondentId: 'ag-mzj', raisedAt: '2026-02-11', publishedAt: '2026-02-13', content: '新办法标准不低于原高龄津贴，90周岁以上老年人每月由150元提高到200元。', channel: '“示例发布”微信公众号' },
];

// ── 负面清单 ──────────────────────────────────────────────────────────────────────────────
export const NEGATIVE_LIST = [
  {
    id: 'ng-001', matter: '涉及国家秘密的应急物资储备布局信息', riskCategory: '国家安全', agencyId: 'ag-yjj', updatedAt: '2026-03-01',
    basis: [{ title: '中华人民共和国保守国家秘密法', article: '第十三条' }, { ...条例, article: '第十四条' }],
    description: '县级应急物资储备库的位置、储备品种和数量。储备库的服务电话和领取程序不在此列，照常公开。',
    reviewedAt: '2026-03-01', nextReviewAt: '2027-03-01',
  },
  {
    id: 'ng-002', matter: '正在调查中的行政执法案件信息', riskCategory: '社会稳定', agencyId: 'ag-scjg', updatedAt: '2026-03-01',
    basis: [{ ...条例, article: '第十四条' }],
    description: '公开后可能妨碍正在进行的调查、执法的案件线索和证据。案件办结后，行政处罚决定按规定公开。',
    reviewedAt: '2026-03-01', nextReviewAt: '2027-03-01',
  },
  {
    id: 'ng-003', matter: '低保对象身份证号码、银行账号等个人信息', riskCategory: '其他', agencyId: 'ag-mzj', updatedAt: '2026-03-01',
    basis: [{ ...条例, article: '第十五条' }, { title: '中华人民共和国个人信息保护法', article: '第二十八条' }],
    description: '公示名单只公开去标识化后的姓名、身份证号码，不公开完整证件号码、银行账号和家庭住址门牌号。',
    reviewedAt: '2026-03-01',
  },
  {
    id: 'ng-004', matter: '政府内部事务信息（人事管理、后勤管理、内部工作流程）', riskCategory: '其他', agencyId: 'ag-xzfb', updatedAt: '2025-03-01',
    basis: [{ ...条例, article: '第十六条' }],
    reviewedAt: '2025-03-01', nextReviewAt: '2026-03-01',
  },
  {
    id: 'ng-005', matter: '重要水源地取水口和供水设施的具体位置及防护措施', riskCategory: '公共安全', agencyId: 'ag-fgw', updatedAt: '2026-06-01',
    basis: [{ title: '中华人民共和国反恐怖主义法', article: '第三十二条' }, { ...条例, article: '第十四条' }],
    reviewedAt: '2026-06-01', nextReviewAt: '2027-06-01',
  },
];
