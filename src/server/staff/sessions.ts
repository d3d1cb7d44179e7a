/**
 * Desk sessions: a random 256-bit token in an HttpOnly, SameSite=Strict cookie (Secure over
 * HTTPS); the database keeps only its SHA-256. A session ends after `sessionIdleMinutes` without
 * a request and at the latest `sessionMaxHours` after sign-in, at sign-out, when the password
 * changes and when the account is disabled.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { StaffRole } from '../../forms/request-workflow.js';
import type { StaffSettings } from '../config.js';
import type { Queryable } from '../db/database.js';

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface StaffSession {
  username: string;
  name: string;
  roles: StaffRole[];
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(tx: Queryable, username: string, now: Date, settings: Pick<StaffSettings, 'sessionIdleMinutes' | 'sessionMaxHours'>): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + Math.min(settings.sessionIdleMinutes * 60_000, settings.sessionMaxHours * 3_600_000));
  await tx.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now.toISOString()]);
  await tx.query(
    'INSERT INTO staff_sessions (token_sha256, username, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)',
    [tokenHash(token), username, csrfToken, now.toISOString(), expiresAt.toISOString()],
  );
  return { token, csrfToken, expiresAt };
}

/**
 * The live session behind a cookie token, its idle time renewed (written at most once a minute,
 * never past the absolute limit); undefined when unknown, expired, or its account is disabled.
 */
export async function findSession(db: Queryable, token: string, now: Date, settings: Pick<StaffSettings, 'sessionIdleMinutes' | 'sessionMaxHours'>): Promise<StaffSession | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const hash = tokenHash(token);
  const [row] = await db.query<{ username: string; display_name: string; roles: string[]; csrf_token: string; created_at: Date; last_seen_at: Date; expires_at: Date }>(
    `SELECT s.username, u.display_name, u.roles, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at
       FROM staff_sessions s JOIN staff_users u USING (username)
      WHERE s.token_sha256 = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [hash, now.toISOString()],
  );
  if (!row) return undefined;
  let expiresAt = new Date(row.expires_at);
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= 60_000) {
    const limit = new Date(row.created_at).getTime() + settings.sessionMaxHours * 3_600_000;
    expiresAt = new Date(Math.min(now.getTime() + settings.sessionIdleMinutes * 60_000, limit));
    await db.query('UPDATE staff_sessions SET last_seen_at = $2, expires_at = $3 WHERE token_sha256 = $1', [hash, now.toISOString(), expiresAt.toISOString()]);
  }
  return { username: row.username, name: row.display_name, roles: row.roles as StaffRole[], csrfToken: row.csrf_token, expiresAt };
}

export async function deleteSession(db: Queryable, token: string): Promise<string | undefined> {
  const [row] = await db.query<{ username: string }>('DELETE FROM staff_sessions WHERE token_sha256 = $1 RETURNING username', [tokenHash(token)]);
  return row?.username;
}
