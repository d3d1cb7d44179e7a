/**
 * `zwgk-server import-journal`: moves the JSON Lines journals of the first demo server
 * (requests.jsonl, open-day-signups.jsonl, uploads/) into the database, once. Codes, dates,
 * statuses and idempotency keys are kept. A record glued to a torn line (the journal's old
 * failure: a power cut left half a line, the next record was appended to it) is recovered from
 * the fragment. Running it twice adds nothing. Afterwards every code of the journals is checked
 * to be in the database; the journals can then be archived.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Catalogue, OpenDayEvent } from '../catalogue/schema.js';
import type { RequestPayload } from '../forms/request-schema.js';
import type { Database } from './db/database.js';
import { insertRequest } from './requests/store.js';
import { checkUpload } from './requests/upload.js';
import { findSignup, insertSignup, sessionsOf, type StoredStatus } from './open-days/store.js';

/** Every JSON object in a journal, including one appended to a torn fragment. */
export function readJournal<T>(text: string): { records: T[]; unreadable: number } {
  const records: T[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const parsed = parseLine(line);
    if (parsed === undefined) unreadable++;
    else records.push(parsed as T);
  }
  return { records, unreadable };
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    // The earliest '{' from which the rest parses is the start of the record written after the tear.
    for (let i = line.indexOf('{', 1); i > 0; i = line.indexOf('{', i + 1)) {
      try {
        const value = JSON.parse(line.slice(i));
        if (value && typeof value === 'object') return value;
      } catch {
        // not here
      }
    }
    return undefined;
  }
}

interface JournalRequest {
  code: string;
  receivedAt: string;
  idempotencyKey?: string;
  stage: string;
  outcome?: string;
  application: Omit<RequestPayload, 'identityProof'> & { identityProof?: { name: string; type: string; size: number; file: string } };
}

interface JournalSignup {
  code: string; eventId: string; sessionId: string; status: StoredStatus; name: string; phone: string;
  fields: Record<string, string>; idempotencyKey?: string; createdAt: string; updatedAt: string;
}
type SignupRecord = { type: 'signup'; signup: JournalSignup } | { type: 'status'; code: string; status: StoredStatus; at: string };

export interface ImportSummary {
  requests: { read: number; imported: number; alreadyPresent: number; uploads: number; unreadableLines: number; uploadsMissing: string[] };
  signups: { read: number; imported: number; alreadyPresent: number; unreadableLines: number };
  /** Codes of the journals not found in the database afterwards (must be empty). */
  missing: string[];
}

/** Matches any payload: the journals kept the parsed application, not the bytes that were hashed. */
export const IMPORTED_PAYLOAD = '*';

export async function importJournals(db: Database, files: { requests?: string; signups?: string }, catalogue: Catalogue | undefined): Promise<ImportSummary> {
  const summary: ImportSummary = {
    requests: { read: 0, imported: 0, alreadyPresent: 0, uploads: 0, unreadableLines: 0, uploadsMissing: [] },
    signups: { read: 0, imported: 0, alreadyPresent: 0, unreadableLines: 0 },
    missing: [],
  };
  const expected: { table: 'requests' | 'open_day_signups'; code: string }[] = [];

  if (files.requests && existsSync(files.requests)) {
    const { records, unreadable } = readJournal<JournalRequest>(readFileSync(files.requests, 'utf8'));
    summary.requests.unreadableLines = unreadable;
    for (const record of records) {
      summary.requests.read++;
      expected.push({ table: 'requests', code: record.code });
      if ((await db.query('SELECT 1 FROM requests WHERE code = $1', [record.code])).length) {
        summary.requests.alreadyPresent++;
        continue;
      }
      const { identityProof, ...application } = record.application;
      let upload;
      if (identityProof) {
        if (existsSync(identityProof.file)) {
          const dataUrl = `data:${identityProof.type};base64,${readFileSync(identityProof.file).toString('base64')}`;
          const checked = checkUpload({ name: identityProof.name, type: identityProof.type, dataUrl }, ['application/pdf', 'image/png', 'image/jpeg'], Number.MAX_SAFE_INTEGER);
          if (typeof checked === 'object') upload = checked;
          else summary.requests.uploadsMissing.push(`${record.code}: ${identityProof.file} is not a PDF, PNG or JPEG`);
        } else summary.requests.uploadsMissing.push(`${record.code}: ${identityProof.file} not found`);
      }
      await insertRequest(db, {
        code: record.code, application, upload, receivedAt: new Date(record.receivedAt), source: 'journal-import',
        idempotency: record.idempotencyKey ? { key: record.idempotencyKey, route: 'POST /api/requests', hash: IMPORTED_PAYLOAD } : undefined,
      });
      if (record.stage !== '接收' || record.outcome) {
        await db.query('UPDATE requests SET stage = $2, outcome = $3 WHERE code = $1', [record.code, record.stage, record.outcome ?? null]);
      }
      summary.requests.imported++;
      if (upload) summary.requests.uploads++;
    }
  }

  if (files.signups && existsSync(files.signups)) {
    const { records, unreadable } = readJournal<SignupRecord>(readFileSync(files.signups, 'utf8'));
    summary.signups.unreadableLines = unreadable;
    const signups = new Map<string, JournalSignup>();
    for (const record of records) {
      if (record.type === 'signup') signups.set(record.signup.code, { ...record.signup });
      else if (record.type === 'status' && signups.has(record.code)) Object.assign(signups.get(record.code)!, { status: record.status, updatedAt: record.at });
    }
    for (const signup of signups.values()) {
      summary.signups.read++;
      expected.push({ table: 'open_day_signups', code: signup.code });
      if (await findSignup(db, signup.code)) {
        summary.signups.alreadyPresent++;
        continue;
      }
      const event = catalogue?.openDays?.find((e) => e.id === signup.eventId) ?? placeholderEvent(signup);
      const session = sessionsOf(event).find((s) => s.id === signup.sessionId) ?? { id: signup.sessionId, start: signup.createdAt, capacity: 0 };
      // An event the catalogue no longer lists still gets its session row, so the sign-up has a home.
      await db.query(`INSERT INTO open_day_sessions (event_id, session_id, capacity, starts_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [event.id, session.id, session.capacity, session.start]);
      await insertSignup(db, {
        event, session, now: new Date(signup.createdAt), waitlistFactor: 0,
        body: { name: signup.name, phone: signup.phone, fields: signup.fields },
        imported: { code: signup.code, status: signup.status, createdAt: new Date(signup.createdAt), updatedAt: new Date(signup.updatedAt) },
        idempotency: signup.idempotencyKey ? { key: signup.idempotencyKey, route: `POST /api/open-days/${event.id}/sessions/${session.id}/signups`, hash: IMPORTED_PAYLOAD } : undefined,
      });
      summary.signups.imported++;
    }
  }

  for (const { table, code } of expected) {
    if (!(await db.query(`SELECT 1 FROM ${table} WHERE code = $1`, [code])).length) summary.missing.push(code);
  }
  return summary;
}

function placeholderEvent(signup: JournalSignup): OpenDayEvent {
  return {
    id: signup.eventId, title: signup.eventId, level: 'county', hostId: 'unknown', activities: ['公民走进机关'], status: 'done', start: signup.createdAt,
    sessions: [{ id: signup.sessionId, start: signup.createdAt, capacity: 0 }],
  } as OpenDayEvent;
}
