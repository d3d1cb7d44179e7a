/**
 * The desk's application routes, mounted at /api/staff (behind staff sign-in):
 *   GET  /requests?state=&due=&agency=&applicantType=&q=&mine=   the queue, sorted by due date
 *   POST /requests                                 register a paper (in-person, post…) application
 *   GET  /requests/:code                           the full record for the signed-in officer
 *   POST /requests/:code/actions  { command, expectedEvents }   one workflow step (decide)
 *   GET  /requests/:code/notices/:kind?draft=&consultation=&party=   a notice to print
 *   GET  /requests/:code/uploads/:kind             the identity proof or 委托书, as a download
 *   GET  /report?year=&agency=&format=json|csv|xlsx   table 三 of the annual report
 */
import { Hono } from 'hono';
import { RequestPayload, requestProblems, REQUEST_PROBLEM_TEXT } from '../../forms/request-schema.js';
import { applicantNameOf, buildNotice, informationText, NOTICE_KINDS, type NoticeKind } from '../../forms/request-notices.js';
import { reportCsv } from '../../forms/request-report.js';
import { ACTIONS, STATES, replay, type Actor, type Command } from '../../forms/request-workflow.js';
import { auditOf } from '../audit.js';
import type { ServerContext } from '../context.js';
import { limitBody, readJson } from '../http/guards.js';
import { ApiError } from '../http/problem.js';
import { findUpload, readUpload, type UploadKind } from '../requests/store.js';
import { listCases, loadCase, recordCommand, registerPaperApplication, type Application } from '../requests/cases.js';
import type { StaffActor, StaffEnv } from '../staff/auth.js';
import { listUsers } from '../staff/users.js';
import { agencyOf, clockOptions, CALENDAR, decideContext, requestSettings, today } from '../workflow-context.js';
import { annualReportFor, reportTitle } from './report.js';
import { queueItem, recordView } from './request-views.js';

const DUE_KINDS = new Set(['unconfirmed', 'correction', 'paused', 'running', 'due-soon', 'overdue', 'done']);
const OPEN_STATES = ['submitted', 'accepted', 'correction', 'consultation'];

export const actorOf = (staff: StaffActor): Actor => ({ id: staff.id, name: staff.name, roles: staff.roles });

/** `attachment; filename*=UTF-8''…` for a name with Chinese characters, with a plain ASCII fallback. */
export const attachment = (name: string, fallback: string) => `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function deskRequestRoutes(ctx: ServerContext) {
  const app = new Hono<StaffEnv>();
  const agencyName = (id: string | null) => agencyOf(ctx, id).name || undefined;

  app.get('/requests', async (c) => {
    const stateParam = c.req.query('state') ?? 'open';
    const states = stateParam === 'open' ? OPEN_STATES : stateParam === 'all' ? [] : stateParam.split(',').filter((s) => (STATES as readonly string[]).includes(s));
    if (stateParam !== 'all' && !states.length) throw new ApiError(422, 'invalid', `没有“${stateParam}”这种状态`);
    const due = c.req.query('due');
    if (due && !DUE_KINDS.has(due)) throw new ApiError(422, 'invalid', `没有“${due}”这种期限状态`);
    const agencyId = c.req.query('agency') || undefined;
    const applicantType = c.req.query('applicantType') || undefined;
    const query = (c.req.query('q') ?? '').trim().toLowerCase();
    const mine = c.req.query('mine') === '1';
    const rows = await listCases(ctx.db, { states, agencyId, applicantType });
    const day = today(ctx);
    const staff = c.get('staff');
    const items = rows
      .map((row) => queueItem(row, replay(row.events), day, clockOptions(ctx), agencyName))
      .filter((item) => !due || item.due.kind === due)
      .filter((item) => !mine || item.assignee?.id === staff.id)
      .filter((item) => !query || [item.code, item.applicantName, item.information].some((text) => text.toLowerCase().includes(query)))
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    const catalogue = ctx.catalogue();
    const agencyIds = new Set([catalogue?.requestForm?.acceptingAgencyId, ...rows.map((r) => r.agencyId)].filter((id): id is string => !!id));
    return c.json({
      today: day,
      items: items.map(({ sortKey, ...item }) => (void sortKey, item)),
      agencies: [...agencyIds].map((id) => ({ id, name: agencyName(id) ?? id })),
      staff: (await listUsers(ctx.db, { activeOnly: true })).map((u) => ({ id: u.username, name: u.name, roles: u.roles })),
    });
  });

  const record = async (code: string, staff: StaffActor) => {
    const row = await loadCase(ctx.db, code);
    if (!row) throw new ApiError(404, 'not-found', '没有这件申请');
    const uploads = [];
    for (const kind of ['identity-proof', 'authorization'] as const) {
      const upload = await findUpload(ctx.db, code, kind);
      if (upload) uploads.push({ kind, name: upload.name, type: upload.type, size: upload.size });
    }
    return recordView(row, actorOf(staff), {
      today: today(ctx), clock: clockOptions(ctx), decide: decideContext(ctx), remedies: requestSettings(ctx)?.remedies, agency: agencyOf(ctx, row.agencyId),
    }, { uploads, audit: await auditOf(ctx.db, 'request', code) });
  };

  app.get('/requests/:code', async (c) => c.json(await record(c.req.param('code'), c.get('staff'))));

  app.post('/requests/:code/actions', limitBody(64 * 1024), async (c) => {
    const body = await readJson(c) as { command?: unknown; expectedEvents?: unknown } | null;
    const command = body && typeof body === 'object' ? body.command : undefined;
    if (!command || typeof command !== 'object' || !(ACTIONS as readonly string[]).includes((command as { action?: string }).action ?? '')) {
      throw new ApiError(422, 'unknown-action', '没有这个操作');
    }
    const expected = body!.expectedEvents;
    if (expected !== undefined && (!Number.isInteger(expected) || (expected as number) < 0)) throw new ApiError(422, 'invalid', 'expectedEvents 应为非负整数');
    const staff = c.get('staff');
    const cmd = command as Command;
    if (cmd.action === 'submit') throw new ApiError(403, 'forbidden-role', '网上申请只能由申请人提交');
    if (cmd.action === 'assign') {
      // The assignee must be a handler who can sign in; the name shown in the trace comes from the account.
      const handler = (await listUsers(ctx.db, { activeOnly: true })).find((u) => u.username === cmd.assignee);
      if (!handler || !handler.roles.some((r) => r === 'handler' || r === 'admin')) {
        throw new ApiError(422, 'invalid-value', '请选择一位承办人', [{ path: 'assignee', code: 'invalid-value', message: '请选择一位承办人' }]);
      }
      cmd.assigneeName = handler.name;
    }
    const code = c.req.param('code');
    await recordCommand(ctx.db, code, cmd, actorOf(staff), { ...decideContext(ctx), expectedEvents: expected as number | undefined });
    return c.json(await record(code, staff));
  });

  app.post('/requests', limitBody(64 * 1024), async (c) => {
    const body = await readJson(c) as { application?: unknown; receivedOn?: unknown; channel?: unknown; on?: unknown; note?: unknown; agencyId?: unknown } | null;
    const parsed = RequestPayload.safeParse(body?.application);
    if (!parsed.success) throw new ApiError(422, 'invalid', '申请内容有误', parsed.error.issues.map((i) => ({ path: `application.${i.path.join('.')}`, code: 'format', message: '内容格式不对' })));
    // A paper form carries the applicant's signature instead of the online privacy tick.
    const { identityProof, ...application } = { ...parsed.data, privacyConsent: parsed.data.privacyConsent ?? true };
    void identityProof;
    const blocking = requestProblems(application, ctx.clock()).filter((p) => !p.warning && p.code !== 'consent');
    if (blocking.length) throw new ApiError(422, 'invalid', '申请内容有误', blocking.map((p) => ({ path: `application.${p.path}`, code: p.code, message: REQUEST_PROBLEM_TEXT[p.code] ?? p.code })));
    const agencies = ctx.catalogue()?.agencies ?? [];
    const agencyId = typeof body?.agencyId === 'string' && agencies.some((a) => a.id === body.agencyId) ? body.agencyId : ctx.catalogue()?.requestForm?.acceptingAgencyId;
    const staff = c.get('staff');
    const command = { action: 'register', channel: body?.channel, receivedOn: body?.receivedOn, on: body?.on, note: body?.note } as Extract<Command, { action: 'register' }>;
    if (command.channel === 'online') throw new ApiError(422, 'invalid-value', '网上申请由申请人自己提交；这里登记当面、信函、传真或电子邮件申请', [{ path: 'channel', message: '请选择申请方式' }]);
    const { code } = await registerPaperApplication(ctx.db, { application: application as Application, command, actor: actorOf(staff), agencyId, context: decideContext(ctx) });
    return c.json(await record(code, staff), 201);
  });

  app.get('/requests/:code/notices/:kind', async (c) => {
    const kind = c.req.param('kind') as NoticeKind;
    if (!(NOTICE_KINDS as readonly string[]).includes(kind)) throw new ApiError(404, 'not-found', '没有这种文书');
    const row = await loadCase(ctx.db, c.req.param('code'));
    if (!row) throw new ApiError(404, 'not-found', '没有这件申请');
    const consultation = c.req.query('consultation');
    const result = buildNotice(kind, row.events, {
      application: {
        code: row.code,
        applicantName: row.application ? applicantNameOf(row.application) : '',
        information: row.application ? informationText(row.application.information) : '',
        delivery: row.application?.delivery ? `${row.application.provideForm ?? ''}${row.application.provideForm ? '，' : ''}${row.application.delivery}` : undefined,
      },
      agency: agencyOf(ctx, row.agencyId),
      config: requestSettings(ctx),
      calendar: CALENDAR,
      draft: c.req.query('draft') === '1',
      ...(consultation !== undefined ? { consultation: { index: Number(consultation), party: c.req.query('party') || undefined } } : {}),
    });
    if (!result.ok) throw new ApiError(409, 'no-notice', result.message['zh-CN']);
    return c.json(result.notice);
  });

  app.get('/requests/:code/uploads/:kind', async (c) => {
    const kind = c.req.param('kind') as UploadKind;
    if (kind !== 'identity-proof' && kind !== 'authorization') throw new ApiError(404, 'not-found', '没有这种材料');
    const upload = await readUpload(ctx.db, c.req.param('code'), kind);
    if (!upload) throw new ApiError(404, 'not-found', '没有上传这份材料');
    const extension = upload.type === 'application/pdf' ? 'pdf' : upload.type === 'image/png' ? 'png' : 'jpg';
    c.header('Content-Type', upload.type);
    c.header('Content-Disposition', attachment(upload.name, `${kind}.${extension}`));
    return c.body(new Uint8Array(upload.bytes));
  });

  app.get('/report', async (c) => {
    const year = Number(c.req.query('year') ?? Number(today(ctx).slice(0, 4)));
    if (!Number.isInteger(year) || year < 2008 || year > 2100) throw new ApiError(422, 'invalid', '请填写年份');
    const agencyId = c.req.query('agency') || undefined;
    const format = c.req.query('format') ?? 'json';
    const report = await annualReportFor(ctx.db, { year, agencyId });
    const title = reportTitle(year, agencyId ? agencyOf(ctx, agencyId).name : agencyOf(ctx, undefined).name);
    const file = `${year}年政府信息公开申请情况${agencyId ? `-${agencyId}` : ''}`;
    if (format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', attachment(`${file}.csv`, `report-${year}.csv`));
      return c.body(reportCsv(report));
    }
    if (format === 'xlsx') {
      const { annualReportWorkbook } = await import('../annual-report-xlsx.js');
      c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      c.header('Content-Disposition', attachment(`${file}.xlsx`, `report-${year}.xlsx`));
      return c.body(new Uint8Array(await annualReportWorkbook(report, { title })));
    }
    if (format !== 'json') throw new ApiError(422, 'invalid', 'format 应为 json、csv 或 xlsx');
    return c.json({ title, report });
  });

  return app;
}
