/**
 * The information-disclosure request API (docs/request-api.md), mounted at /api/requests:
 *   POST /          a new application (Idempotency-Key header) → 201 receipt, 200 on a retry
 *   POST /lookup    { code, phone } → the receipt with the current stage
 * Validation is the browser's own (src/forms/request-schema.ts); the upload is judged by its bytes.
 */
import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import { RequestPayload, requestProblems, REQUEST_PROBLEM_TEXT, UPLOAD_TYPES } from '../../forms/request-schema.js';
import { makeCalendar, statutoryTimeline } from '../../forms/working-days.js';
import { beijingDate, normaliseCode, REQUEST_CODE } from '../codes.js';
import type { ServerContext } from '../context.js';
import { largeBodySlots, limitBody, readJson, readJsonSized } from '../http/guards.js';
import { ApiError, type FieldError } from '../http/problem.js';
import { payloadHash, readKey } from '../idempotency.js';
import { verifyPhone } from '../lookup-guard.js';
import { findRequest, insertRequest, STAGES, type StoredRequest } from './store.js';
import { checkUpload } from './upload.js';

/** An application without an upload is small; this is its limit. */
export const PLAIN_BODY_LIMIT = 64 * 1024;

export const LookupBody = z.strictObject({ code: z.string().check(z.maxLength(64)), phone: z.string().check(z.maxLength(64)) });

/** The working-day calendar (holidays and 调休), built once: building it costs more than a whole request. */
const CALENDAR = makeCalendar();

const invalid = (errors: FieldError[]) => new ApiError(422, 'invalid', '申请内容有误', errors);

/** The upload settings in force: the catalogue's, within the server's ceiling. */
function uploadSettings(ctx: ServerContext) {
  const config = ctx.catalogue()?.requestForm?.identityUpload;
  const maxBytes = Math.min(config?.maxBytes ?? ctx.config.uploadMaxBytes, ctx.config.uploadMaxBytes);
  const types = config?.types?.length ? UPLOAD_TYPES.filter((t) => config.types!.includes(t)) : [...UPLOAD_TYPES];
  return { enabled: config?.enabled === true, maxBytes, types };
}

export function requestRoutes(ctx: ServerContext) {
  const app = new Hono();
  // base64 adds a third; the rest of the application stays within the plain limit.
  const bodyLimitFor = () => {
    const upload = uploadSettings(ctx);
    return upload.enabled ? Math.ceil(upload.maxBytes * 4 / 3) + PLAIN_BODY_LIMIT : PLAIN_BODY_LIMIT;
  };

  const receipt = (r: StoredRequest) => ({
    code: r.code,
    receivedAt: r.receivedAt.toISOString(),
    stage: r.stage,
    stages: STAGES,
    outcome: r.outcome ?? undefined,
    timeline: statutoryTimeline(beijingDate(r.receivedAt), ctx.catalogue()?.requestForm?.deadlines, CALENDAR),
  });

  app.post('/', ctx.rateLimits.submit, largeBodySlots(PLAIN_BODY_LIMIT, ctx.config.maxConcurrentUploads), (c, next) => limitBody(bodyLimitFor())(c, next), async (c) => {
    const key = readKey(c.req.header('idempotency-key'));
    const { json: body, size } = await readJsonSized(c);
    const parsed = RequestPayload.safeParse(body);
    if (!parsed.success) throw invalid(parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'format', message: '内容格式不对' })));
    const now = ctx.clock();
    const blocking = requestProblems(parsed.data, now).filter((p) => !p.warning);
    if (blocking.length) throw invalid(blocking.map((p) => ({ path: p.path, code: p.code, message: REQUEST_PROBLEM_TEXT[p.code] ?? p.code })));
    const { identityProof, ...application } = parsed.data;
    const settings = uploadSettings(ctx);
    let upload;
    if (identityProof) {
      if (!settings.enabled) throw invalid([{ path: 'identityProof', code: 'upload-type', message: '本机关不接受在线上传身份证明' }]);
      const checked = checkUpload(identityProof, settings.types, settings.maxBytes);
      if (typeof checked === 'string') throw invalid([{ path: 'identityProof', code: checked, message: REQUEST_PROBLEM_TEXT[checked]! }]);
      upload = checked;
    } else if (size > PLAIN_BODY_LIMIT) {
      throw new ApiError(413, 'too-large', '提交的内容过大');
    }
    const route = 'POST /api/requests';
    const { code, replayed } = await insertRequest(ctx.db, { application, upload, receivedAt: now, idempotency: key ? { key, route, hash: payloadHash(body) } : undefined });
    if (!replayed) return c.json(receipt({ code, receivedAt: now, stage: STAGES[0], outcome: null, application, lookupPhone: null }), 201);
    return c.json(receipt((await findRequest(ctx.db, code))!), 200);
  });

  app.post('/lookup', ctx.rateLimits.lookup, limitBody(4096), async (c) => {
    const { code, phone } = await readLookup(c);
    const found = await verifyPhone(ctx.db, { scope: 'request', code, phone, shape: REQUEST_CODE, lock: ctx.config.lookupLock, notFound }, (k) => findRequest(ctx.db, k), (r) => r.lookupPhone);
    return c.json(receipt(found));
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
