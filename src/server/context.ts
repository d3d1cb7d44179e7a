/** What every route module gets: the database, the settings, the log, the catalogue and the clock. */
import type { MiddlewareHandler } from 'hono';
import type { Catalogue } from '../catalogue/schema.js';
import type { ServerConfig } from './config.js';
import type { Database } from './db/database.js';
import type { RateBucket } from './http/rate-limit.js';
import type { Logger } from './logger.js';

export interface ServerContext {
  db: Database;
  config: ServerConfig;
  logger: Logger;
  /** The catalogue now in force (it may be reloaded while the server runs). */
  catalogue: () => Catalogue | undefined;
  clock: () => Date;
  rateLimits: Record<RateBucket, MiddlewareHandler>;
}
