/**
 * The phone check behind a tracking code (status lookup, cancellation): after `maxFailures` wrong
 * phones within the window the code is locked for a while (429 with Retry-After), for everyone,
 * in every process. A right phone does not reset the count, so an attacker gains nothing by
 * interleaving with the owner.
 */
import type { Database } from './db/database.js';
import { ApiError } from './http/problem.js';

export interface LookupLock {
  maxFailures: number;
  lockSeconds: number;
  windowSeconds: number;
}

/** `login` counts wrong passwords per account name (src/server/staff/auth.ts). */
export type LookupScope = 'request' | 'signup' | 'login';

const lockedError = (scope: LookupScope, seconds: number) =>
  new ApiError(429, 'locked', `${scope === 'login' ? '密码错误次数过多，该账号已暂时锁定' : '查询失败次数过多'}，请 ${Math.ceil(seconds / 60)} 分钟后再试`, undefined, { 'Retry-After': String(Math.max(1, Math.ceil(seconds))) });

/** Throws 429 while the code is locked. */
export async function assertNotLocked(db: Database, scope: LookupScope, code: string): Promise<void> {
  const [row] = await db.query<{ seconds: number }>(
    'SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM lookup_failures WHERE scope = $1 AND code = $2 AND locked_until > now()',
    [scope, code],
  );
  if (row) throw lockedError(scope, row.seconds);
}

/** Counts one wrong phone for the code; locks it on every `maxFailures`-th failure in the window. */
export async function recordFailure(db: Database, scope: LookupScope, code: string, lock: LookupLock): Promise<void> {
  await db.query(
    `INSERT INTO lookup_failures (scope, code, failures, first_failure_at, locked_until)
       VALUES ($1, $2, 1, now(), CASE WHEN $3 <= 1 THEN now() + make_interval(secs => $4) END)
     ON CONFLICT (scope, code) DO UPDATE SET
       failures = CASE WHEN lookup_failures.first_failure_at < now() - make_interval(secs => $5) THEN 1 ELSE lookup_failures.failures + 1 END,
       first_failure_at = CASE WHEN lookup_failures.first_failure_at < now() - make_interval(secs => $5) THEN now() ELSE lookup_failures.first_failure_at END,
       locked_until = CASE
         WHEN lookup_failures.first_failure_at >= now() - make_interval(secs => $5) AND (lookup_failures.failures + 1) % $3 = 0 THEN now() + make_interval(secs => $4)
         ELSE lookup_failures.locked_until END`,
    [scope, code, lock.maxFailures, lock.lockSeconds, lock.windowSeconds],
  );
}

/** Phones compared as digits only: 0373-5551234 and 0373 5551234 are one number. */
export const phoneDigits = (phone: string): string => phone.replace(/\D/g, '');

/**
 * The record behind a code, only for the phone it was made with: a code of the wrong shape or a
 * wrong phone gets `notFound()` (nothing revealed), and every wrong phone counts towards the lock.
 */
export async function verifyPhone<T>(
  db: Database,
  check: { scope: LookupScope; code: string; phone: string; shape: RegExp; lock: LookupLock; notFound: () => Error },
  find: (code: string) => Promise<T | undefined>,
  phoneOf: (record: T) => string | null,
): Promise<T> {
  if (!check.shape.test(check.code)) throw check.notFound();
  await assertNotLocked(db, check.scope, check.code);
  const record = await find(check.code);
  const stored = record && phoneOf(record);
  if (!record || !stored || stored !== phoneDigits(check.phone)) {
    await recordFailure(db, check.scope, check.code, check.lock);
    throw check.notFound();
  }
  return record;
}
