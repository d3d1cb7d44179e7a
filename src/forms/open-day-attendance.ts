/**
 * The open-day desk's rules for one session's attendees (DOMAIN-PRACTICE §3: 已报名 → 已入选/未入选 →
 * 签到): approving or rejecting in 审核 mode, the draw in 抽签 mode, moving up from the waiting list,
 * cancelling, and checking in on the day. Pure: the server applies the statuses and writes the
 * audit log; the sign-up's public lookup shows the status.
 *
 * Statuses extend the sign-up's (`confirmed`, `pending`, `waitlisted`, `cancelled`) with the
 * desk's outcomes. No rule ever lets more people hold a place than the session has.
 */
import type { LocalizedText } from '../catalogue/problems.js';
import type { SELECTION_MODES } from '../catalogue/code-values.js';
import { runDraw, type DrawResult } from './open-day-draw.js';
import { beijingDate } from './working-days.js';
import type { StaffRole } from './request-workflow.js';

export type SelectionMode = (typeof SELECTION_MODES)[number];

export const ATTENDEE_STATUSES = ['pending', 'confirmed', 'waitlisted', 'rejected', 'not_selected', 'cancelled', 'checked_in', 'absent'] as const;
export type AttendeeStatus = (typeof ATTENDEE_STATUSES)[number];

export const ATTENDEE_STATUS_LABELS: Readonly<Record<AttendeeStatus, LocalizedText>> = {
  pending: { 'zh-CN': '已报名，待确认', en: 'Signed up, awaiting confirmation' },
  confirmed: { 'zh-CN': '已确认参加', en: 'Confirmed' },
  waitlisted: { 'zh-CN': '候补', en: 'Waiting list' },
  rejected: { 'zh-CN': '未通过审核', en: 'Not accepted' },
  not_selected: { 'zh-CN': '未中签', en: 'Not drawn' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  checked_in: { 'zh-CN': '已签到', en: 'Checked in' },
  absent: { 'zh-CN': '未到场', en: 'Did not attend' },
};

export const ATTENDEE_ACTIONS = ['approve', 'reject', 'promote', 'cancel', 'check_in', 'undo_check_in', 'mark_absent'] as const;
export type AttendeeAction = (typeof ATTENDEE_ACTIONS)[number];

export const ATTENDEE_ACTION_LABELS: Readonly<Record<AttendeeAction | 'draw', LocalizedText>> = {
  approve: { 'zh-CN': '审核通过', en: 'Approve' },
  reject: { 'zh-CN': '审核不通过', en: 'Reject' },
  promote: { 'zh-CN': '候补转正', en: 'Move up from the waiting list' },
  cancel: { 'zh-CN': '取消报名', en: 'Cancel' },
  check_in: { 'zh-CN': '签到', en: 'Check in' },
  undo_check_in: { 'zh-CN': '撤销签到', en: 'Undo check-in' },
  mark_absent: { 'zh-CN': '登记未到场', en: 'Mark absent' },
  draw: { 'zh-CN': '抽签', en: 'Run the draw' },
};

/** Who may do what at the open-day desk; deciding who attends is the reviewer's. */
export const ATTENDEE_PERMITTED_ROLES: Readonly<Record<AttendeeAction | 'draw', readonly StaffRole[]>> = {
  approve: ['reviewer', 'admin'],
  reject: ['reviewer', 'admin'],
  draw: ['reviewer', 'admin'],
  promote: ['reviewer', 'admin'],
  cancel: ['registrar', 'reviewer', 'admin'],
  check_in: ['registrar', 'handler', 'reviewer', 'admin'],
  undo_check_in: ['registrar', 'handler', 'reviewer', 'admin'],
  mark_absent: ['registrar', 'handler', 'reviewer', 'admin'],
};

const FROM: Readonly<Record<AttendeeAction, readonly AttendeeStatus[]>> = {
  approve: ['pending', 'waitlisted'],
  reject: ['pending', 'waitlisted'],
  promote: ['waitlisted'],
  cancel: ['pending', 'confirmed', 'waitlisted'],
  check_in: ['confirmed'],
  undo_check_in: ['checked_in'],
  mark_absent: ['confirmed'],
};

const TO: Readonly<Record<AttendeeAction, AttendeeStatus>> = {
  approve: 'confirmed', reject: 'rejected', promote: 'confirmed', cancel: 'cancelled', check_in: 'checked_in', undo_check_in: 'confirmed', mark_absent: 'absent',
};

export interface SessionRules {
  mode: SelectionMode;
  capacity: number;
  /** ISO date-time of the session's start (a bare date-time is Beijing time). */
  start: string;
  /** Sign-up deadline, if any. */
  deadline?: string;
  /** Sign-up switched on. */
  open: boolean;
  /** Those not drawn go on a waiting list instead of being told 未中签. */
  waitlist: boolean;
  /** The session's recorded draw, once run. */
  draw?: DrawResult;
}

export interface Attendee {
  code: string;
  status: AttendeeStatus;
}

export interface AttendeeRefusal {
  code: 'forbidden-role' | 'wrong-status' | 'wrong-mode' | 'full' | 'not-next' | 'not-today' | 'not-started' | 'past' | 'still-open' | 'already-drawn' | 'no-candidates';
  status: 403 | 409;
  message: LocalizedText;
}

export type AttendeeDecision = { ok: true; status: AttendeeStatus } | { ok: false; refusal: AttendeeRefusal };

const at = (iso: string) => Date.parse(/([zZ]|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso.length === 10 ? `${iso}T23:59:59` : iso}+08:00`);
const refuse = (code: AttendeeRefusal['code'], zh: string, en: string): { ok: false; refusal: AttendeeRefusal } => ({
  ok: false, refusal: { code, status: code === 'forbidden-role' ? 403 : 409, message: { 'zh-CN': zh, en } },
});

/** People holding a place: confirmed, or already checked in. */
export function placesTaken(attendees: readonly Attendee[]): number {
  return attendees.filter((a) => a.status === 'confirmed' || a.status === 'checked_in').length;
}

export function attendeeCounts(attendees: readonly Attendee[]): Record<AttendeeStatus, number> {
  const counts = Object.fromEntries(ATTENDEE_STATUSES.map((s) => [s, 0])) as Record<AttendeeStatus, number>;
  for (const a of attendees) counts[a.status]++;
  return counts;
}

/** The waiting list in the order people move up: the draw's order in 抽签 mode, else sign-up order. */
export function waitingList(attendees: readonly Attendee[], session: Pick<SessionRules, 'mode' | 'draw'>): string[] {
  const waiting = attendees.filter((a) => a.status === 'waitlisted').map((a) => a.code);
  if (session.mode !== 'draw' || !session.draw) return waiting;
  const rank = new Map(session.draw.order.map((code, i) => [code, i]));
  return waiting.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
}

const roleCheck = (action: AttendeeAction | 'draw', roles: readonly string[]) => {
  const permitted = ATTENDEE_PERMITTED_ROLES[action];
  return roles.some((r) => (permitted as readonly string[]).includes(r))
    ? undefined
    : refuse('forbidden-role', `您的角色不能${ATTENDEE_ACTION_LABELS[action]['zh-CN']}`, `your role cannot ${ATTENDEE_ACTION_LABELS[action].en.toLowerCase()}`);
};

/**
 * What `action` makes of one attendee, given the whole session (`attendees`, in sign-up order),
 * the actor's roles and the time.
 */
export function decideAttendee(attendee: Attendee, action: AttendeeAction, context: { session: SessionRules; attendees: readonly Attendee[]; roles: readonly string[]; now: Date }): AttendeeDecision {
  const { session, attendees, now } = context;
  const denied = roleCheck(action, context.roles);
  if (denied) return denied;
  if (!FROM[action].includes(attendee.status)) {
    return refuse('wrong-status', `报名状态为“${ATTENDEE_STATUS_LABELS[attendee.status]['zh-CN']}”，不能${ATTENDEE_ACTION_LABELS[action]['zh-CN']}`, `the sign-up is "${ATTENDEE_STATUS_LABELS[attendee.status].en}": cannot ${ATTENDEE_ACTION_LABELS[action].en.toLowerCase()}`);
  }
  const start = at(session.start);
  const sessionDay = beijingDate(new Date(start));
  const today = beijingDate(now);
  switch (action) {
    case 'approve':
    case 'reject':
      if (session.mode !== 'review') return refuse('wrong-mode', '只有审核方式的场次需要审核', 'only sessions with review selection are approved one by one');
      if (now.getTime() >= start) return refuse('past', '活动已经开始', 'the session has started');
      break;
    case 'promote': {
      if (now.getTime() >= start) return refuse('past', '活动已经开始', 'the session has started');
      const next = waitingList(attendees, session)[0];
      if (session.mode !== 'review' && next !== attendee.code) return refuse('not-next', `应按候补顺序转正，下一位是 ${next}`, `the waiting list moves in order: ${next} is next`);
      break;
    }
    case 'check_in':
    case 'undo_check_in':
      if (today !== sessionDay) return refuse(today < sessionDay ? 'not-today' : 'past', `只能在活动当天（${sessionDay}）签到`, `check-in is on the day of the session (${sessionDay})`);
      break;
    case 'mark_absent':
      if (now.getTime() < start) return refuse('not-started', '活动开始后才能登记未到场', 'absence is recorded once the session has started');
      break;
  }
  if ((action === 'approve' || action === 'promote') && placesTaken(attendees) >= session.capacity) {
    return refuse('full', `名额已满（${session.capacity}人）`, `all ${session.capacity} places are taken`);
  }
  return { ok: true, status: TO[action] };
}

/**
 * Runs the session's draw among the pending sign-ups for the places still free, and says what
 * becomes of each. Allowed once, after sign-up has closed and before the session starts.
 */
export function drawSession(context: { session: SessionRules; attendees: readonly Attendee[]; roles: readonly string[]; now: Date; seed: string }):
  { ok: true; result: DrawResult; statuses: Map<string, AttendeeStatus> } | { ok: false; refusal: AttendeeRefusal } {
  const { session, attendees, now } = context;
  const denied = roleCheck('draw', context.roles);
  if (denied) return denied;
  if (session.mode !== 'draw') return refuse('wrong-mode', '只有抽签方式的场次可以抽签', 'only sessions with draw selection are drawn');
  if (session.draw) return refuse('already-drawn', '本场次已经抽过签', 'this session has been drawn already');
  if (now.getTime() >= at(session.start)) return refuse('past', '活动已经开始', 'the session has started');
  if (session.open && (!session.deadline || now.getTime() <= at(session.deadline))) return refuse('still-open', '报名尚未截止，截止后才能抽签', 'sign-up is still open: draw after it closes');
  const candidates = attendees.filter((a) => a.status === 'pending').map((a) => a.code);
  if (!candidates.length) return refuse('no-candidates', '没有待抽签的报名', 'nobody is waiting for the draw');
  const result = runDraw(candidates, Math.max(0, session.capacity - placesTaken(attendees)), context.seed);
  const statuses = new Map<string, AttendeeStatus>();
  for (const code of result.selected) statuses.set(code, 'confirmed');
  for (const code of result.notSelected) statuses.set(code, session.waitlist ? 'waitlisted' : 'not_selected');
  return { ok: true, result, statuses };
}
