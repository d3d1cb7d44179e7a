/**
 * Open-day sign-ups in the database. Every sign-up and cancellation of a session locks that
 * session's row first (SELECT … FOR UPDATE), then decides with the element's own rules
 * (capacity.ts) on counts read inside the lock, so processes sharing one PostgreSQL never
 * overbook and never over-fill the waiting list.
 */
import type { OpenDayEvent, OpenDaySession } from '../../catalogue/schema.js';
import { decideSignup, holdsPlace, sessionFacts, type RefusalReason, type SessionFacts, type SignupStatus } from '../../components/open-day/capacity.js';
import type { SignupBody } from '../../forms/signup-schema.js';
import { UNIQUE_VIOLATION, sqlState, type Database, type Queryable } from '../db/database.js';
import { signupCode } from '../codes.js';
import { ApiError } from '../http/problem.js';
import { claimKey } from '../idempotency.js';
import { phoneDigits } from '../lookup-guard.js';

export type StoredStatus = Exclude<SignupStatus, 'refused'> | 'cancelled' | 'rejected' | 'not_selected' | 'checked_in' | 'absent';

/** Places held: confirmed, and (on the day) checked in or recorded absent. */
export const placesHeld = (counts: Counts): number => (counts.confirmed ?? 0) + (counts.checked_in ?? 0) + (counts.absent ?? 0);

export interface StoredSignup {
  code: string;
  eventId: string;
  sessionId: string;
  status: StoredStatus;
  name: string | null;
  phone: string | null;
  fields: Record<string, string> | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The sessions of an event; an event without sessions has one, `main`. */
export function sessionsOf(event: OpenDayEvent): OpenDaySession[] {
  return event.sessions?.length ? event.sessions : [{ id: 'main', start: event.start, end: event.end, capacity: event.registration?.capacity ?? 0 }];
}

/** Brings the sessions table in line with the catalogue (new sessions, changed capacity or times). */
export async function syncSessions(db: Database, events: readonly OpenDayEvent[]): Promise<void> {
  const rows = events.flatMap((event) => sessionsOf(event).map((s) => [event.id, s.id, s.capacity, s.start, s.end ?? event.end ?? null]));
  if (!rows.length) return;
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx.query(
        `INSERT INTO open_day_sessions (event_id, session_id, capacity, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id, session_id) DO UPDATE SET capacity = EXCLUDED.capacity, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at`,
        row,
      );
    }
  });
}

export type Counts = Partial<Record<StoredStatus, number>>;

/** Sign-ups per status for every session, in one read. */
export async function allCounts(db: Queryable): Promise<Map<string, Counts>> {
  const rows = await db.query<{ event_id: string; session_id: string; status: StoredStatus; n: number }>('SELECT event_id, session_id, status, n FROM open_day_counts');
  const counts = new Map<string, Counts>();
  for (const row of rows) {
    const key = `${row.event_id}\u0000${row.session_id}`;
    counts.set(key, { ...counts.get(key), [row.status]: row.n });
  }
  return counts;
}

export const countsKey = (eventId: string, sessionId: string) => `${eventId}\u0000${sessionId}`;

async function sessionCounts(tx: Queryable, eventId: string, sessionId: string): Promise<Counts> {
  const rows = await tx.query<{ status: StoredStatus; n: number }>('SELECT status, n FROM open_day_counts WHERE event_id = $1 AND session_id = $2', [eventId, sessionId]);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** The facts the capacity rules decide on, from the catalogue and the stored counts. */
export function factsOf(event: OpenDayEvent, session: OpenDaySession, counts: Counts, waitlistFactor: number): SessionFacts {
  return sessionFacts(event, session, {
    taken: placesHeld(counts) + (counts.pending ?? 0),
    waitlisted: counts.waitlisted ?? 0,
    waitlistLimit: Math.floor(session.capacity * waitlistFactor),
  });
}

const REFUSALS: Record<RefusalReason, string> = { full: '名额已满', deadline: '报名已截止', closed: '报名未开放或已关闭', past: '活动已结束', cancelled: '活动已取消' };

const SIGNUP_COLUMNS = 'code, event_id, session_id, status, name, phone, fields, created_at, updated_at';
type SignupRow = { code: string; event_id: string; session_id: string; status: StoredStatus; name: string | null; phone: string | null; fields: Record<string, string> | null; created_at: Date; updated_at: Date };
const fromRow = (r: SignupRow): StoredSignup => ({
  code: r.code, eventId: r.event_id, sessionId: r.session_id, status: r.status, name: r.name, phone: r.phone, fields: r.fields,
  createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});

export async function findSignup(db: Queryable, code: string): Promise<StoredSignup | undefined> {
  const [row] = await db.query<SignupRow>(`SELECT ${SIGNUP_COLUMNS} FROM open_day_signups WHERE code = $1`, [code]);
  return row && fromRow(row);
}

/** Serialises the changes to one session's places (sign-ups, cancellations, the desk's decisions). */
export async function lockSession(tx: Queryable, eventId: string, sessionId: string): Promise<void> {
  const locked = await tx.query('SELECT 1 FROM open_day_sessions WHERE event_id = $1 AND session_id = $2 FOR UPDATE', [eventId, sessionId]);
  if (!locked.length) throw new ApiError(404, 'unknown-session', '没有这个场次');
}

export interface SignupRequest {
  event: OpenDayEvent;
  session: OpenDaySession;
  body: SignupBody;
  now: Date;
  waitlistFactor: number;
  idempotency?: { key: string; route: string; hash: string };
  /** A code and status kept from elsewhere (the journal import): recorded as they were. */
  imported?: { code: string; status: StoredStatus; createdAt: Date; updatedAt: Date };
}

export async function insertSignup(db: Database, request: SignupRequest): Promise<{ signup: StoredSignup; replayed: boolean }> {
  const { event, session, body, now } = request;
  for (let attempt = 0; ; attempt++) {
    const code = request.imported?.code ?? signupCode();
    try {
      return await db.transaction(async (tx) => {
        if (request.idempotency) {
          const earlier = await claimKey(tx, { ...request.idempotency, code });
          if (earlier) return { signup: (await findSignup(tx, earlier))!, replayed: true };
        }
        await lockSession(tx, event.id, session.id);
        const phone = phoneDigits(body.phone);
        let status: StoredStatus;
        if (request.imported) status = request.imported.status;
        else {
          const decision = decideSignup(factsOf(event, session, await sessionCounts(tx, event.id, session.id), request.waitlistFactor), now);
          if (decision.status === 'refused') throw new ApiError(409, decision.reason ?? 'full', REFUSALS[decision.reason ?? 'full']);
          const duplicate = await tx.query(`SELECT 1 FROM open_day_signups WHERE event_id = $1 AND session_id = $2 AND phone = $3 AND status IN ('confirmed', 'pending', 'waitlisted')`, [event.id, session.id, phone]);
          if (duplicate.length) throw new ApiError(409, 'already-signed-up', '该手机号已报名本场次');
          status = decision.status;
        }
        const [row] = await tx.query<SignupRow>(
          `INSERT INTO open_day_signups (code, event_id, session_id, status, name, phone, fields, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9) RETURNING ${SIGNUP_COLUMNS}`,
          [code, event.id, session.id, status, body.name.trim(), phone, JSON.stringify(body.fields ?? {}), (request.imported?.createdAt ?? now).toISOString(), (request.imported?.updatedAt ?? now).toISOString()],
        );
        return { signup: fromRow(row!), replayed: false };
      });
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION || request.imported || attempt >= 5) throw error;
      // A drawn code already taken, or the same phone racing itself: the next attempt decides again.
    }
  }
}

/**
 * Cancels a sign-up; in 先到先得 mode the place it frees goes to the earliest waiting sign-up,
 * in the same transaction.
 */
export async function cancelSignup(db: Database, code: string, event: OpenDayEvent | undefined, now: Date, waitlistFactor: number): Promise<StoredSignup> {
  return db.transaction(async (tx) => {
    const before = await findSignup(tx, code);
    if (!before) throw new ApiError(404, 'not-found', '确认码或手机号不正确');
    await lockSession(tx, before.eventId, before.sessionId);
    const current = (await findSignup(tx, code))!;
    // Only a sign-up that still holds or awaits a place can be cancelled by its owner.
    if (!['confirmed', 'pending', 'waitlisted'].includes(current.status)) return current;
    const [row] = await tx.query<SignupRow>(`UPDATE open_day_signups SET status = 'cancelled', updated_at = $2 WHERE code = $1 RETURNING ${SIGNUP_COLUMNS}`, [code, now.toISOString()]);
    const session = event && sessionsOf(event).find((s) => s.id === current.sessionId);
    if (event && session && holdsPlace(current.status as SignupStatus) && (event.registration?.selection ?? 'first_come') === 'first_come') {
      const facts = factsOf(event, session, await sessionCounts(tx, event.id, session.id), waitlistFactor);
      if (facts.taken < facts.capacity) {
        await tx.query(
          `UPDATE open_day_signups SET status = 'confirmed', updated_at = $3 WHERE code = (
             SELECT code FROM open_day_signups WHERE event_id = $1 AND session_id = $2 AND status = 'waitlisted' ORDER BY seq LIMIT 1)`,
          [event.id, session.id, now.toISOString()],
        );
      }
    }
    return fromRow(row!);
  });
}
