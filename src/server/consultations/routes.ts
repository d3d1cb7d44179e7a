/**
 * The consultation opinion API (docs/consultation-api.md), mounted at /api/consultations:
 *   POST /:id/opinions   an opinion (Idempotency-Key header) → 201 receipt, 200 on a retry
 * An opinion must pass exactly the element's rules (src/forms/opinion-schema.ts), and the
 * consultation must take opinions on the page now: 404 unknown, 409 without an online form or
 * not yet open, 410 closed. The receipt holds the code and the date, nothing the citizen typed:
 * nothing personal is ever served from this API.
 */
import { Hono } from 'hono';
import type { Consultation } from '../../catalogue/schema.js';
import { fieldProblemText } from '../../forms/field-rules.js';
import { OpinionBody, opinionProblems, opinionRefusal, type OpinionRefusal } from '../../forms/opinion-schema.js';
import { formatDateTime } from '../../core/format.js';
import type { ServerContext } from '../context.js';
import { limitBody, readJson } from '../http/guards.js';
import { ApiError } from '../http/problem.js';
import { payloadHash, readKey } from '../idempotency.js';
import { insertOpinion, type StoredOpinion } from './store.js';

/** An opinion body: 2,000 characters of Chinese (6 kB in UTF-8) and a few short fields, with room. */
export const OPINION_BODY_LIMIT = 16 * 1024;

export const receiptOf = (o: StoredOpinion) => ({ code: o.code, consultationId: o.consultationId, receivedAt: o.receivedAt.toISOString() });

function refusal(reason: OpinionRefusal, consultation: Consultation): ApiError {
  switch (reason) {
    case 'no-online-form':
      return new ApiError(409, 'no-online-form', '本次意见征集不通过网上表单收集意见，请按公告中的其他方式提出');
    case 'not-open':
      return new ApiError(409, 'not-open', `意见征集尚未开始，${formatDateTime(consultation.start, 'zh-CN')}起可提交意见`);
    case 'closed':
      return new ApiError(410, 'closed', `意见征集已于 ${formatDateTime(consultation.end, 'zh-CN')} 截止，不再接收意见`);
  }
}

export function consultationRoutes(ctx: ServerContext) {
  const app = new Hono();
  const consultations = (): readonly Consultation[] => ctx.catalogue()?.consultations ?? [];

  app.post('/:id/opinions', ctx.rateLimits.submit, limitBody(OPINION_BODY_LIMIT), async (c) => {
    const key = readKey(c.req.header('idempotency-key'));
    const consultation = consultations().find((x) => x.id === c.req.param('id'));
    if (!consultation) throw new ApiError(404, 'unknown-consultation', '没有这项意见征集');
    const now = ctx.clock();
    const refused = opinionRefusal(consultation, now);
    if (refused) throw refusal(refused, consultation);
    const raw = await readJson(c);
    const parsed = OpinionBody.safeParse(raw);
    if (!parsed.success) {
      throw new ApiError(422, 'invalid', '意见内容有误', parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'body', code: 'format', message: i.path.length ? '内容格式不对或过长' : '意见只能包含 opinion、article、name 和 phone' })));
    }
    const problems = opinionProblems(parsed.data);
    if (problems.length) throw new ApiError(422, 'invalid', '意见内容有误', problems.map((p) => ({ path: p.path, code: p.code, message: fieldProblemText(p.field, p.code, 'zh-CN') })));
    const { opinion, replayed } = await insertOpinion(ctx.db, {
      consultationId: consultation.id, body: parsed.data, now,
      idempotency: key ? { key, route: `POST /api/consultations/${consultation.id}/opinions`, hash: payloadHash(raw) } : undefined,
    });
    return c.json(receiptOf(opinion), replayed ? 200 : 201);
  });

  return app;
}
