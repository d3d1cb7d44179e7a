#!/usr/bin/env node
// Writes the sample county 示例县 (demo/data/shixian.json) and its township 关堤乡
// (demo/data/guandi-xiang.json). Deterministic: the same files on every run, so diffs review.
// Content per domain lives in scripts/sample/domains.mjs; this file assembles the document.
// The files it points at (QR codes, charts, video, audio) are written by scripts/sample/media.mjs
// into demo/data/media/; `--av` also remakes the video and audio (needs ffmpeg and espeak-ng).
import { writeFileSync } from 'node:fs';
import { DOMAIN_CONTENT, CUSTOM_DOMAINS } from './sample/domains.mjs';
import { PILOT } from './sample/pilot.mjs';
import { ENROLL_VIDEO_TRANSCRIPT, media, writeSampleMedia } from './sample/media.mjs';
import { CONSULTATIONS, EXTRA_INTERPRETATIONS, NEGATIVE_LIST, RESPONSES, withParticipation, withPolicyChanges } from './sample/participation.mjs';

const out = (name) => new URL(`../demo/data/${name}`, import.meta.url);
const UPDATED = '2026-10-15T09:00:00+08:00';
const 条例 = { title: '中华人民共和国政府信息公开条例', docNo: '国务院令第711号' };

// ── agencies ──────────────────────────────────────────────────────────────────────────────
const TOWNSHIPS = [
  ['chengguan', '城关镇', 'township', 35.3012, 113.9041],
  ['guandi', '关堤乡', 'township', 35.2421, 113.8472],
  ['dongping', '东平镇', 'township', 35.3456, 113.9712],
  ['xihe', '西河乡', 'township', 35.2788, 113.8125],
  ['nanzhuang', '南庄镇', 'township', 35.2215, 113.9386],
  ['beiguan', '北关街道', 'subdistrict', 35.3187, 113.9055],
];

const county = (id, name, shortName, kind = 'department', extra = {}) => ({
  id, name, shortName, level: 'county', kind, ...extra,
});
const phone = (n) => `0373-55${String(10000 + n * 137).slice(-5)}`;

const AGENCIES = [
  county('ag-xzf', '示例县人民政府', '县政府', 'government'),
  county('ag-xzfb', '示例县人民政府办公室', '县政府办', 'office', { parentId: 'ag-xzf' }),
  county('ag-fgw', '示例县发展和改革委员会', '县发改委'),
  county('ag-czj', '示例县财政局', '县财政局'),
  county('ag-zrzyj', '示例县自然资源局', '县自然资源局'),
  county('ag-zjj', '示例县住房和城乡建设局', '县住建局'),
  county('ag-cgj', '示例县城市管理局', '县城管局'),
  county('ag-yjj', '示例县应急管理局', '县应急局'),
  county('ag-swj', '国家税务总局示例县税务局', '县税务局', 'vertical_branch'),
  county('ag-sthj', '示例市生态环境局示例县分局', '县生态环境分局', 'vertical_branch'),
  county('ag-wglj', '示例县文化广电和旅游局', '县文广旅局'),
  county('ag-sfj', '示例县司法局', '县司法局'),
  county('ag-xczx', '示例县乡村振兴局', '县乡村振兴局'),
  county('ag-scjg', '示例县市场监督管理局', '县市场监管局'),
  county('ag-rsj', '示例县人力资源和社会保障局', '县人社局'),
  county('ag-mzj', '示例县民政局', '县民政局'),
  county('ag-gaj', '示例县公安局', '县公安局', 'vertical_branch'),
  county('ag-nyncj', '示例县农业农村局', '县农业农村局'),
  county('ag-jtj', '示例县教育体育局', '县教体局'),
  county('ag-wjw', '示例县卫生健康委员会', '县卫健委'),
  county('ag-ybj', '示例县医疗保障局', '县医保局'),
  county('ag-zwfw', '示例县政务服务和大数据管理局', '县政务服务和大数据局'),
  county('ag-dag', '示例县档案馆', '县档案馆', 'public_institution'),
  county('ag-tsg', '示例县图书馆', '县图书馆', 'public_institution'),
  ...TOWNSHIPS.map(([key, name, kind]) => ({
    id: `ag-${key}`, name: `${name}${kind === 'subdistrict' ? '办事处' : '人民政府'}`, shortName: name,
    level: 'township', kind, parentId: 'ag-xzf',
  })),
  { id: 'ag-vc-liuzhuang', name: '关堤乡刘庄村村民委员会', shortName: '刘庄村委会', level: 'village', kind: 'village_committee', parentId: 'ag-guandi' },
].map((agency, i) => ({
  ...agency,
  contact: { phone: phone(i), address: agency.level === 'county' ? `示例县人民路${(i % 40) + 1}号` : `${agency.shortName}政府驻地` },
  supervision: { phone: '0373-12345', email: 'jdjb@shixian.example.gov.cn' },
}));
const agencyIds = new Set(AGENCIES.map((a) => a.id));

// ── disclosure points ─────────────────────────────────────────────────────────────────────
const HOURS = '周一至周五 8:30-12:00，14:30-17:30（法定节假日除外）';
const point = (p) => ({ unifiedBranding: true, ...p });
const POINTS = [
  point({
    id: 'pt-zone-county', name: '示例县政务服务中心政务公开专区', type: 'disclosure_zone', kind: 'physical', level: 'county', agencyId: 'ag-zwfw',
    address: '示例县人民路88号县政务服务中心一楼大厅', location: { lat: 35.3034, lng: 113.9078, crs: 'GCJ-02' }, openingHours: HOURS, phone: '0373-5551001',
    services: ['信息查询', '信息查阅', '信息公开申请', '办事咨询答复', '打印复印'], facilities: ['查询电脑', '政府公报', '显示屏', '展示架', '办事指南', '便民卡', '二维码', '无障碍通道', '老花镜'],
    accessibility: '一楼入口设无障碍坡道，配备轮椅、老花镜和助听设备；可预约工作人员陪同办理。', acceptsRequests: true, qrCode: media('qr/zone-county.png'),
  }),
  point({
    id: 'pt-hall', name: '示例县政务服务中心', type: 'service_hall', kind: 'physical', level: 'county', agencyId: 'ag-zwfw',
    address: '示例县人民路88号', location: { lat: 35.3031, lng: 113.9082, crs: 'GCJ-02' }, openingHours: '周一至周五 8:30-12:00，14:30-17:30；周六上午 9:00-12:00（延时服务）', phone: '0373-5551000',
    services: ['办事咨询答复', '信息查询'], facilities: ['显示屏', '办事指南', '无障碍通道'], accessibility: '设爱心窗口，老年人、残疾人优先办理。',
  }),
  point({
    id: 'pt-archive', name: '示例县档案馆政府信息查阅点', type: 'archive', kind: 'physical', level: 'county', agencyId: 'ag-dag',
    address: '示例县文化路16号县档案馆二楼', location: { lat: 35.2978, lng: 113.8995, crs: 'WGS-84' }, openingHours: HOURS, phone: '0373-5551020',
    services: ['信息查阅', '信息查询', '打印复印'], facilities: ['查询电脑', '政府公报', '展示架'], accessibility: '有电梯直达二楼。', acceptsRequests: true,
  }),
  point({
    id: 'pt-library', name: '示例县图书馆政府信息公开查阅点', type: 'library', kind: 'physical', level: 'county', agencyId: 'ag-tsg',
    address: '示例县文化路20号县图书馆一楼', location: { lat: 35.2971, lng: 113.9012, crs: 'WGS-84' }, openingHours: '周二至周日 9:00-17:00（周一闭馆）', phone: '0373-5551030',
    services: ['信息查阅', '信息查询'], facilities: ['查询电脑', '政府公报', '宣传册'], accessibility: '设无障碍阅览座位和大字版读物。',
  }),
  point({
    id: 'pt-realestate', name: '示例县不动产登记中心', type: 'real_estate_registry', kind: 'physical', level: 'county', agencyId: 'ag-zrzyj',
    address: '示例县建设路56号', location: { lat: 35.3089, lng: 113.9141, crs: 'BD-09' }, openingHours: HOURS, phone: '0373-5551040',
    services: ['办事咨询答复', '信息查询'], facilities: ['办事指南', '显示屏'], domainIds: ['zhengdi-buchang'],
  }),
  ...TOWNSHIPS.map(([key, name, , lat, lng], i) => point({
    id: `pt-bmfw-${key}`, name: `${name}便民服务中心`, type: 'convenience_center', kind: 'physical', level: 'township', agencyId: `ag-${key}`,
    township: name, address: `示例县${name}政府院内`, location: { lat, lng, crs: i === 3 ? 'WGS-84' : 'GCJ-02' }, openingHours: HOURS, phone: phone(60 + i),
    services: ['信息查询', '信息公开申请', '办事咨询答复'], facilities: ['查询电脑', '展示架', '办事指南', '便民卡'],
    accessibility: '服务大厅在一楼，设无障碍通道。', acceptsRequests: true,
  })),
  ...[
    ['liuzhuang', '刘庄村', '关堤乡', 35.2389, 113.8411],
    ['zhaozhuang', '赵庄村', '关堤乡', 35.2502, 113.8553],
    ['dongjie', '东街社区', '城关镇', 35.3055, 113.9120],
    ['wangzhuang', '王庄村', '南庄镇', 35.2168, 113.9447],
    ['hexi', '河西村', '西河乡', 35.2811, 113.8032],
  ].map(([key, village, township, lat, lng]) => point({
    id: `pt-board-${key}`, name: `${village}村（居）务公开栏`, type: 'notice_board', kind: 'physical', level: 'village', agencyId: township === '关堤乡' ? 'ag-guandi' : `ag-${TOWNSHIPS.find((t) => t[1] === township)[0]}`,
    township, address: `${township}${village}村委会门前`, location: { lat, lng, crs: 'GCJ-02' }, openingHours: '全天', services: ['信息查阅'], facilities: ['二维码'],
    accessibility: '公开栏下沿距地面 1 米，便于轮椅使用者阅读。', unifiedBranding: false,
  })),
  point({ id: 'pt-web', name: '示例县人民政府门户网站“政府信息公开”专栏', type: 'website_column', kind: 'online', level: 'county', agencyId: 'ag-xzfb', url: '/zwgk/' }),
  point({ id: 'pt-web-jczwgk', name: '示例县基层政务公开专栏', type: 'website_column', kind: 'online', level: 'county', agencyId: 'ag-xzfb', url: '/zwgk/jczwgk/' }),
  point({ id: 'pt-wechat', name: '“示例发布”微信公众号', type: 'new_media', kind: 'online', level: 'county', agencyId: 'ag-xzfb', url: 'https://mp.example.cn/shixianfabu', qrCode: media('qr/wechat.png') }),
  point({ id: 'pt-12345', name: '12345政务服务便民热线', type: 'hotline', kind: 'online', level: 'county', agencyId: 'ag-zwfw', url: 'tel:12345', phone: '12345', openingHours: '全天24小时' }),
  point({ id: 'pt-ysq', name: '示例县依申请公开网上受理平台', type: 'request_platform', kind: 'online', level: 'county', agencyId: 'ag-xzfb', url: '/zwgk/ysqgk/' }),
];

// ── items ─────────────────────────────────────────────────────────────────────────────────
const TIME = {
  default: { text: '自该信息形成或者变更之日起20个工作日内', amount: 20, unit: 'working_day', trigger: 'formed_or_changed' },
  ten: { text: '制定或获取信息之日起10个工作日内', amount: 10, unit: 'working_day', trigger: 'formed_or_changed' },
  notice: { text: '信息形成之日起10个工作日内，公示7个工作日', amount: 10, unit: 'working_day', trigger: 'formed_or_changed', windowDays: 7 },
  budget: { text: '本级人民代表大会或其常务委员会批准后20日内', amount: 20, unit: 'day', trigger: 'event', recurrence: 'annual' },
  'dept-budget': { text: '本级政府财政部门批复后20日内', amount: 20, unit: 'day', trigger: 'event', recurrence: 'annual' },
  penalty: { text: '作出行政处罚决定之日起7个工作日内', amount: 7, unit: 'working_day', trigger: 'event' },
  realtime: { text: '实时公开', trigger: 'other', recurrence: 'realtime' },
  emergency: { text: '及时公开，特别重大、重大突发事件24小时内举行新闻发布会', amount: 24, unit: 'hour', trigger: 'event' },
  request: { text: '收到申请之日起20个工作日内答复', amount: 20, unit: 'working_day', trigger: 'event' },
};
const channel = (type, required = true, extra = {}) => ({ type, required, ...extra });
const STAGES = ['决策', '执行', '管理', '服务', '结果'];
const VILLAGE_FOCUS = new Set(['社会救助', '养老服务', '涉农补贴', '扶贫', '农村危房改造', '社会保险', '医疗卫生', '就业']);

function domainId(name) {
  return PILOT.find((d) => d.name === name)?.id ?? CUSTOM_DOMAINS[name].id;
}

function makeItem(domainName, content, row, index, serial) {
  const [matter, name, elements, tag] = row;
  const n = serial;
  const request = tag === 'request';
  const village = tag === 'village' || tag === 'notice';
  const levels = village ? ['township', 'village'] : VILLAGE_FOCUS.has(domainName) && index % 2 === 0 ? ['county', 'township'] : ['county'];
  const channels = [channel('website_column', true, { name: '政府网站基层政务公开专栏', pointId: 'pt-web-jczwgk' })];
  if (request) channels.splice(0, 1, channel('request_platform', true, { pointId: 'pt-ysq' }), channel('disclosure_zone', false, { pointId: 'pt-zone-county' }));
  if (village) channels.push(channel('notice_board', true, { name: '村（社区）公示栏' }));
  if (n % 3 === 0) channels.push(channel('new_media', false, { name: '“示例发布”微信公众号', pointId: 'pt-wechat' }));
  if (n % 4 === 1) channels.push(channel('service_hall', false, { pointId: 'pt-hall' }));
  if (n % 5 === 2) channels.push(channel('reading_point', false, { name: '县档案馆、县图书馆查阅点' }));
  if (tag === 'emergency') channels.push(channel('press_event', true, { name: '新闻发布会' }), channel('broadcast', false));
  const subjects = content.agencies.length > 1 && n % 2 === 0 ? content.agencies : [content.agencies[index % content.agencies.length]];
  const townshipSubject = levels.includes('township') ? ['ag-guandi'] : [];
  const item = {
    id: `it-${String(n).padStart(3, '0')}`,
    code: `${String(PILOT.find((d) => d.name === domainName)?.order ?? 27 + Object.keys(CUSTOM_DOMAINS).indexOf(domainName)).padStart(2, '0')}${String(index + 1).padStart(2, '0')}`,
    order: index + 1,
    domainId: domainId(domainName),
    matter,
    name,
    content: elements,
    standard: elements.split('、').slice(0, 6),
    basis: n % 4 === 0 ? [...content.basis, 条例].filter((b, i, all) => all.findIndex((x) => x.title === b.title) === i) : content.basis,
    timeLimit: TIME[request ? 'request' : tag in TIME ? tag : 'default'],
    subjectIds: [...subjects, ...(n % 3 === 1 ? townshipSubject : [])],
    mode: request ? '依申请' : '主动',
    channels,
    audience: request || tag === 'special' ? '特定群体' : '全社会',
    ...(request ? { audienceNote: '申请人本人或其委托代理人' } : tag === 'special' ? { audienceNote: '本人及利害关系人；名单在公示栏限期公示' } : {}),
    levels,
    stages: [STAGES[n % 5], ...(n % 7 === 0 ? ['解读'] : [])],
    category: ['公共服务', '行政许可', '社会治理', '公共服务', '其他'][n % 5],
    formats: n % 6 === 0 ? ['文本', '图表'] : ['文本'],
    ...(tag === 'special' || tag === 'notice' ? { privacy: 'deidentified' } : {}),
    status: n === 57 ? 'withdrawn' : 'active',
    updatedAt: `2026-0${(n % 9) + 1}-${String((n % 27) + 1).padStart(2, '0')}`,
  };
  if (n % 6 === 0) item.links = [{ title: `${name}（已公开内容）`, url: `/zwgk/jczwgk/${item.domainId}/`, publishedAt: '2026-06-30' }];
  if (n % 11 === 0) item.supervision = { phone: '0373-5550110', address: '示例县人民路88号县政务公开办公室' };
  if (tag === 'records') {
    item.records = {
      schema: [
        { key: 'name', label: '学校名称', type: 'text', required: true },
        { key: 'address', label: '学校地址', type: 'text', required: true },
        { key: 'stage', label: '办学层次', type: 'text', required: false },
        { key: 'kind', label: '办学类型', type: 'text', required: false },
        { key: 'phone', label: '办公电话', type: 'phone', required: false },
      ],
      rows: [
        { name: '示例县第一实验小学', address: '示例县人民路12号', stage: '小学', kind: '公办', phone: '0373-5552101' },
        { name: '示例县城关镇中心小学', address: '城关镇建设路3号', stage: '小学', kind: '公办', phone: '0373-5552102' },
        { name: '示例县第二初级中学', address: '示例县文化路45号', stage: '初中', kind: '公办', phone: '0373-5552103' },
        { name: '关堤乡中心学校', address: '关堤乡政府西200米', stage: '九年一贯制', kind: '公办', phone: '0373-5552104' },
        { name: '示例县育才学校', address: '示例县光明路8号', stage: '九年一贯制', kind: '民办', phone: '0373-5552105' },
      ],
    };
  }
  if (domainName === '扶贫' && matter === '智力扶贫') item.path = ['教育扶贫', '资助落实'];
  if (domainName === '社会救助' && matter === '最低生活保障') item.path = ['城乡低保'];
  return item;
}

function buildItems() {
  const items = [];
  let serial = 1;
  const all = [...PILOT.map((d) => [d.name, DOMAIN_CONTENT[d.name]]), ...Object.entries(CUSTOM_DOMAINS)];
  for (const [domainName, content] of all) {
    content.rows.forEach((row, index) => items.push(makeItem(domainName, content, row, index, serial++)));
    if (VILLAGE_FOCUS.has(domainName)) {
      const index = content.rows.length;
      const item = makeItem(domainName, content, ['乡镇（街道）经办服务', `乡镇（街道）${domainName}经办服务指南`, '经办机构、办理地点、办公时间、联系电话、办理流程'], index, serial++);
      item.subjectIds = TOWNSHIPS.map(([key]) => `ag-${key}`);
      item.levels = ['township'];
      item.channels.push(channel('convenience_center', true, { name: '乡镇（街道）便民服务中心' }));
      items.push(item);
    }
  }
  return items;
}

// ── policies and interpretations ──────────────────────────────────────────────────────────
const POLICIES = [
  {
    id: 'po-dibao', title: '示例县最低生活保障审核确认实施细则', docNo: '示政办〔2026〕12号', indexNo: '11410700MB0000000X/2026-00012',
    issuerId: 'ag-xzfb', drafterId: 'ag-mzj', issuedAt: '2026-03-18', publishedAt: '2026-03-20', attribute: '主动公开', status: 'effective',
    topics: ['社会保障', '民政、扶贫、救灾'], domainIds: ['shehui-jiuzhu'], url: '/zwgk/zcwj/2026/dibao.html',
    summary: '明确低保申请、审核确认、动态管理和监督检查的程序，规定乡镇（街道）受理后 30 日内完成审核确认。',
    interpretationIds: ['in-dibao-text', 'in-dibao-qa', 'in-dibao-chart'],
  },
  {
    id: 'po-enroll', title: '示例县2026年义务教育招生入学工作实施方案', docNo: '示教体〔2026〕21号', indexNo: '11410700MB0000001X/2026-00021',
    issuerId: 'ag-jtj', drafterId: 'ag-jtj', issuedAt: '2026-05-08', publishedAt: '2026-05-10', attribute: '主动公开', status: 'effective',
    topics: ['教育'], domainIds: ['yiwu-jiaoyu'], url: '/zwgk/zcwj/2026/zhaosheng.html',
    summary: '规定公办学校划片招生、随迁子女入学、民办学校报名和电脑随机录取的办法。',
    interpretationIds: ['in-enroll-video', 'in-enroll-qa'],
  },
  {
    id: 'po-farm', title: '示例县耕地地力保护补贴实施方案（试行）', docNo: '示农〔2025〕9号', indexNo: '11410700MB0000002X/2025-00009',
    issuerId: 'ag-nyncj', drafterId: 'ag-nyncj', issuedAt: '2025-04-01', publishedAt: '2025-04-03', attribute: '主动公开', status: 'trial',
    validFrom: '2025-04-03', validUntil: '2027-04-02', topics: ['农业、畜牧业、渔业'], domainIds: ['shenong-butie'], url: '/zwgk/zcwj/2025/gengdi.html',
    summary: '试行期两年，明确补贴对象、面积核定、公示和发放程序。',
    interpretationIds: ['in-farm-audio'],
  },
  {
    id: 'po-eldercare', title: '示例县高龄津贴发放管理办法', docNo: '示政〔2019〕5号', indexNo: '11410700MB0000000X/2019-00005',
    issuerId: 'ag-xzf', drafterId: 'ag-mzj', issuedAt: '2019-02-20', publishedAt: '2019-02-25', attribute: '主动公开', status: 'repealed',
    topics: ['社会保障'], domainIds: ['yanglao-fuwu'], url: '/zwgk/zcwj/2019/gaoling.html',
    summary: '已被《示例县老年人福利补贴管理办法》（示政〔2026〕3号）废止。',
    interpretationIds: ['in-eldercare-text'],
  },
  {
    id: 'po-housing', title: '示例县公共租赁住房管理办法', docNo: '示政办〔2021〕30号', indexNo: '11410700MB0000000X/2021-00030',
    issuerId: 'ag-xzfb', drafterId: 'ag-zjj', issuedAt: '2021-06-11', publishedAt: '2021-06-15', attribute: '主动公开', status: 'amended',
    topics: ['城乡建设、环境保护'], domainIds: ['baozhang-zhufang'], url: '/zwgk/zcwj/2021/gongzu.html',
    summary: '2026年1月修改了申请条件中的收入标准和租金核定办法。',
    interpretationIds: ['in-housing-text'],
  },
  {
    id: 'po-disaster', title: '示例县自然灾害救助应急预案（2018年修订）', docNo: '示政办〔2018〕41号', indexNo: '11410700MB0000000X/2018-00041',
    issuerId: 'ag-xzfb', drafterId: 'ag-yjj', issuedAt: '2018-07-02', publishedAt: '2018-07-05', attribute: '主动公开', status: 'expired',
    topics: ['安全生产监管'], domainIds: ['jiuzai'], url: '/zwgk/zcwj/2018/zaihai.html',
    summary: '有效期至2023年7月4日，已失效，新预案正在修订。',
    interpretationIds: [],
  },
  {
    id: 'po-employ', title: '示例县稳就业促创业若干措施', docNo: '示政办〔2026〕27号', indexNo: '11410700MB0000000X/2026-00027',
    issuerId: 'ag-xzfb', drafterId: 'ag-rsj', issuedAt: '2026-07-20', publishedAt: '2026-07-22', attribute: '主动公开', status: 'effective',
    topics: ['劳动、人事、监察'], domainIds: ['jiuye'], url: '/zwgk/zcwj/2026/jiuye.html',
    summary: '提出创业担保贷款贴息、一次性创业补贴、以工代训等 12 条措施。',
    interpretationIds: ['in-employ-expert', 'in-employ-press'],
  },
];

const INTERPRETATIONS = [
  {
    id: 'in-dibao-text', policyId: 'po-dibao', title: '《示例县最低生活保障审核确认实施细则》政策解读', form: '文字',
    interpreter: { agencyId: 'ag-mzj', role: '第一解读人', personTitle: '县民政局局长' }, publishedAt: '2026-03-20T10:00:00+08:00',
    summary: '介绍细则出台的背景、主要内容和办理流程。',
    blocks: [
      { type: 'heading', text: '一、出台背景' },
      { type: 'paragraph', text: '为贯彻《最低生活保障审核确认办法》（民发〔2021〕57号），规范我县低保审核确认工作，县民政局起草了本细则。' },
      { type: 'heading', text: '二、主要内容' },
      { type: 'list', items: ['明确申请条件和家庭经济状况核算办法', '乡镇（街道）受理后 30 日内完成审核确认', '初审对象在村（社区）公示栏公示 7 日', '建立低保对象动态管理机制'] },
      { type: 'heading', text: '三、办理渠道' },
      { type: 'paragraph', text: '群众可到户籍所在地乡镇（街道）便民服务中心申请，也可通过县政务服务网在线申请。' },
    ],
    url: '/zwgk/zcjd/2026/dibao-jd.html',
  },
  {
    id: 'in-dibao-qa', policyId: 'po-dibao', title: '低保审核确认简明问答', form: '简明问答',
    interpreter: { agencyId: 'ag-mzj', role: '起草部门', personTitle: '县民政局社会救助股股长' }, publishedAt: '2026-03-20',
    qa: [
      { q: '哪些家庭可以申请低保？', a: '共同生活的家庭成员人均收入低于当地低保标准，且财产状况符合规定的，可以申请。' },
      { q: '到哪里申请？', a: '向户籍所在地乡镇人民政府（街道办事处）提出，也可由村（居）民委员会代为提出。' },
      { q: '多长时间能有结果？', a: '乡镇（街道）自受理之日起 30 日内作出审核确认决定，特殊情况可延长至 45 日。' },
      { q: '审核结果会公开吗？', a: '初审对象名单在村（社区）公示栏公示 7 日，公示时对个人信息作去标识化处理。' },
      { q: '对审核结果有异议怎么办？', a: '可以向县民政局反映，也可以依法申请行政复议或者提起行政诉讼。' },
    ],
  },
  {
    id: 'in-dibao-chart', policyId: 'po-dibao', title: '一图读懂低保审核确认', form: '图表图解',
    interpreter: { agencyId: 'ag-mzj', role: '起草部门', personTitle: '县民政局社会救助股股长' }, publishedAt: '2026-03-20',
    media: [{ type: 'image', url: media('zcjd/dibao-yitu.svg'), alt: '低保办理流程图：申请、受理、家庭经济状况调查、公示、审核确认、发放，共六步。' }],
  },
  {
    id: 'in-enroll-video', policyId: 'po-enroll', title: '县教体局负责人解读2026年招生入学政策（视频）', form: '视频',
    interpreter: { agencyId: 'ag-jtj', role: '第一解读人', personTitle: '县教体局局长' }, publishedAt: '2026-05-10',
    media: [{
      type: 'video', url: media('zcjd/zhaosheng.mp4'), captionsUrl: media('zcjd/zhaosheng.vtt'),
      transcript: ENROLL_VIDEO_TRANSCRIPT,
    }],
  },
  {
    id: 'in-enroll-qa', policyId: 'po-enroll', title: '招生入学常见问题', form: '简明问答',
    interpreter: { agencyId: 'ag-jtj', role: '起草部门', personTitle: '县教体局基础教育股股长' }, publishedAt: '2026-05-16',
    qa: [
      { q: '什么时候报名？', a: '2026年6月1日至6月10日，通过县教育招生平台网上报名。' },
      { q: '随迁子女需要什么材料？', a: '居住证、父母一方在本县连续缴纳社会保险满一年的证明、户口簿。' },
      { q: '民办学校报名人数超过计划怎么办？', a: '由县教体局统一组织电脑随机录取，全程公证。' },
      { q: '对划片有疑问找谁？', a: '拨打县教体局招生咨询电话 0373-5552100。' },
    ],
  },
  {
    id: 'in-farm-audio', policyId: 'po-farm', title: '广播解读：耕地地力保护补贴怎么领', form: '音频',
    interpreter: { agencyId: 'ag-nyncj', personTitle: '县农业农村局副局长' }, publishedAt: '2025-04-03',
    media: [{ type: 'audio', url: media('zcjd/gengdi.mp3') }],
  },
  {
    id: 'in-eldercare-text', policyId: 'po-eldercare', title: '《示例县高龄津贴发放管理办法》解读', form: '文字',
    interpreter: { agencyId: 'ag-mzj', role: '起草部门', personTitle: '县民政局养老服务股股长' }, publishedAt: '2019-02-25',
    blocks: [{ type: 'paragraph', text: '本办法对 80 周岁以上老年人发放高龄津贴。（本办法已废止，现行政策见《示例县老年人福利补贴管理办法》。）' }],
  },
  {
    id: 'in-housing-text', policyId: 'po-housing', title: '公共租赁住房管理办法修改说明', form: '文字',
    interpreter: { agencyId: 'ag-zjj', role: '第一解读人', personTitle: '县住建局局长' }, publishedAt: '2026-01-12',
    blocks: [{ type: 'paragraph', text: '本次修改将申请家庭人均月收入标准调整为上年度城镇居民人均可支配收入的 60%，租金按市场租金的 50% 核定。' }],
  },
  {
    id: 'in-employ-expert', policyId: 'po-employ', title: '专家解读：稳就业措施如何惠及返乡创业者', form: '专家解读',
    interpreter: { agencyId: 'ag-rsj', role: '专家', personTitle: '示例市职业技术学院教授' }, publishedAt: '2026-07-29',
    summary: '政策发布一周后组织的专家解读。',
    blocks: [
      { type: 'paragraph', text: '措施把返乡创业人员纳入创业担保贷款对象，个人最高可贷 30 万元，财政全额贴息。' },
      { type: 'figure', url: media('zcjd/jiuye-tu.svg'), alt: '创业担保贷款额度和贴息比例对比图', caption: '图：创业担保贷款额度与贴息' },
    ],
  },
  {
    id: 'in-employ-press', policyId: 'po-employ', title: '县政府新闻发布会：稳就业促创业若干措施', form: '新闻发布会',
    interpreter: { agencyId: 'ag-xzfb', role: '第一解读人', personTitle: '副县长' }, publishedAt: '2026-07-22',
    summary: '副县长介绍12条措施，县人社局、县财政局负责人回答记者提问。',
    blocks: [
      { type: 'paragraph', text: '7月22日，县政府召开新闻发布会，副县长介绍《示例县稳就业促创业若干措施》的主要内容。' },
      { type: 'list', items: ['创业担保贷款个人最高 30 万元，财政全额贴息', '首次创业并正常经营 6 个月以上的，给予一次性创业补贴 5000 元', '企业开展以工代训的，按每人每月 500 元给予补贴'] },
    ],
    url: '/zwgk/xwfb/2026/0722.html',
    channels: [{ type: 'press_event', name: '县政府新闻发布厅' }, { type: 'new_media', pointId: 'pt-wechat' }],
  },
];

// ── open days ─────────────────────────────────────────────────────────────────────────────
const SIGNUP_FIELDS = [
  { key: 'name', label: '姓名', type: 'text', required: true },
  { key: 'phone', label: '手机号码', type: 'phone', required: true },
  { key: 'idNumber', label: '身份证号', type: 'idNumber', required: false, hint: '仅用于入场核验，不对外公开' },
  { key: 'identity', label: '身份类别', type: 'select', required: false, options: ['人大代表', '政协委员', '群众代表', '企业代表', '媒体', '其他'] },
  { key: 'companions', label: '同行人数', type: 'number', required: false, hint: '不含本人，最多 2 人', min: 0, max: 2 },
  { key: 'question', label: '想了解的问题', type: 'textarea', required: false },
];
// Sits at the top of the sign-up form, above the fields: it names what it covers, not where.
const CONSENT = '我同意主办单位为组织本次活动收集我在本报名表中填写的信息。这些信息仅用于活动报名和入场核验，活动结束后 30 日内删除。';
const OPEN_DAYS = [
  {
    id: 'od-2026-spring', title: '示例县2026年第一期“政府开放日”：走进县政务服务中心', level: 'county', hostId: 'ag-xzfb',
    activities: ['公民走进机关', '评议政务公开和政务服务'], slogan: '‘政’在你身边，公开零距离',
    description: '参观政务服务中心和政务公开专区，体验“一件事一次办”，与县政府办负责人座谈。',
    start: '2026-05-20T09:00:00+08:00', end: '2026-05-20T11:30:00+08:00', pointId: 'pt-zone-county',
    audience: ['群众代表', '人大代表', '政协委员', '媒体'], contact: { name: '县政务公开办 李老师', phone: '0373-5551009' },
    sessions: [{ id: 's1', start: '2026-05-20T09:00:00+08:00', end: '2026-05-20T11:30:00+08:00', capacity: 30 }],
    registration: { open: false, deadline: '2026-05-15T17:00:00+08:00', capacity: 30, selection: 'first_come', showRemaining: true, waitlist: false, fields: SIGNUP_FIELDS, consentText: CONSENT, bring: '请携带本人身份证' },
    status: 'done', report: { url: '/zwgk/zfkfr/2026/01/', summary: '28 名群众代表参加，现场收集意见建议 16 条，已全部答复。' },
  },
  {
    id: 'od-2026-dec', title: '示例县2026年第二期“政府开放日”：列席县政府常务会议', level: 'county', hostId: 'ag-xzfb',
    activities: ['列席政府常务会议', '负责人接待'], slogan: '‘政’在你身边，公开零距离',
    description: '邀请市民代表列席县政府常务会议，会后与县政府负责人面对面交流。',
    start: '2026-12-18T08:30:00+08:00', end: '2026-12-18T12:00:00+08:00', pointId: 'pt-hall',
    audience: ['群众代表', '利益相关方', '专家', '媒体'], contact: { name: '县政府办 王老师', phone: '0373-5551010' },
    sessions: [{ id: 's1', start: '2026-12-18T08:30:00+08:00', end: '2026-12-18T12:00:00+08:00', capacity: 12 }],
    registration: { open: true, deadline: '2026-12-10T17:00:00+08:00', capacity: 12, selection: 'review', showRemaining: false, waitlist: false, fields: SIGNUP_FIELDS, consentText: CONSENT, bring: '请携带本人身份证，着装整洁，提前 20 分钟到达' },
    status: 'open',
  },
  {
    id: 'od-2027-edu', title: '走进县教体局：义务教育招生政策开放日', level: 'county', hostId: 'ag-jtj',
    activities: ['公民走进机关', '网络问政'],
    description: '两个场次，介绍2027年招生政策，现场答疑。上午场面向家长，下午场面向媒体和人大代表。',
    start: '2027-03-12T09:00:00+08:00', end: '2027-03-12T16:30:00+08:00', address: '示例县文化路45号县教体局三楼会议室',
    audience: ['群众', '利益相关方', '人大代表', '媒体'], contact: { name: '县教体局办公室', phone: '0373-5552100' },
    sessions: [
      { id: 'am', label: '上午场（家长）', start: '2027-03-12T09:00:00+08:00', end: '2027-03-12T11:30:00+08:00', capacity: 15 },
      { id: 'pm', label: '下午场（媒体和代表）', start: '2027-03-12T14:30:00+08:00', end: '2027-03-12T16:30:00+08:00', capacity: 15 },
    ],
    registration: { open: true, deadline: '2027-03-08T17:00:00+08:00', capacity: 30, selection: 'first_come', showRemaining: true, waitlist: true, fields: SIGNUP_FIELDS, consentText: CONSENT, bring: '请携带本人身份证' },
    status: 'open',
  },
  {
    id: 'od-2027-guandi', title: '关堤乡政府开放日：涉农补贴政策面对面', level: 'township', hostId: 'ag-guandi',
    activities: ['公民走进机关', '评议政务公开和政务服务'],
    description: '介绍耕地地力保护补贴和农机购置补贴的申领与公示，现场抽签确定参加人员。',
    start: '2027-01-15T09:30:00+08:00', end: '2027-01-15T11:30:00+08:00', pointId: 'pt-bmfw-guandi',
    audience: ['群众', '群众代表'], contact: { name: '关堤乡党政办', phone: phone(61) },
    sessions: [{ id: 's1', start: '2027-01-15T09:30:00+08:00', end: '2027-01-15T11:30:00+08:00', capacity: 20 }],
    registration: { open: true, deadline: '2027-01-08T17:00:00+08:00', capacity: 20, selection: 'draw', showRemaining: true, waitlist: false, fields: SIGNUP_FIELDS.slice(0, 2), consentText: CONSENT, bring: '请携带本人身份证' },
    status: 'open',
  },
];

// ── request form ──────────────────────────────────────────────────────────────────────────
const requestForm = (agencyId, offlinePointIds, platformName, mailing) => ({
  acceptingAgencyId: agencyId,
  platform: { name: platformName, url: '/zwgk/ysqgk/', scope: 'county' },
  offlinePointIds,
  applicantTypes: ['公民', '法人', '其他组织'],
  fields: [],
  steps: ['接收', '登记', '审核', '办理', '答复', '归档'],
  tracking: { realtime: true, trace: true, stats: true, queryUrl: '/zwgk/ysqgk/cx/' },
  replyTemplates: [
    { type: '予以公开', title: '政府信息公开申请答复书（予以公开）', url: '/zwgk/ysqgk/muban/yygk.docx' },
    { type: '补正', title: '补正申请告知书', url: '/zwgk/ysqgk/muban/bz.docx' },
  ],
  flowchartUrl: media('ysqgk/liucheng.svg'),
  deadlines: { replyWorkingDays: 20, extensionWorkingDays: 20, supplementNoticeWorkingDays: 7, source: { ...条例, article: '第三十条、第三十三条' } },
  deliveryMethods: ['纸质', '电子', '邮寄', '电子邮件', '自行领取', '现场查阅'],
  privacyNotice: '您填写的个人信息仅用于办理本次政府信息公开申请，我们将依法保护，不会用于其他目的。身份证件号码和证件照片不会保存在本机浏览器中。',
  identityUpload: { enabled: true, required: false, maxBytes: 5242880, types: ['image/jpeg', 'image/png', 'application/pdf'] },
  help: { phone: '0373-5551009', inPerson: '县政务服务中心政务公开专区（人民路88号）可由工作人员协助填写', hours: HOURS },
  paperFormUrl: '/zwgk/ysqgk/shenqingbiao.docx',
  mailingAddress: mailing,
  feeNotice: '行政机关依申请提供政府信息，不收取费用；申请数量、频次明显超过合理范围的，依照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费。',
});

// ── the county document ───────────────────────────────────────────────────────────────────
const domainNameOf = (id) => PILOT.find((d) => d.id === id)?.name ?? Object.entries(CUSTOM_DOMAINS).find(([, d]) => d.id === id)?.[0];

function countyCatalogue() {
  const items = withParticipation(buildItems(), domainNameOf);
  const domains = [
    ...PILOT.map((d) => ({
      id: d.id, name: d.name, ...(d.aliases.length ? { aliases: d.aliases } : {}), nameEn: d.nameEn, isPilot: true, order: d.order,
      responsibleAgencyIds: DOMAIN_CONTENT[d.name].agencies, guideline: { title: `${d.name}领域基层政务公开标准指引` },
    })),
    ...Object.entries(CUSTOM_DOMAINS).map(([name, d], i) => ({ id: d.id, name, nameEn: d.nameEn, isPilot: false, order: 27 + i, responsibleAgencyIds: d.agencies })),
  ];
  return {
    schemaVersion: '1.1.0',
    jurisdiction: {
      name: '示例县', level: 'county', divisionCode: '410799', parentName: '示例市',
      children: TOWNSHIPS.map(([key, name, kind]) => ({ name, level: kind === 'subdistrict' ? 'township' : 'township', ...(key === 'guandi' ? { catalogueUrl: 'guandi-xiang.json' } : {}) })),
    },
    title: '示例县基层政务公开事项标准目录',
    publisherId: 'ag-xzfb',
    version: '2026.2',
    publishedAt: '2026-03-01T09:00:00+08:00',
    updatedAt: UPDATED,
    status: 'published',
    basisDocuments: [
      { title: '国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见', docNo: '国办发〔2019〕54号' },
      条例,
    ],
    domains,
    agencies: AGENCIES,
    items,
    disclosurePoints: POINTS,
    policies: withPolicyChanges(POLICIES),
    interpretations: [...INTERPRETATIONS, ...EXTRA_INTERPRETATIONS],
    responses: RESPONSES,
    openDays: OPEN_DAYS,
    consultations: CONSULTATIONS,
    requestForm: requestForm('ag-xzfb', ['pt-zone-county', 'pt-archive', 'pt-bmfw-guandi'], '示例县依申请公开网上受理平台',
      '示例县人民路88号 示例县人民政府办公室（政府信息公开），邮编 453000；信封左下角请注明“政府信息公开申请”'),
    negativeList: NEGATIVE_LIST,
    changeLog: [
      { date: '2026-03-01', summary: '发布2026年版标准目录，新增政务服务、决策公开两个其他领域。', itemIds: [] },
      { date: '2026-10-15', summary: '调整社会救助领域公开时限，撤回一项重复事项。', itemIds: ['it-057'], changed: [], removed: ['it-057'] },
    ],
  };
}

// ── the township document ─────────────────────────────────────────────────────────────────
function townshipCatalogue(countyDoc) {
  const focus = ['社会救助', '养老服务', '涉农补贴', '扶贫', '农村危房改造', '就业', '社会保险', '医疗卫生', '户籍管理', '义务教育', '救灾', '征地补偿'];
  const domains = countyDoc.domains.filter((d) => focus.includes(d.name)).map((d) => ({ ...d, responsibleAgencyIds: ['ag-guandi'] }));
  const agencies = [
    { id: 'ag-guandi', name: '关堤乡人民政府', shortName: '关堤乡政府', level: 'township', kind: 'township', contact: { phone: phone(61), address: '关堤乡政府路1号' } },
    { id: 'ag-guandi-dzb', name: '关堤乡党政综合办公室', shortName: '乡党政办', level: 'township', kind: 'office', parentId: 'ag-guandi' },
    { id: 'ag-guandi-bmfw', name: '关堤乡便民服务中心', shortName: '乡便民服务中心', level: 'township', kind: 'public_institution', parentId: 'ag-guandi' },
    { id: 'ag-guandi-nb', name: '关堤乡农业农村服务中心', shortName: '乡农业服务中心', level: 'township', kind: 'public_institution', parentId: 'ag-guandi' },
    { id: 'ag-vc-liuzhuang', name: '关堤乡刘庄村村民委员会', shortName: '刘庄村委会', level: 'village', kind: 'village_committee', parentId: 'ag-guandi' },
    { id: 'ag-vc-zhaozhuang', name: '关堤乡赵庄村村民委员会', shortName: '赵庄村委会', level: 'village', kind: 'village_committee', parentId: 'ag-guandi' },
  ];
  const countyItems = countyDoc.items.filter((item) => domains.some((d) => d.id === item.domainId) && item.levels.some((l) => l !== 'county') && item.status === 'active');
  const items = countyItems.map((item, i) => {
    const village = item.levels.includes('village');
    return {
      ...item,
      id: `gd-it-${String(i + 1).padStart(3, '0')}`,
      subjectIds: village ? ['ag-guandi', i % 2 ? 'ag-vc-zhaozhuang' : 'ag-vc-liuzhuang'] : [item.domainId === 'shenong-butie' ? 'ag-guandi-nb' : 'ag-guandi'],
      channels: item.channels.map(({ pointId, ...c }) => (pointId === 'pt-wechat' ? c : pointId ? { ...c, pointId: pointId.startsWith('pt-board') || pointId === 'pt-bmfw-guandi' ? pointId : undefined } : c))
        .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)))
        .concat(village ? [] : [{ type: 'convenience_center', required: true, name: '关堤乡便民服务中心', pointId: 'pt-bmfw-guandi' }]),
      levels: village ? ['township', 'village'] : ['township'],
    };
  });
  const points = countyDoc.disclosurePoints.filter((p) => p.id === 'pt-bmfw-guandi' || p.id.startsWith('pt-board-liuzhuang') || p.id.startsWith('pt-board-zhaozhuang'))
    .map((p) => ({ ...p, agencyId: p.id === 'pt-bmfw-guandi' ? 'ag-guandi-bmfw' : 'ag-guandi' }));
  return {
    schemaVersion: '1.1.0',
    jurisdiction: { name: '关堤乡', level: 'township', parentName: '示例县' },
    title: '关堤乡基层政务公开事项标准目录',
    publisherId: 'ag-guandi-dzb',
    reviewedBy: 'ag-guandi',
    version: '2026.1',
    publishedAt: '2026-04-01T09:00:00+08:00',
    updatedAt: UPDATED,
    status: 'published',
    basisDocuments: countyDoc.basisDocuments,
    domains,
    agencies,
    items,
    disclosurePoints: points,
    openDays: [{ ...OPEN_DAYS[3], hostId: 'ag-guandi', pointId: 'pt-bmfw-guandi' }],
    requestForm: { ...requestForm('ag-guandi-dzb', ['pt-bmfw-guandi'], '示例县依申请公开网上受理平台', '关堤乡政府路1号 关堤乡党政综合办公室，信封左下角请注明“政府信息公开申请”'), help: { phone: phone(61), inPerson: '关堤乡便民服务中心工作人员可协助填写' } },
  };
}

await writeSampleMedia({ av: process.argv.includes('--av') });
const countyDoc = countyCatalogue();
const townshipDoc = townshipCatalogue(countyDoc);
for (const [file, doc] of [['shixian.json', countyDoc], ['guandi-xiang.json', townshipDoc]]) {
  writeFileSync(out(file), `${JSON.stringify(doc, null, 2)}\n`);
  const byDomain = new Map();
  for (const item of doc.items) byDomain.set(item.domainId, (byDomain.get(item.domainId) ?? 0) + 1);
  console.log(`${file}: ${doc.items.length} items in ${byDomain.size} domains, ${doc.agencies.length} agencies, ${doc.disclosurePoints?.length ?? 0} points, ${doc.policies?.length ?? 0} policies, ${doc.interpretations?.length ?? 0} interpretations, ${doc.openDays?.length ?? 0} open days`);
}
if (![...countyDoc.items.flatMap((i) => i.subjectIds)].every((id) => agencyIds.has(id))) throw new Error('dangling agency');
