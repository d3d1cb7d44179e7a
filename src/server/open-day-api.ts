/**
 * The open-day HTTP contract (docs/open-day-api.md), served by the demo server:
 *   GET  /api/open-days                                         events with public counts
 *   POST /api/open-days/:event/sessions/:session/signups        sign up (Idempotency-Key header)
 *   GET  /api/open-days/signups/:code?phone=…                   status of one sign-up
 *   POST /api/open-days/signups/:code/cancel   {phone}          self-cancellation
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import type { Catalogue } from '../catalogue/schema.js';
import { OpenDayError, OpenDayService, type Signup } from './open-day-service.js';
import { HttpError, readJson, sendJson } from './http.js';

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** The sign-up payload: the same rules the element checks before sending. */
export const SignupPayload = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)),
  phone: z.string().check(z.trim(), z.regex(MOBILE_PATTERN)),
  fields: z.optional(z.record(z.string(), z.string().check(z.maxLength(2000)))),
});

const publicView = (s: Signup) => ({ code: s.code, eventId: s.eventId, sessionId: s.sessionId, status: s.status, name: s.name, createdAt: s.createdAt, updatedAt: s.updatedAt });

export function createOpenDayApi(catalogue: Catalogue, file: string, clock?: () => Date) {
  const service = new OpenDayService(catalogue, file, clock);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (!path.startsWith('/api/open-days')) return false;
    try {
      if (request.method === 'GET' && path === '/api/open-days') {
        sendJson(response, 200, (catalogue.openDays ?? []).map((event) => ({ id: event.id, title: event.title, status: event.status, sessions: service.summary(event.id) })));
        return true;
      }
      let match = /^\/api\/open-days\/([^/]+)\/sessions\/([^/]+)\/signups$/.exec(path);
      if (request.method === 'POST' && match) {
        const parsed = SignupPayload.safeParse(await readJson(request));
        if (!parsed.success) {
          const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.path[0] === 'phone' ? '请填写11位手机号码' : issue.path[0] === 'name' ? '请填写姓名' : '内容不符合要求' }));
          throw new HttpError(422, 'invalid', '报名信息有误', errors);
        }
        const event = catalogue.openDays?.find((e) => e.id === decodeURIComponent(match![1]!));
        const fields = parsed.data.fields ?? {};
        const missing = (event?.registration?.fields ?? []).filter((f) => f.required && f.key !== 'name' && f.key !== 'phone' && !fields[f.key]?.trim());
        if (missing.length) throw new HttpError(422, 'invalid', '报名信息有误', missing.map((f) => ({ path: `fields.${f.key}`, message: `请填写${f.label}` })));
        const key = request.headers['idempotency-key'];
        const { signup, replayed } = service.signUp(decodeURIComponent(match[1]!), decodeURIComponent(match[2]!), { name: parsed.data.name, phone: parsed.data.phone, fields }, typeof key === 'string' ? key : undefined);
        sendJson(response, replayed ? 200 : 201, publicView(signup));
        return true;
      }
      match = /^\/api\/open-days\/signups\/([^/]+)$/.exec(path);
      if (request.method === 'GET' && match) {
        sendJson(response, 200, publicView(service.lookup(decodeURIComponent(match[1]!), url.searchParams.get('phone') ?? '')));
        return true;
      }
      match = /^\/api\/open-days\/signups\/([^/]+)\/cancel$/.exec(path);
      if (request.method === 'POST' && match) {
        const body = (await readJson(request)) as { phone?: unknown };
        sendJson(response, 200, publicView(service.cancel(decodeURIComponent(match[1]!), String(body.phone ?? ''))));
        return true;
      }
      throw new HttpError(404, 'not-found', '没有这个接口');
    } catch (error) {
      if (error instanceof HttpError || error instanceof OpenDayError) {
        sendJson(response, error.status, { error: error.code, message: error.message, ...(error instanceof HttpError && error.details ? { errors: error.details } : {}) });
      } else {
        console.error(error);
        sendJson(response, 500, { error: 'internal', message: '服务器内部错误，请稍后重试' });
      }
      return true;
    }
  }

  return { handle, service };
}
