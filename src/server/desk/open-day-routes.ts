/**
 * The open-day desk's routes, mounted at /api/staff (behind staff sign-in):
 *   GET  /open-days                                             events, sessions and counts
 *   GET  /open-days/:event/sessions/:session                    attendees, draw, 评议 summary
 *   POST /open-days/:event/sessions/:session/attendees/:code/actions  { action }
 *   POST /open-days/:event/sessions/:session/draw               { seed? }
 *   GET  /open-days/:event/sessions/:session/export?format=csv|xlsx
 *   POST /open-days/:event/sessions/:session/survey             { public }
 *   POST /open-days/:event/sessions/:session/survey/comments/:code  { publish }
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { OpenDayEvent } from '../../catalogue/schema.js';
import { guardFormula, toCsv } from '../../core/csv.js';
import { ATTENDEE_ACTION_LABELS, ATTENDEE_ACTIONS, ATTENDEE_STATUS_LABELS, attendeeCounts, waitingList, type AttendeeAction } from '../../forms/open-day-attendance.js';
import { verifyDraw } from '../../forms/open-day-draw.js';
import { summariseSurvey } from '../../forms/open-day-survey.js';
import { signupFields } from '../../forms/signup-schema.js';
import { beijingDate } from '../../forms/working-days.js';
import type { ServerContext } from '../context.js';
import { limitBody, readJson } from '../http/guards.js';
import { ApiError } from '../http/problem.js';
import {
  attendeeActions, attendeesOf, decideOnAttendee, drawOf, findSession, rulesOf, runSessionDraw, setCommentPublished, setSurveyPublic,
  sessionKey, surveyResponsesOf, type Attendee,
} from '../open-days/desk-store.js';
import { auditOf } from '../audit.js';
import { allCounts, countsKey, sessionsOf } from '../open-days/store.js';
import type { StaffEnv } from '../staff/auth.js';
import { attachment } from './request-routes.js';

const MODE_LABELS = { first_come: '先到先得', draw: '抽签', review: '审核' } as const;

export function deskOpenDayRoutes(ctx: ServerContext) {
  const app = new Hono<StaffEnv>();
  const events = (): readonly OpenDayEvent[] => ctx.catalogue()?.openDays ?? [];
  const actorOf = (c: { get(key: 'staff'): { id: string; name: string; roles: string[] } }) => {
    const staff = c.get('staff');
    return { id: staff.id, name: staff.name, roles: staff.roles };
  };

  app.get('/open-days', async (c) => {
    const counts = await allCounts(ctx.db);
    const draws = new Set((await ctx.db.query<{ event_id: string; session_id: string }>('SELECT event_id, session_id FROM open_day_draws')).map((r) => countsKey(r.event_id, r.session_id)));
    return c.json(events().map((event) => ({
      id: event.id,
      title: event.title,
      status: event.status,
      mode: event.registration?.selection ?? 'first_come',
      modeLabel: MODE_LABELS[event.registration?.selection ?? 'first_come'],
      sessions: sessionsOf(event).map((session) => ({
        id: session.id, label: session.label ?? '', start: session.start, end: session.end ?? event.end, capacity: session.capacity,
        counts: counts.get(countsKey(event.id, session.id)) ?? {}, drawn: draws.has(countsKey(event.id, session.id)),
      })),
    })));
  });

  const sessionView = async (eventId: string, sessionId: string, roles: readonly string[]) => {
    const { event, session } = findSession(events(), eventId, sessionId);
    const attendees = await attendeesOf(ctx.db, event.id, session.id);
    const draw = await drawOf(ctx.db, event.id, session.id);
    const rules = rulesOf(event, session, draw?.result);
    const now = ctx.clock();
    const context = { session: rules, attendees, roles, now };
    const responses = await surveyResponsesOf(ctx.db, event.id, session.id);
    const counts = attendeeCounts(attendees);
    const [sessionRow] = await ctx.db.query<{ survey_public: boolean }>('SELECT survey_public FROM open_day_sessions WHERE event_id = $1 AND session_id = $2', [event.id, session.id]);
    const rank = new Map((draw?.result.order ?? []).map((code, i) => [code, i + 1]));
    const waiting = new Map(waitingList(attendees, rules).map((code, i) => [code, i + 1]));
    const fields = signupFields(event).filter((f) => f.key !== 'name' && f.key !== 'phone');
    return {
      event: { id: event.id, title: event.title, status: event.status, location: event.location },
      session: { id: session.id, label: session.label ?? '', start: session.start, end: session.end ?? event.end, capacity: session.capacity },
      mode: rules.mode,
      modeLabel: MODE_LABELS[rules.mode],
      registration: { open: rules.open, deadline: rules.deadline, waitlist: rules.waitlist },
      counts,
      placesTaken: counts.confirmed + counts.checked_in + counts.absent,
      fields: fields.map((f) => ({ key: f.key, label: f.label })),
      attendees: attendees.map((a) => ({
        code: a.code, name: a.name, phone: a.phone, fields: a.fields ?? {}, status: a.status, statusLabel: ATTENDEE_STATUS_LABELS[a.status]['zh-CN'],
        createdAt: a.createdAt.toISOString(), ...(rank.has(a.code) ? { drawRank: rank.get(a.code) } : {}), ...(waiting.has(a.code) ? { waitingPosition: waiting.get(a.code) } : {}),
        surveyAnswered: responses.some((r) => r.code === a.code),
        actions: attendeeActions(a, context).map((action) => ({ action, label: ATTENDEE_ACTION_LABELS[action]['zh-CN'] })),
      })),
      draw: draw && { ...draw.result, drawnAt: draw.drawnAt.toISOString(), drawnBy: draw.drawnBy, verified: verifyDraw(draw.result) },
      // Whether the draw may run now (the button), from the same rule the route applies.
      canDraw: rules.mode === 'draw' && !draw && roles.some((r) => r === 'reviewer' || r === 'admin'),
      canPublish: roles.some((r) => r === 'reviewer' || r === 'admin'),
      survey: { ...summariseSurvey(responses, { attended: counts.checked_in }), public: sessionRow?.survey_public ?? false },
      // The session's own record: the draw, and what was published.
      audit: await auditOf(ctx.db, 'open-day-session', sessionKey(event.id, session.id)),
    };
  };

  const param = (c: { req: { param(name: string): string } }) => [c.req.param('event'), c.req.param('session')] as const;

  app.get('/open-days/:event/sessions/:session', async (c) => c.json(await sessionView(...param(c), c.get('staff').roles)));

  app.post('/open-days/:event/sessions/:session/attendees/:code/actions', limitBody(4096), async (c) => {
    const body = await readJson(c) as { action?: unknown } | null;
    const action = body?.action;
    if (typeof action !== 'string' || !(ATTENDEE_ACTIONS as readonly string[]).includes(action)) throw new ApiError(422, 'unknown-action', '没有这个操作');
    const { event, session } = findSession(events(), ...param(c));
    await decideOnAttendee(ctx.db, { event, session, code: c.req.param('code'), action: action as AttendeeAction, actor: actorOf(c), now: ctx.clock() });
    return c.json(await sessionView(event.id, session.id, c.get('staff').roles));
  });

  app.post('/open-days/:event/sessions/:session/draw', limitBody(4096), async (c) => {
    const body = await readJson(c) as { seed?: unknown } | null;
    const given = typeof body?.seed === 'string' ? body.seed.trim() : '';
    // Without a seed of the office's choosing (a lottery result read out at the draw, say), 128 random bits.
    const seed = given || `${beijingDate(ctx.clock())}-${randomBytes(16).toString('hex')}`;
    const { event, session } = findSession(events(), ...param(c));
    await runSessionDraw(ctx.db, { event, session, seed, actor: actorOf(c), now: ctx.clock() });
    return c.json(await sessionView(event.id, session.id, c.get('staff').roles));
  });

  app.get('/open-days/:event/sessions/:session/export', async (c) => {
    const format = c.req.query('format') ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') throw new ApiError(422, 'invalid', 'format 应为 csv 或 xlsx');
    const { event, session } = findSession(events(), ...param(c));
    const attendees = await attendeesOf(ctx.db, event.id, session.id);
    const { headers, rows } = attendeeTable(event, attendees);
    const file = `${event.title}-${session.label || session.id}-报名名单`;
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', attachment(`${file}.csv`, `attendees-${session.id}.csv`));
      return c.body(toCsv(headers, rows, { guardFormulas: true }));
    }
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('报名名单', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }, views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(headers).font = { bold: true };
    // Every cell is written as text (exceljs never turns a string into a formula); the guard is applied as in the CSV so both read the same.
    for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? guardFormula(v) : v)));
    headers.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.max(10, h.length * 2 + 4)));
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', attachment(`${file}.xlsx`, `attendees-${session.id}.xlsx`));
    return c.body(new Uint8Array(await workbook.xlsx.writeBuffer()));
  });

  app.post('/open-days/:event/sessions/:session/survey', limitBody(4096), async (c) => {
    const body = await readJson(c) as { public?: unknown } | null;
    if (typeof body?.public !== 'boolean') throw new ApiError(422, 'invalid', 'public 应为 true 或 false');
    requireRole(c.get('staff').roles);
    const { event, session } = findSession(events(), ...param(c));
    await setSurveyPublic(ctx.db, { eventId: event.id, sessionId: session.id, value: body.public, actor: actorOf(c), now: ctx.clock() });
    return c.json(await sessionView(event.id, session.id, c.get('staff').roles));
  });

  app.post('/open-days/:event/sessions/:session/survey/comments/:code', limitBody(4096), async (c) => {
    const body = await readJson(c) as { publish?: unknown } | null;
    if (typeof body?.publish !== 'boolean') throw new ApiError(422, 'invalid', 'publish 应为 true 或 false');
    requireRole(c.get('staff').roles);
    const { event, session } = findSession(events(), ...param(c));
    await setCommentPublished(ctx.db, { eventId: event.id, sessionId: session.id, code: c.req.param('code'), value: body.publish, actor: actorOf(c), now: ctx.clock() });
    return c.json(await sessionView(event.id, session.id, c.get('staff').roles));
  });

  return app;
}

/** What goes public is the reviewer's call, as with who attends. */
function requireRole(roles: readonly string[]): void {
  if (!roles.some((r) => r === 'reviewer' || r === 'admin')) throw new ApiError(403, 'forbidden-role', '公开评议结果需由审核人或管理员决定');
}

/** The attendee list as rows: code, name, phone, status, the event's own fields, signed up at. */
export function attendeeTable(event: OpenDayEvent, attendees: readonly Attendee[]): { headers: string[]; rows: (string | number)[][] } {
  const fields = signupFields(event).filter((f) => f.key !== 'name' && f.key !== 'phone');
  const headers = ['序号', '确认码', '姓名', '手机号码', '状态', ...fields.map((f) => f.label), '报名时间'];
  const rows = attendees.map((a, i) => [
    i + 1, a.code, a.name ?? '（已删除）', a.phone ?? '', ATTENDEE_STATUS_LABELS[a.status]['zh-CN'],
    ...fields.map((f) => (f.type === 'checkbox' ? (a.fields?.[f.key] === 'yes' ? '是' : '') : a.fields?.[f.key] ?? '')),
    `${beijingDate(a.createdAt)} ${new Date(a.createdAt.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`,
  ]);
  return { headers, rows };
}
