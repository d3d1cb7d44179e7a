/**
 * Retention (docs/server.md): personal data is removed a set number of days after an open-day
 * session ends (the consent text promises 30) and after an application is closed (归档), and the contact given with a consultation opinion 180 days after it came in, keeping
 * the rows, their status, dates and outcome, so counts and statistics stay right. Also clears
 * expired idempotency keys, lookup locks and rate-limit counters. Runs daily in the server and as
 * `zwgk-server retention`.
 */
import type { Database } from './db/database.js';

export interface RetentionPolicy {
  openDayDays: number;
  requestDays: number;
  /** Days after receipt an opinion keeps the name and phone given with it (the text and its decision stay). */
  opinionDays?: number;
}

/** Long enough to ask back during a consultation and until its 采纳情况 is published. */
export const OPINION_CONTACT_DAYS = 180;

export interface RetentionResult {
  signupsAnonymised: number;
  requestsAnonymised: number;
  uploadsDeleted: number;
  opinionsAnonymised: number;
}

/** How long an idempotency key is honoured: far beyond any retry, short of keeping hashes forever. */
const IDEMPOTENCY_DAYS = 30;

export async function runRetention(db: Database, policy: RetentionPolicy, now: Date = new Date()): Promise<RetentionResult> {
  const at = now.toISOString();
  return db.transaction(async (tx) => {
    const signups = await tx.query(
      `UPDATE open_day_signups s SET name = NULL, phone = NULL, fields = NULL, personal_data_removed_at = $1
       FROM open_day_sessions o
       WHERE s.event_id = o.event_id AND s.session_id = o.session_id AND s.personal_data_removed_at IS NULL
         AND coalesce(o.ends_at, o.starts_at) < $1::timestamptz - make_interval(days => $2)
       RETURNING s.code`,
      [at, policy.openDayDays],
    );
    const uploads = await tx.query(
      `DELETE FROM request_uploads u USING requests r
       WHERE u.request_code = r.code AND r.closed_at IS NOT NULL AND r.closed_at < $1::timestamptz - make_interval(days => $2)
       RETURNING u.id`,
      [at, policy.requestDays],
    );
    const requests = await tx.query(
      `UPDATE requests SET
         application = jsonb_strip_nulls(jsonb_build_object(
           'applicantType', application->'applicantType', 'information', application->'information',
           -- an organisation's kind (商业企业, 科研机构…) is a column of the annual report, not personal data
           'organisation', CASE WHEN application->'organisation' ? 'kind' THEN jsonb_build_object('kind', application->'organisation'->'kind') END,
           'provideForm', application->'provideForm', 'delivery', application->'delivery')),
         lookup_phone = NULL, personal_data_removed_at = $1
       WHERE closed_at IS NOT NULL AND closed_at < $1::timestamptz - make_interval(days => $2) AND personal_data_removed_at IS NULL
       RETURNING code`,
      [at, policy.requestDays],
    );
    const opinions = await tx.query(
      `UPDATE consultation_opinions SET name = NULL, phone = NULL, personal_data_removed_at = $1
       WHERE personal_data_removed_at IS NULL AND received_at < $1::timestamptz - make_interval(days => $2)
       RETURNING code`,
      [at, policy.opinionDays ?? OPINION_CONTACT_DAYS],
    );
    await tx.query(`DELETE FROM idempotency_keys WHERE created_at < $1::timestamptz - make_interval(days => $2)`, [at, IDEMPOTENCY_DAYS]);
    await tx.query(`DELETE FROM lookup_failures WHERE greatest(first_failure_at, coalesce(locked_until, first_failure_at)) < $1::timestamptz - interval '2 days'`, [at]);
    await tx.query('DELETE FROM rate_limit_hits WHERE window_ends_at < $1', [at]);
    const result = { signupsAnonymised: signups.length, requestsAnonymised: requests.length, uploadsDeleted: uploads.length, opinionsAnonymised: opinions.length };
    await tx.query('INSERT INTO retention_runs (ran_at, signups_anonymised, requests_anonymised, uploads_deleted, opinions_anonymised) VALUES ($1, $2, $3, $4, $5)', [at, result.signupsAnonymised, result.requestsAnonymised, result.uploadsDeleted, result.opinionsAnonymised]);
    return result;
  });
}
