/**
 * 依申请公开 applications in the database: one transaction records the application, its first
 * event (接收), its upload and its idempotency key, or nothing at all.
 */
import type { RequestPayload } from '../../forms/request-schema.js';
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
}

export async function insertRequest(db: Database, request: NewRequest): Promise<{ code: string; replayed: boolean }> {
  for (let attempt = 0; ; attempt++) {
    const code = request.code ?? requestCode(request.receivedAt);
    try {
      return await db.transaction(async (tx) => {
        if (request.idempotency) {
          const earlier = await claimKey(tx, { ...request.idempotency, code });
          if (earlier) return { code: earlier, replayed: true };
        }
        await writeRequest(tx, code, request);
        return { code, replayed: false };
      });
    } catch (error) {
      // A drawn code already taken (about one in 10⁹ per day): draw again.
      if (sqlState(error) !== UNIQUE_VIOLATION || request.code || attempt >= 5) throw error;
    }
  }
}

async function writeRequest(tx: Queryable, code: string, request: NewRequest): Promise<void> {
  const { application, upload, receivedAt } = request;
  await tx.query(
    `INSERT INTO requests (code, received_at, stage, applicant_type, application, lookup_phone, source)
     VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7)`,
    [code, receivedAt.toISOString(), STAGES[0], application.applicantType, JSON.stringify(application), applicantPhone(application), request.source ?? 'online'],
  );
  await tx.query('INSERT INTO request_events (request_code, at, stage, actor) VALUES ($1, $2, $3, $4)', [code, receivedAt.toISOString(), STAGES[0], 'applicant']);
  if (upload) {
    await tx.query(
      `INSERT INTO request_uploads (request_code, kind, file_name, media_type, size_bytes, sha256, data) VALUES ($1, 'identity-proof', $2, $3, $4, $5, $6)`,
      [code, upload.fileName, upload.mediaType, upload.bytes.length, upload.sha256, upload.bytes],
    );
  }
}

export async function findRequest(db: Queryable, code: string): Promise<StoredRequest | undefined> {
  const [row] = await db.query<{ code: string; received_at: Date; stage: string; outcome: string | null; application: StoredRequest['application']; lookup_phone: string | null }>(
    'SELECT code, received_at, stage, outcome, application, lookup_phone FROM requests WHERE code = $1',
    [code],
  );
  return row && { code: row.code, receivedAt: new Date(row.received_at), stage: row.stage, outcome: row.outcome, application: row.application, lookupPhone: row.lookup_phone };
}

/** The upload's description (never its bytes), for the record view. */
export async function findUpload(db: Queryable, code: string) {
  const [row] = await db.query<{ file_name: string; media_type: string; size_bytes: number; sha256: string }>(
    `SELECT file_name, media_type, size_bytes, sha256 FROM request_uploads WHERE request_code = $1 AND kind = 'identity-proof'`,
    [code],
  );
  return row && { name: row.file_name, type: row.media_type, size: row.size_bytes, sha256: row.sha256 };
}
