/**
 * Consultation opinions in the database: recorded as sent (idempotently), listed for the desk, and
 * decided there (采纳 / 部分采纳 / 未采纳 with the reason), each decision audited in the same
 * transaction as the change it records.
 */
import type { AdoptionOutcome } from '../../catalogue/code-values.js';
import type { OpinionCounts } from '../../forms/opinion-moderation.js';
import type { OpinionBody } from '../../forms/opinion-schema.js';
import { appendAudit } from '../audit.js';
import { opinionCode } from '../codes.js';
import { UNIQUE_VIOLATION, sqlState, type Database, type Queryable } from '../db/database.js';
import { ApiError } from '../http/problem.js';
import { claimKey } from '../idempotency.js';

export interface StoredOpinion {
  code: string;
  consultationId: string;
  receivedAt: Date;
  opinion: string | null;
  article: string | null;
  name: string | null;
  phone: string | null;
  outcome: AdoptionOutcome | null;
  reason: string | null;
  summary: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  personalDataRemovedAt: Date | null;
}

const COLUMNS = 'code, consultation_id, received_at, opinion, article, name, phone, outcome, reason, summary, decided_at, decided_by, personal_data_removed_at';
type Row = {
  code: string; consultation_id: string; received_at: Date; opinion: string | null; article: string | null; name: string | null; phone: string | null;
  outcome: AdoptionOutcome | null; reason: string | null; summary: string | null; decided_at: Date | null; decided_by: string | null; personal_data_removed_at: Date | null;
};
const date = (value: Date | null) => (value === null ? null : new Date(value));
const fromRow = (r: Row): StoredOpinion => ({
  code: r.code, consultationId: r.consultation_id, receivedAt: new Date(r.received_at), opinion: r.opinion, article: r.article, name: r.name, phone: r.phone,
  outcome: r.outcome, reason: r.reason, summary: r.summary, decidedAt: date(r.decided_at), decidedBy: r.decided_by, personalDataRemovedAt: date(r.personal_data_removed_at),
});

export async function findOpinion(db: Queryable, code: string): Promise<StoredOpinion | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM consultation_opinions WHERE code = $1`, [code]);
  return row && fromRow(row);
}

export interface OpinionRequest {
  consultationId: string;
  body: OpinionBody;
  now: Date;
  idempotency?: { key: string; route: string; hash: string };
}

/** Records an opinion; a retry with the same key and payload gets the first record back. */
export async function insertOpinion(db: Database, request: OpinionRequest): Promise<{ opinion: StoredOpinion; replayed: boolean }> {
  const { body } = request;
  for (let attempt = 0; ; attempt++) {
    const code = opinionCode();
    try {
      return await db.transaction(async (tx) => {
        if (request.idempotency) {
          const earlier = await claimKey(tx, { ...request.idempotency, code });
          if (earlier) return { opinion: (await findOpinion(tx, earlier))!, replayed: true };
        }
        const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);
        const [row] = await tx.query<Row>(
          `INSERT INTO consultation_opinions (code, consultation_id, received_at, opinion, article, name, phone) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
          [code, request.consultationId, request.now.toISOString(), body.opinion.trim(), blank(body.article), blank(body.name), blank(body.phone)],
        );
        return { opinion: fromRow(row!), replayed: false };
      });
    } catch (error) {
      // A drawn code already taken: draw again.
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt >= 5) throw error;
    }
  }
}

/** The opinions on one consultation, oldest first. */
export async function opinionsOf(db: Queryable, consultationId: string): Promise<StoredOpinion[]> {
  const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM consultation_opinions WHERE consultation_id = $1 ORDER BY received_at, code`, [consultationId]);
  return rows.map(fromRow);
}


/** Opinions per consultation and outcome, in one read. */
export async function opinionCounts(db: Queryable): Promise<Map<string, OpinionCounts>> {
  const rows = await db.query<{ consultation_id: string; outcome: AdoptionOutcome | null; n: number }>(
    'SELECT consultation_id, outcome, count(*)::int AS n FROM consultation_opinions GROUP BY consultation_id, outcome',
  );
  const counts = new Map<string, OpinionCounts>();
  for (const row of rows) {
    const entry = counts.get(row.consultation_id) ?? { received: 0, undecided: 0, adopted: 0, partly_adopted: 0, not_adopted: 0 };
    entry.received += row.n;
    entry[row.outcome ?? 'undecided'] += row.n;
    counts.set(row.consultation_id, entry);
  }
  return counts;
}

export interface OpinionDecision {
  consultationId: string;
  code: string;
  outcome: AdoptionOutcome;
  reason?: string;
  summary?: string;
  actor: { id: string; name: string };
  now: Date;
}

/** Records how an opinion was used (a later decision replaces an earlier one; the audit log keeps both). */
export async function decideOpinion(db: Database, decision: OpinionDecision): Promise<StoredOpinion> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<Row>(`SELECT ${COLUMNS} FROM consultation_opinions WHERE code = $1 AND consultation_id = $2 FOR UPDATE`, [decision.code, decision.consultationId]);
    if (!before) throw new ApiError(404, 'not-found', '没有这条意见');
    const [row] = await tx.query<Row>(
      `UPDATE consultation_opinions SET outcome = $2, reason = $3, summary = $4, decided_at = $5, decided_by = $6 WHERE code = $1 RETURNING ${COLUMNS}`,
      [decision.code, decision.outcome, decision.reason ?? null, decision.summary ?? null, decision.now.toISOString(), decision.actor.id],
    );
    await appendAudit(tx, {
      at: decision.now, actor: decision.actor, action: 'opinion_decided', subjectType: 'opinion', subjectId: decision.code,
      stateBefore: before.outcome, stateAfter: decision.outcome,
      // The staff's own words (the reason and the public summary), never the citizen's text or contact.
      details: { consultationId: decision.consultationId, ...(decision.reason ? { reason: decision.reason } : {}), ...(decision.summary ? { summary: decision.summary } : {}) },
    });
    return fromRow(row!);
  });
}
