/**
 * Staff accounts: who may sign in to the desk and in which roles (登记员 registrar, 承办人 handler,
 * 审核人 reviewer, 管理员 admin). Created and changed with `zwgk-server user …` (every change
 * audited, every password change ends the account's sessions); read by the sign-in and by the
 * desk's list of handlers to assign.
 */
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../forms/request-workflow.js';
import { appendAudit } from '../audit.js';
import type { Database, Queryable } from '../db/database.js';

export interface StaffUser {
  username: string;
  name: string;
  roles: StaffRole[];
  disabled: boolean;
  /** False for accounts the trusted proxy signs in. */
  hasPassword: boolean;
}

export const USERNAME = /^[a-z0-9._@-]{2,64}$/;

type Row = { username: string; display_name: string; roles: string[]; password_hash: string | null; disabled_at: Date | null };
const fromRow = (r: Row): StaffUser => ({ username: r.username, name: r.display_name, roles: r.roles as StaffRole[], disabled: r.disabled_at !== null, hasPassword: r.password_hash !== null });

/** Account names are compared in lower case: 'WangFang' and 'wangfang' are one account. */
export const normaliseUsername = (name: unknown): string => (typeof name === 'string' ? name.trim().toLowerCase() : '');

/** Roles from `handler,reviewer`, `承办人、审核人` or a mix; undefined when any is unknown or none is given. */
export function parseRoles(text: string): StaffRole[] | undefined {
  const byLabel = new Map<string, StaffRole>(STAFF_ROLES.flatMap((r) => [[r, r], [ROLE_LABELS[r]['zh-CN'], r], [ROLE_LABELS[r].en.toLowerCase(), r]] as [string, StaffRole][]));
  const words = text.split(/[\s,，、;；]+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
  const roles = words.map((w) => byLabel.get(w));
  if (!roles.length || roles.some((r) => !r)) return undefined;
  return [...new Set(roles as StaffRole[])].sort((a, b) => STAFF_ROLES.indexOf(a) - STAFF_ROLES.indexOf(b));
}

export async function findUser(db: Queryable, username: string): Promise<(StaffUser & { passwordHash: string | null }) | undefined> {
  const [row] = await db.query<Row>('SELECT username, display_name, roles, password_hash, disabled_at FROM staff_users WHERE username = $1', [username]);
  return row && { ...fromRow(row), passwordHash: row.password_hash };
}

export async function listUsers(db: Queryable, { activeOnly = false } = {}): Promise<StaffUser[]> {
  const rows = await db.query<Row>(`SELECT username, display_name, roles, password_hash, disabled_at FROM staff_users ${activeOnly ? 'WHERE disabled_at IS NULL' : ''} ORDER BY username`);
  return rows.map(fromRow);
}

/** Who made a change from the command line (the operating-system account), for the audit log. */
export interface ChangeBy {
  id: string;
  name?: string;
  role?: string;
}

export class UserError extends Error {}

export async function addUser(db: Database, user: { username: string; name: string; roles: StaffRole[]; passwordHash: string | null }, by: ChangeBy, now = new Date()): Promise<void> {
  if (!USERNAME.test(user.username)) throw new UserError('用户名只能包含小写字母、数字和 . _ @ -，2–64个字符 / a user name is 2–64 of a-z 0-9 . _ @ -');
  if (!user.name.trim()) throw new UserError('请填写姓名（--name） / a display name is required (--name)');
  await db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO staff_users (username, display_name, roles, password_hash, created_at, password_changed_at) VALUES ($1, $2, $3::text[], $4, $5, $6)
       ON CONFLICT (username) DO NOTHING RETURNING username`,
      [user.username, user.name.trim(), `{${user.roles.join(',')}}`, user.passwordHash, now.toISOString(), user.passwordHash ? now.toISOString() : null],
    );
    if (!inserted.length) throw new UserError(`用户 ${user.username} 已存在 / user ${user.username} exists`);
    await appendAudit(tx, { at: now, actor: by, action: 'user_add', subjectType: 'staff', subjectId: user.username, stateAfter: 'active', details: { name: user.name.trim(), roles: user.roles } });
  });
}

async function change(db: Database, username: string, by: ChangeBy, now: Date, action: string, work: (tx: Queryable, before: StaffUser) => Promise<{ after: string; details?: unknown }>): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<Row>('SELECT username, display_name, roles, password_hash, disabled_at FROM staff_users WHERE username = $1 FOR UPDATE', [username]);
    if (!row) throw new UserError(`没有用户 ${username} / no user ${username}`);
    const before = fromRow(row);
    const { after, details } = await work(tx, before);
    await appendAudit(tx, { at: now, actor: by, action, subjectType: 'staff', subjectId: username, stateBefore: before.disabled ? 'disabled' : 'active', stateAfter: after, details });
  });
}

/** A new password; every session of the account ends. */
export async function setPassword(db: Database, username: string, passwordHash: string, by: ChangeBy, now = new Date()): Promise<void> {
  await change(db, username, by, now, 'user_password', async (tx, before) => {
    await tx.query('UPDATE staff_users SET password_hash = $2, password_changed_at = $3 WHERE username = $1', [username, passwordHash, now.toISOString()]);
    await tx.query('DELETE FROM staff_sessions WHERE username = $1', [username]);
    return { after: before.disabled ? 'disabled' : 'active' };
  });
}

export async function setRoles(db: Database, username: string, roles: StaffRole[], by: ChangeBy, now = new Date()): Promise<void> {
  await change(db, username, by, now, 'user_roles', async (tx, before) => {
    await tx.query('UPDATE staff_users SET roles = $2::text[] WHERE username = $1', [username, `{${roles.join(',')}}`]);
    return { after: before.disabled ? 'disabled' : 'active', details: { before: before.roles, after: roles } };
  });
}

/** Disabling signs the account out everywhere at once; its name stays in every trace. */
export async function setDisabled(db: Database, username: string, disabled: boolean, by: ChangeBy, now = new Date()): Promise<void> {
  await change(db, username, by, now, disabled ? 'user_disable' : 'user_enable', async (tx) => {
    await tx.query('UPDATE staff_users SET disabled_at = $2 WHERE username = $1', [username, disabled ? now.toISOString() : null]);
    if (disabled) await tx.query('DELETE FROM staff_sessions WHERE username = $1', [username]);
    return { after: disabled ? 'disabled' : 'active' };
  });
}

/**
 * Trusted-header mode: the proxy names the user; the account row is kept in step (name, roles) so
 * the desk can list handlers and traces show names. Written only when something changed.
 */
export async function syncHeaderUser(db: Queryable, user: { username: string; name: string; roles: StaffRole[] }, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO staff_users (username, display_name, roles, password_hash, created_at) VALUES ($1, $2, $3::text[], NULL, $4)
     ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, roles = EXCLUDED.roles
       WHERE staff_users.display_name IS DISTINCT FROM EXCLUDED.display_name OR staff_users.roles IS DISTINCT FROM EXCLUDED.roles`,
    [user.username, user.name, `{${user.roles.join(',')}}`, now.toISOString()],
  );
}
