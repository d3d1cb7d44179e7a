/**
 * Every element in its main states, mounted as a reader meets it: shared by the toolbar contract
 * and the host-page suites in this folder. Each state names words a reader points at and phrases
 * read aloud in order.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/components/request-desk/define.js';
import type { Catalogue } from '../../src/catalogue/schema.js';
import type { ZwgkCatalogueTree } from '../../src/components/catalogue-tree/catalogue-tree.js';
import type { ZwgkDisclosureMap } from '../../src/components/disclosure-map/disclosure-map.js';
import { mountWithCatalogue, until } from '../helpers/probe-consumer.js';
import { copyOf, memoryStore } from '../helpers/copy-store.js';
import { setCopyStore } from '../../src/catalogue/saved-copy.js';
import type { ZwgkRequestForm } from '../../src/components/request-form/request-form.js';
import type { ZwgkOpenDay } from '../../src/components/open-day/open-day.js';
import { SIGNED_UP_PHONE, signUpOnce, typeInto } from '../helpers/forms.js';

let sample: Catalogue;
let openDays: Catalogue;
/** Loads the catalogues the states use (call in a `before`). */
export async function loadStateData(): Promise<void> {
  sample ??= await (await fetch('/demo/data/shixian.json')).json();
  openDays ??= await (await fetch('/__test/openday-catalogue.json')).json();
}

/** Finds a node in the element's rendering, wherever it lives (light DOM, or the shadow root it had before issue 15). */
export function q<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.querySelector<T>(selector) ?? el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}
export const settle = async (el: Element) => {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};

export interface Hover {
  /** The word pointed at. */
  readonly word: string;
  /** Where to look for it (a selector inside the element), when the word occurs more than once. */
  readonly inside?: string;
}
export interface State {
  readonly name: string;
  readonly mount: () => Promise<HTMLElement>;
  readonly hover: readonly Hover[];
  /** Phrases a 连读 walk must read, in this order. */
  readonly read: readonly string[];
}

let failures = 0;
/** This page's last good copies (a store in memory, kept for the whole page: the copy is read late on a busy machine). */
let copies: ReturnType<typeof memoryStore> | undefined;
/**
 * `<tag src>` (and its children) whose catalogue URL answers 503 while this browser holds a last
 * good copy of it: the copy is shown under its 离线数据 notice.
 */
async function overLastGoodCopy(tag: string, children = ''): Promise<HTMLElement> {
  const src = `/__test/status?code=503&state=${failures++}`;
  if (!copies) setCopyStore((copies = memoryStore()));
  const copy = copyOf(src, sample, '2026-12-05T06:30:00.000Z');
  copies.copies.set(copy.url, copy);
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.innerHTML = `<${tag} src="${src}">${children}</${tag}>`;
  const el = holder.firstElementChild as HTMLElement;
  if (!(await until(() => !!el.querySelector('[part~="offline"]'), 15_000))) throw new Error(`<${tag}> did not show its last good copy`);
  await settle(el);
  return el;
}

const tall = (el: HTMLElement) => el.style.setProperty('--zwgk-tree-height', '40em');

async function tree(attrs: Record<string, string> = {}, lang?: string): Promise<ZwgkCatalogueTree> {
  const el = await mountWithCatalogue('zwgk-catalogue-tree', { 'no-hash': '', ...attrs }, sample, lang);
  tall(el);
  await settle(el);
  return el;
}

/** The elements already rendered in the light DOM (issue 15 moves them one by one). */
export const LIGHT_TAGS = [
  'zwgk-catalogue', 'zwgk-catalogue-tree', 'zwgk-policy-card', 'zwgk-disclosure-map',
  // issue 18
  'zwgk-policy-list', 'zwgk-consultation', 'zwgk-responses', 'zwgk-negative-list', 'zwgk-records', 'zwgk-notice-poster',
  // issue 14
  'zwgk-request-desk',
];

/**
 * The staff desk, signed in as the admin by the test server's trusted proxy (/api-sso: its own
 * database, so these suites never touch the desk's password-mode session).
 */
async function desk(section: 'requests' | 'open-days' | 'report', then?: (el: HTMLElement) => Promise<void>): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(html`<zwgk-request-desk api="/api-sso" section=${section}></zwgk-request-desk>`);
  await until(() => !!el.querySelector('table.zwgk-queue, .zwgk-empty, [id$="od-session"], form.zwgk-filters'), 8000);
  await until(() => !el.querySelector('.zwgk-count')?.textContent?.includes('加载'), 8000);
  if (then) await then(el);
  await settle(el);
  return el;
}
// The forms (branch lightforms), added apart so that the two conversions merge without touching one line.
LIGHT_TAGS.push('zwgk-request-form', 'zwgk-open-day');

/** An application filled in as a citizen would, before sending. */
const APPLICATION = {
  'citizen.name': '张三', 'citizen.idType': '居民身份证', 'citizen.idNumber': '11010519491231002X', 'citizen.phone': '13800138000',
  'citizen.address': '示例县人民路1号', 'information.title': '2026年最低生活保障资金发放情况', provideForm: '电子', delivery: '邮寄', privacyConsent: 'yes',
};

/** Fills in a form and sends it, where the send will fail or be refused; returns once the element says why. */
async function sendFailing<T extends ZwgkRequestForm | ZwgkOpenDay>(el: T, values: Record<string, string>): Promise<T> {
  await typeInto(el, values);
  el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
  await until(() => !!el.querySelector('.zwgk-failure'));
  await settle(el);
  return el;
}

async function openDayForm(eventId: string): Promise<ZwgkOpenDay> {
  const el = await mountWithCatalogue('zwgk-open-day', {}, openDays);
  await until(() => !!el.querySelector(`[data-signup="${eventId}/s1"]`) && (el.textContent ?? '').includes('剩余名额'));
  el.querySelector<HTMLButtonElement>(`[data-signup="${eventId}/s1"]`)!.click();
  await settle(el);
  return el;
}

/** Issue 18's elements judge what is open, running or overdue on this day. */
const SAMPLE_DAY = '2026-12-06';
async function withSample(tag: keyof HTMLElementTagNameMap, attrs: Record<string, string> = {}): Promise<HTMLElement> {
  const el = await mountWithCatalogue(tag, { now: SAMPLE_DAY, ...attrs }, sample);
  await settle(el);
  return el;
}

export const STATES: Record<string, State[]> = {
  'zwgk-catalogue': [
    {
      name: 'ready, with show-info',
      mount: async () => {
        const el = await fixture<HTMLElement>(html`<zwgk-catalogue show-info .catalogue=${sample}><p>页面自己的内容</p></zwgk-catalogue>`);
        await settle(el);
        return el;
      },
      hover: [{ word: '示例县基层政务公开事项标准目录' }],
      read: ['示例县基层政务公开事项标准目录', '发布单位', '页面自己的内容'],
    },
    {
      name: 'load error',
      mount: async () => {
        const el = await fixture<HTMLElement>(html`<zwgk-catalogue src="/__test/status?code=500"></zwgk-catalogue>`);
        await until(() => !!(el.querySelector('[part="error"]') ?? el.shadowRoot?.querySelector('[part="error"]')));
        await settle(el);
        return el;
      },
      hover: [{ word: '暂时无法加载政务公开目录' }, { word: '重试' }],
      read: ['暂时无法加载政务公开目录', '如需帮助，请联系本网站管理员。'],
    },
    {
      name: 'the last good copy (离线数据)',
      mount: () => overLastGoodCopy('zwgk-catalogue', '<p>页面自己的内容</p>'),
      hover: [{ word: '离线数据' }, { word: '重试' }],
      read: ['离线数据', '暂时无法获取最新的政务公开目录', '重试', '页面自己的内容'],
    },
  ],
  'zwgk-catalogue-tree': [
    {
      name: 'browsing',
      mount: () => tree(),
      hover: [{ word: '社会救助', inside: '[role="tree"]' }, { word: '搜索公开事项' }, { word: '导出当前目录（CSV）' }],
      read: ['搜索公开事项', '城乡规划', '社会救助', '发布单位'],
    },
    {
      name: 'searching',
      mount: async () => {
        const el = await tree();
        el.query = '低保';
        await settle(el);
        return el;
      },
      hover: [{ word: '共找到' }, { word: '社会救助', inside: '[role="tree"]' }],
      read: ['共找到', '社会救助'],
    },
    {
      name: 'an item opened',
      mount: async () => {
        const el = await tree();
        await el.selectItem(sample.items.find((i) => i.mode === '依申请')!.id);
        // The detail's optional parts (公开形式…) load with the first detail shown: the same on every page.
        await until(() => (el.querySelector('[part="detail"]')?.textContent ?? '').includes('公开形式'));
        await settle(el);
        return el;
      },
      hover: [{ word: '公开时限', inside: '[part="detail"]' }, { word: '申请公开', inside: '[part="request"]' }],
      read: ['公开事项', '公开时限', '公开主体', '申请公开'],
    },
    {
      name: 'an item with its 公示 list open and the poster link (issue 18)',
      mount: async () => {
        const el = await tree({ 'poster-url': '/zwgk/poster.html' });
        await el.selectItem('it-147');
        await until(() => !!el.querySelector('[part="records"]'));
        el.querySelector<HTMLDetailsElement>('[part="records"]')!.open = true;
        await until(() => (el.querySelector('[part="records"] zwgk-records tbody')?.querySelectorAll('tr').length ?? 0) > 0);
        await settle(el);
        return el;
      },
      hover: [{ word: '公开形式', inside: '[part="detail"]' }, { word: '网上监督' }, { word: '打印公示栏海报' }],
      read: ['公开形式', '网上监督', '2026年12月全县最低生活保障初审对象公示', '打印公示栏海报'],
    },
    {
      name: 'elder mode',
      mount: () => tree({ elder: '' }),
      hover: [{ word: '社会救助', inside: '[role="tree"]' }, { word: '搜索公开事项' }],
      read: ['搜索公开事项', '城乡规划', '社会救助'],
    },
  ],
  'zwgk-policy-card': [
    {
      name: 'list',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-policy-card', {}, sample);
        await settle(el);
        return el;
      },
      hover: [{ word: '示例县最低生活保障审核确认实施细则' }, { word: '查看详情' }],
      read: ['共', '件政策文件', '查看详情'],
    },
    {
      name: 'a policy with its interpretations',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-policy-card', { policy: 'po-dibao' }, sample);
        await settle(el);
        return el;
      },
      hover: [{ word: '发文字号' }, { word: '第一解读人' }],
      read: ['示例县最低生活保障审核确认实施细则', '发文机关', '示例县人民政府办公室', '政策解读', '第一解读人'],
    },
    {
      name: 'a repealed policy',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-policy-card', { policy: 'po-eldercare' }, sample);
        await settle(el);
        return el;
      },
      hover: [{ word: '仅供查阅' }],
      read: ['本文件已废止', '发文机关'],
    },
    {
      name: 'its own src failing, over the last good copy (离线数据)',
      mount: () => overLastGoodCopy('zwgk-policy-card'),
      hover: [{ word: '离线数据' }, { word: '示例县最低生活保障审核确认实施细则' }],
      read: ['离线数据', '暂时无法获取最新的政务公开目录', '重试', '件政策文件', '查看详情'],
    },
  ],
  'zwgk-policy-list': [
    {
      name: 'list',
      mount: () => withSample('zwgk-policy-list', { 'no-hash': '' }),
      hover: [{ word: '示例县最低生活保障审核确认实施细则' }, { word: '搜索标题或文号' }, { word: '尚未施行' }],
      read: ['搜索标题或文号', '有效性', '发布年份', '发文机关', '件政策文件', '示例县城区机动车停放管理办法', '尚未施行'],
    },
    {
      name: 'a policy opened in place',
      mount: async () => {
        const el = (await withSample('zwgk-policy-list', { 'no-hash': '' })) as HTMLElementTagNameMap['zwgk-policy-list'];
        await el.open('po-housing');
        await until(() => !!el.querySelector('zwgk-policy-card [part="badge"]'));
        await settle(el.querySelector('zwgk-policy-card')!);
        return el;
      },
      hover: [{ word: '返回政策列表' }, { word: '修改文件' }, { word: '起草部门' }],
      read: ['返回政策列表', '本文件已被修改', '示例县公共租赁住房管理办法', '发文机关', '修改文件', '政策解读'],
    },
  ],
  'zwgk-consultation': [
    {
      name: 'the opinion form with errors',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-consultation', { consultation: 'cs-t-open' }, openDays);
        await settle(el);
        q<HTMLButtonElement>(el, '[data-write-opinion="cs-t-open"]').click();
        await settle(el);
        q<HTMLButtonElement>(el, 'form[part="form"] button[type="submit"]').click();
        await settle(el);
        return el;
      },
      hover: [{ word: '请填写意见建议', inside: '[part="error-summary"]' }, { word: '提交意见' }],
      read: ['请修改以下问题后再提交', '请填写意见建议', '意见建议', '涉及条款', '提交意见'],
    },
    {
      name: 'open, upcoming and closed consultations',
      mount: () => withSample('zwgk-consultation'),
      hover: [{ word: '正在征集，还剩 18 天' }, { word: '电子邮件', inside: '[part="ways"]' }, { word: '意见采纳情况' }],
      read: ['征集状态', '《示例县农村生活垃圾治理实施方案（征求意见稿）》公开征求意见', '征求意见稿', '参与方式', '座谈会', '意见采纳情况', '收到意见'],
    },
    {
      name: 'one closed consultation with its report',
      mount: () => withSample('zwgk-consultation', { consultation: 'cs-001' }),
      hover: [{ word: '城区全部道路停车免费' }, { word: '收到意见' }],
      read: ['机动车停放管理办法', '组织单位', '意见采纳情况', '采纳', '主要意见及处理情况', '理由'],
    },
  ],
  'zwgk-responses': [
    {
      name: 'all responses',
      mount: () => withSample('zwgk-responses'),
      hover: [{ word: '关于学区划分的回应' }, { word: '回应单位', inside: '[part="response"]' }],
      read: ['相关政策', '共 6 条回应', '耕地地力保护补贴什么时候到账', '回应单位', '关于学区划分的回应'],
    },
  ],
  'zwgk-negative-list': [
    {
      name: 'the list with an overdue review',
      mount: () => withSample('zwgk-negative-list'),
      hover: [{ word: '已逾期，待评估' }, { word: '不予公开的依据', inside: '[part="entry"]' }],
      read: ['以下信息依法不予公开', '风险类别', '涉及国家秘密的应急物资储备布局信息', '不予公开的依据', '下次评估'],
    },
  ],
  'zwgk-records': [
    {
      name: 'a 低保 list on display',
      mount: () => withSample('zwgk-records', { item: 'it-147' }),
      hover: [{ word: '公示中，还剩 2 天' }, { word: '在名单中查找' }, { word: '户主姓名' }],
      read: ['2026年12月全县最低生活保障初审对象公示', '公示期', '异议受理', '在名单中查找', '户主姓名', '身份证号码'],
    },
    {
      name: 'second page of a long list',
      mount: async () => {
        const el = await withSample('zwgk-records', { item: 'it-170', 'page-size': '20' });
        q<HTMLButtonElement>(el, '[data-page="next"]').click();
        await settle(el);
        return el;
      },
      hover: [{ word: '第 2 / 2 页' }, { word: '补贴面积（亩）' }],
      read: ['关堤乡2026年耕地地力保护补贴发放名单公示', '尚未开始', '当前显示第 21–30 条', '补贴面积（亩）', '上一页'],
    },
  ],
  'zwgk-notice-poster': [
    {
      name: 'a poster',
      mount: () => withSample('zwgk-notice-poster', { item: 'it-147', 'catalogue-url': '/zwgk/ml.html' }),
      hover: [{ word: '打印海报（A4）' }, { word: '公开时限' }, { word: '手机扫码查看本事项详情' }],
      read: ['打印海报（A4）', '示例县政务公开 · 公示栏', '审核信息', '公开内容', '公开时限', '公开主体', '手机扫码查看本事项详情'],
    },
  ],
  'zwgk-disclosure-map': [
    {
      name: 'list only',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-disclosure-map', { 'list-only': '' }, sample);
        await settle(el);
        return el;
      },
      hover: [{ word: sampleFirstPoint() }, { word: '线下公开场所' }],
      read: ['筛选公开场所', '线下公开场所', sampleFirstPoint(), '线上公开渠道'],
    },
    {
      name: 'a place opened',
      mount: async () => {
        const el = (await mountWithCatalogue('zwgk-disclosure-map', { 'list-only': '' }, sample)) as ZwgkDisclosureMap;
        el.selectPoint(el.visiblePoints[0]!.id);
        await settle(el);
        return el;
      },
      hover: [{ word: '开放时间' }, { word: '地址' }],
      read: [sampleFirstPoint(), '地址', '开放时间'],
    },
    {
      name: 'with the map',
      mount: async () => {
        const el = (await mountWithCatalogue('zwgk-disclosure-map', { tiles: '/__test/tiles/{z}/{x}/{y}.png' }, sample)) as ZwgkDisclosureMap;
        await until(() => el.mapStatus === 'ready', 5000);
        await settle(el);
        return el;
      },
      hover: [{ word: sampleFirstPoint(), inside: '[part="list"]' }, { word: 'Leaflet' }],
      read: ['筛选公开场所', '线下公开场所', sampleFirstPoint()],
    },
  ],
  'zwgk-request-desk': [
    {
      name: 'the queue',
      mount: () => desk('requests'),
      hover: [{ word: '政务公开办理台' }, { word: '只看分派给我的' }, { word: '已逾期', inside: 'table' }],
      read: ['政务公开办理台', '依申请公开', '状态', '申请编号', '期限'],
    },
    {
      name: 'an application’s record',
      mount: () => desk('requests', async (el) => {
        q<HTMLButtonElement>(el, 'table.zwgk-queue tbody tr button[data-code]').click();
        await until(() => !!el.querySelector('ol.zwgk-trace'), 8000);
      }),
      hover: [{ word: '可办理的操作' }, { word: '办理轨迹' }],
      read: ['返回申请列表', '可办理的操作', '申请内容', '办理时限', '办理轨迹'],
    },
    {
      name: 'the report (table 三)',
      mount: () => desk('report', async (el) => {
        q<HTMLFormElement>(el, 'form.zwgk-filters').requestSubmit();
        await until(() => !!el.querySelector('table.zwgk-report'), 8000);
      }),
      hover: [{ word: '生成报表' }, { word: '自然人', inside: 'table' }],
      read: ['收到和处理政府信息公开申请情况（表三）', '年份', '自然人'],
    },
  ],
  'zwgk-request-form': [
    {
      name: 'empty form',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-request-form', {}, sample);
        await settle(el);
        return el;
      },
      hover: [{ word: '姓名' }, { word: '手机号码或带区号的固定电话' }, { word: '提交申请' }],
      read: ['申请人类型', '申请人信息', '姓名', '证件类型', '所需信息', '提交申请'],
    },
    {
      name: 'after an empty submit (error summary)',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-request-form', {}, sample);
        await settle(el);
        q<HTMLButtonElement>(el, 'form[part="form"] button[type="submit"]').click();
        await settle(el);
        return el;
      },
      hover: [{ word: '请修改以下问题后再提交' }, { word: '请填写姓名', inside: '[part="error-summary"]' }],
      read: ['请修改以下问题后再提交', '请填写姓名', '姓名'],
    },
    {
      name: 'status lookup',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-request-form', { mode: 'status' }, sample);
        await settle(el);
        return el;
      },
      hover: [{ word: '申请时填写的联系电话' }, { word: '查询', inside: 'button' }],
      read: ['申请办理进度查询', '申请编号', '申请时填写的联系电话'],
    },
    {
      name: 'a failed send kept every value (offline)',
      mount: async () => {
        const el = (await mountWithCatalogue('zwgk-request-form', { action: 'http://127.0.0.1:9/api/requests' }, sample)) as ZwgkRequestForm;
        return sendFailing(el, APPLICATION);
      },
      hover: [{ word: '网络连接失败' }, { word: '重新提交' }],
      read: ['网络连接失败', '申请人信息', '姓名', '重新提交'],
    },
    {
      name: 'receipt',
      mount: async () => {
        const el = (await mountWithCatalogue('zwgk-request-form', {}, sample)) as ZwgkRequestForm;
        el.receipt = {
          code: 'YSQ20261122K7Q2M9', receivedAt: '2026-11-22T02:00:00Z', stage: '接收', stages: ['接收', '登记', '审核', '办理', '答复', '归档'],
          timeline: { received: '2026-11-22', supplementBy: '2026-12-01', replyBy: '2026-12-21', extendedReplyBy: '2027-01-19', estimate: true },
        };
        await settle(el);
        return el;
      },
      hover: [{ word: '申请已提交' }, { word: '答复日期不晚于' }, { word: '打印回执' }],
      read: ['申请已提交', '申请编号（查询码）', 'YSQ20261122K7Q2M9', '答复日期不晚于', '打印回执'],
    },
  ],
  'zwgk-open-day': [
    {
      name: 'events',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-open-day', {}, openDays);
        await until(() => !!(el.querySelector('[part="phase"]') ?? el.shadowRoot?.querySelector('[part="phase"]')));
        // Places left arrive from the sign-up API after the first render.
        await until(() => (el.textContent ?? '').includes('剩余名额'));
        await settle(el);
        return el;
      },
      hover: [{ word: '测试开放日：先到先得' }, { word: '我要报名' }, { word: '报名截止', inside: '[part="event"]' }],
      read: ['近期政府开放日', '测试开放日：先到先得', '活动内容', '查询或取消报名'],
    },
    {
      name: 'sign-up form open',
      mount: async () => {
        const el = await mountWithCatalogue('zwgk-open-day', {}, openDays);
        await until(() => !!(el.querySelector('[data-signup]') ?? el.shadowRoot?.querySelector('[data-signup]')));
        await until(() => (el.textContent ?? '').includes('剩余名额'));
        q<HTMLButtonElement>(el, '[data-signup="od-t-open/s1"]').click();
        await settle(el);
        return el;
      },
      hover: [{ word: '手机号码', inside: 'form[part="form"]' }, { word: '提交报名' }],
      read: ['测试开放日：先到先得', '姓名', '手机号码', '提交报名'],
    },
    {
      name: 'sign-up errors (error summary)',
      mount: async () => {
        const el = await openDayForm('od-t-open');
        el.querySelector<HTMLButtonElement>('form[part="form"] button[type="submit"]')!.click();
        await settle(el);
        return el;
      },
      hover: [{ word: '请修改以下问题后再提交' }, { word: '请填写手机号码', inside: '[part="error-summary"]' }],
      read: ['请修改以下问题后再提交', '请填写姓名', '请填写手机号码', '姓名'],
    },
    {
      name: 'a refused sign-up (409: phone already signed up)',
      mount: async () => {
        await signUpOnce('od-t-review', 's1', SIGNED_UP_PHONE);
        const el = await openDayForm('od-t-review');
        return sendFailing(el, { name: '周九', phone: SIGNED_UP_PHONE, consent: 'yes' });
      },
      hover: [{ word: '该手机号已报名本场次' }, { word: '重试' }],
      read: ['测试开放日：审核确定', '该手机号已报名本场次', '手机号码', '重试'],
    },
    {
      name: 'confirmation',
      mount: async () => {
        const el = (await mountWithCatalogue('zwgk-open-day', {}, openDays)) as ZwgkOpenDay;
        await until(() => (el.textContent ?? '').includes('剩余名额'));
        el.signup = { code: 'KFR7Q2M9', eventId: 'od-t-open', sessionId: 's1', status: 'confirmed', name: '李四' };
        await settle(el);
        return el;
      },
      hover: [{ word: '报名成功' }, { word: '请记下确认码' }, { word: '添加到日历（.ics 文件）' }],
      read: ['报名成功', '确认码', 'KFR7Q2M9', '请携带本人身份证', '近期政府开放日'],
    },
  ],
};

function sampleFirstPoint(): string {
  // Resolved lazily by the tests: the first physical point of the sample in list order.
  return '示例县政务服务中心政务公开专区';
}

