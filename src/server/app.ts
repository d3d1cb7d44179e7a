/**
 * The HTTP application (Hono): security headers on every response, the origin and JSON checks in
 * front of every state-changing route, one module per area mounted under /api, /healthz, and a
 * JSON `{ error, message }` for anything refused. The staff desk (/api/staff) sits behind its own
 * sign-in and CSRF check (staff/auth.ts).
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { ServerContext } from './context.js';
import { checkOrigin, requireJson } from './http/guards.js';
import { notFound, onError } from './http/problem.js';
import { securityHeaders } from './http/security-headers.js';
import { consultationRoutes } from './consultations/routes.js';
import { deskConsultationRoutes } from './desk/consultation-routes.js';
import { deskOpenDayRoutes } from './desk/open-day-routes.js';
import { deskRequestRoutes } from './desk/request-routes.js';
import { openDayRoutes } from './open-days/routes.js';
import { requestRoutes } from './requests/routes.js';
import { staffAuthentication, type StaffEnv } from './staff/auth.js';

export function createApp(ctx: ServerContext): Hono {
  const app = new Hono();
  app.onError(onError(ctx.logger));
  app.notFound(notFound);

  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    // The route pattern, never the URL: no code, no query string, nothing personal.
    ctx.logger.info({ method: c.req.method, route: c.req.routePath, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
  });
  app.use('*', securityHeaders);
  if (ctx.config.corsOrigins.length) {
    app.use('/api/*', cors({ origin: ctx.config.corsOrigins, allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type', 'Idempotency-Key'], maxAge: 600 }));
  }
  app.use('/api/*', checkOrigin({ publicOrigin: ctx.config.publicOrigin, allowedOrigins: [...ctx.config.allowedOrigins, ...ctx.config.corsOrigins], trustProxy: ctx.config.trustProxy }));
  app.use('/api/*', requireJson);

  app.get('/healthz', async (c: Context) => {
    try {
      await ctx.db.query('SELECT 1');
      return c.json({ status: 'ok', engine: ctx.db.engine });
    } catch (error) {
      ctx.logger.error({ err: error }, 'health check failed');
      return c.json({ status: 'unavailable', engine: ctx.db.engine }, 503);
    }
  });
  app.route('/api/requests', requestRoutes(ctx));
  app.route('/api/open-days', openDayRoutes(ctx));
  app.route('/api/consultations', consultationRoutes(ctx));

  // The staff desk: sign-in, sign-out and the session first, then everything else behind requireStaff.
  const staff = staffAuthentication(ctx);
  app.route('/api/staff', staff.routes);
  const desk = new Hono<StaffEnv>();
  desk.use('*', staff.requireStaff);
  desk.route('/', deskRequestRoutes(ctx));
  desk.route('/', deskOpenDayRoutes(ctx));
  desk.route('/', deskConsultationRoutes(ctx));
  app.route('/api/staff', desk);
  return app;
}
