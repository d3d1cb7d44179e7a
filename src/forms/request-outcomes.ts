/**
 * How an information-disclosure request ends: the national taxonomy of table 三 of the annual
 * report format (国办公开办函〔2021〕30号, DOMAIN-PRACTICE §2.4) and the reply types of 条例
 * art. 36, as one code list. Each reason says which report row it counts in, which fields a reply
 * with it must carry, and whether it is a refusal (the reply then states the remedies).
 *
 * Codes are stable ASCII strings (stored by the server, sent by the desk); labels are zh-CN/en.
 */
import type { LocalizedText } from '../catalogue/problems.js';

/** The six result categories of table 三, in the table's order. */
export const OUTCOME_KINDS = ['disclosed', 'partly_disclosed', 'withheld', 'unavailable', 'not_processed', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, LocalizedText>> = {
  disclosed: { 'zh-CN': '予以公开', en: 'Disclosed' },
  partly_disclosed: { 'zh-CN': '部分公开', en: 'Partly disclosed' },
  withheld: { 'zh-CN': '不予公开', en: 'Withheld' },
  unavailable: { 'zh-CN': '无法提供', en: 'Cannot be provided' },
  not_processed: { 'zh-CN': '不予处理', en: 'Not processed' },
  other: { 'zh-CN': '其他处理', en: 'Otherwise handled' },
};

/** The result rows of table 三 (三、本年度办理结果 （一）…（六）), one per counted reason. */
export const REPORT_RESULT_ROWS = [
  'disclosed',
  'partly_disclosed',
  'withheld.state_secret',
  'withheld.prohibited_by_law',
  'withheld.three_safeties',
  'withheld.third_party_rights',
  'withheld.internal_affairs',
  'withheld.process_information',
  'withheld.enforcement_file',
  'withheld.administrative_query',
  'unavailable.not_held',
  'unavailable.needs_creation',
  'unavailable.still_unclear',
  'not_processed.complaint',
  'not_processed.repeat',
  'not_processed.publication',
  'not_processed.excessive',
  'not_processed.confirmation',
  'other.no_correction',
  'other.fee_unpaid',
  'other.other',
] as const;
export type ReportResultRow = (typeof REPORT_RESULT_ROWS)[number];

/** Fields a reply may carry besides its kind and reason. */
export type OutcomeField = 'explanation' | 'where' | 'responsibleAgency' | 'channel' | 'procedure';

export interface ReasonDefinition {
  readonly kind: OutcomeKind;
  readonly label: LocalizedText;
  /** Where in the 条例 (or other rule) the reply rests, as printed in notices; empty when none applies. */
  readonly basis: string;
  /** The row of table 三 this reply counts in. */
  readonly reportRow: ReportResultRow;
  /** Fields the reply must fill. */
  readonly requires: readonly OutcomeField[];
  /** A refusal (all or part of the request not met): the reply must state the remedies. */
  readonly refusal: boolean;
  /** Recorded by the workflow itself (视为放弃, 撤回), never chosen in a reply draft. */
  readonly automatic?: boolean;
}

const ART = '《中华人民共和国政府信息公开条例》';

/**
 * Every reason, grouped by kind in the order of table 三. Art. 36's reply types map as follows:
 * (一) 已主动公开 and (二) 可以公开 → 予以公开; (四) 信息不存在 and (五) 不属于本机关负责公开 →
 * 无法提供 · 本机关不掌握相关政府信息 (the 2021 format has no row of their own); (六) 重复申请 →
 * 不予处理 · 重复申请; (七) 工商、不动产登记资料等 → 其他处理 · 其他.
 */
export const OUTCOME_REASONS = {
  provided: {
    kind: 'disclosed', reportRow: 'disclosed', requires: [], refusal: false,
    label: { 'zh-CN': '可以公开，予以提供', en: 'Can be disclosed: provided' }, basis: `${ART}第三十六条第（二）项`,
  },
  already_public: {
    kind: 'disclosed', reportRow: 'disclosed', requires: ['where'], refusal: false,
    label: { 'zh-CN': '已主动公开', en: 'Already proactively disclosed' }, basis: `${ART}第三十六条第（一）项`,
  },
  partly: {
    kind: 'partly_disclosed', reportRow: 'partly_disclosed', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '部分公开（区分处理）', en: 'Partly disclosed (separable exempt parts withheld)' }, basis: `${ART}第三十七条`,
  },
  state_secret: {
    kind: 'withheld', reportRow: 'withheld.state_secret', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '属于国家秘密', en: 'State secret' }, basis: `${ART}第十四条`,
  },
  prohibited_by_law: {
    kind: 'withheld', reportRow: 'withheld.prohibited_by_law', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '其他法律行政法规禁止公开', en: 'Disclosure prohibited by other laws or administrative regulations' }, basis: `${ART}第十四条`,
  },
  three_safeties: {
    kind: 'withheld', reportRow: 'withheld.three_safeties', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '危及“三安全一稳定”', en: 'Would endanger national, public or economic security or social stability' }, basis: `${ART}第十四条`,
  },
  third_party_rights: {
    kind: 'withheld', reportRow: 'withheld.third_party_rights', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '保护第三方合法权益', en: "Protects a third party's lawful rights and interests" }, basis: `${ART}第十五条`,
  },
  internal_affairs: {
    kind: 'withheld', reportRow: 'withheld.internal_affairs', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '属于三类内部事务信息', en: 'Internal-affairs information' }, basis: `${ART}第十六条第一款`,
  },
  process_information: {
    kind: 'withheld', reportRow: 'withheld.process_information', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '属于四类过程性信息', en: 'Deliberative (process) information' }, basis: `${ART}第十六条第二款`,
  },
  enforcement_file: {
    kind: 'withheld', reportRow: 'withheld.enforcement_file', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '属于行政执法案卷', en: 'Administrative enforcement case file' }, basis: `${ART}第十六条第二款`,
  },
  administrative_query: {
    kind: 'withheld', reportRow: 'withheld.administrative_query', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '属于行政查询事项', en: 'A matter for an administrative query procedure' }, basis: '',
  },
  not_held: {
    kind: 'unavailable', reportRow: 'unavailable.not_held', requires: [], refusal: true,
    label: { 'zh-CN': '本机关不掌握相关政府信息', en: 'The agency does not hold the information' }, basis: `${ART}第三十六条第（四）项`,
  },
  not_ours: {
    kind: 'unavailable', reportRow: 'unavailable.not_held', requires: ['responsibleAgency'], refusal: true,
    label: { 'zh-CN': '不属于本机关负责公开', en: 'Not for this agency to disclose' }, basis: `${ART}第三十六条第（五）项`,
  },
  needs_creation: {
    kind: 'unavailable', reportRow: 'unavailable.needs_creation', requires: [], refusal: true,
    label: { 'zh-CN': '没有现成信息需要另行制作', en: 'No existing information; it would have to be created' }, basis: `${ART}第三十八条`,
  },
  still_unclear: {
    kind: 'unavailable', reportRow: 'unavailable.still_unclear', requires: [], refusal: true,
    label: { 'zh-CN': '补正后申请内容仍不明确', en: 'Still unclear after correction' }, basis: `${ART}第三十条`,
  },
  complaint: {
    kind: 'not_processed', reportRow: 'not_processed.complaint', requires: ['channel'], refusal: true,
    label: { 'zh-CN': '信访举报投诉类申请', en: 'A petition, report or complaint, not a disclosure request' }, basis: `${ART}第三十九条第一款`,
  },
  repeat: {
    kind: 'not_processed', reportRow: 'not_processed.repeat', requires: [], refusal: true,
    label: { 'zh-CN': '重复申请', en: 'Repeated request' }, basis: `${ART}第三十六条第（六）项`,
  },
  publication: {
    kind: 'not_processed', reportRow: 'not_processed.publication', requires: ['where'], refusal: true,
    label: { 'zh-CN': '要求提供公开出版物', en: 'Asks for a published work' }, basis: `${ART}第三十九条第二款`,
  },
  excessive: {
    kind: 'not_processed', reportRow: 'not_processed.excessive', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '无正当理由大量反复申请', en: 'Numerous repeated requests without good reason' }, basis: `${ART}第三十五条`,
  },
  confirmation: {
    kind: 'not_processed', reportRow: 'not_processed.confirmation', requires: [], refusal: true,
    label: { 'zh-CN': '要求行政机关确认或重新出具已获取信息', en: 'Asks the agency to confirm or reissue information already obtained' }, basis: '',
  },
  no_correction: {
    kind: 'other', reportRow: 'other.no_correction', requires: [], refusal: true, automatic: true,
    label: { 'zh-CN': '申请人无正当理由逾期不补正，视为放弃申请', en: 'Not corrected in time without good reason: treated as withdrawn' }, basis: `${ART}第三十条`,
  },
  fee_unpaid: {
    kind: 'other', reportRow: 'other.fee_unpaid', requires: [], refusal: true,
    label: { 'zh-CN': '申请人逾期未按收费通知要求缴纳费用', en: 'Processing fee not paid in time' }, basis: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
  },
  special_procedure: {
    kind: 'other', reportRow: 'other.other', requires: ['procedure'], refusal: true,
    label: { 'zh-CN': '属于工商、不动产登记资料等，依照有关法律、行政法规办理', en: 'Business or real-estate registration records: their own access procedure applies' }, basis: `${ART}第三十六条第（七）项`,
  },
  withdrawn: {
    kind: 'other', reportRow: 'other.other', requires: [], refusal: false, automatic: true,
    label: { 'zh-CN': '申请人撤回申请', en: 'Withdrawn by the applicant' }, basis: '',
  },
  other: {
    kind: 'other', reportRow: 'other.other', requires: ['explanation'], refusal: true,
    label: { 'zh-CN': '其他', en: 'Other' }, basis: '',
  },
} as const satisfies Record<string, ReasonDefinition>;

export type OutcomeReason = keyof typeof OUTCOME_REASONS;
export const OUTCOME_REASON_CODES = Object.keys(OUTCOME_REASONS) as OutcomeReason[];

/** The reasons of one kind, in table order. */
export function reasonsOf(kind: OutcomeKind): OutcomeReason[] {
  return OUTCOME_REASON_CODES.filter((code) => OUTCOME_REASONS[code].kind === kind);
}

/** A decision on a request: its reason (which fixes the kind) and what the reply tells the applicant. */
export interface Outcome {
  reason: OutcomeReason;
  /** Why, with the legal basis: required for refusals that withhold, free text otherwise. */
  explanation?: string;
  /** Where and how to get the information (已主动公开, 公开出版物): a column, a point, a URL. */
  where?: string;
  /** 不属于本机关负责公开: the agency that is (art. 36 (五)), with its contact details if known. */
  responsibleAgency?: { name: string; contact?: string };
  /** 信访、投诉、举报: the channel the applicant should use instead (art. 39). */
  channel?: string;
  /** 工商、不动产登记资料等: the procedure and the office that applies it (art. 36 (七)). */
  procedure?: string;
  /** 重复申请: the earlier reply (its code or date), when known. */
  previousReply?: string;
}

export function outcomeKind(outcome: Pick<Outcome, 'reason'>): OutcomeKind {
  return OUTCOME_REASONS[outcome.reason].kind;
}

export function isRefusal(outcome: Pick<Outcome, 'reason'>): boolean {
  return OUTCOME_REASONS[outcome.reason].refusal;
}

/** A field a reply lacks, or a value it may not have. */
export interface OutcomeProblem {
  field: OutcomeField | 'reason';
  code: 'required' | 'unknown-reason' | 'automatic-reason' | 'too-long';
}

const MAX_TEXT = 2000;
const filled = (value: string | undefined) => !!value && value.trim() !== '';

/**
 * What a drafted reply lacks. `automatic` reasons (视为放弃, 撤回) are refused here because the
 * workflow records them through their own actions, with their own date rules.
 */
export function outcomeProblems(outcome: Outcome, { allowAutomatic = false } = {}): OutcomeProblem[] {
  const definition: ReasonDefinition | undefined = (OUTCOME_REASONS as Record<string, ReasonDefinition>)[outcome.reason];
  if (!definition) return [{ field: 'reason', code: 'unknown-reason' }];
  if (definition.automatic && !allowAutomatic) return [{ field: 'reason', code: 'automatic-reason' }];
  const problems: OutcomeProblem[] = [];
  for (const field of definition.requires) {
    const value = field === 'responsibleAgency' ? outcome.responsibleAgency?.name : outcome[field];
    if (!filled(value)) problems.push({ field, code: 'required' });
  }
  for (const field of ['explanation', 'where', 'channel', 'procedure'] as const) {
    if ((outcome[field]?.length ?? 0) > MAX_TEXT) problems.push({ field, code: 'too-long' });
  }
  return problems;
}

export const OUTCOME_FIELD_LABELS: Readonly<Record<OutcomeProblem['field'], LocalizedText>> = {
  reason: { 'zh-CN': '答复类型', en: 'Reply type' },
  explanation: { 'zh-CN': '理由说明', en: 'Explanation' },
  where: { 'zh-CN': '获取途径', en: 'Where to obtain it' },
  responsibleAgency: { 'zh-CN': '负责公开的机关', en: 'Responsible agency' },
  channel: { 'zh-CN': '信访、投诉、举报渠道', en: 'Channel for the petition or complaint' },
  procedure: { 'zh-CN': '办理途径', en: 'Procedure to follow' },
};

/**
 * The remedies a refusal must state. The 复议机关 (after the 2024 行政复议法 revision usually the
 * county government, for a county government the city's) and the court are configuration: without
 * them the text names no body rather than a wrong one.
 */
export interface RemediesConfig {
  /** 复议机关, e.g. 示例县人民政府. */
  reviewBody?: string;
  /** The court for an administrative lawsuit, e.g. 示例县人民法院. */
  court?: string;
  /** 行政复议 period in days (行政复议法 art. 20: 60). */
  reviewDays?: number;
  /** 行政诉讼 period in months (行政诉讼法 art. 46: 6). */
  litigationMonths?: number;
}

export function remediesText(config: RemediesConfig | undefined, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const days = config?.reviewDays ?? 60;
  const months = config?.litigationMonths ?? 6;
  const body = config?.reviewBody?.trim();
  const court = config?.court?.trim();
  if (locale === 'en') {
    return `If you disagree with this reply, you may apply for administrative reconsideration${body ? ` to ${body}` : ''} within ${days} days of receiving it, or bring an administrative lawsuit${court ? ` before ${court}` : ' in a people\'s court'} within ${months} months of receiving it.`;
  }
  return `如对本答复不服，可以自收到本答复之日起${days}日内${body ? `向${body}` : '依法'}申请行政复议，或者自收到本答复之日起${months}个月内${court ? `向${court}` : '依法向人民法院'}提起行政诉讼。`;
}
