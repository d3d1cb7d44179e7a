/**
 * Assembles the server: opens the database (PGlite or PostgreSQL), applies the migrations, loads
 * the catalogue, builds the Hono app and schedules the daily retention job. `createServerApp` is
 * what the demo site and the browser tests mount (through @hono/node-server's request listener);
 * `serve` is the production process, with graceful shutdown.
 */
import { chmodSync } from 'node:fs';
import { createAdaptorServer, getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Catalogue } from '../catalogue/schema.js';
import { createApp } from './app.js';
import { CatalogueSource } from './catalogue-source.js';
import type { ServerConfig } from './config.js';
import type { ServerContext } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createRateLimits } from './http/rate-limit.js';
import { turnScheduler } from './http/turns.js';
import { createLogger, type Logger } from './logger.js';
import { runRetention, type RetentionResult } from './retention.js';

export interface ServerApp {
  app: Hono;
  ctx: ServerContext;
  /** A Node `(req, res)` listener for any http server or framework (Vite, koa). */
  listener: ReturnType<typeof getRequestListener>;
  retention(now?: Date): Promise<RetentionResult>;
  close(): Promise<void>;
}

export interface ServerAppOptions {
  logger?: Logger;
  clock?: () => Date;
  /** A catalogue given directly instead of `config.cataloguePath` (tests). */
  catalogue?: Catalogue;
  /** Run retention daily from start (default: when config.retention.intervalHours > 0). */
  scheduleRetention?: boolean;
}

export async function openMigrated(config: ServerConfig, logger: Logger): Promise<Database> {
  const started = Date.now();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
  if (db.engine === 'pglite' && config.dataDir !== 'memory://') chmodSync(config.dataDir, 0o700);
  const applied = await migrate(db);
  logger.info({ engine: db.engine, ...(db.engine === 'pglite' ? { dataDir: config.dataDir } : {}), migrationsApplied: applied, ms: Date.now() - started }, 'database ready');
  return db;
}

export async function createServerApp(config: ServerConfig, options: ServerAppOptions = {}): Promise<ServerApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await openMigrated(config, logger);
  const catalogue = new CatalogueSource(options.catalogue ? undefined : config.cataloguePath, db, logger, options.catalogue);
  await catalogue.refresh();
  catalogue.watch();
  if (!catalogue.get()) logger.warn('no catalogue (ZWGK_CATALOGUE): no open days, identity uploads off');
  // Applications from before the desk carry no agency: they were all made to the accepting agency.
  const accepting = catalogue.get()?.requestForm?.acceptingAgencyId;
  if (accepting) await db.query('UPDATE requests SET agency_id = $1 WHERE agency_id IS NULL', [accepting]);
  const ctx: ServerContext = {
    db, config, logger, catalogue: catalogue.get, clock: options.clock ?? (() => new Date()),
    rateLimits: createRateLimits(db, config.rateLimits, config.trustProxy),
  };
  const app = createApp(ctx);
  const retention = async (now = ctx.clock()) => {
    const result = await runRetention(db, config.retention, now);
    logger.info(result, 'retention run');
    return result;
  };
  let timer: NodeJS.Timeout | undefined;
  if ((options.scheduleRetention ?? true) && config.retention.intervalHours > 0) {
    const run = () => retention().catch((error) => logger.error({ err: error }, 'retention run failed'));
    setTimeout(run, 10_000).unref();
    timer = setInterval(run, config.retention.intervalHours * 3_600_000);
    timer.unref();
  }
  return {
    app, ctx, retention,
    listener: getRequestListener(app.fetch),
    async close() {
      clearInterval(timer);
      catalogue.stop();
      await db.close();
    },
  };
}

/** Measured with bench/server.mjs (1, 2 and 4 tried): 2 keeps accepting prompt at the best throughput on both engines. */
const REQUESTS_PER_TURN = 2;

/** The production process: listens, logs, and on SIGTERM/SIGINT finishes in-flight requests before closing the database. */
export async function serve(config: ServerConfig, logger = createLogger(config.logLevel)): Promise<void> {
  const server = await createServerApp(config, { logger });
  // A few requests a turn: new connections are accepted promptly even when the server is saturated (turns.ts).
  const nextTurn = turnScheduler(REQUESTS_PER_TURN);
  const http = createAdaptorServer({ fetch: async (request: Request, env: unknown) => {
    await nextTurn();
    return server.app.fetch(request, env);
  } });
  // Slow or stalled clients cannot hold a connection open for ever.
  Object.assign(http, { requestTimeout: 60_000, headersTimeout: 20_000, keepAliveTimeout: 5_000 });
  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ url: `http://${config.host}:${port}/` }, 'listening');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in progress');
    const force = setTimeout(() => {
      logger.error('requests still running after 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    http.close(async () => {
      await server.close();
      logger.info('stopped');
      logger.flush?.();
      process.exit(0);
    });
    (http as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
