/**
 * The audit log: one row per staff action (and per sign-in), written in the same transaction as
 * the change it records, never updated or deleted (a trigger refuses both). Personal data stays
 * out of it: subjects are named by their codes, and details hold the workflow's own fields.
 */
import type { Queryable } from './db/database.js';

export type AuditSubject = 'request' | 'signup' | 'open-day-session' | 'staff' | 'opinion';

export interface AuditEntry {
  at: Date;
  actor: { id: string; name?: string; role?: string };
  action: string;
  subjectType: AuditSubject;
  subjectId: string;
  stateBefore?: string | null;
  stateAfter?: string | null;
  details?: unknown;
}

export interface AuditRow extends Omit<AuditEntry, 'at'> {
  id: number;
  at: string;
}

export async function appendAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (at, actor, actor_name, actor_role, action, subject_type, subject_id, state_before, state_after, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text::jsonb)`,
    [
      entry.at.toISOString(), entry.actor.id, entry.actor.name ?? null, entry.actor.role ?? null, entry.action, entry.subjectType, entry.subjectId,
      entry.stateBefore ?? null, entry.stateAfter ?? null, entry.details === undefined ? null : JSON.stringify(entry.details),
    ],
  );
}

type Row = { id: string | number; at: Date; actor: string; actor_name: string | null; actor_role: string | null; action: string; subject_type: AuditSubject; subject_id: string; state_before: string | null; state_after: string | null; details: unknown };

const fromRow = (r: Row): AuditRow => ({
  id: Number(r.id), at: new Date(r.at).toISOString(), actor: { id: r.actor, ...(r.actor_name ? { name: r.actor_name } : {}), ...(r.actor_role ? { role: r.actor_role } : {}) },
  action: r.action, subjectType: r.subject_type, subjectId: r.subject_id, stateBefore: r.state_before, stateAfter: r.state_after, ...(r.details == null ? {} : { details: r.details }),
});

/** The audit rows of one subject, oldest first. */
export async function auditOf(db: Queryable, subjectType: AuditSubject, subjectId: string): Promise<AuditRow[]> {
  const rows = await db.query<Row>('SELECT * FROM audit_log WHERE subject_type = $1 AND subject_id = $2 ORDER BY id', [subjectType, subjectId]);
  return rows.map(fromRow);
}

/** The latest audit rows, newest first (the desk's log view). */
export async function recentAudit(db: Queryable, limit = 200): Promise<AuditRow[]> {
  const rows = await db.query<Row>('SELECT * FROM audit_log ORDER BY id DESC LIMIT $1', [limit]);
  return rows.map(fromRow);
}
