/**
 * The statutory clock of a disclosure request, recomputed from its recorded facts every time
 * (条例 arts. 30–33):
 * - the reply is due `replyWorkingDays` (20) working days after the day of receipt (art. 33; the
 *   day of receipt itself does not count);
 * - a 补正 notice stops the clock; when the corrected application arrives, the whole period
 *   restarts from that day (art. 30);
 * - days spent waiting for a third party (art. 32) or another agency (art. 34) are not counted
 *   (art. 33 ¶3): the working days after the letter went out, up to and including the day the
 *   answer came, and never more than the `thirdPartyWorkingDays` (15) both articles give them;
 * - an approved extension adds at most `extensionWorkingDays` (20) working days (art. 33 ¶2).
 * Working days come from the holiday calendar, 调休 make-up days included.
 */
import { addWorkingDays, makeCalendar, workingDaysBetween, addDays, type WorkingCalendar } from './working-days.js';

export interface Deadlines {
  /** 答复期限 (art. 33): 20. */
  replyWorkingDays: number;
  /** 延长答复期限的上限 (art. 33 ¶2): 20. */
  extensionWorkingDays: number;
  /** 补正告知期限 (art. 30): the notice goes out within 7 working days of receipt. */
  supplementNoticeWorkingDays: number;
  /** 第三方 (art. 32) and 被征求意见机关 (art. 34) answer within 15 working days; silence ends the wait. */
  thirdPartyWorkingDays: number;
  /** The period given to the applicant to correct, when the notice names none: practice, not statute. */
  correctionWorkingDays: number;
}

export const STATUTORY_DEADLINES: Readonly<Deadlines> = {
  replyWorkingDays: 20,
  extensionWorkingDays: 20,
  supplementNoticeWorkingDays: 7,
  thirdPartyWorkingDays: 15,
  correctionWorkingDays: 15,
};

/** The catalogue's `requestForm.deadlines` (any subset) over the statutory defaults. */
export function resolveDeadlines(configured?: Partial<Deadlines> | null): Deadlines {
  const out = { ...STATUTORY_DEADLINES };
  for (const key of Object.keys(out) as (keyof Deadlines)[]) {
    const value = configured?.[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) out[key] = value;
  }
  return out;
}

export interface ClockOptions {
  deadlines?: Partial<Deadlines> | null;
  calendar?: WorkingCalendar;
}

/** What the clock needs to know about a request; the workflow's `RequestCase` has these fields. */
export interface ClockFacts {
  state: string;
  receivedOn?: string;
  correction?: { noticeOn: string; dueOn: string; receivedOn?: string; lapsedOn?: string };
  consultations: readonly { party: 'third_party' | 'agency'; sentOn: string; endedOn?: string }[];
  extension?: { workingDays: number; approvedOn?: string };
  concludedOn?: string;
}

/** A stretch of time the reply clock does not count. */
export interface ClockPause {
  kind: 'third_party' | 'agency';
  /** The letter went out on this day; counting stops after it. */
  from: string;
  /** Counting resumes after this day: the answer, or the end of the window if that came first. */
  to: string;
  /** The consulted party's last day to answer (arts. 32, 34). */
  windowEndsOn: string;
  /** Still waiting for the answer. */
  open: boolean;
  /** Working days not counted (for an open pause: up to its projected end). */
  workingDays: number;
}

export interface CaseClock {
  /** The day the reply period counts from: receipt, or the day the correction arrived. */
  startedOn?: string;
  /** The period restarted after a correction (art. 30). */
  restarted: boolean;
  /** The last day a 补正 notice may go out (receipt + 7 working days). */
  supplementBy?: string;
  /** The applicant's last day to correct, from the notice. */
  correctionDueOn?: string;
  /** The period: reply working days plus an approved extension. */
  workingDays: number;
  extensionWorkingDays: number;
  pauses: ClockPause[];
  /** The reply is due by the end of this day; absent before receipt and while waiting for a correction. */
  dueOn?: string;
  /** `dueOn` assumes an open consultation takes its whole window. */
  projected: boolean;
  /** Some date lies in a year whose holiday schedule is provisional or missing. */
  estimate: boolean;
}

export function caseClock(facts: ClockFacts, options: ClockOptions = {}): CaseClock {
  const deadlines = resolveDeadlines(options.deadlines);
  const calendar = options.calendar ?? makeCalendar();
  const correction = facts.correction;
  const startedOn = correction?.receivedOn ?? facts.receivedOn;
  const extensionWorkingDays = facts.extension?.approvedOn ? facts.extension.workingDays : 0;
  const clock: CaseClock = {
    startedOn,
    restarted: !!correction?.receivedOn,
    supplementBy: facts.receivedOn ? addWorkingDays(facts.receivedOn, deadlines.supplementNoticeWorkingDays, calendar) : undefined,
    correctionDueOn: correction?.dueOn,
    workingDays: deadlines.replyWorkingDays + extensionWorkingDays,
    extensionWorkingDays,
    pauses: [],
    projected: false,
    estimate: false,
  };
  if (!startedOn || (correction && !correction.receivedOn)) return withEstimate(clock, calendar);

  for (const consultation of facts.consultations) {
    // A consultation before a restart belongs to the abandoned period.
    if (consultation.sentOn < startedOn) continue;
    const windowEndsOn = addWorkingDays(consultation.sentOn, deadlines.thirdPartyWorkingDays, calendar);
    // An open consultation ends with the case if the case ended first (a withdrawal, say).
    const answeredOn = consultation.endedOn ?? facts.concludedOn;
    const open = !answeredOn;
    // Waiting past the window is the agency's own time.
    const to = answeredOn && answeredOn < windowEndsOn ? answeredOn : windowEndsOn;
    if (open) clock.projected = true;
    clock.pauses.push({ kind: consultation.party, from: consultation.sentOn, to, windowEndsOn, open, workingDays: workingDaysBetween(consultation.sentOn, to, calendar) });
  }

  const counts = countsDay(clock.pauses, calendar);
  let day = startedOn;
  for (let counted = 0; counted < clock.workingDays; ) {
    day = addDays(day, 1);
    if (counts(day)) counted++;
  }
  clock.dueOn = day;
  return withEstimate(clock, calendar);
}

/** Whether a day counts towards the reply period: a working day outside every pause. */
function countsDay(pauses: readonly ClockPause[], calendar: WorkingCalendar): (day: string) => boolean {
  return (day) => calendar.isWorkingDay(day) && !pauses.some((p) => day > p.from && day <= p.to);
}

/** Counted days after `from` up to and including `to`. */
function countedBetween(pauses: readonly ClockPause[], from: string, to: string, calendar: WorkingCalendar): number {
  const counts = countsDay(pauses, calendar);
  let total = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (counts(day)) total++;
  return total;
}

function withEstimate(clock: CaseClock, calendar: WorkingCalendar): CaseClock {
  const dates = [clock.startedOn, clock.supplementBy, clock.correctionDueOn, clock.dueOn, ...clock.pauses.flatMap((p) => [p.to, p.windowEndsOn])];
  clock.estimate = dates.some((d) => d !== undefined && calendar.isEstimate(d));
  return clock;
}

/** Due states of the desk: at most this many working days left counts as 即将到期. */
export const DUE_SOON_WORKING_DAYS = 3;

export type DueKind = 'unconfirmed' | 'correction' | 'paused' | 'running' | 'due-soon' | 'overdue' | 'done';

export interface DueState {
  kind: DueKind;
  dueOn?: string;
  /** Working days after today up to the due day (0: due today). For `paused`, what will be left when counting resumes. */
  workingDaysLeft?: number;
  /** Working days after the due day up to today. */
  workingDaysOverdue?: number;
  /** `correction`: the applicant's deadline, and whether it has passed (the case may then lapse). */
  correctionDueOn?: string;
  correctionOverdue?: boolean;
  /** `paused`: the consulted party's last day to answer. */
  pausedUntil?: string;
  /** `done`: the reply went out by the due day. */
  onTime?: boolean;
  estimate: boolean;
}

const OPEN_STATES = new Set(['accepted', 'consultation']);

/** Where a request stands against its deadline on `today` (YYYY-MM-DD, Beijing). */
export function dueState(facts: ClockFacts, today: string, options: ClockOptions = {}): DueState {
  const calendar = options.calendar ?? makeCalendar();
  const clock = caseClock(facts, { ...options, calendar });
  const estimate = clock.estimate;
  if (facts.state === 'concluded' || facts.state === 'archived') {
    return { kind: 'done', dueOn: clock.dueOn, onTime: clock.dueOn && facts.concludedOn ? facts.concludedOn <= clock.dueOn : undefined, estimate };
  }
  if (facts.state === 'voided') return { kind: 'done', estimate };
  if (facts.state === 'correction' && clock.correctionDueOn) {
    return { kind: 'correction', correctionDueOn: clock.correctionDueOn, correctionOverdue: today > clock.correctionDueOn, estimate };
  }
  if (!OPEN_STATES.has(facts.state) || !clock.startedOn) return { kind: 'unconfirmed', estimate };

  const current = clock.pauses.find((p) => p.open && today >= p.from && today <= p.to);
  if (current) {
    const used = countedBetween(clock.pauses, clock.startedOn, current.from, calendar);
    return { kind: 'paused', dueOn: clock.dueOn, workingDaysLeft: Math.max(0, clock.workingDays - used), pausedUntil: current.windowEndsOn, estimate };
  }
  if (!clock.dueOn) return { kind: 'unconfirmed', estimate };
  if (today > clock.dueOn) {
    return { kind: 'overdue', dueOn: clock.dueOn, workingDaysLeft: 0, workingDaysOverdue: workingDaysBetween(clock.dueOn, today, calendar), estimate };
  }
  const left = countedBetween(clock.pauses, today, clock.dueOn, calendar);
  return { kind: left <= DUE_SOON_WORKING_DAYS ? 'due-soon' : 'running', dueOn: clock.dueOn, workingDaysLeft: left, estimate };
}
