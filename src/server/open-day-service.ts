/**
 * Open-day sign-ups on the server: the counts are the truth, capacity is enforced atomically and
 * a repeated request with the same idempotency key records one sign-up.
 *
 * Atomicity: Node runs each request's handler to completion between awaits, and `signUp` does the
 * check, the decision and the durable write with no await in between, so 50 simultaneous
 * requests for 30 places record exactly 30 (test/node/open-day-api.test.mjs).
 */
import { randomInt } from 'node:crypto';
import type { Catalogue, OpenDayEvent } from '../catalogue/schema.js';
import { decideSignup, holdsPlace, promoteFromWaitlist, type SessionFacts, type SignupStatus } from '../components/open-day/capacity.js';
import { Journal } from './journal.js';

export interface SignupInput {
  name: string;
  phone: string;
  fields: Record<string, string>;
}

export interface Signup {
  code: string;
  eventId: string;
  sessionId: string;
  status: SignupStatus | 'cancelled';
  name: string;
  phone: string;
  fields: Record<string, string>;
  idempotencyKey?: string;
  createdAt: string;
  updatedAt: string;
}

type JournalRecord = { type: 'signup'; signup: Signup } | { type: 'status'; code: string; status: Signup['status']; at: string };

export class OpenDayError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** Codes without look-alike characters (0/O, 1/I/L), easy to read out over the phone. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
function makeCode(): string {
  let code = 'KF';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

export class OpenDayService {
  private readonly signups = new Map<string, Signup>();
  private readonly byKey = new Map<string, string>();
  private readonly journal: Journal<JournalRecord>;

  constructor(private readonly catalogue: Catalogue, file: string, private readonly clock: () => Date = () => new Date()) {
    this.journal = new Journal<JournalRecord>(file);
    for (const record of this.journal.replay()) {
      if (record.type === 'signup') {
        this.signups.set(record.signup.code, record.signup);
        if (record.signup.idempotencyKey) this.byKey.set(record.signup.idempotencyKey, record.signup.code);
      } else {
        const found = this.signups.get(record.code);
        if (found) Object.assign(found, { status: record.status, updatedAt: record.at });
      }
    }
  }

  private event(eventId: string): OpenDayEvent {
    const event = this.catalogue.openDays?.find((e) => e.id === eventId);
    if (!event) throw new OpenDayError(404, 'unknown-event', `no open day "${eventId}"`);
    return event;
  }

  private sessionsOf(event: OpenDayEvent) {
    return event.sessions?.length
      ? event.sessions
      : [{ id: 'main', start: event.start, end: event.end, capacity: event.registration?.capacity ?? 0 }];
  }

  private inSession(eventId: string, sessionId: string): Signup[] {
    return [...this.signups.values()].filter((s) => s.eventId === eventId && s.sessionId === sessionId);
  }

  facts(eventId: string, sessionId: string): SessionFacts {
    const event = this.event(eventId);
    const session = this.sessionsOf(event).find((s) => s.id === sessionId);
    if (!session) throw new OpenDayError(404, 'unknown-session', `no session "${sessionId}"`);
    const registration = event.registration;
    return {
      capacity: session.capacity,
      taken: this.inSession(eventId, sessionId).filter((s) => s.status !== 'cancelled' && holdsPlace(s.status)).length,
      mode: registration?.selection ?? 'first_come',
      waitlist: registration?.waitlist ?? false,
      open: registration?.open ?? false,
      eventStatus: event.status,
      deadline: registration?.deadline,
      start: session.start,
    };
  }

  /** Public counts per session: never anything about who signed up. */
  summary(eventId: string) {
    const event = this.event(eventId);
    return this.sessionsOf(event).map((session) => {
      const facts = this.facts(eventId, session.id);
      const showRemaining = event.registration?.showRemaining !== false;
      return { sessionId: session.id, capacity: showRemaining ? facts.capacity : undefined, taken: showRemaining ? facts.taken : undefined, remaining: showRemaining ? Math.max(0, facts.capacity - facts.taken) : undefined };
    });
  }

  signUp(eventId: string, sessionId: string, input: SignupInput, idempotencyKey?: string): { signup: Signup; replayed: boolean } {
    if (idempotencyKey) {
      const earlier = this.byKey.get(idempotencyKey);
      if (earlier) return { signup: this.signups.get(earlier)!, replayed: true };
    }
    const facts = this.facts(eventId, sessionId);
    const decision = decideSignup(facts, this.clock());
    if (decision.status === 'refused') {
      const messages: Record<string, string> = { full: '名额已满', deadline: '报名已截止', closed: '报名未开放或已关闭', past: '活动已结束', cancelled: '活动已取消' };
      throw new OpenDayError(409, decision.reason ?? 'refused', messages[decision.reason ?? ''] ?? '无法报名');
    }
    const duplicate = this.inSession(eventId, sessionId).find((s) => s.phone === input.phone && s.status !== 'cancelled');
    if (duplicate) throw new OpenDayError(409, 'already-signed-up', '该手机号已报名本场次');
    let code = makeCode();
    while (this.signups.has(code)) code = makeCode();
    const now = this.clock().toISOString();
    const signup: Signup = { code, eventId, sessionId, status: decision.status, name: input.name, phone: input.phone, fields: input.fields, idempotencyKey, createdAt: now, updatedAt: now };
    this.journal.append({ type: 'signup', signup });
    this.signups.set(code, signup);
    if (idempotencyKey) this.byKey.set(idempotencyKey, code);
    return { signup, replayed: false };
  }

  /** The sign-up for a code, only when the phone matches (the code alone reveals nothing). */
  lookup(code: string, phone: string): Signup {
    const signup = this.signups.get(code.trim().toUpperCase());
    if (!signup || signup.phone !== phone.trim()) throw new OpenDayError(404, 'not-found', '确认码或手机号不正确');
    return signup;
  }

  cancel(code: string, phone: string): Signup {
    const signup = this.lookup(code, phone);
    if (signup.status === 'cancelled') return signup;
    const at = this.clock().toISOString();
    const freed = holdsPlace(signup.status as SignupStatus);
    this.journal.append({ type: 'status', code: signup.code, status: 'cancelled', at });
    Object.assign(signup, { status: 'cancelled', updatedAt: at });
    if (freed && this.facts(signup.eventId, signup.sessionId).mode === 'first_come') {
      const queue = this.inSession(signup.eventId, signup.sessionId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const next = queue[promoteFromWaitlist(queue.map((s) => ({ status: s.status === 'cancelled' ? 'refused' : s.status })))];
      if (next) {
        this.journal.append({ type: 'status', code: next.code, status: 'confirmed', at });
        Object.assign(next, { status: 'confirmed', updatedAt: at });
      }
    }
    return signup;
  }

  close(): void {
    this.journal.close();
  }
}
