/**
 * The database schema as numbered SQL migrations, applied in order at start (migrate.ts) and
 * recorded in `schema_migrations`. Never edit a released migration: add the next one. The same
 * SQL runs on PGlite and on PostgreSQL ≥ 13.
 *
 * Room left for the staff desk: an application's stage history is the `request_events` table
 * (one row per step, with the actor), not a column; sign-up statuses are text with a CHECK a later
 * migration can widen; counts per status are kept by a trigger whatever code changes a status.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'requests and open-day sign-ups',
    sql: `
-- 依申请公开 applications. application: the JSON as sent (without the upload); lookup_phone: the
-- applicant's phone as digits, for the status lookup. Both become NULL / anonymous when the
-- retention job removes personal data; the row, its dates, stage and outcome stay for statistics.
CREATE TABLE requests (
  code text PRIMARY KEY,
  received_at timestamptz NOT NULL,
  stage text NOT NULL,
  outcome text,
  applicant_type text NOT NULL,
  application jsonb,
  lookup_phone text,
  source text NOT NULL DEFAULT 'online',
  closed_at timestamptz,
  personal_data_removed_at timestamptz
);
CREATE INDEX requests_received_at ON requests (received_at);
CREATE INDEX requests_to_anonymise ON requests (closed_at) WHERE closed_at IS NOT NULL AND personal_data_removed_at IS NULL;

-- Every step of an application, oldest first: 接收 now; the staff desk adds the others.
CREATE TABLE request_events (
  id bigserial PRIMARY KEY,
  request_code text NOT NULL REFERENCES requests (code) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  stage text NOT NULL,
  actor text NOT NULL DEFAULT 'applicant',
  note text
);
CREATE INDEX request_events_by_request ON request_events (request_code, at);

-- Uploaded files (身份证明 now; 委托书 later), bytes checked by their signature, never served as files.
CREATE TABLE request_uploads (
  id bigserial PRIMARY KEY,
  request_code text NOT NULL REFERENCES requests (code) ON DELETE CASCADE,
  kind text NOT NULL,
  file_name text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  data bytea NOT NULL,
  UNIQUE (request_code, kind)
);

-- Open-day sessions as the catalogue defines them (synchronised at start); the row is the lock
-- every sign-up and cancellation of the session takes, so several processes never overbook.
CREATE TABLE open_day_sessions (
  event_id text NOT NULL,
  session_id text NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 0),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  PRIMARY KEY (event_id, session_id)
);

CREATE TABLE open_day_signups (
  code text PRIMARY KEY,
  event_id text NOT NULL,
  session_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('confirmed', 'pending', 'waitlisted', 'cancelled', 'rejected')),
  seq bigserial NOT NULL,
  name text,
  phone text,
  fields jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  personal_data_removed_at timestamptz,
  FOREIGN KEY (event_id, session_id) REFERENCES open_day_sessions (event_id, session_id)
);
CREATE UNIQUE INDEX open_day_signups_one_per_phone ON open_day_signups (event_id, session_id, phone)
  WHERE status IN ('confirmed', 'pending', 'waitlisted');
CREATE INDEX open_day_signups_queue ON open_day_signups (event_id, session_id, status, seq);

-- Sign-ups per session and status, kept by a trigger: public counts are one indexed read, however
-- many sign-ups are stored, and stay right whatever code changes a status.
CREATE TABLE open_day_counts (
  event_id text NOT NULL,
  session_id text NOT NULL,
  status text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (event_id, session_id, status)
);
CREATE FUNCTION open_day_count_signups() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE open_day_counts SET n = n - 1
      WHERE event_id = OLD.event_id AND session_id = OLD.session_id AND status = OLD.status;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO open_day_counts (event_id, session_id, status, n) VALUES (NEW.event_id, NEW.session_id, NEW.status, 1)
      ON CONFLICT (event_id, session_id, status) DO UPDATE SET n = open_day_counts.n + 1;
  END IF;
  RETURN NULL;
END
$fn$;
CREATE TRIGGER open_day_signups_count AFTER INSERT OR DELETE OR UPDATE OF status, event_id, session_id
  ON open_day_signups FOR EACH ROW EXECUTE FUNCTION open_day_count_signups();

-- Idempotency keys, bound to the route and a hash of the payload.
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  route text NOT NULL,
  payload_sha256 text NOT NULL,
  resource_code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Failed phone checks per code (scope 'request' or 'signup'); a code is locked after too many.
CREATE TABLE lookup_failures (
  scope text NOT NULL,
  code text NOT NULL,
  failures integer NOT NULL,
  first_failure_at timestamptz NOT NULL,
  locked_until timestamptz,
  PRIMARY KEY (scope, code)
);

-- Per-client request counters shared by every process on one PostgreSQL.
CREATE TABLE rate_limit_hits (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  window_ends_at timestamptz NOT NULL
);

-- What each retention run removed (counts only).
CREATE TABLE retention_runs (
  id bigserial PRIMARY KEY,
  ran_at timestamptz NOT NULL,
  signups_anonymised integer NOT NULL,
  requests_anonymised integer NOT NULL,
  uploads_deleted integer NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'staff desk: accounts, sessions, audit, the workflow, open-day desk',
    sql: `
-- Staff accounts (zwgk-server user add). username is the actor id in events and the audit log.
-- password_hash: scrypt (src/server/staff/passwords.ts); NULL for accounts the proxy signs in.
CREATE TABLE staff_users (
  username text PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._@-]{2,64}$'),
  display_name text NOT NULL,
  roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['registrar', 'handler', 'reviewer', 'admin']::text[]),
  password_hash text,
  created_at timestamptz NOT NULL,
  password_changed_at timestamptz,
  disabled_at timestamptz
);

-- Signed-in sessions: only the SHA-256 of the cookie's token is kept, so a copy of the table
-- signs nobody in. csrf_token is the synchronizer token the desk sends in X-CSRF-Token.
CREATE TABLE staff_sessions (
  token_sha256 text PRIMARY KEY,
  username text NOT NULL REFERENCES staff_users (username) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_sessions_by_user ON staff_sessions (username);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

-- Installation secrets shared by every process on one database (the CSRF key of trusted-header mode).
CREATE TABLE server_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every staff action: who, when, in which role, what, on what, the state before and after.
-- Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  actor_name text,
  actor_role text,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  state_before text,
  state_after text,
  details jsonb
);
CREATE INDEX audit_log_by_subject ON audit_log (subject_type, subject_id, id);
CREATE INDEX audit_log_by_actor ON audit_log (actor, id);
CREATE FUNCTION zwgk_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION zwgk_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION zwgk_append_only();

-- The workflow (src/forms/request-workflow.ts): each row of request_events holds its event as
-- recorded by decide(). The first row of an online application is its submit event.
ALTER TABLE request_events ADD COLUMN event jsonb;
UPDATE request_events SET event = jsonb_build_object(
    'action', 'submit',
    'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'on', to_char((at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM-DD'),
    'actor', jsonb_build_object('id', 'applicant', 'role', 'applicant'))
  WHERE event IS NULL;
CREATE TRIGGER request_events_append_only BEFORE UPDATE OR DELETE ON request_events FOR EACH ROW EXECUTE FUNCTION zwgk_append_only();

-- state: the workflow state after the last event; agency_id: the agency the application is made
-- to (the catalogue's acceptingAgencyId when it arrived), for the queue and the annual report.
ALTER TABLE requests ADD COLUMN state text NOT NULL DEFAULT 'submitted'
  CHECK (state IN ('submitted', 'accepted', 'correction', 'consultation', 'concluded', 'archived', 'voided'));
ALTER TABLE requests ADD COLUMN agency_id text;
ALTER TABLE requests ADD COLUMN event_count integer NOT NULL DEFAULT 1;
CREATE INDEX requests_by_state ON requests (state);
-- A second upload kind: the agent's 委托书.
ALTER TABLE request_uploads ADD CONSTRAINT request_uploads_kind CHECK (kind IN ('identity-proof', 'authorization'));

-- The open-day desk's statuses beside the sign-up's own.
ALTER TABLE open_day_signups DROP CONSTRAINT open_day_signups_status_check;
ALTER TABLE open_day_signups ADD CONSTRAINT open_day_signups_status_check
  CHECK (status IN ('confirmed', 'pending', 'waitlisted', 'cancelled', 'rejected', 'not_selected', 'checked_in', 'absent'));

-- One draw per session, kept whole so anyone can re-run it (open-day-draw.ts).
CREATE TABLE open_day_draws (
  event_id text NOT NULL,
  session_id text NOT NULL,
  result jsonb NOT NULL,
  drawn_at timestamptz NOT NULL,
  drawn_by text NOT NULL,
  PRIMARY KEY (event_id, session_id),
  FOREIGN KEY (event_id, session_id) REFERENCES open_day_sessions (event_id, session_id)
);

-- The 评议 questionnaire: one response per checked-in attendee.
CREATE TABLE open_day_survey_responses (
  code text PRIMARY KEY REFERENCES open_day_signups (code),
  event_id text NOT NULL,
  session_id text NOT NULL,
  answers jsonb NOT NULL,
  submitted_at timestamptz NOT NULL,
  publish_comment boolean NOT NULL DEFAULT false
);
CREATE INDEX open_day_survey_by_session ON open_day_survey_responses (event_id, session_id);
-- Whether the session's summary is shown on the public page (the county chooses, on the desk).
ALTER TABLE open_day_sessions ADD COLUMN survey_public boolean NOT NULL DEFAULT false;
`,
  },
  {
    version: 3,
    name: 'consultation opinions',
    sql: `
-- Opinions sent through <zwgk-consultation>'s form (意见征集). name and phone are optional and
-- personal: staff see them, the public never does, and retention removes them. outcome, reason
-- and summary are the staff's record of how each opinion was used (采纳情况): summary is the
-- wording fit for the published report, written by staff, never the citizen's text as sent.
CREATE TABLE consultation_opinions (
  code text PRIMARY KEY,
  consultation_id text NOT NULL,
  received_at timestamptz NOT NULL,
  opinion text,
  article text,
  name text,
  phone text,
  outcome text CHECK (outcome IN ('adopted', 'partly_adopted', 'not_adopted')),
  reason text,
  summary text,
  decided_at timestamptz,
  decided_by text,
  personal_data_removed_at timestamptz,
  CHECK (outcome IS NULL OR outcome = 'adopted' OR reason IS NOT NULL)
);
CREATE INDEX consultation_opinions_by_consultation ON consultation_opinions (consultation_id, received_at);
CREATE INDEX consultation_opinions_to_anonymise ON consultation_opinions (received_at) WHERE personal_data_removed_at IS NULL;
ALTER TABLE retention_runs ADD COLUMN opinions_anonymised integer NOT NULL DEFAULT 0;
`,
  },
  {
    version: 4,
    name: 'rate-limit counters without the write-ahead log',
    sql: `
-- A counter is updated on every rate-limited request: kept out of the WAL, an update no longer
-- waits for a disk flush. After a crash PostgreSQL empties the table, which only restarts the
-- current windows (no record is lost: nothing else lives here).
ALTER TABLE rate_limit_hits SET UNLOGGED;
`,
  },
];

