/**
 * Moderating consultation opinions, mounted at /api/staff (behind staff sign-in and CSRF):
 *   GET  /consultations                                  consultations with opinion counts
 *   GET  /consultations/:id                              the opinions (with the contact given), the draft 采纳情况 report
 *   POST /consultations/:id/opinions/:code/outcome       { outcome, reason?, summary? } (承办人, 审核人, 管理员)
 * Every decision is written with its audit row in one transaction (consultations/store.ts).
 */
import { Hono } from 'hono';
import { ADOPTION_OUTCOME_LABELS } from '../../catalogue/codes.js';
import { consultationMethods, consultationStatus } from '../../catalogue/consultation.js';
import type { Consultation } from '../../catalogue/schema.js';
import { adoptionReportDraft, canModerate, checkDecision } from '../../forms/opinion-moderation.js';
import { auditOf } from '../audit.js';
import { beijingDate } from '../codes.js';
import type { ServerContext } from '../context.js';
import { decideOpinion, opinionCounts, opinionsOf } from '../consultations/store.js';
import { limitBody, readJson } from '../http/guards.js';
import { ApiError } from '../http/problem.js';
import type { StaffEnv } from '../staff/auth.js';

const PHASE_LABELS = { upcoming: '未开始', open: '征集中', closed: '已截止', reported: '已公布采纳情况' } as const;
const EMPTY = { received: 0, undecided: 0, adopted: 0, partly_adopted: 0, not_adopted: 0 };

export function deskConsultationRoutes(ctx: ServerContext) {
  const app = new Hono<StaffEnv>();
  const consultations = (): readonly Consultation[] => ctx.catalogue()?.consultations ?? [];
  const find = (id: string) => {
    const found = consultations().find((c) => c.id === id);
    if (!found) throw new ApiError(404, 'unknown-consultation', '没有这项意见征集');
    return found;
  };
  const summaryOf = (c: Consultation) => {
    const { phase } = consultationStatus(c, ctx.clock());
    return { id: c.id, title: c.title, start: c.start, end: c.end, hostId: c.hostId, phase, phaseLabel: PHASE_LABELS[phase], onlineForm: consultationMethods(c).some((m) => m.onlineForm) };
  };

  app.get('/consultations', async (c) => {
    const counts = await opinionCounts(ctx.db);
    return c.json(consultations().map((x) => ({ ...summaryOf(x), counts: counts.get(x.id) ?? EMPTY })));
  });

  const view = async (consultation: Consultation, roles: readonly string[]) => {
    const opinions = await opinionsOf(ctx.db, consultation.id);
    return {
      consultation: summaryOf(consultation),
      counts: (await opinionCounts(ctx.db)).get(consultation.id) ?? EMPTY,
      canDecide: canModerate(roles),
      outcomes: Object.entries(ADOPTION_OUTCOME_LABELS).map(([value, label]) => ({ value, label: label['zh-CN'] })),
      opinions: await Promise.all(opinions.map(async (o) => ({
        code: o.code, receivedAt: o.receivedAt.toISOString(), opinion: o.opinion, article: o.article, name: o.name, phone: o.phone,
        outcome: o.outcome, outcomeLabel: o.outcome ? ADOPTION_OUTCOME_LABELS[o.outcome]['zh-CN'] : '待处理', reason: o.reason, summary: o.summary,
        decidedAt: o.decidedAt?.toISOString() ?? null, decidedBy: o.decidedBy, personalDataRemoved: o.personalDataRemovedAt !== null,
        audit: await auditOf(ctx.db, 'opinion', o.code),
      }))),
      // What the catalogue's adoptionReport would say today, for the editor to publish after review.
      reportDraft: adoptionReportDraft(opinions, beijingDate(ctx.clock())),
    };
  };

  app.get('/consultations/:id', async (c) => c.json(await view(find(c.req.param('id')), c.get('staff').roles)));

  app.post('/consultations/:id/opinions/:code/outcome', limitBody(8192), async (c) => {
    const staff = c.get('staff');
    if (!canModerate(staff.roles)) throw new ApiError(403, 'forbidden-role', '采纳情况由承办人、审核人或管理员填写');
    const consultation = find(c.req.param('id'));
    const body = await readJson(c);
    const checked = checkDecision(body && typeof body === 'object' ? (body as Record<string, unknown>) : {});
    if (!checked.ok) throw new ApiError(422, 'invalid', '采纳情况填写有误', checked.problems);
    await decideOpinion(ctx.db, { consultationId: consultation.id, code: c.req.param('code'), ...checked.decision, actor: { id: staff.id, name: staff.name }, now: ctx.clock() });
    return c.json(await view(consultation, staff.roles));
  });

  return app;
}
