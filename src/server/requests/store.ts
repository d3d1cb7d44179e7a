/**
 * 依申请公开 applications in the database: the application, its first event (接收), its upload
 * and its idempotency key are recorded together, or nothing at all.
 */
import type { RequestPayload } from '../../forms/request-schema.js';
import type { WorkflowEvent } from '../../forms/request-workflow.js';
import { beijingDate } from '../../forms/working-days.js';
import { UNIQUE_VIOLATION, sqlState, type Database, type Queryable } from '../db/database.js';
import { requestCode } from '../codes.js';
import { claimKey } from '../idempotency.js';
import { phoneDigits } from '../lookup-guard.js';
import type { CheckedUpload } from './upload.js';

/** The steps a citizen sees; the staff desk moves an application along them. */
export const STAGES = ['接收', '登记', '审核', '办理', '答复', '归档'] as const;

export interface StoredRequest {
  code: string;
  receivedAt: Date;
  stage: string;
  outcome: string | null;
  application: Omit<RequestPayload, 'identityProof'> | null;
  lookupPhone: string | null;
}

export const applicantPhone = (application: Omit<RequestPayload, 'identityProof'>): string =>
  phoneDigits((application.applicantType === '公民' ? application.citizen?.phone : application.organisation?.phone) ?? '');

export interface NewRequest {
  application: Omit<RequestPayload, 'identityProof'>;
  upload?: CheckedUpload;
  receivedAt: Date;
  source?: string;
  idempotency?: { key: string; route: string; hash: string };
  /** A code kept from elsewhere (the journal import); otherwise a new one is drawn. */
  code?: string;
  /** The agency the application is made to (the catalogue's acceptingAgencyId). */
  agencyId?: string;
  /** The 委托书 of an agent, beside the identity proof. */
  authorization?: CheckedUpload;
}

/** The first event of an online application (request-workflow.ts): submitted by the applicant. */
export const submitEvent = (at: Date): WorkflowEvent => ({ action: 'submit', at: at.toISOString(), on: beijingDate(at), actor: { id: 'applicant', role: 'applicant' } });

/**
 * Records an application in ONE statement (data-modifying CTEs): the idempotency claim, the
 * application, its first event and its upload commit together or not at all, in a single round
 * trip, which is what PGlite's single connection needs to keep up. When the key is already
 * claimed nothing is written and the earlier code is returned.
 */
export async function insertRequest(db: Database, request: NewRequest): Promise<{ code: string; replayed: boolean }> {
  for (let attempt = 0; ; attempt++) {
    const code = request.code ?? requestCode(request.receivedAt);
    try {
      const { sql, params } = insertStatement(code, request);
      const [row] = await db.query<{ inserted: number }>(sql, params);
      if (row!.inserted) return { code, replayed: false };
      const earlier = await db.transaction((tx) => claimKey(tx, { ...request.idempotency!, code }));
      return { code: earlier!, replayed: true };
    } catch (error) {
      // A drawn code already taken (about one in 10⁹ per day): draw again.
      if (sqlState(error) !== UNIQUE_VIOLATION || request.code || attempt >= 5) throw error;
    }
  }
}

function insertStatement(code: string, request: NewRequest): { sql: string; params: unknown[] } {
  const { application, upload, authorization, receivedAt, idempotency } = request;
  const params: unknown[] = [];
  const $ = (value: unknown) => `$${params.push(value)}`;
  const [c, at, stage] = [$(code), $(receivedAt.toISOString()), $(STAGES[0])];
  const claim = idempotency
    ? `INSERT INTO idempotency_keys (key, route, payload_sha256, resource_code) VALUES (${$(idempotency.key)}, ${$(idempotency.route)}, ${$(idempotency.hash)}, ${c}) ON CONFLICT (key) DO NOTHING RETURNING resource_code`
    : `SELECT ${c}::text AS resource_code`;
  const stored = ([['identity-proof', upload], ['authorization', authorization]] as const)
    .filter(([, file]) => file)
    .map(([kind, file], i) => `, upload${i} AS (INSERT INTO request_uploads (request_code, kind, file_name, media_type, size_bytes, sha256, data)
         SELECT code, '${kind}', ${$(file!.fileName)}, ${$(file!.mediaType)}, ${$(file!.bytes.length)}, ${$(file!.sha256)}, ${$(file!.bytes)} FROM inserted RETURNING id)`)
    .join('');
  const sql = `WITH claimed AS (${claim}),
    inserted AS (
      INSERT INTO requests (code, received_at, stage, applicant_type, application, lookup_phone, source, agency_id)
      SELECT ${c}, ${at}, ${stage}, ${$(application.applicantType)}, ${$(JSON.stringify(application))}::text::jsonb, ${$(applicantPhone(application))}, ${$(request.source ?? 'online')}, ${$(request.agencyId ?? null)}
      WHERE EXISTS (SELECT 1 FROM claimed) RETURNING code),
    event AS (INSERT INTO request_events (request_code, at, stage, actor, event) SELECT code, ${at}, ${stage}, 'applicant', ${$(JSON.stringify(submitEvent(receivedAt)))}::text::jsonb FROM inserted RETURNING id)${stored}
    SELECT (SELECT count(*) FROM inserted)::int AS inserted`;
  return { sql, params };
}

export async function findRequest(db: Queryable, code: string): Promise<StoredRequest | undefined> {
  const [row] = await db.query<{ code: string; received_at: Date; stage: string; outcome: string | null; application: StoredRequest['application']; lookup_phone: string | null }>(
    'SELECT code, received_at, stage, outcome, application, lookup_phone FROM requests WHERE code = $1',
    [code],
  );
  return row && { code: row.code, receivedAt: new Date(row.received_at), stage: row.stage, outcome: row.outcome, application: row.application, lookupPhone: row.lookup_phone };
}

export type UploadKind = 'identity-proof' | 'authorization';

/** An upload's description (never its bytes), for the record view. */
export async function findUpload(db: Queryable, code: string, kind: UploadKind = 'identity-proof') {
  const [row] = await db.query<{ file_name: string; media_type: string; size_bytes: number; sha256: string }>(
    'SELECT file_name, media_type, size_bytes, sha256 FROM request_uploads WHERE request_code = $1 AND kind = $2',
    [code, kind],
  );
  return row && { name: row.file_name, type: row.media_type, size: row.size_bytes, sha256: row.sha256 };
}

/** An upload's bytes, for staff to open. */
export async function readUpload(db: Queryable, code: string, kind: UploadKind) {
  const [row] = await db.query<{ file_name: string; media_type: string; data: Uint8Array }>('SELECT file_name, media_type, data FROM request_uploads WHERE request_code = $1 AND kind = $2', [code, kind]);
  return row && { name: row.file_name, type: row.media_type, bytes: row.data };
}
