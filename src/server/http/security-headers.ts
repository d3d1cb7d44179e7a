/**
 * The security headers of every response (what hono/secure-headers gave, with our CSP), and
 * `Cache-Control: no-store` on the APIs. They are set BEFORE the route answers: set afterwards
 * they make @hono/node-server rebuild each response as a web Response with a stream, which
 * cost about 7% of the server's CPU under load (a profile of bench/server.mjs). The list is
 * hono/secure-headers' defaults with our CSP, copied because that middleware sets them after.
 */
import type { MiddlewareHandler } from 'hono';

export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
  if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
  await next();
};
