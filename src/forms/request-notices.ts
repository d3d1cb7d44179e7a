/**
 * The documents the desk prints and the applicant downloads (seeds 000/004: 规范答复口径、推行标准文本):
 * 受理回执, 补正告知书, 延期答复告知书, 第三方意见征询函 and 答复书. Each is a plain-text template
 * with `{{占位符}}`: the county's own from `requestForm.replyTemplates` (`body`), else the built-in
 * wording below. The result is structured (title, paragraphs, signature), never markup.
 *
 * Notices are official Chinese documents; their text is Chinese whatever the desk's language.
 */
import type { LocalizedText } from '../catalogue/problems.js';
import { caseClock, resolveDeadlines } from './request-clock.js';
import { renderTemplate, placeholdersOf } from './notice-template.js';
import { OUTCOME_KIND_LABELS, OUTCOME_REASONS, remediesText, type Outcome, type OutcomeReason, type RemediesConfig } from './request-outcomes.js';
import type { RequestPayload } from './request-schema.js';
import { replay, type RequestCase, type WorkflowEvent } from './request-workflow.js';
import type { WorkingCalendar } from './working-days.js';

export const NOTICE_KINDS = ['receipt', 'correction', 'extension', 'consultation', 'reply'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Default titles (printed as the heading) and the `type` a catalogue template names them by. */
export const NOTICE_TITLES: Readonly<Record<NoticeKind, LocalizedText>> = {
  receipt: { 'zh-CN': '政府信息公开申请受理回执', en: 'Acknowledgement of receipt' },
  correction: { 'zh-CN': '政府信息公开申请补正告知书', en: 'Notice to correct the request' },
  extension: { 'zh-CN': '政府信息公开申请延期答复告知书', en: 'Notice of extension' },
  consultation: { 'zh-CN': '政府信息公开征求意见函', en: 'Consultation letter' },
  reply: { 'zh-CN': '政府信息公开申请答复书', en: 'Reply' },
};
const TYPE_NAMES: Readonly<Record<NoticeKind, readonly string[]>> = {
  receipt: ['受理回执', '登记回执', 'receipt'],
  correction: ['补正告知书', '补正申请告知书', 'correction'],
  extension: ['延期答复告知书', 'extension'],
  consultation: ['第三方意见征询函', '征求意见函', '征求第三方意见函', 'consultation'],
  reply: ['答复书', '答复告知书', 'reply'],
};

/** Every placeholder a template may use, with its meaning; a name not listed here is reported. */
export const NOTICE_PLACEHOLDERS: Readonly<Record<string, string>> = {
  申请人: "the applicant's name, or the organisation's",
  申请编号: 'the tracking code',
  提交日期: 'the day the application was submitted',
  收到日期: 'the day of receipt (art. 31)',
  所需信息: 'the information asked for: title, 文号, description',
  获取方式: 'how the applicant asked to get it',
  受理机关: 'the accepting agency',
  联系电话: "the office's phone number",
  日期: "the notice's date",
  文书编号: "the notice's document number, if the office numbers them",
  答复工作日: 'the reply period in working days (20)',
  补正告知工作日: 'the period for a correction notice in working days (7)',
  答复期限: 'the day the reply is due',
  补正事项: 'what to correct, numbered, one per line',
  补正期限: 'the day the correction is due',
  补正告知日期: 'the day the correction notice went out',
  延期天数: 'the extension in working days',
  延期理由: 'why the reply is extended',
  原答复期限: 'the due day before the extension',
  延期后答复期限: 'the due day after the extension',
  征询对象: 'whom a consultation letter is addressed to',
  征询事项: 'what the consulted party may be affected in',
  意见期限: "the consulted party's last day to answer",
  答复类型: 'the reply type (予以公开, 不予公开 …)',
  答复理由: 'the reason (属于国家秘密 …)',
  答复依据: 'the article the reply rests on',
  答复内容: "the built-in paragraph for the reply's reason",
  说明: "the handler's explanation",
  获取途径: 'where and how to get information already public or published',
  负责机关: 'the agency responsible for disclosure, with its contact',
  其他渠道: 'the channel for a petition or complaint',
  办理途径: 'the procedure for registration records',
  前次答复: 'the earlier reply to a repeated request',
  救济途径: 'the remedies (行政复议, 行政诉讼) of a refusal, empty otherwise',
};

const ART = '《中华人民共和国政府信息公开条例》';

export const DEFAULT_NOTICE_BODIES: Readonly<Record<NoticeKind | 'agency_consultation', string>> = {
  receipt: `{{申请人}}：
本机关已收到您提交的政府信息公开申请（申请编号：{{申请编号}}），申请获取“{{所需信息}}”。根据${ART}第三十一条的规定，本机关收到申请之日为{{收到日期}}。
本机关将自收到申请之日起{{答复工作日}}个工作日内，即{{答复期限}}前作出答复。申请需要补正的，本机关将在收到申请之日起{{补正告知工作日}}个工作日内一次性告知；征求第三方和其他机关意见所需时间不计算在答复期限内；需要延长答复期限的，本机关将另行书面告知。
您可以凭申请编号和联系电话查询办理进度。咨询电话：{{联系电话}}。`,
  correction: `{{申请人}}：
本机关于{{收到日期}}收到您提交的政府信息公开申请（申请编号：{{申请编号}}）。经审查，您的申请需要补正。根据${ART}第三十条的规定，现一次性告知您需要补正的事项：
{{补正事项}}
请您于{{补正期限}}前向本机关提交补正后的申请。答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。
咨询电话：{{联系电话}}。`,
  extension: `{{申请人}}：
本机关于{{收到日期}}收到您提交的政府信息公开申请（申请编号：{{申请编号}}），申请获取“{{所需信息}}”。因{{延期理由}}，本机关不能在{{原答复期限}}前作出答复。根据${ART}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长{{延期天数}}个工作日，本机关将于{{延期后答复期限}}前作出答复。
特此告知。`,
  consultation: `{{征询对象}}：
本机关收到一份政府信息公开申请，申请公开的政府信息“{{所需信息}}”涉及贵方{{征询事项}}，公开可能损害贵方合法权益。根据${ART}第三十二条的规定，现书面征求贵方意见。
请贵方于{{意见期限}}前以书面形式提出是否同意公开的意见；不同意公开的，请说明理由。逾期未提出意见的，本机关将依照${ART}的规定决定是否公开。
联系电话：{{联系电话}}。`,
  agency_consultation: `{{征询对象}}：
本机关收到一份政府信息公开申请，申请公开的政府信息“{{所需信息}}”由本机关与贵单位共同制作。根据${ART}第三十四条的规定，现征求贵单位意见。
请于{{意见期限}}前书面提出意见；逾期未提出意见的，视为同意公开。
联系电话：{{联系电话}}。`,
  reply: `{{申请人}}：
本机关于{{收到日期}}收到您提交的政府信息公开申请（申请编号：{{申请编号}}），申请获取“{{所需信息}}”。经审查，现答复如下：
{{答复内容}}
{{救济途径}}
特此告知。`,
};

const WITHHELD = (situation: string) => `经审查，您申请获取的政府信息${situation}。根据{{答复依据}}的规定，本机关决定不予公开。理由如下：{{说明}}`;

/** The built-in paragraph of each reply reason, filled in as {{答复内容}}. */
export const DEFAULT_REPLY_PARAGRAPHS: Readonly<Record<OutcomeReason, string>> = {
  provided: '经审查，您申请获取的政府信息属于可以公开的政府信息。根据{{答复依据}}的规定，本机关予以公开，并按您选择的“{{获取方式}}”方式提供。\n{{说明}}',
  already_public: '经审查，您申请获取的政府信息本机关已经主动公开。根据{{答复依据}}的规定，现告知您获取该政府信息的方式和途径：{{获取途径}}。\n{{说明}}',
  partly: '经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。根据{{答复依据}}的规定，本机关向您提供可以公开的部分，并按您选择的“{{获取方式}}”方式提供。对不予公开的部分说明如下：{{说明}}',
  state_secret: WITHHELD('属于国家秘密'),
  prohibited_by_law: WITHHELD('属于法律、行政法规禁止公开的政府信息'),
  three_safeties: WITHHELD('公开后可能危及国家安全、公共安全、经济安全、社会稳定'),
  third_party_rights: WITHHELD('涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害'),
  internal_affairs: WITHHELD('属于人事管理、后勤管理、内部工作流程等内部事务信息'),
  process_information: WITHHELD('属于讨论记录、过程稿、磋商信函、请示报告等过程性信息'),
  enforcement_file: WITHHELD('属于行政执法案卷信息'),
  administrative_query: '经审查，您申请获取的信息属于行政查询事项，应当通过相应的查询途径获取，本机关不作为政府信息予以公开。理由如下：{{说明}}',
  not_held: '经检索，本机关没有您所申请公开的政府信息。根据{{答复依据}}的规定，告知您该政府信息不存在。\n{{说明}}',
  not_ours: '经审查，您申请获取的政府信息不属于本机关负责公开。根据{{答复依据}}的规定，该政府信息由{{负责机关}}负责公开，请您向其提出申请。\n{{说明}}',
  needs_creation: '经审查，本机关没有您所申请的现成信息，提供需要对现有政府信息进行加工、分析或者另行制作。根据{{答复依据}}的规定，本机关不予提供。\n{{说明}}',
  still_unclear: '本机关已于{{补正告知日期}}告知您补正申请。您补正后的申请内容仍不明确，本机关无法确定您所需要的政府信息，无法向您提供。\n{{说明}}',
  complaint: '经审查，您提出的申请实为信访、投诉、举报事项。根据{{答复依据}}的规定，本机关不作为政府信息公开申请处理，您可以通过{{其他渠道}}提出。',
  repeat: '本机关已就您提出的相同政府信息公开申请作出答复{{前次答复}}。根据{{答复依据}}的规定，本机关不予重复处理。\n{{说明}}',
  publication: '您申请获取的是政府公报、报刊、书籍等公开出版物。根据{{答复依据}}的规定，您可以通过以下途径获取：{{获取途径}}。',
  excessive: '您申请公开政府信息的数量、频次明显超过合理范围，且未能说明合理理由。根据{{答复依据}}的规定，本机关不予处理。\n{{说明}}',
  confirmation: '您的申请系要求本机关确认或者重新出具您已获取的信息，不属于政府信息公开申请，本机关不予处理。\n{{说明}}',
  no_correction: '本机关已于{{补正告知日期}}告知您补正申请，请您于{{补正期限}}前补正。您无正当理由逾期未补正，根据{{答复依据}}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。',
  fee_unpaid: '您未在收费通知规定的期限内缴纳信息处理费。根据{{答复依据}}的规定，本机关不再处理该政府信息公开申请。',
  special_procedure: '经审查，您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定。根据{{答复依据}}的规定，请您依照有关规定办理：{{办理途径}}。',
  withdrawn: '您已撤回本次政府信息公开申请，本机关终止办理。\n{{说明}}',
  other: '{{说明}}',
};

/** A template from the catalogue: `type` names the notice or the reply type; only `body` is used here. */
export interface NoticeTemplate {
  type: string;
  title: string;
  url?: string;
  body?: string;
}

export interface NoticeConfig {
  replyTemplates?: readonly NoticeTemplate[];
  deadlines?: Parameters<typeof resolveDeadlines>[0];
  remedies?: RemediesConfig;
  help?: { phone?: string };
}

/** What the notice needs from outside the events: the application and the office. */
export interface NoticeInput {
  application: { code: string; applicantName: string; information: string; delivery?: string };
  agency: { name: string; phone?: string };
  config?: NoticeConfig;
  calendar?: WorkingCalendar;
  /** The office's document number (示政公开〔2026〕12号), printed under the title. */
  documentNumber?: string;
  /** For a consultation letter: which one (default the latest) and to whom (default its first party). */
  consultation?: { index?: number; party?: string };
  /** For a reply: render the draft awaiting review instead of the issued reply. */
  draft?: boolean;
}

export interface Notice {
  kind: NoticeKind;
  title: string;
  documentNumber?: string;
  /** Plain-text paragraphs, the first usually the salutation (“张三：”). */
  paragraphs: string[];
  /** Printed at the foot, right-aligned, over the seal. */
  signature: { agency: string; date: string };
  issuedOn: string;
  /** Placeholders without a value (printed as blanks to fill in by hand). */
  missing: string[];
  /** Placeholders the template uses but this module does not know (printed as typed). */
  unknown: string[];
  /** Whose wording: the catalogue's template or the built-in one. */
  source: 'catalogue' | 'built-in';
  /** A draft reply, not yet approved. */
  draft?: boolean;
}

export type NoticeResult = { ok: true; notice: Notice } | { ok: false; message: LocalizedText };

/** 2026年3月2日: the date style of official documents (GB/T 9704-2012), no leading zeros. */
export function documentDate(date: string | undefined): string | undefined {
  const match = date && /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : undefined;
}

/** The applicant's name as a notice addresses them. */
export function applicantNameOf(payload: Pick<RequestPayload, 'applicantType' | 'citizen' | 'organisation'>): string {
  return (payload.applicantType === '公民' ? payload.citizen?.name : payload.organisation?.name)?.trim() ?? '';
}

/** The requested information in one line: title, 文号, then the description. */
export function informationText(information: RequestPayload['information']): string {
  const title = information.title?.trim();
  const docNo = information.docNo?.trim();
  const description = information.description?.trim();
  const head = [title, docNo && (title ? `（${docNo}）` : docNo)].filter(Boolean).join('');
  return [head, description].filter(Boolean).join('；');
}

const normalise = (type: string) => type.replace(/[\s《》“”"]/g, '');

function findTemplate(templates: readonly NoticeTemplate[] | undefined, names: readonly string[]): NoticeTemplate | undefined {
  const wanted = names.map(normalise);
  for (const name of wanted) {
    const found = templates?.find((t) => typeof t.body === 'string' && t.body.trim() !== '' && normalise(t.type) === name);
    if (found) return found;
  }
  return undefined;
}

const unavailable = (zh: string, en: string): NoticeResult => ({ ok: false, message: { 'zh-CN': zh, en } });

/** Builds one notice for a request, or says why it does not exist yet. */
export function buildNotice(kind: NoticeKind, history: readonly WorkflowEvent[] | RequestCase, input: NoticeInput): NoticeResult {
  const c = Array.isArray(history) ? replay(history) : (history as RequestCase);
  const config = input.config ?? {};
  const deadlines = resolveDeadlines(config.deadlines);
  const clock = caseClock(c, { deadlines, calendar: input.calendar });
  const date = documentDate;

  let issuedOn: string | undefined;
  let outcome: Outcome | undefined;
  let consultation: RequestCase['consultations'][number] | undefined;
  let addressee: string | undefined;
  switch (kind) {
    case 'receipt':
      issuedOn = c.receivedOn && c.events.find((e) => e.action === 'register')?.on;
      if (!issuedOn) return unavailable('申请尚未登记受理', 'the request has not been registered');
      break;
    case 'correction':
      issuedOn = c.correction?.noticeOn;
      if (!issuedOn) return unavailable('没有补正告知', 'no correction was asked for');
      break;
    case 'extension':
      issuedOn = c.extension?.approvedOn;
      if (!issuedOn) return unavailable('答复期限没有延长', 'the reply period was not extended');
      break;
    case 'consultation': {
      consultation = c.consultations[input.consultation?.index ?? c.consultations.length - 1];
      if (!consultation) return unavailable('没有征求意见', 'no consultation');
      addressee = input.consultation?.party ?? consultation.parties[0];
      issuedOn = consultation.sentOn;
      break;
    }
    case 'reply':
      if (input.draft) {
        outcome = c.draft?.outcome;
        issuedOn = c.draft?.draftedOn;
        if (!outcome) return unavailable('没有待审核的答复稿', 'no draft reply');
      } else {
        outcome = c.outcome;
        issuedOn = c.concludedOn;
        if (!outcome) return unavailable('尚未答复', 'not replied yet');
      }
      break;
  }

  const extension = c.extension?.approvedOn ? c.extension : undefined;
  const dueBeforeExtension = extension ? caseClock({ ...c, extension: undefined }, { deadlines, calendar: input.calendar }).dueOn : undefined;
  const consultationClock = consultation ? clock.pauses.find((p) => p.from === consultation.sentOn) : undefined;
  const values: Record<string, string | undefined> = {
    申请人: input.application.applicantName || undefined,
    申请编号: input.application.code || undefined,
    提交日期: date(c.submittedOn),
    收到日期: date(c.receivedOn),
    所需信息: input.application.information || undefined,
    获取方式: input.application.delivery || undefined,
    受理机关: input.agency.name || undefined,
    联系电话: input.agency.phone ?? config.help?.phone,
    日期: date(issuedOn),
    文书编号: input.documentNumber ?? '',
    答复工作日: String(deadlines.replyWorkingDays),
    补正告知工作日: String(deadlines.supplementNoticeWorkingDays),
    答复期限: date(clock.dueOn),
    补正事项: c.correction?.items.map((item, i) => `${i + 1}. ${item}`).join('\n'),
    补正期限: date(c.correction?.dueOn),
    补正告知日期: date(c.correction?.noticeOn),
    延期天数: extension ? String(extension.workingDays) : undefined,
    延期理由: extension?.reason.replace(/^因/, ''),
    原答复期限: date(dueBeforeExtension),
    延期后答复期限: extension ? date(clock.dueOn) : undefined,
    征询对象: addressee,
    征询事项: consultation ? consultation.matter ?? '商业秘密、个人隐私等合法权益' : undefined,
    意见期限: date(consultationClock?.windowEndsOn),
  };
  if (outcome) {
    const definition = OUTCOME_REASONS[outcome.reason];
    const agency = outcome.responsibleAgency;
    Object.assign(values, {
      答复类型: OUTCOME_KIND_LABELS[definition.kind]['zh-CN'],
      答复理由: definition.label['zh-CN'],
      答复依据: definition.basis,
      说明: outcome.explanation ?? '',
      获取途径: outcome.where ?? '',
      负责机关: agency ? `${agency.name}${agency.contact ? `（联系方式：${agency.contact}）` : ''}` : undefined,
      其他渠道: outcome.channel ?? '',
      办理途径: outcome.procedure ?? '',
      前次答复: outcome.previousReply ? `（${outcome.previousReply}）` : '',
      救济途径: definition.refusal ? remediesText(config.remedies, 'zh-CN') : '',
    });
    values.答复内容 = renderTemplate(DEFAULT_REPLY_PARAGRAPHS[outcome.reason], values).paragraphs.join('\n');
  } else {
    for (const name of ['答复类型', '答复理由', '答复依据', '答复内容', '说明', '获取途径', '负责机关', '其他渠道', '办理途径', '前次答复', '救济途径']) values[name] = undefined;
  }

  const names = kind === 'reply' && outcome
    ? [outcome.reason, OUTCOME_REASONS[outcome.reason].label['zh-CN'], OUTCOME_KIND_LABELS[OUTCOME_REASONS[outcome.reason].kind]['zh-CN'], OUTCOME_REASONS[outcome.reason].kind, ...TYPE_NAMES.reply]
    : TYPE_NAMES[kind];
  const template = findTemplate(config.replyTemplates, names);
  const builtIn = kind === 'consultation' && consultation?.party === 'agency' ? DEFAULT_NOTICE_BODIES.agency_consultation : DEFAULT_NOTICE_BODIES[kind];
  const rendered = renderTemplate(template?.body ?? builtIn, values);
  const title = template?.title ?? (kind === 'consultation' && consultation?.party === 'third_party' ? '政府信息公开第三方意见征询函' : NOTICE_TITLES[kind]['zh-CN']);
  return {
    ok: true,
    notice: {
      kind,
      title,
      ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
      paragraphs: rendered.paragraphs,
      signature: { agency: input.agency.name, date: date(issuedOn)! },
      issuedOn: issuedOn!,
      missing: rendered.missing,
      unknown: rendered.unknown,
      source: template ? 'catalogue' : 'built-in',
      ...(kind === 'reply' && input.draft ? { draft: true } : {}),
    },
  };
}

/** The notice as plain text (for a .txt download or an e-mail body): heading, paragraphs, signature. */
export function noticeText(notice: Notice): string {
  return [notice.title, ...(notice.documentNumber ? [notice.documentNumber] : []), '', ...notice.paragraphs, '', notice.signature.agency, notice.signature.date].join('\n') + '\n';
}

/** Placeholders in the catalogue's templates that no notice fills: typos an editor should fix. */
export function templateProblems(templates: readonly NoticeTemplate[] | undefined): { index: number; unknown: string[] }[] {
  return (templates ?? [])
    .map((template, index) => ({ index, unknown: placeholdersOf(template.body ?? '').filter((name) => !(name in NOTICE_PLACEHOLDERS)) }))
    .filter((problem) => problem.unknown.length > 0);
}
