/**
 * The open-day sign-up API (docs/open-day-api.md), mounted at /api/open-days:
 *   GET  /                                         events with public counts per session
 *   POST /:event/sessions/:session/signups         sign up (Idempotency-Key header)
 *   POST /signups/lookup   { code, phone }         one sign-up
 *   POST /signups/cancel   { code, phone }         self-cancellation
 *   POST /signups/survey   { code, phone, answers }   the 评议 questionnaire, after checking in
 * A sign-up must pass exactly the element's rules (src/forms/signup-schema.ts). The lookup shows
 * the organiser's decision (审核, 抽签 with the draw's published facts, 签到).
 */
import { Hono } from 'hono';
import { fieldProblemText } from '../../forms/field-rules.js';
import { SignupBody, signupProblems } from '../../forms/signup-schema.js';
import type { OpenDayEvent } from '../../catalogue/schema.js';
import { normaliseCode, SIGNUP_CODE } from '../codes.js';
import type { ServerContext } from '../context.js';
import { limitBody, readJson } from '../http/guards.js';
import { ApiError } from '../http/problem.js';
import { payloadHash, readKey } from '../idempotency.js';
import { verifyPhone } from '../lookup-guard.js';
import { readLookup } from '../requests/routes.js';
import { DEFAULT_SURVEY, publicSurveySummary, summariseSurvey } from '../../forms/open-day-survey.js';
import { drawOf, hasAnswered, publicSurveySessions, recordSurvey, sessionKey, surveyResponsesOf } from './desk-store.js';
import { allCounts, cancelSignup, countsKey, findSignup, insertSignup, placesHeld, sessionsOf, type StoredSignup } from './store.js';

/** A sign-up body: a few short fields and answers of at most 2,000 characters each. */
export const SIGNUP_BODY_LIMIT = 16 * 1024;

const publicView = (s: StoredSignup) => ({
  code: s.code, eventId: s.eventId, sessionId: s.sessionId, status: s.status, name: s.name ?? undefined,
  createdAt: s.createdAt.toISOString(), updatedAt: s.updatedAt.toISOString(),
});

const notFound = () => new ApiError(404, 'not-found', '确认码或手机号不正确');

export function openDayRoutes(ctx: ServerContext) {
  const app = new Hono();
  const events = (): readonly OpenDayEvent[] => ctx.catalogue()?.openDays ?? [];

  app.get('/', async (c) => {
    const counts = await allCounts(ctx.db);
    const published = await publicSurveySessions(ctx.db);
    // The 评议 summary of a session whose organiser chose to publish it: counts, ratings and released comments only.
    const surveys = new Map<string, unknown>();
    for (const key of published) {
      const [eventId, sessionId] = key.split('/') as [string, string];
      const n = counts.get(countsKey(eventId, sessionId)) ?? {};
      surveys.set(key, publicSurveySummary(summariseSurvey(await surveyResponsesOf(ctx.db, eventId, sessionId), { attended: n.checked_in ?? 0 })));
    }
    return c.json(events().map((event) => ({
      id: event.id,
      title: event.title,
      status: event.status,
      sessions: sessionsOf(event).map((session) => {
        const survey = surveys.get(sessionKey(event.id, session.id));
        if (event.registration?.showRemaining === false) return { sessionId: session.id, ...(survey ? { survey } : {}) };
        const n = counts.get(countsKey(event.id, session.id)) ?? {};
        const confirmed = Math.min(placesHeld(n), session.capacity);
        const mode = event.registration?.selection ?? 'first_come';
        return {
          sessionId: session.id,
          capacity: session.capacity,
          // Places given, never more than there are: pending draw or review applications are counted apart.
          taken: confirmed,
          remaining: session.capacity - confirmed,
          ...(mode === 'first_come' ? {} : { pending: n.pending ?? 0 }),
          ...(mode === 'first_come' && event.registration?.waitlist ? { waitlisted: n.waitlisted ?? 0, waitlistLimit: Math.floor(session.capacity * ctx.config.waitlistFactor) } : {}),
          ...(survey ? { survey } : {}),
        };
      }),
    })));
  });

  app.post('/:event/sessions/:session/signups', ctx.rateLimits.submit, limitBody(SIGNUP_BODY_LIMIT), async (c) => {
    const key = readKey(c.req.header('idempotency-key'));
    const event = events().find((e) => e.id === c.req.param('event'));
    if (!event) throw new ApiError(404, 'unknown-event', '没有这个开放日活动');
    const session = sessionsOf(event).find((s) => s.id === c.req.param('session'));
    if (!session) throw new ApiError(404, 'unknown-session', '没有这个场次');
    const raw = await readJson(c);
    const parsed = SignupBody.safeParse(raw);
    if (!parsed.success) {
      throw new ApiError(422, 'invalid', '报名信息有误', parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', code: 'format', message: i.path.length ? '内容格式不对' : '报名内容只能包含 name、phone 和 fields' })));
    }
    const now = ctx.clock();
    const problems = signupProblems(event, parsed.data, now);
    if (problems.length) {
      throw new ApiError(422, 'invalid', '报名信息有误', problems.map((p) => ({ path: p.path, code: p.code, message: p.field && p.code !== 'unknown-field' ? fieldProblemText(p.field, p.code, 'zh-CN') : '本活动的报名表没有这一项' })));
    }
    const route = `POST /api/open-days/${event.id}/sessions/${session.id}/signups`;
    const { signup, replayed } = await insertSignup(ctx.db, {
      event, session, body: parsed.data, now, waitlistFactor: ctx.config.waitlistFactor,
      idempotency: key ? { key, route, hash: payloadHash(raw) } : undefined,
    });
    return c.json(publicView(signup), replayed ? 200 : 201);
  });

  const verified = (code: string, phone: string): Promise<StoredSignup> =>
    verifyPhone(ctx.db, { scope: 'signup', code, phone, shape: SIGNUP_CODE, lock: ctx.config.lookupLock, notFound }, (c) => findSignup(ctx.db, c), (s) => s.phone);

  /** The sign-up with what the organiser decided: the draw's published facts and place, and whether the questionnaire is open. */
  const lookupView = async (signup: StoredSignup) => {
    const draw = await drawOf(ctx.db, signup.eventId, signup.sessionId);
    const rank = draw?.result.order.indexOf(signup.code) ?? -1;
    const answered = signup.status === 'checked_in' && (await hasAnswered(ctx.db, signup.code));
    return {
      ...publicView(signup),
      ...(draw && rank >= 0 ? {
        draw: {
          algorithm: draw.result.algorithm, seed: draw.result.seed, places: draw.result.places, candidates: draw.result.candidates.length,
          candidatesDigest: draw.result.candidatesDigest, drawnAt: draw.drawnAt.toISOString(), rank: rank + 1, selected: draw.result.selected.includes(signup.code),
        },
      } : {}),
      ...(signup.status === 'checked_in' ? { survey: { open: !answered, answered, questions: DEFAULT_SURVEY } } : {}),
    };
  };

  app.post('/signups/lookup', ctx.rateLimits.lookup, limitBody(4096), async (c) => {
    const { code, phone } = await readLookup(c);
    return c.json(await lookupView(await verified(code, phone)));
  });

  app.post('/signups/survey', ctx.rateLimits.submit, limitBody(16 * 1024), async (c) => {
    const body = await readJson(c) as { code?: unknown; phone?: unknown; answers?: unknown } | null;
    if (!body || typeof body.code !== 'string' || typeof body.phone !== 'string' || !body.answers || typeof body.answers !== 'object' || Array.isArray(body.answers)) {
      throw new ApiError(422, 'invalid', '请填写确认码、手机号码和问卷');
    }
    const signup = await verified(normaliseCode(body.code), body.phone);
    await recordSurvey(ctx.db, { code: signup.code, answers: body.answers as Record<string, string | number>, now: ctx.clock() });
    return c.json(await lookupView(signup), 201);
  });

  const cancel = async (code: string, phone: string) => {
    const signup = await verified(code, phone);
    return publicView(await cancelSignup(ctx.db, signup.code, events().find((e) => e.id === signup.eventId), ctx.clock(), ctx.config.waitlistFactor));
  };
  app.post('/signups/cancel', ctx.rateLimits.cancel, limitBody(4096), async (c) => {
    const { code, phone } = await readLookup(c);
    return c.json(await cancel(code, phone));
  });
  // The 2024 route, kept for back ends' own pages: the code in the path, the phone in the body.
  app.post('/signups/:code/cancel', ctx.rateLimits.cancel, limitBody(4096), async (c) => {
    const body = await readJson(c);
    const phone = body && typeof body === 'object' && typeof (body as { phone?: unknown }).phone === 'string' ? (body as { phone: string }).phone : '';
    return c.json(await cancel(normaliseCode(c.req.param('code')), phone));
  });
  app.get('/signups/:code', () => {
    throw new ApiError(410, 'use-post', '查询方式已更改：请 POST /api/open-days/signups/lookup，正文为 { code, phone }');
  });

  return app;
}
