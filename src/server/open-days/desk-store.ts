/**
 * The open-day desk in the database: a session's attendees, the organiser's decisions on each
 * (src/forms/open-day-attendance.ts), the seeded draw (open-day-draw.ts, recorded once per session
 * in open_day_draws and in the audit log) and the 评议 questionnaire. Every change locks the
 * session's row first, like a sign-up does, so a decision, a draw and a new sign-up never race
 * past the capacity.
 */
import type { OpenDayEvent, OpenDaySession } from '../../catalogue/schema.js';
import {
  ATTENDEE_ACTIONS, decideAttendee, drawSession, waitingList,
  type AttendeeAction, type AttendeeStatus, type SessionRules,
} from '../../forms/open-day-attendance.js';
import type { DrawResult } from '../../forms/open-day-draw.js';
import { mayRespond, surveyProblems, type SurveyAnswers, type SurveyResponse } from '../../forms/open-day-survey.js';
import { appendAudit } from '../audit.js';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../http/problem.js';
import { lockSession, sessionsOf } from './store.js';

export interface Attendee {
  code: string;
  status: AttendeeStatus;
  name: string | null;
  phone: string | null;
  fields: Record<string, string> | null;
  createdAt: Date;
  updatedAt: Date;
}

export const sessionKey = (eventId: string, sessionId: string) => `${eventId}/${sessionId}`;

export function findSession(events: readonly OpenDayEvent[], eventId: string, sessionId: string): { event: OpenDayEvent; session: OpenDaySession } {
  const event = events.find((e) => e.id === eventId);
  if (!event) throw new ApiError(404, 'unknown-event', '没有这个开放日活动');
  const session = sessionsOf(event).find((s) => s.id === sessionId);
  if (!session) throw new ApiError(404, 'unknown-session', '没有这个场次');
  return { event, session };
}

export function rulesOf(event: OpenDayEvent, session: OpenDaySession, draw?: DrawResult): SessionRules {
  return {
    mode: event.registration?.selection ?? 'first_come',
    capacity: session.capacity,
    start: session.start,
    ...(event.registration?.deadline ? { deadline: event.registration.deadline } : {}),
    open: event.registration?.open ?? false,
    waitlist: event.registration?.waitlist ?? false,
    ...(draw ? { draw } : {}),
  };
}

type AttendeeRow = { code: string; status: AttendeeStatus; name: string | null; phone: string | null; fields: Record<string, string> | null; created_at: Date; updated_at: Date };

/** The session's sign-ups in sign-up order. */
export async function attendeesOf(db: Queryable, eventId: string, sessionId: string): Promise<Attendee[]> {
  const rows = await db.query<AttendeeRow>('SELECT code, status, name, phone, fields, created_at, updated_at FROM open_day_signups WHERE event_id = $1 AND session_id = $2 ORDER BY seq', [eventId, sessionId]);
  return rows.map((r) => ({ code: r.code, status: r.status, name: r.name, phone: r.phone, fields: r.fields, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at) }));
}

export async function drawOf(db: Queryable, eventId: string, sessionId: string): Promise<{ result: DrawResult; drawnAt: Date; drawnBy: string } | undefined> {
  const [row] = await db.query<{ result: DrawResult; drawn_at: Date; drawn_by: string }>('SELECT result, drawn_at, drawn_by FROM open_day_draws WHERE event_id = $1 AND session_id = $2', [eventId, sessionId]);
  return row && { result: row.result, drawnAt: new Date(row.drawn_at), drawnBy: row.drawn_by };
}

export interface DeskActor {
  id: string;
  name: string;
  roles: readonly string[];
}

const refusal = (r: { status: number; code: string; message: { 'zh-CN': string } }) => new ApiError(r.status as 409, r.code, r.message['zh-CN']);

/** The actions an officer may take on each attendee now. */
export function attendeeActions(attendee: { code: string; status: AttendeeStatus }, context: { session: SessionRules; attendees: readonly { code: string; status: AttendeeStatus }[]; roles: readonly string[]; now: Date }): AttendeeAction[] {
  return ATTENDEE_ACTIONS.filter((action) => decideAttendee(attendee, action, context).ok);
}

/** One decision on one attendee; a cancellation in 先到先得 mode moves the waiting list up. */
export async function decideOnAttendee(db: Database, input: { event: OpenDayEvent; session: OpenDaySession; code: string; action: AttendeeAction; actor: DeskActor; now: Date }): Promise<void> {
  const { event, session, code, action, actor, now } = input;
  await db.transaction(async (tx) => {
    await lockSession(tx, event.id, session.id);
    const attendees = await attendeesOf(tx, event.id, session.id);
    const attendee = attendees.find((a) => a.code === code);
    if (!attendee) throw new ApiError(404, 'not-found', '本场次没有这个报名');
    const rules = rulesOf(event, session, (await drawOf(tx, event.id, session.id))?.result);
    const decision = decideAttendee(attendee, action, { session: rules, attendees, roles: actor.roles, now });
    if (!decision.ok) throw refusal(decision.refusal);
    await setStatus(tx, attendee, decision.status, actor, action, now);
    if (action === 'cancel' && rules.mode === 'first_come' && (attendee.status === 'confirmed')) {
      const next = waitingList(attendees, rules)[0];
      const promoted = next && attendees.find((a) => a.code === next);
      if (promoted) await setStatus(tx, promoted, 'confirmed', actor, 'promote', now, { automatic: true });
    }
  });
}

async function setStatus(tx: Queryable, attendee: { code: string; status: AttendeeStatus }, status: AttendeeStatus, actor: DeskActor, action: string, now: Date, details?: unknown): Promise<void> {
  await tx.query('UPDATE open_day_signups SET status = $2, updated_at = $3 WHERE code = $1', [attendee.code, status, now.toISOString()]);
  await appendAudit(tx, { at: now, actor: { id: actor.id, name: actor.name, role: actor.roles.join(',') }, action, subjectType: 'signup', subjectId: attendee.code, stateBefore: attendee.status, stateAfter: status, ...(details ? { details } : {}) });
}

/**
 * The session's draw, once: among the pending sign-ups, for the places still free, with the
 * given seed. Recorded whole (open_day_draws) and in the audit log; statuses change together.
 */
export async function runSessionDraw(db: Database, input: { event: OpenDayEvent; session: OpenDaySession; seed: string; actor: DeskActor; now: Date }): Promise<DrawResult> {
  const { event, session, seed, actor, now } = input;
  return db.transaction(async (tx) => {
    await lockSession(tx, event.id, session.id);
    const attendees = await attendeesOf(tx, event.id, session.id);
    const rules = rulesOf(event, session, (await drawOf(tx, event.id, session.id))?.result);
    let outcome: ReturnType<typeof drawSession>;
    try {
      outcome = drawSession({ session: rules, attendees, roles: actor.roles, now, seed });
    } catch (error) {
      throw new ApiError(422, 'invalid', (error as { messages?: { 'zh-CN': string } }).messages?.['zh-CN'] ?? '抽签参数有误');
    }
    if (!outcome.ok) throw refusal(outcome.refusal);
    await tx.query('INSERT INTO open_day_draws (event_id, session_id, result, drawn_at, drawn_by) VALUES ($1, $2, $3::text::jsonb, $4, $5)', [event.id, session.id, JSON.stringify(outcome.result), now.toISOString(), actor.id]);
    for (const attendee of attendees) {
      const status = outcome.statuses.get(attendee.code);
      if (status) await tx.query('UPDATE open_day_signups SET status = $2, updated_at = $3 WHERE code = $1', [attendee.code, status, now.toISOString()]);
    }
    const { order, candidates, selected, notSelected, ...published } = outcome.result;
    await appendAudit(tx, {
      at: now, actor: { id: actor.id, name: actor.name, role: actor.roles.join(',') }, action: 'draw', subjectType: 'open-day-session', subjectId: sessionKey(event.id, session.id),
      stateBefore: `pending:${candidates.length}`, stateAfter: `selected:${selected.length}`,
      details: { ...published, candidates, order, selected, notSelected },
    });
    return outcome.result;
  });
}

export async function surveyResponsesOf(db: Queryable, eventId: string, sessionId: string): Promise<SurveyResponse[]> {
  const rows = await db.query<{ code: string; answers: SurveyAnswers; submitted_at: Date; publish_comment: boolean }>(
    'SELECT code, answers, submitted_at, publish_comment FROM open_day_survey_responses WHERE event_id = $1 AND session_id = $2 ORDER BY submitted_at',
    [eventId, sessionId],
  );
  return rows.map((r) => ({ code: r.code, answers: r.answers, submittedAt: new Date(r.submitted_at).toISOString(), publishComment: r.publish_comment }));
}

/** An attendee's answers to the 评议 questionnaire: once, and only after checking in. */
export async function recordSurvey(db: Database, input: { code: string; answers: SurveyAnswers; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const [signup] = await tx.query<{ event_id: string; session_id: string; status: AttendeeStatus }>('SELECT event_id, session_id, status FROM open_day_signups WHERE code = $1 FOR UPDATE', [input.code]);
    if (!signup) throw new ApiError(404, 'not-found', '确认码或手机号不正确');
    const earlier = await tx.query<{ code: string }>('SELECT code FROM open_day_survey_responses WHERE code = $1', [input.code]);
    const allowed = mayRespond({ code: input.code, status: signup.status }, earlier);
    if (!allowed.ok) throw new ApiError(409, signup.status === 'checked_in' ? 'already-answered' : 'not-checked-in', allowed.message['zh-CN']);
    const problems = surveyProblems(input.answers);
    if (problems.length) throw new ApiError(422, 'invalid', '问卷填写有误', problems.map((p) => ({ path: `answers.${p.questionId}`, code: p.code, message: p.code === 'required' ? '请选择一项' : p.code === 'too-long' ? '内容太长' : '无效的回答' })));
    await tx.query('INSERT INTO open_day_survey_responses (code, event_id, session_id, answers, submitted_at) VALUES ($1, $2, $3, $4::text::jsonb, $5)', [input.code, signup.event_id, signup.session_id, JSON.stringify(input.answers), input.now.toISOString()]);
  });
}

export async function hasAnswered(db: Queryable, code: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM open_day_survey_responses WHERE code = $1', [code])).length > 0;
}

/** Staff choose whether the session's summary appears on the public page. */
export async function setSurveyPublic(db: Database, input: { eventId: string; sessionId: string; value: boolean; actor: DeskActor; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ survey_public: boolean }>('SELECT survey_public FROM open_day_sessions WHERE event_id = $1 AND session_id = $2 FOR UPDATE', [input.eventId, input.sessionId]);
    if (!row) throw new ApiError(404, 'unknown-session', '没有这个场次');
    await tx.query('UPDATE open_day_sessions SET survey_public = $3 WHERE event_id = $1 AND session_id = $2', [input.eventId, input.sessionId, input.value]);
    await appendAudit(tx, { at: input.now, actor: { id: input.actor.id, name: input.actor.name, role: input.actor.roles.join(',') }, action: 'survey_public', subjectType: 'open-day-session', subjectId: sessionKey(input.eventId, input.sessionId), stateBefore: String(row.survey_public), stateAfter: String(input.value) });
  });
}

/** Staff release (or withdraw) one comment for the public summary. */
export async function setCommentPublished(db: Database, input: { eventId: string; sessionId: string; code: string; value: boolean; actor: DeskActor; now: Date }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ publish_comment: boolean }>('SELECT publish_comment FROM open_day_survey_responses WHERE code = $1 AND event_id = $2 AND session_id = $3 FOR UPDATE', [input.code, input.eventId, input.sessionId]);
    if (!row) throw new ApiError(404, 'not-found', '没有这份问卷');
    await tx.query('UPDATE open_day_survey_responses SET publish_comment = $2 WHERE code = $1', [input.code, input.value]);
    await appendAudit(tx, { at: input.now, actor: { id: input.actor.id, name: input.actor.name, role: input.actor.roles.join(',') }, action: 'survey_comment', subjectType: 'signup', subjectId: input.code, stateBefore: String(row.publish_comment), stateAfter: String(input.value) });
  });
}

export async function publicSurveySessions(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ event_id: string; session_id: string }>('SELECT event_id, session_id FROM open_day_sessions WHERE survey_public');
  return new Set(rows.map((r) => sessionKey(r.event_id, r.session_id)));
}
