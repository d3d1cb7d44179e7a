/**
 * Per-client rate limits (hono-rate-limiter): 429 with Retry-After and the RateLimit-* headers.
 * On PostgreSQL the counters live in the database, so every process behind one database shares
 * them; on PGlite (one process by construction) they live in memory.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { MemoryStore, rateLimiter, type Store } from 'hono-rate-limiter';
import type { RateLimit } from '../config.js';
import type { Database } from '../db/database.js';
import { clientAddress } from './guards.js';

/** A fixed-window counter per key in `rate_limit_hits`: one atomic upsert per request. */
export class DatabaseRateLimitStore implements Store {
  private windowSeconds = 60;

  constructor(private readonly db: Database) {}

  init(options: { windowMs: number }): void {
    this.windowSeconds = Math.max(1, Math.round(options.windowMs / 1000));
  }

  async increment(key: string) {
    const [row] = await this.db.query<{ hits: number; window_ends_at: Date }>(
      `INSERT INTO rate_limit_hits (key, hits, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limit_hits.window_ends_at <= now() THEN 1 ELSE rate_limit_hits.hits + 1 END,
         window_ends_at = CASE WHEN rate_limit_hits.window_ends_at <= now() THEN now() + make_interval(secs => $2) ELSE rate_limit_hits.window_ends_at END
       RETURNING hits, window_ends_at`,
      [key, this.windowSeconds],
    );
    return { totalHits: row!.hits, resetTime: new Date(row!.window_ends_at) };
  }

  async decrement(key: string): Promise<void> {
    await this.db.query('UPDATE rate_limit_hits SET hits = greatest(hits - 1, 0) WHERE key = $1', [key]);
  }

  async resetKey(key: string): Promise<void> {
    await this.db.query('DELETE FROM rate_limit_hits WHERE key = $1', [key]);
  }
}

export type RateBucket = 'submit' | 'lookup' | 'cancel' | 'login';

export function createRateLimits(db: Database, limits: Record<RateBucket, RateLimit>, trustProxy: number): Record<RateBucket, MiddlewareHandler> {
  const make = (bucket: RateBucket): MiddlewareHandler => rateLimiter({
    windowMs: limits[bucket].windowSeconds * 1000,
    limit: limits[bucket].limit,
    standardHeaders: 'draft-6',
    // The window is part of the key: a changed setting starts from fresh counters.
    keyGenerator: (c: Context) => `${bucket}:${limits[bucket].windowSeconds}:${clientAddress(c, trustProxy)}`,
    store: db.engine === 'postgres' ? new DatabaseRateLimitStore(db) : new MemoryStore(),
    statusCode: 429,
    message: { error: 'rate-limited', message: '操作太频繁，请稍后再试' },
  });
  return { submit: make('submit'), lookup: make('lookup'), cancel: make('cancel'), login: make('login') };
}
