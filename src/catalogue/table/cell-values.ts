/**
 * Reading one cell of a county catalogue table into the format's values: ■/□ channel lists,
 * 公开对象 / 公开方式 / 公开层级 labels and their local variants, 公开时限 text, 公开依据
 * citations and 公开主体 lists. Pure functions; a value that cannot be read comes back as
 * `undefined` (or in `unknown`) so the caller can warn at the cell. Used by `zwgk import`.
 */
import { CHANNEL_TYPES } from '../codes.js';
import {
  AUDIENCES, CATALOGUE_LEVELS, type ChannelType, FORMATS, ITEM_CATEGORIES, MODES, STAGES, TIME_UNITS,
} from '../code-values.js';
import type { BasisRef, ChannelRef, TimeLimit } from '../schema.js';

type Audience = (typeof AUDIENCES)[number];
type Mode = (typeof MODES)[number];
type Level = (typeof CATALOGUE_LEVELS)[number];
type TimeUnit = (typeof TIME_UNITS)[number];

/** Removes every kind of space (tables pasted from Word carry full-width and no-break spaces). */
export const squash = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, '');

/** One line: runs of spaces and line breaks become one space. */
export const oneLine = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();

/* ── Tick marks ─────────────────────────────────────────────────────────────── */

/** ■ and its look-alikes: selected (or, for channels, required). */
const TICKED = /^(?:[■☑✓✔√●▇█✅☒◼⬛]|是|有|[Yy](?:es)?|1)$/;
/** □ and its look-alikes, including 口 (U+53E3), which stands in for □ in tables pasted from Word. */
const UNTICKED = /^(?:[□☐口○◻⬜]|否|无|[Nn]o?|0|\/|—|-)$/;

/** A tick cell in a sub-column (全社会 | 特定群体, 县级 | 乡级…): true, false, or undefined when unreadable. */
export function readTick(text: string): boolean | undefined {
  const value = squash(text);
  if (value === '' || UNTICKED.test(value)) return false;
  if (TICKED.test(value)) return true;
  return undefined;
}

const MARK_CHARS = '■☑✓✔√●▇█✅☒◼⬛□☐○◻⬜';
const MARK = new RegExp(`[${MARK_CHARS}]`);
const SELECTED_MARK = /[■☑✓✔√●▇█✅☒◼⬛]/;

/** A cell holding a list, with or without ■/□ marks: the entries and whether each was ticked. */
export interface MarkedEntry {
  readonly label: string;
  /** true for ■, false for □, undefined when the cell carried no marks at all. */
  readonly ticked: boolean | undefined;
}

/**
 * Splits "■政府网站 □两微一端 ■公开查阅点" into marked entries. A 口 that stands where a □
 * would (at the start, or after a space or separator) is read as □. Without any mark the cell
 * is a plain list separated by 、，；or line breaks.
 */
export function splitMarked(text: string): MarkedEntry[] {
  const normalised = text.replace(/(^|[\s、，,；;])口(?=[^\s、，,；;])/g, '$1□');
  if (!MARK.test(normalised)) {
    return splitList(normalised).map((label) => ({ label, ticked: undefined }));
  }
  const entries: MarkedEntry[] = [];
  const pattern = new RegExp(`([${MARK_CHARS}])([^${MARK_CHARS}]*)`, 'g');
  for (const match of normalised.matchAll(pattern)) {
    const label = oneLine(match[2]!).replace(/^[、，,；;:：\s]+|[、，,；;\s]+$/g, '');
    if (label) entries.push({ label, ticked: SELECTED_MARK.test(match[1]!) });
  }
  return entries;
}

/**
 * Splits a list on 、，,；; and line breaks, but not inside brackets: "县（市、区）民政局" is
 * one entry.
 */
export function splitList(text: string, separators = /[、，,；;\n\r]/): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('（(〔[【《'.includes(char)) depth++;
    else if ('）)〕]】》'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(char)) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map(oneLine).filter(Boolean);
}

/* ── 公开标准 ──────────────────────────────────────────────────────────────── */

/** A list marker: （1） and ① anywhere; 1. 1、 1） 一、 at the start or after a separator (not 1.5 or 2019年). */
const LIST_MARKER = /(?:^|(?<=[\s，,；;。、:：]))(?:\d{1,2}[.．、)）](?!\d)|[一二三四五六七八九十]{1,3}、)|[（(]\d{1,2}[）)]|[①-⑳]/g;
const BULLET = /^[●•·▪◆■\-—*]\s*/;
const trimEntry = (text: string) => oneLine(text).replace(/^[，,；;。、:：\s]+|[，,；;。、\s]+$/g, '');

/**
 * The entries of a 公开标准 (or 公开内容) written as a list, split only where the list really
 * breaks: before numbering (1. 2. / （1）（2） / ①②), at line breaks and bullets, at ；. A 、 splits
 * only a bare enumeration ("学校名称、学校地址、办学层次"): inside a phrase ("规划图件及批复文件，
 * 包括规划期限、用地布局") it does not. Undefined when the text is not a list.
 */
export function splitStandard(text: string): string[] | undefined {
  const value = text.trim();
  const markers = [...value.matchAll(LIST_MARKER)];
  if (markers.length >= 2) {
    const parts: string[] = [];
    const head = trimEntry(value.slice(0, markers[0]!.index));
    if (head) parts.push(head);
    markers.forEach((marker, i) => parts.push(trimEntry(value.slice(marker.index! + marker[0].length, markers[i + 1]?.index ?? value.length))));
    const entries = parts.filter(Boolean);
    if (entries.length >= 2) return entries;
  }
  const lines = value.split(/\r\n|\r|\n/).map((line) => trimEntry(line.replace(BULLET, ''))).filter(Boolean);
  if (lines.length >= 2) return lines;
  const clauses = splitList(value, /[；;]/).map(trimEntry).filter(Boolean);
  if (clauses.length >= 2) return clauses;
  if (/[，,。：:]/.test(value)) return undefined;
  const items = splitList(value.replace(BULLET, ''), /[、]/).map(trimEntry).filter(Boolean);
  return items.length >= 2 && items.every((item) => item.length <= 40) ? items : undefined;
}

/* ── 监督方式 ──────────────────────────────────────────────────────────────── */

export interface ContactReading {
  readonly contact?: { phone?: string; email?: string; url?: string; address?: string };
  /** Parts that name no phone, e-mail, web address or street address (e.g. only the kinds: 电子邮箱、监督电话). */
  readonly unread: readonly string[];
}

const CONTACT_LABEL = /^(?:监督|投诉|举报|投诉举报|咨询|联系|服务)?(?:电话|热线|手机|邮箱|电子邮箱|信箱|网址|网站|地址|通讯地址|服务地址|办公地址)\s*[:：]\s*/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const URL_TEXT = /(?:https?:\/\/|www\.)[\w\-.~:/?#@!$&'()*+,;=%]+/i;
const PHONE = /(?:[（(]?0\d{2,3}[）)]?[-－—\s]?)?\d{7,8}(?:[-转]\d{1,6})?|1[3-9]\d{9}|(?<!\d)12\d{3}(?!\d)/;
const ADDRESS = /[路街巷道号楼室层院]|大厦|大楼|中心|广场|村|镇|乡/;

/**
 * 监督方式 → a Contact: "监督电话：0539-8311234；电子邮箱：jd@example.gov.cn；地址：人民路1号" gives
 * phone, email and address. Each part is read by what it contains; the label in front of it is dropped.
 */
export function readContact(text: string): ContactReading {
  const contact: { phone?: string; email?: string; url?: string; address?: string } = {};
  const unread: string[] = [];
  const add = (key: keyof typeof contact, value: string) => (contact[key] = contact[key] ? `${contact[key]}；${value}` : value);
  for (const part of splitList(text, /[；;\n\r]/)) {
    for (const piece of /[:：]/.test(part) && /[，,]/.test(part) ? splitList(part, /[，,]/) : [part]) {
      const label = CONTACT_LABEL.exec(piece)?.[0] ?? '';
      const value = piece.slice(label.length).trim();
      if (!value) continue;
      // A label says what follows ("网址：/hdjl/jdjb/", as zwgk export writes it); without one, the value does.
      if (/网址|网站/.test(label) && /^(?:https?:\/\/|www\.|\/)\S*$/i.test(value)) {
        add('url', /^www\./i.test(value) ? `http://${value}` : value);
        continue;
      }
      if (/地址/.test(label)) {
        add('address', value);
        continue;
      }
      const email = EMAIL.exec(value)?.[0];
      const url = URL_TEXT.exec(value)?.[0];
      if (email) add('email', email);
      else if (url) add('url', /^www\./i.test(url) ? `http://${url}` : url);
      else if (PHONE.test(value)) add('phone', value);
      else if (ADDRESS.test(value) && !/^(?:电子邮箱|邮箱|监督电话|电话|服务地址|地址|网站|信箱)(?:[、，,和及等]|$)/.test(value)) add('address', value);
      else unread.push(value);
    }
  }
  return Object.keys(contact).length ? { contact, unread } : { unread };
}

/* ── 公开渠道和载体 ─────────────────────────────────────────────────────────── */

/**
 * Words that name a channel type, from the guideline vocabulary and the local variants seen in
 * county tables (DOMAIN-PRACTICE §1.3). A label is matched whole first, then by the word it ends
 * with (Chinese names are head-final: “示例发布”微信公众号 is a 微信公众号), then by the longest
 * word it contains.
 */
const CHANNEL_WORDS: Readonly<Record<string, ChannelType>> = {
  政府网站: 'website_column', 门户网站: 'website_column', 网站: 'website_column', 专栏: 'website_column', 专题: 'website_column',
  政府公报: 'gazette', 公报: 'gazette',
  两微一端: 'new_media', 政务新媒体: 'new_media', 新媒体: 'new_media', 微信公众号: 'new_media', 公众号: 'new_media',
  微博: 'new_media', 客户端: 'new_media', 政务微信: 'new_media', 抖音: 'new_media', 视频号: 'new_media',
  '发布会/听证会': 'press_event', 发布会: 'press_event', 听证会: 'press_event', 新闻发布会: 'press_event', 吹风会: 'press_event', 政策吹风会: 'press_event',
  微信群: 'new_media',
  广播电视: 'broadcast', 广播: 'broadcast', 电视: 'broadcast', 电视台: 'broadcast', 应急广播: 'broadcast',
  纸质媒体: 'newspaper', 纸质载体: 'newspaper', 报刊: 'newspaper', 报纸: 'newspaper', 报刊杂志: 'newspaper', 宣传册: 'newspaper',
  公开查阅点: 'reading_point', 查阅点: 'reading_point', 信息公开查阅点: 'reading_point', 查阅室: 'reading_point', 阅览室: 'reading_point',
  政务公开专区: 'disclosure_zone', 公开专区: 'disclosure_zone', 专区: 'disclosure_zone',
  政务服务中心: 'service_hall', 行政服务中心: 'service_hall', 便民惠民服务中心: 'service_hall', 政务服务大厅: 'service_hall', 服务大厅: 'service_hall',
  办事大厅: 'service_hall', 服务窗口: 'service_hall', 便民服务窗口: 'service_hall', 窗口: 'service_hall',
  便民服务站: 'convenience_center', 便民服务中心: 'convenience_center', 党群服务中心: 'convenience_center', 服务站: 'convenience_center',
  '入户/现场': 'home_visit', 入户: 'home_visit', 现场: 'home_visit', 入户现场: 'home_visit',
  '社区/企事业单位/村公示栏（电子屏）': 'notice_board', '公示栏（电子屏）': 'notice_board', 公示栏: 'notice_board', 公告栏: 'notice_board',
  宣传栏: 'notice_board', 村务公开栏: 'notice_board', 公开栏: 'notice_board', 电子屏: 'notice_board', 公示牌: 'notice_board',
  精准推送: 'targeted_push', 短信: 'targeted_push',
  '12345政务服务热线': 'hotline', '12345热线': 'hotline', 政务服务热线: 'hotline', 热线: 'hotline', 热线电话: 'hotline',
  政务服务网: 'service_platform', 平台: 'service_platform', 信用中国网站: 'service_platform', 信用中国: 'service_platform',
  依申请公开受理平台: 'request_platform', 依申请公开: 'request_platform',
  不动产登记中心: 'real_estate_registry', 档案馆: 'archive', 图书馆: 'library', 益农信息社: 'yinong_station',
  会议: 'meeting', 会: 'meeting', 其他: 'other',
};

const WORDS_LONGEST_FIRST = Object.keys(CHANNEL_WORDS).sort((a, b) => b.length - a.length);

/** The channel type a label names, or undefined. */
export function channelTypeOf(label: string): ChannelType | undefined {
  const text = squash(label).replace(/^(?:通过|在)/, '');
  if (!text) return undefined;
  const exact = CHANNEL_WORDS[text];
  if (exact) return exact;
  const ending = WORDS_LONGEST_FIRST.find((word) => word.length > 1 && text.endsWith(word));
  if (ending) return CHANNEL_WORDS[ending];
  const inside = WORDS_LONGEST_FIRST.find((word) => word.length > 1 && text.includes(word));
  return inside ? CHANNEL_WORDS[inside] : undefined;
}

/**
 * One channel from a label. The printed label of a type (政府网站) gives `{type}`; any other
 * wording is kept as `name`, so the table reads back as it was written. "其他：政务新媒体" is a
 * channel named 政务新媒体.
 */
export function readChannel(label: string, ticked: boolean | undefined): { channel: ChannelRef; recognised: boolean } {
  const other = /^其他[:：]\s*(.+)$/.exec(label);
  const name = other ? other[1]!.trim() : label;
  const type = other ? (channelTypeOf(name) ?? 'other') : channelTypeOf(name);
  const required = ticked !== false;
  if (!type) return { channel: { type: 'other', name, required }, recognised: false };
  const channel: ChannelRef = CHANNEL_TYPES[type] === name || (squash(name) === squash(CHANNEL_TYPES[type]))
    ? { type, required }
    : { type, name, required };
  return { channel, recognised: true };
}

/* ── 公开对象、公开方式、公开层级、过程 ─────────────────────────────────────── */

const stripBrackets = (text: string) => text.replace(/[（(][^（）()]*[）)]/g, '');

/** 全社会 / 特定群体 and their variants; the bracketed rest of "特定群体（低保对象本人）" is the note. */
export function readAudience(text: string): { audience: Audience; note?: string } | undefined {
  const note = /[（(]([^（）()]+)[）)]\s*$/.exec(text)?.[1]?.trim();
  const value = squash(stripBrackets(text)).replace(/公开$/, '');
  let audience: Audience | undefined;
  if (/^(?:全社会|社会公众|全体公众|公众|社会|全体|所有人|面向社会)$/.test(value)) audience = '全社会';
  else if (/^特定(?:群体|群众|对象|人群|人员|主体)$|^(?:申请人|当事人|相关当事人|利害关系人|服务对象|本人)$/.test(value)) audience = '特定群体';
  if (!audience) return undefined;
  return note ? { audience, note } : { audience };
}

/** 主动 / 依申请 and their variants (主动公开, 依申请公开, 申请公开). */
export function readMode(text: string): Mode | undefined {
  const value = squash(text).replace(/公开$/, '');
  if (/^主动$/.test(value)) return '主动';
  if (/^(?:依申请|申请|依申请提供)$/.test(value)) return '依申请';
  return undefined;
}

/**
 * 公开层级 entries: 县级, 乡级, 村级 and the local spellings (区级, 市级 for a county-level city,
 * 镇级, 镇(街)级, 镇街乡, 街道, 乡镇, 村（社区）级…). "乡、村级" and "县乡两级" give two levels.
 */
export function readLevels(text: string): { levels: Level[]; unknown: string[] } {
  const levels = new Set<Level>();
  const unknown: string[] = [];
  for (const entry of splitList(text, /[、，,；;\n\r/／+＋和及与]/)) {
    const value = squash(entry).replace(/[（(][^（）()]*[）)]/g, '').replace(/(?:公开|层级)$/, '');
    const found = levelsIn(value);
    if (found.length) found.forEach((level) => levels.add(level));
    else unknown.push(entry);
  }
  return { levels: CATALOGUE_LEVELS.filter((level) => levels.has(level)), unknown };
}

function levelsIn(value: string): Level[] {
  // Village first: 社区 ends in 区 like a district does.
  if (/^(?:村|社区|村居|村社区|居委会|村委会|村组|.{1,6}村)级?$/.test(value)) return ['village'];
  if (/^(?:乡|镇|乡镇|镇街|镇街乡|乡镇街|街道|街|苏木|乡镇街道|.{1,6}(?:[乡镇]|街道))级?$/.test(value)) return ['township'];
  if (/^(?:县|区|旗|县级市|市|.{1,6}[县区旗市])级?$/.test(value)) return ['county'];
  if (/^[县区乡镇村街社两三级]+$/.test(value) && /[级两三]/.test(value)) {
    const found: Level[] = [];
    if (/[县区]/.test(value)) found.push('county');
    if (/[乡镇街]/.test(value)) found.push('township');
    if (/[村社]/.test(value)) found.push('village');
    return found;
  }
  return [];
}

/** 过程 / 五公开 / 公开类别: 决策, 执行公开, "决策、执行" → the format's stages. */
export function readStage(text: string): (typeof STAGES)[number] | undefined {
  const value = squash(text).replace(/公开$/, '');
  return (STAGES as readonly string[]).includes(value) ? (value as (typeof STAGES)[number]) : undefined;
}

/** 公开形式: 文本 / 图表 / 音频 / 视频 (图片 and 图解 count as 图表). */
export function readFormat(text: string): (typeof FORMATS)[number] | undefined {
  const value = squash(text).replace(/^(?:图片|图解|图表图解|表格)$/, '图表').replace(/^文字$/, '文本');
  return (FORMATS as readonly string[]).includes(value) ? (value as (typeof FORMATS)[number]) : undefined;
}

/** 事项类别: 公共服务 / 行政许可 …. */
export function readCategory(text: string): (typeof ITEM_CATEGORIES)[number] | undefined {
  const value = squash(text).replace(/类$/, '');
  return (ITEM_CATEGORIES as readonly string[]).includes(value) ? (value as (typeof ITEM_CATEGORIES)[number]) : undefined;
}

/* ── 公开时限 ───────────────────────────────────────────────────────────────── */

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "20", "二十", "十五", "三十" → a number; undefined otherwise. */
export function readNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || (!match[1] && !match[2] && !match[3])) return undefined;
  if (!match[2]) return match[3] ? undefined : DIGITS[match[1]!];
  return (match[1] ? DIGITS[match[1]]! : 1) * 10 + (match[3] ? DIGITS[match[3]]! : 0);
}

const NUMBER = '(\\d+|[一二两三四五六七八九十]{1,3})';
const UNIT_WORDS: Readonly<Record<string, TimeUnit>> = { 工作日: 'working_day', 日: 'day', 天: 'day', 自然日: 'day', 小时: 'hour', 个月: 'month' };
// Not after 年/月 or a digit: "3月31日前" is a date, not 31 days; a bare 月 ("每年3月底") is never a duration.
const AMOUNT = new RegExp(`(?<![年月\\d])${NUMBER}\\s*(工作日|自然日|小时|个月|个工作日|个小时|个自然日|日|天)`);
const WINDOW = new RegExp(`公示(?:期)?(?:时间)?(?:不少于|不得少于)?\\s*${NUMBER}\\s*个?\\s*(工作日|自然日|日|天)`);

/**
 * Keeps the text and extracts what can be read from it (DOMAIN-PRACTICE §1.4): "20个工作日" →
 * 20 working days, "批准后20日内" → 20 calendar days, "公示7个工作日" → a 7-day window,
 * 实时 / 每年 → the recurrence. Text that says none of this keeps only `text`.
 */
export function readTimeLimit(text: string): TimeLimit {
  const limit: { -readonly [K in keyof TimeLimit]: TimeLimit[K] } = { text };
  const windowMatch = WINDOW.exec(text);
  const rest = windowMatch ? text.replace(windowMatch[0], '') : text;
  const amountMatch = AMOUNT.exec(rest);
  if (amountMatch) {
    const amount = readNumber(amountMatch[1]!);
    if (amount !== undefined) {
      limit.amount = amount;
      limit.unit = UNIT_WORDS[amountMatch[2]!.replace(/^个(?!月)/, '')];
    }
  }
  if (/形成或者?变更|形成或者?变化|制定或者?获取|形成之日|产生或者?变更|变更之日/.test(text)) limit.trigger = 'formed_or_changed';
  else if (/每年|年度|每季度|季度|每月|月度|定期/.test(text)) limit.trigger = 'periodic';
  else if (/批准|批复|作出|决定之日|收到|发生|结束|完成|之日起|之后|后\d|事件|举行/.test(text)) limit.trigger = 'event';
  else if (/实时|及时|随时|长期|常态/.test(text)) limit.trigger = 'other';
  if (/实时/.test(text)) limit.recurrence = 'realtime';
  else if (/每年|年度/.test(text)) limit.recurrence = 'annual';
  else if (/每季度|季度/.test(text)) limit.recurrence = 'quarterly';
  else if (/每月|月度/.test(text)) limit.recurrence = 'monthly';
  if (windowMatch) {
    const days = readNumber(windowMatch[1]!);
    if (days !== undefined) limit.windowDays = days;
  }
  return limit;
}

/* ── 公开依据 ───────────────────────────────────────────────────────────────── */

/** 文号 such as 国办发〔2019〕54号, 民发[2021]57号, 国务院令第711号, 住房和城乡建设部令第34号. */
const DOC_NO = /^(?:[\u4e00-\u9fa5A-Za-z]{1,16}[〔［\[【（(]\s*\d{4}\s*[〕］\]】）)]\s*(?:第)?\d+\s*号|[\u4e00-\u9fa5]{0,16}令\s*(?:第)?\s*\d+\s*号|第\s*\d+\s*号(?:令)?|[\u4e00-\u9fa5]{1,10}字\s*[〔［\[【（(]\s*\d{4}\s*[〕］\]】）)]\s*\d+\s*号)$/;

/**
 * One citation per entry: "《中华人民共和国政府信息公开条例》（国务院令第711号）第二十条" →
 * { title, docNo, article }. Entries are separated by ；, line breaks, or 、 between two titles.
 * Tags such as 【法律】 and list numbers are dropped; a bare 文号 is its own title.
 */
export function readBasis(text: string): BasisRef[] {
  const refs: BasisRef[] = [];
  const entries = text.replace(/》\s*[、，,]\s*《/g, '》；《').split(/[；;\n\r]+/);
  for (const raw of entries) {
    const entry = raw.trim()
      .replace(/^(?:\d+[.、．)）]|[（(]\d+[）)]|[①-⑳]|[一二三四五六七八九十]+、)\s*/, '')
      .replace(/^【[^】]*】\s*/, '')
      .replace(/[。.，,]+$/, '')
      .trim();
    if (!entry) continue;
    const ref = readCitation(entry);
    if (ref) refs.push(ref);
  }
  return refs;
}

function readCitation(entry: string): BasisRef | undefined {
  const titled = /^《([^》]+)》\s*(.*)$/.exec(entry);
  if (!titled) {
    const bare = entry.replace(/^[（(]|[）)]$/g, '');
    return DOC_NO.test(squash(bare)) ? { title: bare, docNo: bare } : { title: entry };
  }
  const title = titled[1]!.trim();
  let rest = titled[2]!.trim();
  let docNo: string | undefined;
  const bracketed = /^[（(]([^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]\s*(.*)$/.exec(rest);
  if (bracketed && /号|令/.test(bracketed[1]!)) {
    docNo = bracketed[1]!.trim();
    rest = bracketed[2]!.trim();
  } else {
    const plain = /^((?:[\u4e00-\u9fa5A-Za-z]{1,16}[〔［\[【]\s*\d{4}\s*[〕］\]】]\s*\d+\s*号)|(?:[\u4e00-\u9fa5]{0,16}令\s*第?\s*\d+\s*号))\s*(.*)$/.exec(rest);
    if (plain) {
      docNo = plain[1]!.trim();
      rest = plain[2]!.trim();
    }
  }
  const ref: { title: string; docNo?: string; article?: string } = { title };
  if (docNo) ref.docNo = docNo;
  if (rest) ref.article = rest;
  return ref;
}

/* ── 公开主体 ───────────────────────────────────────────────────────────────── */

/** "区城建局、城管局" → two names; "县（市、区）民政局" stays one. */
export function splitAgencies(text: string): string[] {
  return splitList(text, /[、，,；;\n\r/／]/);
}
