/**
 * How an application looks on the desk: a queue line (who, what, where it stands against its
 * deadline) and the full record (the application, uploads, clock, trace, the officer's possible
 * actions, the notices that exist, the audit rows and what the applicant sees). Pure apart from
 * the settings it is given.
 */
import { caseClock, dueState, type ClockOptions } from '../../forms/request-clock.js';
import type { QueueItem as QueueItemView } from '../../forms/desk-views.js';
import { applicantNameOf, informationText, NOTICE_TITLES, type NoticeKind } from '../../forms/request-notices.js';
import { OUTCOME_KIND_LABELS, OUTCOME_REASONS, type RemediesConfig } from '../../forms/request-outcomes.js';
import { dueLabel, publicStatus, staffTrace } from '../../forms/request-trace.js';
import {
  ACTION_LABELS, RECEIPT_CHANNEL_LABELS, STATE_LABELS, availableActions, replay,
  type Actor, type DecideContext, type RequestCase,
} from '../../forms/request-workflow.js';
import type { AuditRow } from '../audit.js';
import type { CaseRow } from '../requests/cases.js';

/** A queue line, with the key the queue is sorted by (dropped before it is sent). */
export interface QueueItem extends QueueItemView {
  /** Sorting: open cases by their next date (reply due, correction due, submission), then closed ones. */
  sortKey: string;
}

const OPEN = new Set(['submitted', 'accepted', 'correction', 'consultation']);

export function queueItem(row: CaseRow, c: RequestCase, today: string, options: ClockOptions, agencyName?: (id: string | null) => string | undefined): QueueItem {
  const due = dueState(c, today, options);
  const next = due.dueOn ?? due.correctionDueOn ?? c.submittedOn ?? row.receivedAt.toISOString().slice(0, 10);
  const group = OPEN.has(c.state) ? '0' : c.state === 'concluded' ? '1' : '2';
  // Closed cases newest first: their key counts down.
  const closedKey = c.concludedOn ?? c.voided?.on ?? '';
  const sortKey = group === '0' ? `0|${next}|${row.code}` : `${group}|${invert(closedKey)}|${row.code}`;
  return {
    code: row.code,
    state: c.state,
    stateLabel: STATE_LABELS[c.state]['zh-CN'],
    applicantType: row.applicantType,
    ...(row.application?.organisation?.kind ? { organisationKind: row.application.organisation.kind } : {}),
    applicantName: row.application ? applicantNameOf(row.application) : '（个人信息已按保留期限删除）',
    information: row.application ? informationText(row.application.information) : '',
    ...(row.agencyId ? { agencyId: row.agencyId } : {}),
    ...(agencyName?.(row.agencyId) ? { agencyName: agencyName(row.agencyId) } : {}),
    ...(c.channel ? { channel: RECEIPT_CHANNEL_LABELS[c.channel]['zh-CN'] } : {}),
    ...(c.submittedOn ? { submittedOn: c.submittedOn } : {}),
    ...(c.receivedOn ? { receivedOn: c.receivedOn } : {}),
    due: { kind: due.kind, label: dueLabel(due), ...(due.dueOn ? { dueOn: due.dueOn } : {}), ...(due.workingDaysLeft !== undefined ? { workingDaysLeft: due.workingDaysLeft } : {}) },
    ...(c.assignee ? { assignee: c.assignee } : {}),
    ...(c.draft ? { awaiting: 'reply-review' as const } : c.extension && !c.extension.approvedOn ? { awaiting: 'extension-review' as const } : {}),
    sortKey,
  };
}

const invert = (date: string) => date.replace(/\d/g, (d) => String(9 - Number(d)));

export interface NoticeLink {
  kind: NoticeKind;
  title: string;
  draft?: boolean;
  consultation?: number;
  party?: string;
}

/** The notices this case has: each exists once its step has happened. */
export function noticeLinks(c: RequestCase): NoticeLink[] {
  const links: NoticeLink[] = [];
  if (c.receivedOn && c.events.some((e) => e.action === 'register')) links.push({ kind: 'receipt', title: NOTICE_TITLES.receipt['zh-CN'] });
  if (c.correction) links.push({ kind: 'correction', title: NOTICE_TITLES.correction['zh-CN'] });
  c.consultations.forEach((consultation, index) => {
    for (const party of consultation.parties) {
      links.push({ kind: 'consultation', title: `${consultation.party === 'agency' ? '征求意见函' : '第三方意见征询函'}（${party}）`, consultation: index, party });
    }
  });
  if (c.extension?.approvedOn) links.push({ kind: 'extension', title: NOTICE_TITLES.extension['zh-CN'] });
  if (c.draft) links.push({ kind: 'reply', title: `${NOTICE_TITLES.reply['zh-CN']}（待审核稿）`, draft: true });
  if (c.outcome) links.push({ kind: 'reply', title: NOTICE_TITLES.reply['zh-CN'] });
  return links;
}

export interface RecordSettings {
  today: string;
  clock: ClockOptions;
  decide: DecideContext;
  remedies?: RemediesConfig;
  agency: { id?: string; name: string };
}

/** Everything the desk shows of one application for `actor`. */
export function recordView(row: CaseRow, actor: Actor, settings: RecordSettings, extra: { uploads: { kind: string; name: string; type: string; size: number }[]; audit: AuditRow[] }) {
  const c = replay(row.events);
  const item = queueItem(row, c, settings.today, settings.clock);
  const clock = caseClock(c, settings.clock);
  const outcomeView = (o: NonNullable<RequestCase['outcome']>) => ({
    ...o, kindLabel: OUTCOME_KIND_LABELS[OUTCOME_REASONS[o.reason].kind]['zh-CN'], reasonLabel: OUTCOME_REASONS[o.reason].label['zh-CN'], refusal: OUTCOME_REASONS[o.reason].refusal,
  });
  return {
    ...item,
    eventCount: row.events.length,
    source: row.source,
    agency: settings.agency,
    application: row.application,
    personalDataRemoved: row.personalDataRemovedAt !== null,
    uploads: extra.uploads,
    clock,
    correction: c.correction,
    consultations: c.consultations,
    extension: c.extension,
    draft: c.draft && { ...c.draft, outcome: outcomeView(c.draft.outcome) },
    outcome: c.outcome && outcomeView(c.outcome),
    concludedOn: c.concludedOn,
    archivedOn: c.archivedOn,
    trace: staffTrace(row.events, settings.clock),
    actions: availableActions(c, actor, settings.decide).map((action) => ({ action, label: ACTION_LABELS[action]['zh-CN'] })),
    notices: noticeLinks(c),
    audit: extra.audit,
    publicStatus: publicStatus(row.events, { ...settings.clock, today: settings.today, remedies: settings.remedies }),
  };
}
