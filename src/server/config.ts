/**
 * The server's settings, read from environment variables (docs/server.md lists them all) into one
 * checked object. Pure: `readConfig(env, cwd)` throws a ConfigError naming every bad variable.
 */
import { isAbsolute, join, resolve } from 'node:path';

export interface RateLimit {
  /** Requests allowed per client address in one window. */
  limit: number;
  windowSeconds: number;
}

export interface ServerConfig {
  /** `postgres://…`: PostgreSQL. Unset: the embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  /** The catalogue whose open days and request settings the server applies. */
  cataloguePath?: string;
  host: string;
  port: number;
  /** The site's own origin when the server sits behind a proxy that rewrites Host (https://www.example.gov.cn). */
  publicOrigin?: string;
  /** Other origins whose pages may post to the API (a county's CMS on another host). */
  allowedOrigins: string[];
  /** Origins that get CORS headers (cross-origin reads and preflights); none by default. */
  corsOrigins: string[];
  /** How many proxies in front add an X-Forwarded-For entry (0: use the socket address). */
  trustProxy: number;
  rateLimits: { submit: RateLimit; lookup: RateLimit; cancel: RateLimit };
  /** A tracking code is locked for `lockSeconds` after `maxFailures` wrong phones within `windowSeconds`. */
  lookupLock: { maxFailures: number; lockSeconds: number; windowSeconds: number };
  /** Waiting-list places as a multiple of a session's capacity. */
  waitlistFactor: number;
  /** Largest identity proof accepted (the catalogue's identityUpload.maxBytes may lower it). */
  uploadMaxBytes: number;
  /** Requests with large bodies (uploads) handled at once; more wait for a 503 and retry. */
  maxConcurrentUploads: number;
  retention: { openDayDays: number; requestDays: number; intervalHours: number };
  logLevel: string;
}

export class ConfigError extends Error {}

export const DEFAULT_DATA_DIR = '.zwgk-data';

export function readConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): ServerConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min = 0): number => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      problems.push(`${name} must be an integer ≥ ${min} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const rate = (name: string, fallback: RateLimit): RateLimit => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const match = /^(\d+)\s*\/\s*(\d+)$/.exec(raw);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      problems.push(`${name} must look like 30/600 (requests per seconds), got "${raw}"`);
      return fallback;
    }
    return { limit: Number(match[1]), windowSeconds: Number(match[2]) };
  };
  const origins = (name: string): string[] => {
    const list = (env[name] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const origin of list) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`${name}: "${origin}" is not an origin like https://www.example.gov.cn`);
    }
    return list.map((o) => o.toLowerCase());
  };
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres://');
  const dataDirRaw = env.ZWGK_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  const dataDir = dataDirRaw === 'memory://' ? dataDirRaw : isAbsolute(dataDirRaw) ? dataDirRaw : resolve(cwd, dataDirRaw);
  const publicOrigin = env.ZWGK_PUBLIC_ORIGIN?.trim() || undefined;
  if (publicOrigin && !/^https?:\/\/[^/\s]+$/.test(publicOrigin)) problems.push(`ZWGK_PUBLIC_ORIGIN: "${publicOrigin}" is not an origin`);
  const config: ServerConfig = {
    databaseUrl,
    dataDir,
    poolSize: int('ZWGK_DB_POOL', 10, 1),
    cataloguePath: env.ZWGK_CATALOGUE?.trim() ? resolve(cwd, env.ZWGK_CATALOGUE.trim()) : undefined,
    host: env.HOST?.trim() || '127.0.0.1',
    port: int('PORT', 8080),
    publicOrigin: publicOrigin?.toLowerCase(),
    allowedOrigins: origins('ZWGK_ALLOWED_ORIGINS'),
    corsOrigins: origins('ZWGK_CORS_ORIGINS'),
    trustProxy: int('ZWGK_TRUST_PROXY', 0),
    rateLimits: {
      submit: rate('ZWGK_RATE_SUBMIT', { limit: 20, windowSeconds: 600 }),
      lookup: rate('ZWGK_RATE_LOOKUP', { limit: 30, windowSeconds: 600 }),
      cancel: rate('ZWGK_RATE_CANCEL', { limit: 10, windowSeconds: 600 }),
    },
    lookupLock: {
      maxFailures: int('ZWGK_LOOKUP_MAX_FAILURES', 5, 1),
      lockSeconds: int('ZWGK_LOOKUP_LOCK_SECONDS', 3600, 1),
      windowSeconds: int('ZWGK_LOOKUP_FAILURE_WINDOW_SECONDS', 86_400, 1),
    },
    waitlistFactor: Number(env.ZWGK_WAITLIST_FACTOR ?? 2),
    uploadMaxBytes: int('ZWGK_UPLOAD_MAX_BYTES', 5 * 1024 * 1024, 1),
    maxConcurrentUploads: int('ZWGK_MAX_CONCURRENT_UPLOADS', 4, 1),
    retention: {
      openDayDays: int('ZWGK_RETENTION_OPEN_DAY_DAYS', 30),
      requestDays: int('ZWGK_RETENTION_REQUEST_DAYS', 365),
      intervalHours: int('ZWGK_RETENTION_INTERVAL_HOURS', 24, 0),
    },
    logLevel: env.ZWGK_LOG_LEVEL?.trim() || 'info',
  };
  if (!Number.isFinite(config.waitlistFactor) || config.waitlistFactor < 0) problems.push('ZWGK_WAITLIST_FACTOR must be a number ≥ 0');
  if (problems.length) throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

/** The served folders a data directory must never sit in (the demo site's root, the build output). */
export function dataDirInside(dataDir: string, servedFolders: readonly string[]): string | undefined {
  const dir = resolve(dataDir);
  return servedFolders.map((f) => resolve(f)).find((folder) => dir === folder || dir.startsWith(join(folder, '/')));
}
