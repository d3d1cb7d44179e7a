/**
 * Checks every state-changing request passes before a route sees it: JSON only (415), from the
 * site itself or a configured origin (403), within the route's body limit (413), and large bodies
 * only a few at a time (503), so a flood of uploads cannot exhaust memory.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { HttpBindings } from '@hono/node-server';
import { ApiError, problemResponse } from './problem.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** 415 unless the body is declared as JSON: a cross-site form or text/plain post cannot get past this without a CORS preflight. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  if (STATE_CHANGING.has(c.req.method)) {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new ApiError(415, 'unsupported-media-type', '请以 JSON 格式（Content-Type: application/json）提交');
  }
  await next();
};

export interface OriginPolicy {
  publicOrigin?: string;
  allowedOrigins: readonly string[];
  trustProxy: number;
}

/** The origin this request was addressed to, as the browser saw it. */
export function ownOrigin(c: Context, policy: OriginPolicy): string {
  if (policy.publicOrigin) return policy.publicOrigin;
  const url = new URL(c.req.url);
  if (policy.trustProxy > 0) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
    const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
    if (proto || host) return `${proto ?? url.protocol.slice(0, -1)}://${host ?? url.host}`.toLowerCase();
  }
  return url.origin.toLowerCase();
}

/**
 * 403 for a state-changing request from another site: its Origin must be the site's own or one
 * configured. Requests without Origin (curl, server-to-server) pass unless the browser marks them
 * cross-site.
 */
export function checkOrigin(policy: OriginPolicy): MiddlewareHandler {
  return async (c, next) => {
    if (STATE_CHANGING.has(c.req.method)) {
      const origin = c.req.header('origin')?.toLowerCase();
      const refused = origin === undefined
        ? c.req.header('sec-fetch-site') === 'cross-site'
        : origin !== ownOrigin(c, policy) && !policy.allowedOrigins.includes(origin);
      if (refused) throw new ApiError(403, 'forbidden-origin', '不接受来自其他网站的提交');
    }
    await next();
  };
}

/** 413 past `maxBytes`, counted as the body streams in (a missing or false Content-Length does not help). */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({ maxSize: maxBytes, onError: (c) => problemResponse(c, new ApiError(413, 'too-large', '提交的内容过大')) });
}

/** Reads the body as JSON: 400 when it is not valid UTF-8 JSON. */
export async function readJson(c: Context): Promise<unknown> {
  return (await readJsonSized(c)).json;
}

/** The body as JSON, with its size in bytes as received. */
export async function readJsonSized(c: Context): Promise<{ json: unknown; size: number }> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid-encoding', '提交的内容不是 UTF-8 编码');
  }
  try {
    return { json: JSON.parse(text), size: bytes.length };
  } catch {
    throw new ApiError(400, 'invalid-json', '提交的内容不是有效的 JSON');
  }
}

/** The body size of the request as declared, or 0. */
export const declaredLength = (c: Context): number => Number(c.req.header('content-length') ?? 0) || 0;

/**
 * At most `slots` requests whose body is larger than `threshold` bytes in progress at once; the
 * next one gets 503 with Retry-After (the forms keep what was typed and offer a retry).
 */
export function largeBodySlots(threshold: number, slots: number): MiddlewareHandler {
  let busy = 0;
  return async (c, next) => {
    const large = declaredLength(c) > threshold || (!c.req.header('content-length') && STATE_CHANGING.has(c.req.method));
    if (!large) return next();
    if (busy >= slots) throw new ApiError(503, 'busy', '服务器繁忙，请稍后重试', undefined, { 'Retry-After': '5' });
    busy++;
    try {
      await next();
    } finally {
      busy--;
    }
  };
}

/** The client's address: the socket's, or the one the trusted proxies recorded in X-Forwarded-For. */
export function clientAddress(c: Context<{ Bindings: Partial<HttpBindings> }>, trustProxy: number): string {
  const socket = c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
  if (trustProxy <= 0) return socket;
  const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return chain[chain.length - trustProxy] ?? socket;
}
