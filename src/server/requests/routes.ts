/**
 * The information-disclosure request API (docs/request-api.md), mounted at /api/requests:
 *   POST /          a new application (Idempotency-Key header) → 201 receipt, 200 on a retry
 *   POST /lookup    { code, phone } → the receipt with the current stage and the public trace
 *   POST /reply     { code, phone } → the reply (答复书) as a printable HTML document
 * Validation is the browser's own (src/forms/request-schema.ts); uploads are judged by their
 * bytes. Lookups and the reply share one lock: 5 wrong phones lock the code for an hour.
 */
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { buildNotice, applicantNameOf, informationText } from '../../forms/request-notices.js';
import { RequestPayload, requestProblems, REQUEST_PROBLEM_TEXT, UPLOAD_TYPES } from '../../forms/request-schema.js';
import { publicStatus, reachedSteps } from '../../forms/request-trace.js';
import { replay, type WorkflowEvent } from '../../forms/request-workflow.js';
import { statutoryTimeline } from '../../forms/working-days.js';
import { beijingDate, normaliseCode, REQUEST_CODE } from '../codes.js';
import type { ServerContext } from '../context.js';
import { largeBodySlots, limitBody, readJson, readJsonSized } from '../http/guards.js';
import { ApiError, type FieldError } from '../http/problem.js';
import { payloadHash, readKey } from '../idempotency.js';
import { verifyPhone } from '../lookup-guard.js';
import { agencyOf, CALENDAR, clockOptions, publicSteps, requestSettings, today } from '../workflow-context.js';
import { loadCase, type CaseRow } from './cases.js';
import { noticeDocument } from './notice-document.js';
import { insertRequest, submitEvent } from './store.js';
import { checkUpload, type CheckedUpload } from './upload.js';

/** An application without an upload is small; this is its limit. */
export const PLAIN_BODY_LIMIT = 64 * 1024;

export const LookupBody = z.strictObject({ code: z.string().check(z.maxLength(64)), phone: z.string().check(z.maxLength(64)) });

const invalid = (errors: FieldError[]) => new ApiError(422, 'invalid', '申请内容有误', errors);

/** The upload settings in force: the catalogue's, within the server's ceiling. */
function uploadSettings(ctx: ServerContext) {
  const config = ctx.catalogue()?.requestForm?.identityUpload;
  const maxBytes = Math.min(config?.maxBytes ?? ctx.config.uploadMaxBytes, ctx.config.uploadMaxBytes);
  const types = config?.types?.length ? UPLOAD_TYPES.filter((t) => config.types!.includes(t)) : [...UPLOAD_TYPES];
  return { enabled: config?.enabled === true, required: config?.enabled === true && config.required === true, maxBytes, types };
}

export function requestRoutes(ctx: ServerContext) {
  const app = new Hono();
  // base64 adds a third; two files (identity proof and 委托书) at most; the rest stays within the plain limit.
  const bodyLimitFor = () => {
    const upload = uploadSettings(ctx);
    return upload.enabled ? 2 * Math.ceil(upload.maxBytes * 4 / 3) + PLAIN_BODY_LIMIT : PLAIN_BODY_LIMIT;
  };

  // Every application received today has the same statutory dates: worked out once a day, not per
  // request (the working-day walk was about 5% of the server's CPU under load).
  let lastTimeline: { key: string; deadlines: unknown; timeline: ReturnType<typeof statutoryTimeline> } | undefined;
  const timelineOf = (receivedOn: string) => {
    const deadlines = requestSettings(ctx)?.deadlines;
    if (lastTimeline?.key !== receivedOn || lastTimeline.deadlines !== deadlines) {
      lastTimeline = { key: receivedOn, deadlines, timeline: statutoryTimeline(receivedOn, deadlines, CALENDAR) };
    }
    return lastTimeline.timeline;
  };

  /** What the applicant is shown: the receipt fields of 2024 and, from the events, the public trace. */
  const receipt = (code: string, receivedAt: Date, events: readonly WorkflowEvent[]) => {
    const c = replay(events);
    const steps = publicSteps(ctx);
    const reached = reachedSteps(c, steps);
    const status = publicStatus(events, { ...clockOptions(ctx), today: today(ctx), remedies: requestSettings(ctx)?.remedies });
    return {
      code,
      receivedAt: receivedAt.toISOString(),
      stage: steps[Math.max(0, reached.lastIndexOf(true))],
      stages: steps,
      outcome: status.outcome ? `${status.outcome.kindLabel}：${status.outcome.reasonLabel}` : undefined,
      timeline: timelineOf(c.receivedOn ?? beijingDate(receivedAt)),
      status,
      replyAvailable: !!c.outcome,
    };
  };

  const check = (upload: NonNullable<RequestPayload['identityProof']>, path: string, settings: ReturnType<typeof uploadSettings>): CheckedUpload => {
    if (!settings.enabled) throw invalid([{ path, code: 'upload-type', message: '本机关不接受在线上传材料' }]);
    const checked = checkUpload(upload, settings.types, settings.maxBytes);
    if (typeof checked === 'string') throw invalid([{ path, code: checked, message: REQUEST_PROBLEM_TEXT[checked]! }]);
    return checked;
  };

  app.post('/', ctx.rateLimits.submit, largeBodySlots(PLAIN_BODY_LIMIT, ctx.config.maxConcurrentUploads), (c, next) => limitBody(bodyLimitFor())(c, next), async (c) => {
    const key = readKey(c.req.header('idempotency-key'));
    const { json: body, size } = await readJsonSized(c);
    const parsed = RequestPayload.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'format', message: '内容格式不对' })));
    const now = ctx.clock();
    const settings = uploadSettings(ctx);
    const blocking = requestProblems(parsed.data, now, { authorizationRequired: settings.required }).filter((p) => !p.warning);
    if (blocking.length) throw invalid(blocking.map((p) => ({ path: p.path, code: p.code, message: REQUEST_PROBLEM_TEXT[p.code] ?? p.code })));
    const { identityProof, authorization, ...application } = parsed.data;
    const upload = identityProof && check(identityProof, 'identityProof', settings);
    const letter = authorization && check(authorization, 'authorization', settings);
    if (!upload && !letter && size > PLAIN_BODY_LIMIT) throw new ApiError(413, 'too-large', '提交的内容过大');
    const route = 'POST /api/requests';
    const { code, replayed } = await insertRequest(ctx.db, {
      application, upload, authorization: letter, receivedAt: now, agencyId: requestSettings(ctx)?.acceptingAgencyId,
      idempotency: key ? { key, route, hash: payloadHash(body) } : undefined,
    });
    if (!replayed) return c.json(receipt(code, now, [submitEvent(now)]), 201);
    const stored = (await loadCase(ctx.db, code))!;
    return c.json(receipt(code, stored.receivedAt, stored.events), 200);
  });

  const verified = (code: string, phone: string): Promise<CaseRow> =>
    verifyPhone(ctx.db, { scope: 'request', code, phone, shape: REQUEST_CODE, lock: ctx.config.lookupLock, notFound }, (k) => loadCase(ctx.db, k), (r) => r.lookupPhone);

  app.post('/lookup', ctx.rateLimits.lookup, limitBody(4096), async (c) => {
    const { code, phone } = await readLookup(c);
    const found = await verified(code, phone);
    return c.json(receipt(found.code, found.receivedAt, found.events));
  });

  // The reply as a document the applicant keeps or prints: behind the same code + phone check and lock as the lookup.
  app.post('/reply', ctx.rateLimits.lookup, limitBody(4096), async (c) => {
    const { code, phone } = await readLookup(c);
    const found = await verified(code, phone);
    const result = buildNotice('reply', found.events, {
      application: {
        code: found.code,
        applicantName: found.application ? applicantNameOf(found.application) : '',
        information: found.application ? informationText(found.application.information) : '',
      },
      agency: agencyOf(ctx, found.agencyId),
      config: requestSettings(ctx),
      calendar: CALENDAR,
    });
    if (!result.ok) throw new ApiError(409, 'not-replied', '本申请尚未答复');
    c.header('Content-Type', 'text/html; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="reply-${found.code}.html"; filename*=UTF-8''${encodeURIComponent(`答复书-${found.code}.html`)}`);
    return c.body(noticeDocument(result.notice, { code: found.code }));
  });

  // The old lookup put the phone in the URL (and so in access logs): refused, with the way forward.
  app.get('/:code', () => {
    throw new ApiError(410, 'use-post', '查询方式已更改：请 POST /api/requests/lookup，正文为 { code, phone }');
  });

  return app;
}

const notFound = () => new ApiError(404, 'not-found', '申请编号或联系电话不正确');

export async function readLookup(c: Context): Promise<{ code: string; phone: string }> {
  const parsed = LookupBody.safeParse(await readJson(c));
  if (!parsed.success) throw new ApiError(422, 'invalid', '请填写编号和手机号码', [{ path: 'code', message: '请填写编号' }, { path: 'phone', message: '请填写手机号码' }]);
  return { code: normaliseCode(parsed.data.code), phone: parsed.data.phone };
}
