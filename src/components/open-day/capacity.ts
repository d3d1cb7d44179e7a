/**
 * Who can still sign up for an open-day session, and what a new sign-up becomes. Pure rules shared
 * by the element (what to show) and the server (what to record): the server's counts are the truth.
 *
 * Selection modes (DOMAIN-PRACTICE §3): 先到先得 confirms at once while places remain, then
 * waitlists (if the event has a waitlist) or refuses; 抽签 and 审核 accept every sign-up as
 * 已报名，待确认 up to the application limit, and the organiser confirms later.
 */
import type { OpenDayEvent } from '../../catalogue/schema.js';

export type SelectionMode = 'first_come' | 'draw' | 'review';

/** What a visitor sees for a session. */
export type SessionPhase = 'not-open' | 'open' | 'nearly-full' | 'full-waitlist' | 'full' | 'closed' | 'past' | 'cancelled';

/** What a sign-up becomes. */
export type SignupStatus = 'confirmed' | 'pending' | 'waitlisted' | 'refused';

export type RefusalReason = 'closed' | 'deadline' | 'full' | 'past' | 'cancelled';

export interface SessionFacts {
  capacity: number;
  /** Sign-ups that hold a place (confirmed, or pending in draw/review mode). */
  taken: number;
  mode: SelectionMode;
  waitlist: boolean;
  /** Registration switched on by the organiser. */
  open: boolean;
  /** Event status from the data. */
  eventStatus: string;
  deadline?: string;
  start: string;
  /** People a draw or review may accept applications for, as a multiple of capacity. */
  applicationFactor?: number;
  /** Sign-ups on the waiting list now. */
  waitlisted?: number;
  /** How many may wait (unbounded when absent); the server bounds it (default 2× capacity). */
  waitlistLimit?: number;
}

/** The facts of a session from the catalogue's event and the places held now (the element's and the server's view alike). */
export function sessionFacts(event: OpenDayEvent, session: { start: string; capacity: number }, held: Pick<SessionFacts, 'taken' | 'waitlisted' | 'waitlistLimit'>): SessionFacts {
  return {
    capacity: session.capacity,
    ...held,
    mode: event.registration?.selection ?? 'first_come',
    waitlist: event.registration?.waitlist ?? false,
    open: event.registration?.open ?? false,
    eventStatus: event.status,
    deadline: event.registration?.deadline,
    start: session.start,
  };
}

/** A session counts as nearly full when at most this share of places is left. */
export const NEARLY_FULL_SHARE = 0.2;
const DEFAULT_APPLICATION_FACTOR = 3;

const at = (iso: string) => Date.parse(/([zZ]|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso.length === 10 ? `${iso}T23:59:59` : iso}+08:00`);

/** How many more sign-ups can hold a place. */
export function placesLeft(facts: SessionFacts): number {
  const limit = facts.mode === 'first_come' ? facts.capacity : facts.capacity * (facts.applicationFactor ?? DEFAULT_APPLICATION_FACTOR);
  return Math.max(0, limit - facts.taken);
}

export function sessionPhase(facts: SessionFacts, now: Date): SessionPhase {
  if (facts.eventStatus === 'cancelled') return 'cancelled';
  if (now.getTime() >= at(facts.start) || facts.eventStatus === 'done') return 'past';
  if (!facts.open || facts.eventStatus === 'planned') return 'not-open';
  if (facts.eventStatus === 'closed' || (facts.deadline && now.getTime() > at(facts.deadline))) return 'closed';
  const left = placesLeft(facts);
  if (left === 0) return facts.mode === 'first_come' && facts.waitlist && waitlistHasRoom(facts) ? 'full-waitlist' : 'full';
  if (facts.mode === 'first_come' && left <= Math.max(1, Math.floor(facts.capacity * NEARLY_FULL_SHARE))) return 'nearly-full';
  return 'open';
}

/** The outcome of one more sign-up, given the facts before it. */
export function decideSignup(facts: SessionFacts, now: Date): { status: SignupStatus; reason?: RefusalReason } {
  const phase = sessionPhase(facts, now);
  switch (phase) {
    case 'open':
    case 'nearly-full':
      return { status: facts.mode === 'first_come' ? 'confirmed' : 'pending' };
    case 'full-waitlist':
      return { status: 'waitlisted' };
    case 'full':
      return { status: 'refused', reason: 'full' };
    case 'closed':
      return { status: 'refused', reason: facts.deadline && now.getTime() > at(facts.deadline) ? 'deadline' : 'closed' };
    case 'not-open':
      return { status: 'refused', reason: 'closed' };
    case 'past':
      return { status: 'refused', reason: 'past' };
    case 'cancelled':
      return { status: 'refused', reason: 'cancelled' };
  }
}

function waitlistHasRoom(facts: SessionFacts): boolean {
  return facts.waitlistLimit === undefined || (facts.waitlisted ?? 0) < facts.waitlistLimit;
}

/** Whether a sign-up in `status` holds a place (and so counts in `taken`). */
export function holdsPlace(status: SignupStatus): boolean {
  return status === 'confirmed' || status === 'pending';
}

/**
 * After a cancellation frees a place in 先到先得 mode, the earliest waitlisted sign-up moves up.
 * Returns the index in `queue` (sign-ups in arrival order) of the one to confirm, or -1.
 */
export function promoteFromWaitlist(queue: readonly { status: SignupStatus }[]): number {
  return queue.findIndex((signup) => signup.status === 'waitlisted');
}
