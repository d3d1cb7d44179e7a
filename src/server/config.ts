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
  rateLimits: { submit: RateLimit; lookup: RateLimit; cancel: RateLimit; login: RateLimit };
  /** A tracking code is locked for `lockSeconds` after `maxFailures` wrong phones within `windowSeconds`. */
  lookupLock: { maxFailures: number; lockSeconds: number; windowSeconds: number };
  /** Waiting-list places as a multiple of a session's capacity. */
  waitlistFactor: number;
  /** Largest identity proof accepted (the catalogue's identityUpload.maxBytes may lower it). */
  uploadMaxBytes: number;
  /** Requests with large bodies (uploads) handled at once; more wait for a 503 and retry. */
  maxConcurrentUploads: number;
  retention: { openDayDays: number; requestDays: number; opinionDays: number; intervalHours: number };
  logLevel: string;
  staff: StaffSettings;
}

/** How staff sign in to the desk (docs/server.md §12). */
export interface StaffSettings {
  /** `password`: accounts of `zwgk-server user add`; `header`: a reverse proxy that has signed staff in says who they are. */
  auth: 'password' | 'header';
  /** A session ends after this long without a request… */
  sessionIdleMinutes: number;
  /** …and at the latest this long after sign-in. */
  sessionMaxHours: number;
  /** `auto`: Secure cookies when the request came over HTTPS (as the trusted proxy reports it) or the public origin is https. */
  cookieSecure: 'auto' | 'always' | 'never';
  /** An account name is locked for `lockSeconds` after `maxFailures` wrong passwords within `windowSeconds`. */
  loginLock: { maxFailures: number; lockSeconds: number; windowSeconds: number };
  /** log2 of scrypt's N for new passwords. */
  passwordCost: number;
  /** Trusted-header mode: the headers the proxy sets, and the addresses it connects from (IPs or CIDR ranges). */
  header: { user: string; roles: string; name: string; proxies: string[] };
  /** One-person offices: the same person may propose and approve (an extension, a reply). */
  allowSelfApproval: boolean;
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
      login: rate('ZWGK_RATE_LOGIN', { limit: 20, windowSeconds: 600 }),
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
      opinionDays: int('ZWGK_RETENTION_OPINION_DAYS', 180),
      intervalHours: int('ZWGK_RETENTION_INTERVAL_HOURS', 24, 0),
    },
    logLevel: env.ZWGK_LOG_LEVEL?.trim() || 'info',
    staff: readStaffSettings(env, int, problems),
  };
  if (!Number.isFinite(config.waitlistFactor) || config.waitlistFactor < 0) problems.push('ZWGK_WAITLIST_FACTOR must be a number ≥ 0');
  if (problems.length) throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;
const ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+)(\/\d{1,3})?$/;

function readStaffSettings(env: Record<string, string | undefined>, int: (name: string, fallback: number, min?: number) => number, problems: string[]): StaffSettings {
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name]?.trim().toLowerCase();
    if (!raw) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  };
  const headerName = (name: string, fallback: string) => {
    const raw = env[name]?.trim() || fallback;
    if (!HEADER_NAME.test(raw)) problems.push(`${name}: "${raw}" is not an HTTP header name`);
    return raw.toLowerCase();
  };
  const auth = choice('ZWGK_STAFF_AUTH', ['password', 'header'] as const, 'password');
  const proxies = (env.ZWGK_STAFF_PROXY_ADDRESSES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const address of proxies) if (!ADDRESS.test(address)) problems.push(`ZWGK_STAFF_PROXY_ADDRESSES: "${address}" is not an IP address or CIDR range`);
  if (auth === 'header' && !proxies.length) problems.push('ZWGK_STAFF_AUTH=header needs ZWGK_STAFF_PROXY_ADDRESSES: the addresses of the proxy allowed to say who is signed in');
  const cost = int('ZWGK_PASSWORD_COST', 17, 1);
  if (cost < 14 || cost > 20) problems.push(`ZWGK_PASSWORD_COST must be between 14 and 20 (log2 of scrypt's N), got ${cost}`);
  return {
    auth,
    sessionIdleMinutes: int('ZWGK_SESSION_IDLE_MINUTES', 30, 1),
    sessionMaxHours: int('ZWGK_SESSION_MAX_HOURS', 10, 1),
    cookieSecure: choice('ZWGK_COOKIE_SECURE', ['auto', 'always', 'never'] as const, 'auto'),
    loginLock: {
      maxFailures: int('ZWGK_LOGIN_MAX_FAILURES', 5, 1),
      lockSeconds: int('ZWGK_LOGIN_LOCK_SECONDS', 900, 1),
      windowSeconds: int('ZWGK_LOGIN_FAILURE_WINDOW_SECONDS', 900, 1),
    },
    passwordCost: cost,
    header: {
      user: headerName('ZWGK_STAFF_USER_HEADER', 'X-Remote-User'),
      roles: headerName('ZWGK_STAFF_ROLES_HEADER', 'X-Remote-Roles'),
      name: headerName('ZWGK_STAFF_NAME_HEADER', 'X-Remote-Name'),
      proxies,
    },
    allowSelfApproval: ['1', 'true', 'yes'].includes((env.ZWGK_ALLOW_SELF_APPROVAL ?? '').trim().toLowerCase()),
  };
}

/** The served folders a data directory must never sit in (the demo site's root, the build output). */
export function dataDirInside(dataDir: string, servedFolders: readonly string[]): string | undefined {
  const dir = resolve(dataDir);
  return servedFolders.map((f) => resolve(f)).find((folder) => dir === folder || dir.startsWith(join(folder, '/')));
}
