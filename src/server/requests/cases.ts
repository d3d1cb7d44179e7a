/**
 * An application as the workflow sees it: the stored row with its events (request_events.event,
 * oldest first). `recordCommand` is the one way a staff action changes an application: in one
 * transaction it locks the row, replays the events, lets `decide` (src/forms/request-workflow.ts)
 * judge the command, appends the event, brings the row's summary columns in step and writes the
 * audit row. A refusal is answered with the status and reason `decide` gives (403/409/422).
 */
import type { RequestPayload } from '../../forms/request-schema.js';
import { OUTCOME_KIND_LABELS, OUTCOME_REASONS } from '../../forms/request-outcomes.js';
import { reachedSteps } from '../../forms/request-trace.js';
import { decide, replay, type Actor, type Command, type DecideContext, type RequestCase, type WorkflowEvent } from '../../forms/request-workflow.js';
import { appendAudit } from '../audit.js';
import { UNIQUE_VIOLATION, sqlState, type Database, type Queryable } from '../db/database.js';
import { requestCode } from '../codes.js';
import { ApiError } from '../http/problem.js';
import { applicantPhone, STAGES } from './store.js';

export type Application = Omit<RequestPayload, 'identityProof'>;

export interface CaseRow {
  code: string;
  receivedAt: Date;
  state: string;
  stage: string;
  outcome: string | null;
  applicantType: '公民' | '法人' | '其他组织';
  /** NULL once retention removed the personal data (only the statistics fields remain). */
  application: Application | null;
  agencyId: string | null;
  source: string;
  lookupPhone: string | null;
  closedAt: Date | null;
  personalDataRemovedAt: Date | null;
  events: WorkflowEvent[];
}

type Row = {
  code: string; received_at: Date; state: string; stage: string; outcome: string | null; applicant_type: CaseRow['applicantType'];
  application: Application | null; agency_id: string | null; source: string; lookup_phone: string | null; closed_at: Date | null;
  personal_data_removed_at: Date | null; events: WorkflowEvent[] | null;
};

const SELECT = `SELECT r.code, r.received_at, r.state, r.stage, r.outcome, r.applicant_type, r.application, r.agency_id, r.source, r.lookup_phone,
  r.closed_at, r.personal_data_removed_at,
  (SELECT jsonb_agg(e.event ORDER BY e.id) FROM request_events e WHERE e.request_code = r.code AND e.event IS NOT NULL) AS events
  FROM requests r`;

const fromRow = (r: Row): CaseRow => ({
  code: r.code, receivedAt: new Date(r.received_at), state: r.state, stage: r.stage, outcome: r.outcome, applicantType: r.applicant_type,
  application: r.application, agencyId: r.agency_id, source: r.source, lookupPhone: r.lookup_phone,
  closedAt: r.closed_at && new Date(r.closed_at), personalDataRemovedAt: r.personal_data_removed_at && new Date(r.personal_data_removed_at),
  events: r.events ?? [],
});

export async function loadCase(db: Queryable, code: string, { lock = false } = {}): Promise<CaseRow | undefined> {
  if (lock) {
    const locked = await db.query('SELECT 1 FROM requests WHERE code = $1 FOR UPDATE', [code]);
    if (!locked.length) return undefined;
  }
  const [row] = await db.query<Row>(`${SELECT} WHERE r.code = $1`, [code]);
  return row && fromRow(row);
}

export interface CaseFilter {
  states?: readonly string[];
  agencyId?: string;
  applicantType?: string;
  /** Received (or, before registration, submitted) on or before this day… */
  receivedBefore?: Date;
}

/** Applications matching the filter (the queue filters the due state itself, from the clock). */
export async function listCases(db: Queryable, filter: CaseFilter = {}): Promise<CaseRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const $ = (value: unknown) => `$${params.push(value)}`;
  if (filter.states?.length) where.push(`r.state = ANY(${$(`{${filter.states.join(',')}}`)}::text[])`);
  if (filter.agencyId) where.push(`r.agency_id = ${$(filter.agencyId)}`);
  if (filter.applicantType) where.push(`r.applicant_type = ${$(filter.applicantType)}`);
  if (filter.receivedBefore) where.push(`r.received_at < ${$(filter.receivedBefore.toISOString())}`);
  const rows = await db.query<Row>(`${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY r.received_at, r.code`, params);
  return rows.map(fromRow);
}

/** The step a citizen sees (接收 … 归档) and the outcome in words, kept in the row for other tools. */
export function summaryColumns(c: RequestCase): { stage: string; outcome: string | null } {
  const reached = reachedSteps(c, STAGES);
  const stage = STAGES[reached.lastIndexOf(true)] ?? STAGES[0];
  const definition = c.outcome && OUTCOME_REASONS[c.outcome.reason];
  return { stage, outcome: definition ? `${OUTCOME_KIND_LABELS[definition.kind]['zh-CN']}：${definition.label['zh-CN']}` : null };
}

export interface RecordOptions extends DecideContext {
  /** The number of events the officer's screen showed: a different count means someone acted meanwhile (409 stale). */
  expectedEvents?: number;
}

const refusalError = (refusal: { status: number; code: string; message: { 'zh-CN': string }; field?: string }) =>
  new ApiError(refusal.status as 403, refusal.code, refusal.message['zh-CN'], refusal.field ? [{ path: refusal.field, code: refusal.code, message: refusal.message['zh-CN'] }] : undefined);

async function appendEvent(tx: Queryable, code: string, before: RequestCase, event: WorkflowEvent, after: RequestCase, actor: Actor): Promise<void> {
  await tx.query('INSERT INTO request_events (request_code, at, stage, actor, note, event) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb)', [
    code, event.at, event.action, actor.id, null, JSON.stringify(event),
  ]);
  const { stage, outcome } = summaryColumns(after);
  // closed_at starts the retention clock: at 归档, or when a submission is voided (a duplicate or test).
  const closes = after.state === 'archived' || after.state === 'voided';
  await tx.query(
    'UPDATE requests SET state = $2, stage = $3, outcome = $4, event_count = $5, closed_at = CASE WHEN $6 THEN coalesce(closed_at, $7::timestamptz) ELSE closed_at END WHERE code = $1',
    [code, after.state, stage, outcome, after.events.length, closes, event.at],
  );
  const { actor: who, at, ...fields } = event;
  void who;
  void at;
  await appendAudit(tx, {
    at: new Date(event.at), actor: { id: actor.id, name: actor.name, role: event.actor.role }, action: event.action, subjectType: 'request', subjectId: code,
    stateBefore: before.state, stateAfter: after.state, details: fields,
  });
}

/** Applies one staff command to an application, or throws the refusal. */
export async function recordCommand(db: Database, code: string, command: Command, actor: Actor, options: RecordOptions): Promise<{ event: WorkflowEvent; case: RequestCase }> {
  return db.transaction(async (tx) => {
    const row = await loadCase(tx, code, { lock: true });
    if (!row) throw new ApiError(404, 'not-found', '没有这件申请');
    if (options.expectedEvents !== undefined && options.expectedEvents !== row.events.length) {
      throw new ApiError(409, 'stale', '这件申请刚被其他工作人员办理过，页面已刷新，请核对后重新操作');
    }
    const before = replay(row.events);
    const decision = decide(before, command, actor, options);
    if (!decision.ok) throw refusalError(decision.refusal);
    await appendEvent(tx, code, before, decision.event, decision.case, actor);
    return { event: decision.event, case: decision.case };
  });
}

/**
 * A paper, in-person, post, fax or e-mail application, registered by a registrar: the application
 * row and its register event (art. 31: the day of receipt) together, or nothing.
 */
export async function registerPaperApplication(db: Database, input: { application: Application; command: Extract<Command, { action: 'register' }>; actor: Actor; agencyId?: string; context: DecideContext }): Promise<{ code: string; case: RequestCase }> {
  const decision = decide([], input.command, input.actor, input.context);
  if (!decision.ok) throw refusalError(decision.refusal);
  const event = decision.event as Extract<WorkflowEvent, { action: 'register' }>;
  for (let attempt = 0; ; attempt++) {
    const code = requestCode(new Date(`${event.receivedOn}T12:00:00+08:00`));
    try {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO requests (code, received_at, stage, applicant_type, application, lookup_phone, source, agency_id, state, event_count)
           VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, 'submitted', 0)`,
          [code, new Date(`${event.receivedOn}T00:00:00+08:00`).toISOString(), STAGES[0], input.application.applicantType, JSON.stringify(input.application), applicantPhone(input.application), event.channel, input.agencyId ?? null],
        );
        await appendEvent(tx, code, replay([]), event, decision.case, input.actor);
      });
      return { code, case: decision.case };
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION || attempt >= 5) throw error;
    }
  }
}

/**
 * Stores a whole history at once (the demo's seeded applications, tests): the row, every event
 * and, for staff steps, their audit rows, as if each step had gone through `recordCommand`.
 */
export async function insertCase(db: Database, input: { code: string; application: Application; events: readonly WorkflowEvent[]; agencyId?: string; source?: string }): Promise<void> {
  const c = replay(input.events);
  const { stage, outcome } = summaryColumns(c);
  const first = input.events[0]!;
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO requests (code, received_at, stage, outcome, applicant_type, application, lookup_phone, source, agency_id, state, event_count, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $9, $10, $11, $12)`,
      [input.code, first.at, stage, outcome, input.application.applicantType, JSON.stringify(input.application), applicantPhone(input.application), input.source ?? (first.action === 'submit' ? 'online' : 'in_person'),
        input.agencyId ?? null, c.state, input.events.length, c.state === 'archived' || c.state === 'voided' ? input.events.at(-1)!.at : null],
    );
    let before = replay([]);
    for (const event of input.events) {
      const after = replay([...before.events, event]);
      await tx.query('INSERT INTO request_events (request_code, at, stage, actor, event) VALUES ($1, $2, $3, $4, $5::text::jsonb)', [input.code, event.at, event.action, event.actor.id, JSON.stringify(event)]);
      if (event.actor.role !== 'applicant') {
        const { actor, at, ...fields } = event;
        await appendAudit(tx, { at: new Date(at), actor: { id: actor.id, name: actor.name, role: actor.role }, action: event.action, subjectType: 'request', subjectId: input.code, stateBefore: before.state, stateAfter: after.state, details: fields });
      }
      before = after;
    }
  });
}
