/**
 * What people see of a request's history (seeds 000/004: 实时查询、追溯):
 * - `staffTrace`: every event, who did it in which role, the state before and after, remarks;
 * - `publicStatus`: what the applicant sees after code + phone: the dated steps that concern them,
 *   the current due date with pauses and an extension explained, and the outcome with its reason
 *   and remedies. Staff names, assignments, internal remarks, drafts, declined extensions and the
 *   identity of consulted third parties never appear in it.
 * Both are worded for one locale (zh-CN by default) from the same fold of the events.
 */
import type { Locale, LocalizedText } from '../catalogue/problems.js';
import { formatDate } from '../core/format.js';
import { caseClock, dueState, type ClockOptions, type DueState } from './request-clock.js';
import { OUTCOME_KIND_LABELS, OUTCOME_REASONS, remediesText, type OutcomeKind, type OutcomeReason, type RemediesConfig } from './request-outcomes.js';
import {
  ACTION_LABELS, RECEIPT_CHANNEL_LABELS, ROLE_LABELS, applyEvent, emptyCase,
  type Action, type CaseState, type RequestCase, type Role, type WorkflowEvent,
} from './request-workflow.js';

type Words = (zh: string, en: string) => string;
const wordsFor = (locale: Locale): Words => (zh, en) => (locale === 'en' ? en : zh);

export interface TraceOptions extends ClockOptions {
  locale?: Locale;
}

export interface StaffTraceEntry {
  on: string;
  at: string;
  action: Action;
  title: string;
  details: string[];
  actor: { id: string; name?: string; role: Role; roleLabel: string };
  note?: string;
  stateBefore: CaseState;
  stateAfter: CaseState;
}

/** Every event, newest last, with the state it moved the case from and to (the audit view). */
export function staffTrace(events: readonly WorkflowEvent[], options: TraceOptions = {}): StaffTraceEntry[] {
  const locale = options.locale ?? 'zh-CN';
  const w = wordsFor(locale);
  const date = (d: string) => formatDate(d, locale);
  let c = emptyCase();
  return events.map((event) => {
    const before = c;
    c = applyEvent(c, event);
    const details = publicDetails(event, before, c, locale, options) ?? [];
    switch (event.action) {
      case 'assign':
        details.push(w(`承办人：${event.assigneeName ?? event.assignee}`, `Handler: ${event.assigneeName ?? event.assignee}`));
        break;
      case 'consult':
        details.push(w(`征求意见对象：${event.parties.join('、')}`, `Sent to: ${event.parties.join(', ')}`));
        break;
      case 'end_consultation':
        if (event.summary) details.push(w(`意见摘要：${event.summary}`, `Summary: ${event.summary}`));
        break;
      case 'propose_extension':
        details.push(w(`拟延长${event.workingDays}个工作日：${event.reason}`, `${event.workingDays} working days proposed: ${event.reason}`));
        break;
      case 'decline_extension':
        if (event.comment) details.push(w(`审核意见：${event.comment}`, `Comment: ${event.comment}`));
        break;
      case 'draft_reply':
        details.push(...outcomeLines(event.outcome.reason, locale));
        break;
      case 'return_reply':
        details.push(w(`退回意见：${event.comment}`, `Returned: ${event.comment}`));
        break;
      case 'archive':
        details.push(w(`归档日期：${date(event.on)}`, `Archived on ${date(event.on)}`));
        break;
      case 'note':
        details.push(event.text);
        break;
    }
    return {
      on: event.on,
      at: event.at,
      action: event.action,
      title: ACTION_LABELS[event.action][locale],
      details,
      actor: { ...event.actor, roleLabel: ROLE_LABELS[event.actor.role][locale] },
      ...(event.note ? { note: event.note } : {}),
      stateBefore: before.state,
      stateAfter: c.state,
    };
  });
}

const outcomeLines = (reason: OutcomeReason, locale: Locale) => [
  `${OUTCOME_KIND_LABELS[OUTCOME_REASONS[reason].kind][locale]} · ${OUTCOME_REASONS[reason].label[locale]}`,
];

/** The lines the applicant may read about one event, or undefined for internal events. */
function publicDetails(event: WorkflowEvent, before: RequestCase, after: RequestCase, locale: Locale, options: ClockOptions): string[] | undefined {
  const w = wordsFor(locale);
  const date = (d: string) => formatDate(d, locale);
  switch (event.action) {
    case 'submit':
      return [w('通过网上平台提交申请', 'Submitted online')];
    case 'register': {
      const lines = [w(`收到申请日期：${date(event.receivedOn)}（${RECEIPT_CHANNEL_LABELS[event.channel]['zh-CN']}）`, `Received on ${date(event.receivedOn)} (${RECEIPT_CHANNEL_LABELS[event.channel].en})`)];
      if (event.channel === 'online' || event.channel === 'fax') {
        lines.push(w('网上和传真申请以双方确认之日为收到申请之日（条例第三十一条）', 'For online and fax applications the day both sides confirm is the day of receipt (art. 31)'));
      }
      return lines;
    }
    case 'void':
      return [w(`原因：${event.reason}`, `Reason: ${event.reason}`)];
    case 'request_correction':
      return [
        w('需要补正的事项：', 'To be corrected:'),
        ...event.items.map((item, i) => `${i + 1}. ${item}`),
        w(`请于${date(event.dueOn)}前补正。补正期间答复期限暂停计算，收到补正后重新计算`, `Please correct by ${date(event.dueOn)}. The reply period stops meanwhile and restarts when the correction arrives`),
      ];
    case 'receive_correction':
      return [w(`答复期限自${date(event.on)}起重新计算`, `The reply period restarts from ${date(event.on)}`)];
    case 'lapse_correction':
      return [w(`补正期限（${date(before.correction!.dueOn)}）已过，视为放弃申请，不再处理（条例第三十条）`, `Not corrected by ${date(before.correction!.dueOn)}: treated as withdrawn, no further processing (art. 30)`)];
    case 'withdraw':
      return [w('申请人撤回申请，终止办理', 'The applicant withdrew the request')];
    case 'consult': {
      const clock = caseClock(after, options);
      const windowEnds = date(clock.pauses[clock.pauses.length - 1]?.windowEndsOn ?? '');
      return event.party === 'agency'
        ? [w(`书面征求有关机关意见，应于${windowEnds}前提出意见，征求意见时间不计入答复期限（条例第三十三、三十四条）`, `Another agency is consulted and may answer by ${windowEnds}; this time is not counted (arts. 33–34)`)]
        : [w(`书面征求第三方意见，第三方应于${windowEnds}前提出意见，征求意见时间不计入答复期限（条例第三十二、三十三条）`, `A third party is consulted in writing and may answer by ${windowEnds}; this time is not counted (arts. 32–33)`)];
    }
    case 'end_consultation': {
      const party = before.consultations[before.consultations.length - 1]?.party === 'agency' ? w('有关机关', 'The agency consulted') : w('第三方', 'The third party');
      const answer = event.response === 'no_reply' ? w('逾期未提出意见', ' did not answer in time') : w('已提出意见', ' has answered');
      return [w(`${party}${answer}，答复期限继续计算`, `${party}${answer}; the reply period runs again`)];
    }
    case 'approve_extension': {
      const ext = after.extension!;
      return [w(`经批准，答复期限延长${ext.workingDays}个工作日（条例第三十三条第二款）。理由：${ext.reason}`, `Extended by ${ext.workingDays} working days with approval (art. 33 ¶2). Reason: ${ext.reason}`)];
    }
    case 'approve_reply':
      return outcomeLines(after.outcome!.reason, locale);
    default:
      return undefined;
  }
}

/** The stages the applicant sees (DOMAIN-PRACTICE §7: 已受理 / 待补正 / 延期 / 征求第三方意见 / 已答复 …). */
export type PublicStage = 'submitted' | 'accepted' | 'correction' | 'consultation' | 'extended' | 'replied' | 'lapsed' | 'withdrawn' | 'voided';

export const PUBLIC_STAGE_LABELS: Readonly<Record<PublicStage, LocalizedText>> = {
  submitted: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
  accepted: { 'zh-CN': '已受理', en: 'Accepted' },
  correction: { 'zh-CN': '待补正', en: 'Awaiting your correction' },
  consultation: { 'zh-CN': '征求意见', en: 'Consulting' },
  extended: { 'zh-CN': '延期答复', en: 'Reply period extended' },
  replied: { 'zh-CN': '已答复', en: 'Replied' },
  lapsed: { 'zh-CN': '视为放弃', en: 'Treated as withdrawn' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  voided: { 'zh-CN': '已作废', en: 'Void' },
};

export function publicStage(c: RequestCase): PublicStage {
  switch (c.state) {
    case 'new':
    case 'submitted':
      return 'submitted';
    case 'voided':
      return 'voided';
    case 'correction':
      return 'correction';
    case 'consultation':
      return 'consultation';
    case 'accepted':
      return c.extension?.approvedOn ? 'extended' : 'accepted';
    case 'concluded':
    case 'archived':
      return c.outcome?.reason === 'no_correction' ? 'lapsed' : c.outcome?.reason === 'withdrawn' ? 'withdrawn' : 'replied';
  }
}

export interface PublicStep {
  on: string;
  title: string;
  details: string[];
}

export interface PublicOutcome {
  kind: OutcomeKind;
  kindLabel: string;
  reason: OutcomeReason;
  reasonLabel: string;
  /** The article the reply rests on, as printed in the notice. */
  basis: string;
  repliedOn: string;
  explanation?: string;
  where?: string;
  responsibleAgency?: { name: string; contact?: string };
  channel?: string;
  procedure?: string;
  /** For refusals: 行政复议 and 行政诉讼, with the configured 复议机关. */
  remedies?: string;
}

export interface PublicStatus {
  stage: PublicStage;
  stageLabel: string;
  submittedOn?: string;
  receivedOn?: string;
  steps: PublicStep[];
  /** Where the request stands against its deadline, with lines explaining the due date. */
  due?: { state: DueState; label: string; lines: string[] };
  outcome?: PublicOutcome;
}

export interface PublicStatusOptions extends TraceOptions {
  /** Today in Beijing (YYYY-MM-DD), for the due state. */
  today: string;
  remedies?: RemediesConfig;
}

/** The applicant's view of their request. */
export function publicStatus(events: readonly WorkflowEvent[], options: PublicStatusOptions): PublicStatus {
  const locale = options.locale ?? 'zh-CN';
  const w = wordsFor(locale);
  const date = (d: string) => formatDate(d, locale);
  const steps: PublicStep[] = [];
  let c = emptyCase();
  for (const event of events) {
    const before = c;
    c = applyEvent(c, event);
    const details = publicDetails(event, before, c, locale, options);
    if (!details) continue;
    const title = event.action === 'approve_reply' ? w('已答复', 'Replied') : event.action === 'register' ? w('已受理', 'Accepted') : ACTION_LABELS[event.action][locale];
    steps.push({ on: event.on, title, details });
  }
  const stage = publicStage(c);
  const status: PublicStatus = { stage, stageLabel: PUBLIC_STAGE_LABELS[stage][locale], submittedOn: c.submittedOn, receivedOn: c.receivedOn, steps };

  if (c.receivedOn && c.state !== 'voided') {
    const clock = caseClock(c, options);
    const state = dueState(c, options.today, options);
    const lines: string[] = [];
    if (clock.dueOn && c.state !== 'correction') {
      lines.push(w(`答复期限：${date(clock.dueOn)}（自${date(clock.startedOn!)}起${clock.workingDays}个工作日，节假日不计）`, `Reply due by ${date(clock.dueOn)} (${clock.workingDays} working days from ${date(clock.startedOn!)}, holidays excluded)`));
    }
    if (clock.restarted) lines.push(w(`收到补正后，答复期限自${date(clock.startedOn!)}起重新计算`, `The period restarted on ${date(clock.startedOn!)} when the correction arrived`));
    for (const pause of clock.pauses) {
      const who = pause.kind === 'third_party' ? w('征求第三方意见', 'Third-party consultation') : w('征求有关机关意见', 'Consulting another agency');
      if (pause.open) lines.push(w(`${who}中，${date(pause.from)}至${date(pause.to)}期间不计入答复期限（按最长意见期限计算）`, `${who}: ${date(pause.from)} to ${date(pause.to)} not counted (assuming the full time to answer is taken)`));
      else lines.push(w(`${who}：${date(pause.from)}至${date(pause.to)}共${pause.workingDays}个工作日不计入答复期限`, `${who}: ${pause.workingDays} working days from ${date(pause.from)} to ${date(pause.to)} not counted`));
    }
    if (clock.extensionWorkingDays) lines.push(w(`经批准延长${clock.extensionWorkingDays}个工作日`, `Extended by ${clock.extensionWorkingDays} working days`));
    if (clock.estimate) lines.push(w('部分日期所在年份的节假日安排尚未公布，日期为估算', 'The holiday schedule of some year is not yet published: dates are estimates'));
    status.due = { state, label: dueLabel(state, locale), lines };
  }

  if (c.outcome && c.concludedOn) {
    const definition = OUTCOME_REASONS[c.outcome.reason];
    const o = c.outcome;
    status.outcome = {
      kind: definition.kind,
      kindLabel: OUTCOME_KIND_LABELS[definition.kind][locale],
      reason: o.reason,
      reasonLabel: definition.label[locale],
      basis: definition.basis,
      repliedOn: c.concludedOn,
      ...(o.explanation ? { explanation: o.explanation } : {}),
      ...(o.where ? { where: o.where } : {}),
      ...(o.responsibleAgency ? { responsibleAgency: o.responsibleAgency } : {}),
      ...(o.channel ? { channel: o.channel } : {}),
      ...(o.procedure ? { procedure: o.procedure } : {}),
      ...(definition.refusal ? { remedies: remediesText(options.remedies, locale) } : {}),
    };
  }
  return status;
}

/** 剩余 N 个工作日 / 即将到期 / 今日到期 / 已逾期 N 个工作日 / 暂停计时 / 等待补正 …, for the desk and the lookup. */
export function dueLabel(state: DueState, locale: Locale = 'zh-CN'): string {
  const w = wordsFor(locale);
  const n = state.workingDaysLeft ?? 0;
  switch (state.kind) {
    case 'unconfirmed':
      return w('待确认', 'Awaiting confirmation');
    case 'correction':
      return state.correctionOverdue
        ? w(`补正期限（${formatDate(state.correctionDueOn, locale)}）已过`, `Correction was due by ${formatDate(state.correctionDueOn, locale)}`)
        : w(`等待补正，期限${formatDate(state.correctionDueOn, locale)}`, `Awaiting correction by ${formatDate(state.correctionDueOn, locale)}`);
    case 'paused':
      return w(`暂停计时（征求意见中），剩余 ${n} 个工作日`, `Paused (consulting), ${n} working day${n === 1 ? '' : 's'} left`);
    case 'running':
      return w(`剩余 ${n} 个工作日`, `${n} working day${n === 1 ? '' : 's'} left`);
    case 'due-soon':
      return n === 0 ? w('今日到期', 'Due today') : w(`即将到期，剩余 ${n} 个工作日`, `Due soon: ${n} working day${n === 1 ? '' : 's'} left`);
    case 'overdue': {
      const late = state.workingDaysOverdue ?? 0;
      return w(`已逾期 ${late} 个工作日`, `Overdue by ${late} working day${late === 1 ? '' : 's'}`);
    }
    case 'done':
      return state.onTime === false ? w('已办结（逾期）', 'Concluded (late)') : w('已办结', 'Concluded');
  }
}

/** The standard steps of seeds 000/004 and the config's `steps`, and when a request has reached each. */
const STEP_REACHED: Readonly<Record<string, (c: RequestCase) => boolean>> = {
  接收: (c) => c.state !== 'new',
  登记: (c) => !!c.receivedOn,
  审核: (c) => !!c.receivedOn && (!!c.assignee || c.events.some((e) => HANDLING.has(e.action))),
  办理: (c) => c.events.some((e) => HANDLING.has(e.action) && e.action !== 'request_correction'),
  答复: (c) => !!c.concludedOn,
  归档: (c) => c.state === 'archived',
};
const HANDLING: ReadonlySet<Action> = new Set(['request_correction', 'receive_correction', 'consult', 'end_consultation', 'propose_extension', 'approve_extension', 'draft_reply', 'approve_reply', 'lapse_correction']);

/**
 * For each configured step (default 接收、登记、审核、办理、答复、归档), whether the request has
 * reached it. A step the module does not know counts as reached once a later known step is.
 */
export function reachedSteps(c: RequestCase, steps: readonly string[] = Object.keys(STEP_REACHED)): boolean[] {
  const known = steps.map((step) => STEP_REACHED[step]?.(c));
  return steps.map((_, i) => known[i] ?? known.slice(i + 1).some((k) => k === true));
}

