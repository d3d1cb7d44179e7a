/**
 * Checks every state-changing request passes before a route sees it: JSON only (415), from the
 * site itself or a configured origin (403), within the route's body limit (413), and large bodies
 * only a few at a time (503), so a flood of uploads cannot exhaust memory.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { ApiError } from './problem.js';

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

/** The body limit of each request in progress, set by `limitBody` and kept by `readJsonSized`. */
const bodyLimits = new WeakMap<object, number>();
const tooLarge = () => new ApiError(413, 'too-large', '提交的内容过大');

/**
 * 413 past `maxBytes`: at once when the declared Content-Length says so, else counted as the body
 * streams in (a missing or false Content-Length does not help) by `readJsonSized`.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return async (c, next) => {
    if (declaredLength(c) > maxBytes) throw tooLarge();
    bodyLimits.set(c.req, maxBytes);
    await next();
  };
}

/**
 * The body's bytes, at most the route's limit. Read straight from Node's request stream when
 * there is one: going through the web Request (and its ReadableStream) cost about 8% of the
 * server's CPU under load (a profile of bench/server.mjs).
 */
async function readBody(c: Context<{ Bindings: Partial<HttpBindings> }>): Promise<Uint8Array> {
  const limit = bodyLimits.get(c.req) ?? Infinity;
  const incoming = c.env?.incoming as (IncomingMessage & { rawBody?: unknown }) | undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk);
  };
  if (incoming && !incoming.readableDidRead && incoming.rawBody === undefined) {
    await readIncoming(incoming, take);
  } else if (c.req.raw.body) {
    const reader = c.req.raw.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) take(read.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Node's request stream, chunk by chunk. Past the limit it stops keeping chunks and leaves the
 * socket alone: an async iterator left early would destroy it before the 413 is sent; Node
 * discards the rest of the body once the answer is written, and the connection stays usable.
 */
function readIncoming(incoming: IncomingMessage, take: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: unknown) => {
      incoming.off('data', onData).off('end', onEnd).off('error', done).off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onData = (chunk: Uint8Array) => {
      try {
        take(chunk);
      } catch (error) {
        incoming.pause();
        done(error);
      }
    };
    const onEnd = () => done();
    // The client went away mid-body: nobody is left to answer, but the handler must not wait for ever.
    const onClose = () => { if (!incoming.complete) done(new ApiError(400, 'incomplete', '提交的内容不完整')); };
    incoming.on('data', onData).on('end', onEnd).on('error', done).on('close', onClose);
  });
}

/** Reads the body as JSON: 400 when it is not valid UTF-8 JSON. */
export async function readJson(c: Context): Promise<unknown> {
  return (await readJsonSized(c)).json;
}

/** The body as JSON, with its size in bytes as received. */
export async function readJsonSized(c: Context): Promise<{ json: unknown; size: number }> {
  const bytes = await readBody(c);
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
