/**
 * The 依申请公开 workflow as an event-sourced state machine (条例 arts. 29–45; docs/request-workflow.md).
 *
 *   submitted 待确认 ─register→ accepted 办理中 ─draft_reply→ (reviewer) approve_reply → concluded 已办结 ─archive→ archived 已归档
 *                                  │  ├─request_correction→ correction 待补正 ─receive_correction→ accepted (period restarts)
 *                                  │  │                                       └─lapse_correction→ concluded (视为放弃, 其他处理)
 *                                  │  ├─consult→ consultation 征求意见中 ─end_consultation→ accepted (time not counted)
 *                                  │  └─propose_extension → (reviewer) approve_extension (+ at most 20 working days)
 *   submitted ─void→ voided 已作废 (a duplicate or test submission; never counted)
 *
 * A case is the fold of its events (`replay`); `decide` checks one command against the history,
 * the actor's roles and the clock, and returns either the new event or a refusal with a reason
 * (`status` 403/409/422 for the server to answer with). Nothing here does I/O: the server stores
 * the events and an audit row per decision, the desk and the public lookup read the same fold.
 */
import type { LocalizedText } from '../catalogue/problems.js';
import { caseClock, resolveDeadlines, type ClockOptions, type Deadlines } from './request-clock.js';
import { OUTCOME_FIELD_LABELS, OUTCOME_REASONS, outcomeProblems, type Outcome } from './request-outcomes.js';
import { addWorkingDays, beijingDate, makeCalendar, type WorkingCalendar } from './working-days.js';

export const STAFF_ROLES = ['registrar', 'handler', 'reviewer', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** `applicant` only submits; every other action is staff work. */
export type Role = StaffRole | 'applicant';

export const ROLE_LABELS: Readonly<Record<Role, LocalizedText>> = {
  registrar: { 'zh-CN': '登记员', en: 'Registrar' },
  handler: { 'zh-CN': '承办人', en: 'Handler' },
  reviewer: { 'zh-CN': '审核人', en: 'Reviewer' },
  admin: { 'zh-CN': '管理员', en: 'Administrator' },
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
};

export const STATES = ['submitted', 'accepted', 'correction', 'consultation', 'concluded', 'archived', 'voided'] as const;
export type State = (typeof STATES)[number];
/** Before the first event. */
export type CaseState = State | 'new';

export const STATE_LABELS: Readonly<Record<CaseState, LocalizedText>> = {
  new: { 'zh-CN': '新建', en: 'New' },
  submitted: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
  accepted: { 'zh-CN': '办理中', en: 'Being handled' },
  correction: { 'zh-CN': '待补正', en: 'Awaiting correction' },
  consultation: { 'zh-CN': '征求意见中', en: 'Consulting' },
  concluded: { 'zh-CN': '已办结', en: 'Concluded' },
  archived: { 'zh-CN': '已归档', en: 'Archived' },
  voided: { 'zh-CN': '已作废', en: 'Void' },
};

/** How the application reached the agency; fixes the day of receipt (art. 31). */
export const RECEIPT_CHANNELS = ['online', 'in_person', 'post', 'fax', 'email'] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];
export const RECEIPT_CHANNEL_LABELS: Readonly<Record<ReceiptChannel, LocalizedText>> = {
  online: { 'zh-CN': '网上申请', en: 'Online' },
  in_person: { 'zh-CN': '当面申请', en: 'In person' },
  post: { 'zh-CN': '信函申请', en: 'By post' },
  fax: { 'zh-CN': '传真申请', en: 'By fax' },
  email: { 'zh-CN': '电子邮件申请', en: 'By e-mail' },
};

export const CONSULTATION_RESPONSES = ['consent', 'objection', 'no_reply'] as const;
/** The answer: agrees to disclosure, objects, or none within the window (art. 34: an agency's silence counts as consent). */
export type ConsultationResponse = (typeof CONSULTATION_RESPONSES)[number];

export const ACTIONS = [
  'submit', 'register', 'void', 'assign', 'request_correction', 'receive_correction', 'lapse_correction', 'withdraw',
  'consult', 'end_consultation', 'propose_extension', 'approve_extension', 'decline_extension',
  'draft_reply', 'return_reply', 'approve_reply', 'archive', 'note',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Readonly<Record<Action, LocalizedText>> = {
  submit: { 'zh-CN': '提交申请', en: 'Submit' },
  register: { 'zh-CN': '登记受理', en: 'Register' },
  void: { 'zh-CN': '作废', en: 'Void' },
  assign: { 'zh-CN': '分派承办人', en: 'Assign' },
  request_correction: { 'zh-CN': '告知补正', en: 'Ask for correction' },
  receive_correction: { 'zh-CN': '收到补正', en: 'Correction received' },
  lapse_correction: { 'zh-CN': '逾期未补正，视为放弃', en: 'Not corrected: treat as withdrawn' },
  withdraw: { 'zh-CN': '申请人撤回', en: 'Withdrawn by applicant' },
  consult: { 'zh-CN': '征求意见', en: 'Consult' },
  end_consultation: { 'zh-CN': '结束征求意见', en: 'End consultation' },
  propose_extension: { 'zh-CN': '申请延期', en: 'Propose extension' },
  approve_extension: { 'zh-CN': '批准延期', en: 'Approve extension' },
  decline_extension: { 'zh-CN': '不批准延期', en: 'Decline extension' },
  draft_reply: { 'zh-CN': '拟定答复', en: 'Draft reply' },
  return_reply: { 'zh-CN': '退回答复稿', en: 'Return draft' },
  approve_reply: { 'zh-CN': '审核通过并答复', en: 'Approve and reply' },
  archive: { 'zh-CN': '归档', en: 'Archive' },
  note: { 'zh-CN': '备注', en: 'Note' },
};

/** The fields each action takes besides `on` (the legal date) and `note` (a staff remark). */
export interface CommandFields {
  submit: { channel?: 'online' };
  /** `receivedOn`: the day of receipt (art. 31), by default `on`. */
  register: { receivedOn?: string; channel?: ReceiptChannel };
  void: { reason: string };
  assign: { assignee: string; assigneeName?: string };
  /** `items`: what to correct; `dueOn`: by when (default: `correctionWorkingDays` after `on`). */
  request_correction: { items: string[]; dueOn?: string };
  /** `justification`: the good reason for a correction that arrives after its deadline. */
  receive_correction: { justification?: string };
  lapse_correction: Record<never, never>;
  withdraw: { reason?: string };
  /** `parties`: whom the letter goes to (staff-only: never shown to the applicant). */
  consult: { party: 'third_party' | 'agency'; parties: string[]; matter?: string };
  end_consultation: { response: ConsultationResponse; summary?: string };
  propose_extension: { workingDays: number; reason: string };
  approve_extension: Record<never, never>;
  decline_extension: { comment?: string };
  draft_reply: { outcome: Outcome };
  return_reply: { comment: string };
  approve_reply: Record<never, never>;
  archive: Record<never, never>;
  note: { text: string };
}

interface CommonFields {
  /** The legal date of the step (YYYY-MM-DD, Beijing): by default the day it is recorded. */
  on?: string;
  /** A staff remark, kept in the staff trace only. */
  note?: string;
}

export type Command = { [A in Action]: { action: A } & CommonFields & CommandFields[A] }[Action];
export type CommandOf<A extends Action> = Extract<Command, { action: A }>;

/** Fields a recorded event always has, resolved when it was decided. */
interface ResolvedFields {
  register: { receivedOn: string; channel: ReceiptChannel };
  request_correction: { items: string[]; dueOn: string };
}
type EventFields = { [A in Action]: A extends keyof ResolvedFields ? ResolvedFields[A] : CommandFields[A] };

export interface Actor {
  id: string;
  name?: string;
  roles: readonly Role[];
}

export interface EventHeader {
  /** When it was recorded (ISO instant). */
  at: string;
  /** Its legal date (YYYY-MM-DD, Beijing). */
  on: string;
  /** Who did it, and in which role. */
  actor: { id: string; name?: string; role: Role };
  note?: string;
}

export type WorkflowEvent = { [A in Action]: { action: A } & EventHeader & EventFields[A] }[Action];
export type EventOf<A extends Action> = Extract<WorkflowEvent, { action: A }>;

export interface Consultation {
  party: 'third_party' | 'agency';
  parties: string[];
  matter?: string;
  sentOn: string;
  endedOn?: string;
  response?: ConsultationResponse;
}

/** A request as its events leave it. */
export interface RequestCase {
  state: CaseState;
  submittedOn?: string;
  channel?: ReceiptChannel;
  /** The day of receipt (art. 31). */
  receivedOn?: string;
  assignee?: { id: string; name?: string };
  correction?: { noticeOn: string; items: string[]; dueOn: string; receivedOn?: string; justification?: string; lapsedOn?: string };
  consultations: Consultation[];
  /** A proposed (pending) or approved extension; a declined proposal leaves none. */
  extension?: { workingDays: number; reason: string; proposedOn: string; proposedBy: string; approvedOn?: string; approvedBy?: string };
  /** A reply waiting for the reviewer. */
  draft?: { outcome: Outcome; draftedOn: string; draftedBy: string };
  outcome?: Outcome;
  concludedOn?: string;
  archivedOn?: string;
  voided?: { on: string; reason: string };
  /** The latest legal date recorded: no later step may be dated before it. */
  lastOn?: string;
  events: WorkflowEvent[];
}

export function emptyCase(): RequestCase {
  return { state: 'new', consultations: [], events: [] };
}

/** The case after one more event. Events are trusted: `decide` checked them when they were recorded. */
export function applyEvent(previous: RequestCase, event: WorkflowEvent): RequestCase {
  const c: RequestCase = { ...previous, consultations: previous.consultations.map((x) => ({ ...x })), events: [...previous.events, event] };
  c.lastOn = !c.lastOn || event.on > c.lastOn ? event.on : c.lastOn;
  switch (event.action) {
    case 'submit':
      return { ...c, state: 'submitted', submittedOn: event.on, channel: 'online' };
    case 'register':
      return { ...c, state: 'accepted', receivedOn: event.receivedOn, channel: event.channel, submittedOn: c.submittedOn ?? event.receivedOn };
    case 'void':
      return { ...c, state: 'voided', voided: { on: event.on, reason: event.reason } };
    case 'assign':
      return { ...c, assignee: { id: event.assignee, name: event.assigneeName } };
    case 'request_correction':
      return { ...c, state: 'correction', correction: { noticeOn: event.on, items: event.items, dueOn: event.dueOn } };
    case 'receive_correction':
      return { ...c, state: 'accepted', correction: { ...c.correction!, receivedOn: event.on, justification: event.justification } };
    case 'lapse_correction':
      return conclude({ ...c, correction: { ...c.correction!, lapsedOn: event.on } }, event.on, { reason: 'no_correction' });
    case 'withdraw':
      if (c.state === 'submitted') return { ...c, state: 'voided', voided: { on: event.on, reason: event.reason ?? '申请人撤回' } };
      return conclude(c, event.on, { reason: 'withdrawn', explanation: event.reason });
    case 'consult':
      c.consultations.push({ party: event.party, parties: event.parties, matter: event.matter, sentOn: event.on });
      return { ...c, state: 'consultation' };
    case 'end_consultation': {
      const open = c.consultations[c.consultations.length - 1]!;
      Object.assign(open, { endedOn: event.on, response: event.response });
      return { ...c, state: 'accepted' };
    }
    case 'propose_extension':
      return { ...c, extension: { workingDays: event.workingDays, reason: event.reason, proposedOn: event.on, proposedBy: event.actor.id } };
    case 'approve_extension':
      return { ...c, extension: { ...c.extension!, approvedOn: event.on, approvedBy: event.actor.id } };
    case 'decline_extension':
      return { ...c, extension: undefined };
    case 'draft_reply':
      return { ...c, draft: { outcome: event.outcome, draftedOn: event.on, draftedBy: event.actor.id } };
    case 'return_reply':
      return { ...c, draft: undefined };
    case 'approve_reply':
      return conclude({ ...c, draft: undefined }, event.on, c.draft!.outcome);
    case 'archive':
      return { ...c, state: 'archived', archivedOn: event.on };
    case 'note':
      return c;
  }
}

function conclude(c: RequestCase, on: string, outcome: Outcome): RequestCase {
  // A consultation still open when the case ends is closed by the end of the case.
  return { ...c, state: 'concluded', concludedOn: on, outcome };
}

/** The case its events describe, oldest first. */
export function replay(events: readonly WorkflowEvent[]): RequestCase {
  return events.reduce(applyEvent, emptyCase());
}

// ---------------------------------------------------------------------------------------------
// Who may do what, from where

/** The staff roles each action needs; `admin` may do every staff action. */
export const PERMITTED_ROLES: Readonly<Record<Action, readonly Role[]>> = {
  submit: ['applicant'],
  register: ['registrar', 'admin'],
  void: ['registrar', 'admin'],
  assign: ['registrar', 'reviewer', 'admin'],
  request_correction: ['handler', 'admin'],
  receive_correction: ['registrar', 'handler', 'admin'],
  lapse_correction: ['handler', 'reviewer', 'admin'],
  withdraw: ['registrar', 'handler', 'admin'],
  consult: ['handler', 'admin'],
  end_consultation: ['registrar', 'handler', 'admin'],
  propose_extension: ['handler', 'admin'],
  approve_extension: ['reviewer', 'admin'],
  decline_extension: ['reviewer', 'admin'],
  draft_reply: ['handler', 'admin'],
  return_reply: ['reviewer', 'admin'],
  approve_reply: ['reviewer', 'admin'],
  archive: ['registrar', 'admin'],
  note: ['registrar', 'handler', 'reviewer', 'admin'],
};

/** The states each action starts from. */
export const ALLOWED_FROM: Readonly<Record<Action, readonly CaseState[]>> = {
  submit: ['new'],
  register: ['new', 'submitted'],
  void: ['submitted'],
  assign: ['submitted', 'accepted', 'correction', 'consultation'],
  request_correction: ['accepted'],
  receive_correction: ['correction'],
  lapse_correction: ['correction'],
  withdraw: ['submitted', 'accepted', 'correction', 'consultation'],
  consult: ['accepted'],
  end_consultation: ['consultation'],
  propose_extension: ['accepted', 'consultation'],
  approve_extension: ['accepted', 'consultation'],
  decline_extension: ['accepted', 'consultation'],
  draft_reply: ['accepted'],
  return_reply: ['accepted'],
  approve_reply: ['accepted'],
  archive: ['concluded'],
  note: ['submitted', 'accepted', 'correction', 'consultation', 'concluded', 'archived', 'voided'],
};

/** Actions a handler takes on the cases assigned to them; another handler may not. */
const CASEWORK: ReadonlySet<Action> = new Set(['request_correction', 'lapse_correction', 'withdraw', 'consult', 'end_consultation', 'propose_extension', 'draft_reply']);

// ---------------------------------------------------------------------------------------------
// Refusals

export type RefusalCode =
  | 'unknown-action' | 'forbidden-role' | 'not-assignee' | 'self-approval' | 'wrong-state'
  | 'correction-once' | 'correction-late' | 'correction-after-handling' | 'correction-not-due' | 'late-correction-needs-reason'
  | 'window-open' | 'extension-pending' | 'already-extended' | 'no-extension-proposal' | 'extension-too-long' | 'deadline-passed'
  | 'no-draft' | 'needs-correction-first' | 'invalid-outcome' | 'required' | 'invalid-value' | 'invalid-date' | 'date-in-future' | 'date-before-previous';

export interface Refusal {
  code: RefusalCode;
  /** 403: not this actor; 409: not from this state or history; 422: the command itself is wrong. */
  status: 403 | 409 | 422;
  message: LocalizedText;
  /** The command field at fault, for 422. */
  field?: string;
}

const STATUS: Readonly<Record<RefusalCode, Refusal['status']>> = {
  'unknown-action': 422, 'forbidden-role': 403, 'not-assignee': 403, 'self-approval': 403, 'wrong-state': 409,
  'correction-once': 409, 'correction-late': 409, 'correction-after-handling': 409, 'correction-not-due': 409, 'late-correction-needs-reason': 422,
  'window-open': 409, 'extension-pending': 409, 'already-extended': 409, 'no-extension-proposal': 409, 'extension-too-long': 422, 'deadline-passed': 409,
  'no-draft': 409, 'needs-correction-first': 409, 'invalid-outcome': 422, required: 422, 'invalid-value': 422, 'invalid-date': 422, 'date-in-future': 422, 'date-before-previous': 422,
};

const refuse = (code: RefusalCode, zh: string, en: string, field?: string): Refusal => ({ code, status: STATUS[code], message: { 'zh-CN': zh, en }, ...(field ? { field } : {}) });

const label = (table: Readonly<Record<string, LocalizedText>>, key: string) => table[key] ?? { 'zh-CN': key, en: key };
const roleList = (roles: readonly Role[], locale: 'zh-CN' | 'en') => roles.map((r) => label(ROLE_LABELS, r)[locale]).join(locale === 'en' ? ', ' : '、');

// ---------------------------------------------------------------------------------------------
// Deciding

export interface DecideContext extends ClockOptions {
  /** Now (the recording time). */
  now: Date | string;
  /** Let one person both propose and approve an extension or a reply (a one-person office). Default false. */
  allowSelfApproval?: boolean;
}

export type Decision = { ok: true; event: WorkflowEvent; case: RequestCase } | { ok: false; refusal: Refusal };

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isDate = (value: unknown): value is string => typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const MAX_TEXT = 2000;

interface Resolved {
  c: RequestCase;
  on: string;
  today: string;
  role: Role;
  deadlines: Deadlines;
  calendar: WorkingCalendar;
}

/**
 * Whether `actor` may take `action` on the case on `on` (default today), before looking at the
 * command's own fields: roles, assignment, state, history and the dates the statute sets.
 */
export function checkAction(c: RequestCase, action: Action, actor: Actor, context: DecideContext, on?: string): Refusal | { role: Role } {
  if (!(ACTIONS as readonly string[]).includes(action)) return refuse('unknown-action', `没有“${action}”这个操作`, `no action "${action}"`);
  const actionLabel = ACTION_LABELS[action];
  const permitted = PERMITTED_ROLES[action];
  const roles = actor.roles.filter((r) => permitted.includes(r));
  if (!roles.length) {
    return refuse('forbidden-role', `您的角色（${roleList(actor.roles, 'zh-CN') || '无'}）不能${actionLabel['zh-CN']}，需由${roleList(permitted, 'zh-CN')}办理`, `your role (${roleList(actor.roles, 'en') || 'none'}) cannot ${actionLabel.en.toLowerCase()}; this needs: ${roleList(permitted, 'en')}`);
  }
  // A handler acts on their own cases; a reviewer or admin may step in on any.
  const role = roles.find((r) => r !== 'handler') ?? 'handler';
  if (role === 'handler' && CASEWORK.has(action) && c.assignee && c.assignee.id !== actor.id) {
    const who = c.assignee.name ?? c.assignee.id;
    return refuse('not-assignee', `本申请由承办人${who}办理，您不能${actionLabel['zh-CN']}`, `this request is assigned to ${who}; you cannot ${actionLabel.en.toLowerCase()}`);
  }
  if (!ALLOWED_FROM[action].includes(c.state)) {
    const state = STATE_LABELS[c.state];
    return refuse('wrong-state', `申请当前状态为“${state['zh-CN']}”，不能${actionLabel['zh-CN']}`, `the request is "${state.en}": cannot ${actionLabel.en.toLowerCase()}`);
  }

  const today = beijingDate(context.now);
  const date = on ?? today;
  if (!isDate(date)) return refuse('invalid-date', `日期“${date}”格式不对，应为 YYYY-MM-DD`, `"${date}" is not a YYYY-MM-DD date`, 'on');
  if (date > today) return refuse('date-in-future', `日期 ${date} 晚于今天（${today}）`, `${date} is after today (${today})`, 'on');
  if (c.lastOn && date < c.lastOn) return refuse('date-before-previous', `日期 ${date} 早于上一步的日期 ${c.lastOn}`, `${date} is before the previous step (${c.lastOn})`, 'on');

  const deadlines = resolveDeadlines(context.deadlines);
  const calendar = context.calendar ?? makeCalendar();
  const clock = () => caseClock(c, { deadlines, calendar });
  switch (action) {
    case 'request_correction': {
      if (c.correction) return refuse('correction-once', '补正告知只能发出一次（条例第三十条）', 'a correction may be asked for only once (art. 30)');
      if (c.consultations.length || c.extension || c.draft) return refuse('correction-after-handling', '已开始征求意见、延期或拟定答复，不能再要求补正', 'consultation, extension or a draft reply has begun: too late to ask for a correction');
      const by = clock().supplementBy!;
      if (date > by) return refuse('correction-late', `补正告知应在收到申请之日起${deadlines.supplementNoticeWorkingDays}个工作日内（${by}前）发出（条例第三十条）`, `a correction notice must go out within ${deadlines.supplementNoticeWorkingDays} working days of receipt, by ${by} (art. 30)`);
      break;
    }
    case 'lapse_correction':
      if (date <= c.correction!.dueOn) return refuse('correction-not-due', `补正期限（${c.correction!.dueOn}）尚未届满，不能视为放弃`, `the correction period runs until ${c.correction!.dueOn}: the request cannot lapse yet`);
      break;
    case 'propose_extension':
    case 'approve_extension': {
      if (action === 'propose_extension') {
        if (c.extension?.approvedOn) return refuse('already-extended', '答复期限已经延长过', 'the reply period has already been extended');
        if (c.extension) return refuse('extension-pending', '已有待审核的延期申请', 'an extension is already awaiting approval');
      } else if (!c.extension || c.extension.approvedOn) {
        return refuse('no-extension-proposal', '没有待审核的延期申请', 'no extension awaits approval');
      }
      const due = clock().dueOn;
      // Art. 33 ¶2: the extension is decided, and the applicant told, within the period.
      if (due && date > due) return refuse('deadline-passed', `答复期限（${due}）已过，不能再延期`, `the reply was due on ${due}: too late to extend`);
      break;
    }
    case 'decline_extension':
      if (!c.extension || c.extension.approvedOn) return refuse('no-extension-proposal', '没有待审核的延期申请', 'no extension awaits approval');
      break;
    case 'return_reply':
    case 'approve_reply':
      if (!c.draft) return refuse('no-draft', '没有待审核的答复稿', 'no draft reply awaits review');
      break;
  }
  const proposer = action === 'approve_extension' ? c.extension?.proposedBy : action === 'approve_reply' ? c.draft?.draftedBy : undefined;
  if (proposer && proposer === actor.id && !context.allowSelfApproval) {
    return refuse('self-approval', `不能审核自己提出的${action === 'approve_reply' ? '答复' : '延期申请'}`, `you cannot approve your own ${action === 'approve_reply' ? 'reply' : 'extension'}`);
  }
  return { role };
}

/** The actions `actor` could take today (ignoring what the command would have to say). */
export function availableActions(c: RequestCase, actor: Actor, context: DecideContext): Action[] {
  return ACTIONS.filter((action) => !('code' in checkAction(c, action, actor, context)));
}

/** Checks the command's own fields and fills in what the event records. */
function resolveFields(command: Command, r: Resolved): Refusal | Record<string, unknown> {
  const need = (field: string, value: unknown) => (filled(value) ? undefined : refuse('required', `请填写${FIELD_LABELS[field]?.['zh-CN'] ?? field}`, `${FIELD_LABELS[field]?.en ?? field} is required`, field));
  const tooLong = (field: string, value: unknown) => (typeof value === 'string' && value.length > MAX_TEXT ? refuse('invalid-value', `${FIELD_LABELS[field]?.['zh-CN'] ?? field}太长`, `${FIELD_LABELS[field]?.en ?? field} is too long`, field) : undefined);
  const text = (field: string, value: unknown) => (value === undefined ? undefined : typeof value !== 'string' ? refuse('invalid-value', `${FIELD_LABELS[field]?.['zh-CN'] ?? field}应为文字`, `${field} must be text`, field) : tooLong(field, value));
  const { c, on } = r;
  switch (command.action) {
    case 'submit':
      return {};
    case 'register': {
      const receivedOn = command.receivedOn ?? on;
      if (!isDate(receivedOn)) return refuse('invalid-date', '收到申请日期格式不对', 'receivedOn is not a YYYY-MM-DD date', 'receivedOn');
      if (receivedOn > on) return refuse('date-in-future', `收到申请日期（${receivedOn}）不能晚于登记日期（${on}）`, `receivedOn (${receivedOn}) is after the registration (${on})`, 'receivedOn');
      if (c.submittedOn && receivedOn < c.submittedOn) return refuse('date-before-previous', `收到申请日期（${receivedOn}）不能早于提交日期（${c.submittedOn}）`, `receivedOn (${receivedOn}) is before the submission (${c.submittedOn})`, 'receivedOn');
      const channel = command.channel ?? (c.state === 'submitted' ? 'online' : undefined);
      if (!channel || !(RECEIPT_CHANNELS as readonly string[]).includes(channel)) return refuse('required', '请选择申请方式（当面、信函、传真等）', 'channel is required for an application not submitted online', 'channel');
      return { receivedOn, channel };
    }
    case 'void':
      return need('reason', command.reason) ?? text('reason', command.reason) ?? { reason: command.reason.trim() };
    case 'assign':
      return need('assignee', command.assignee) ?? text('assigneeName', command.assigneeName) ?? { assignee: command.assignee, ...(command.assigneeName ? { assigneeName: command.assigneeName } : {}) };
    case 'request_correction': {
      const items = Array.isArray(command.items) ? command.items.filter(filled).map((s) => s.trim()) : [];
      if (!items.length) return refuse('required', '请写明需要补正的事项', 'say what needs correcting', 'items');
      if (items.some((s) => s.length > MAX_TEXT)) return refuse('invalid-value', '补正事项太长', 'an item is too long', 'items');
      const dueOn = command.dueOn ?? addWorkingDays(on, r.deadlines.correctionWorkingDays, r.calendar);
      if (!isDate(dueOn)) return refuse('invalid-date', '补正期限格式不对', 'dueOn is not a YYYY-MM-DD date', 'dueOn');
      if (dueOn <= on) return refuse('invalid-value', '补正期限应晚于告知日期', 'the correction deadline must be after the notice', 'dueOn');
      return { items, dueOn };
    }
    case 'receive_correction': {
      const due = c.correction!.dueOn;
      if (on > due && !filled(command.justification)) {
        return refuse('late-correction-needs-reason', `补正期限（${due}）已过：逾期收到的补正须写明正当理由，否则应视为放弃申请`, `the correction was due by ${due}: a late correction needs the applicant's good reason, otherwise the request lapses`, 'justification');
      }
      return text('justification', command.justification) ?? (command.justification ? { justification: command.justification } : {});
    }
    case 'lapse_correction':
    case 'approve_extension':
    case 'approve_reply':
    case 'archive':
      return {};
    case 'withdraw':
      return text('reason', command.reason) ?? (command.reason ? { reason: command.reason } : {});
    case 'consult': {
      if (command.party !== 'third_party' && command.party !== 'agency') return refuse('invalid-value', '请选择征求第三方意见或征求其他机关意见', 'party must be third_party or agency', 'party');
      const parties = Array.isArray(command.parties) ? command.parties.filter(filled).map((s) => s.trim()) : [];
      if (!parties.length) return refuse('required', '请填写征求意见的对象', 'name whom the letter goes to', 'parties');
      return text('matter', command.matter) ?? { party: command.party, parties, ...(command.matter ? { matter: command.matter } : {}) };
    }
    case 'end_consultation': {
      const open = c.consultations[c.consultations.length - 1]!;
      if (!(CONSULTATION_RESPONSES as readonly string[]).includes(command.response)) {
        return refuse('invalid-value', '请选择意见：同意公开、不同意公开或逾期未提出意见', `response must be one of ${CONSULTATION_RESPONSES.join(', ')}`, 'response');
      }
      if (command.response === 'no_reply') {
        const windowEnds = addWorkingDays(open.sentOn, r.deadlines.thirdPartyWorkingDays, r.calendar);
        if (on <= windowEnds) return refuse('window-open', `提出意见的期限（${windowEnds}）尚未届满`, `the consulted party may answer until ${windowEnds}`, 'response');
      }
      return text('summary', command.summary) ?? { response: command.response, ...(command.summary ? { summary: command.summary } : {}) };
    }
    case 'propose_extension': {
      const days = command.workingDays;
      if (!Number.isInteger(days) || days < 1) return refuse('invalid-value', '延长期限应为正整数个工作日', 'workingDays must be a positive whole number', 'workingDays');
      if (days > r.deadlines.extensionWorkingDays) return refuse('extension-too-long', `延长的期限最长不得超过${r.deadlines.extensionWorkingDays}个工作日（条例第三十三条）`, `an extension may not exceed ${r.deadlines.extensionWorkingDays} working days (art. 33)`, 'workingDays');
      return need('reason', command.reason) ?? text('reason', command.reason) ?? { workingDays: days, reason: command.reason.trim() };
    }
    case 'decline_extension':
      return text('comment', command.comment) ?? (command.comment ? { comment: command.comment } : {});
    case 'draft_reply': {
      const outcome = command.outcome;
      if (!outcome || typeof outcome !== 'object') return refuse('required', '请选择答复类型', 'outcome is required', 'outcome');
      const [problem] = outcomeProblems(outcome);
      if (problem) {
        const field = OUTCOME_FIELD_LABELS[problem.field];
        const zh = problem.code === 'required' ? `答复缺少“${field['zh-CN']}”` : problem.code === 'too-long' ? `“${field['zh-CN']}”太长` : problem.code === 'automatic-reason' ? '该答复类型由系统根据办理过程自动记录，不能直接选择' : '没有这种答复类型';
        const en = problem.code === 'required' ? `the reply needs: ${field.en}` : problem.code === 'too-long' ? `${field.en} is too long` : problem.code === 'automatic-reason' ? 'this reply type is recorded by the workflow itself' : 'unknown reply type';
        return refuse('invalid-outcome', zh, en, `outcome.${problem.field}`);
      }
      if (outcome.reason === 'still_unclear' && !c.correction?.receivedOn) {
        return refuse('needs-correction-first', '“补正后申请内容仍不明确”只能在申请人补正之后使用', '"still unclear after correction" needs a correction first');
      }
      return { outcome: cleanOutcome(outcome) };
    }
    case 'return_reply':
      return need('comment', command.comment) ?? text('comment', command.comment) ?? { comment: command.comment.trim() };
    case 'note':
      return need('text', command.text) ?? text('text', command.text) ?? { text: command.text.trim() };
  }
}

/** Only the fields the reason uses, so a reply never carries stray text into a notice. */
function cleanOutcome(outcome: Outcome): Outcome {
  const clean: Outcome = { reason: outcome.reason };
  for (const key of ['explanation', 'where', 'channel', 'procedure', 'previousReply'] as const) {
    if (filled(outcome[key])) clean[key] = outcome[key]!.trim();
  }
  if (filled(outcome.responsibleAgency?.name)) {
    clean.responsibleAgency = { name: outcome.responsibleAgency!.name.trim(), ...(filled(outcome.responsibleAgency!.contact) ? { contact: outcome.responsibleAgency!.contact!.trim() } : {}) };
  }
  return clean;
}

const FIELD_LABELS: Readonly<Record<string, LocalizedText>> = {
  reason: { 'zh-CN': '理由', en: 'Reason' },
  assignee: { 'zh-CN': '承办人', en: 'Assignee' },
  assigneeName: { 'zh-CN': '承办人姓名', en: 'Assignee name' },
  justification: { 'zh-CN': '正当理由', en: 'Justification' },
  matter: { 'zh-CN': '征求意见事项', en: 'Matter' },
  summary: { 'zh-CN': '意见摘要', en: 'Summary' },
  comment: { 'zh-CN': '审核意见', en: 'Comment' },
  text: { 'zh-CN': '备注内容', en: 'Text' },
  note: { 'zh-CN': '备注', en: 'Note' },
};

/**
 * One step: the event to record, or why not. `history` is the case's events so far, oldest first.
 * The server records the event and an audit row (actor, before and after state) in one
 * transaction, and answers a refusal with its `status`.
 */
export function decide(history: readonly WorkflowEvent[] | RequestCase, command: Command, actor: Actor, context: DecideContext): Decision {
  const c = Array.isArray(history) ? replay(history) : (history as RequestCase);
  const checked = checkAction(c, command?.action, actor, context, command?.on);
  if ('code' in checked) return { ok: false, refusal: checked };
  if (command.note !== undefined && (typeof command.note !== 'string' || command.note.length > MAX_TEXT)) {
    return { ok: false, refusal: refuse('invalid-value', '备注应为不超过2000字的文字', 'note must be text of at most 2000 characters', 'note') };
  }
  const today = beijingDate(context.now);
  const resolved: Resolved = { c, on: command.on ?? today, today, role: checked.role, deadlines: resolveDeadlines(context.deadlines), calendar: context.calendar ?? makeCalendar() };
  const fields = resolveFields(command, resolved);
  if ('code' in fields && 'status' in fields) return { ok: false, refusal: fields as Refusal };
  const at = typeof context.now === 'string' ? new Date(context.now).toISOString() : context.now.toISOString();
  const event = {
    action: command.action,
    at,
    on: resolved.on,
    actor: { id: actor.id, ...(actor.name ? { name: actor.name } : {}), role: checked.role },
    ...(filled(command.note) ? { note: command.note.trim() } : {}),
    ...fields,
  } as WorkflowEvent;
  return { ok: true, event, case: applyEvent(c, event) };
}

/** Whether the outcome of a concluded case is a refusal that must state the remedies. */
export function needsRemedies(c: Pick<RequestCase, 'outcome'>): boolean {
  return !!c.outcome && OUTCOME_REASONS[c.outcome.reason].refusal;
}
