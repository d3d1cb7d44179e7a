/**
 * Every refusal the API gives is JSON `{ error, message, errors? }` with a 4xx status; `message`
 * is Chinese for the citizen, `error` a stable code for programs. Anything unexpected is logged
 * and answered 500 without details (never a stack trace).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from '../logger.js';

export interface FieldError {
  path: string;
  code?: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly errors?: readonly FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function problemResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
  return c.json({ error: error.code, message: error.message, ...(error.errors ? { errors: error.errors } : {}) }, error.status);
}

export function onError(logger: Logger) {
  return (error: Error, c: Context): Response => {
    if (error instanceof ApiError) return problemResponse(c, error);
    // Hono's own HTTP errors (a malformed URL, a body that cannot be read) are the client's doing.
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return problemResponse(c, new ApiError(status as ContentfulStatusCode, 'bad-request', '请求格式不正确'));
    }
    logger.error({ err: error, method: c.req.method, route: c.req.routePath }, 'request failed');
    return c.json({ error: 'internal', message: '服务器内部错误，请稍后重试' }, 500);
  };
}

export const notFound = (c: Context): Response => c.json({ error: 'not-found', message: '没有这个接口' }, 404);
