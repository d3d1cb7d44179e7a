/**
 * The shapes the desk reads from /api/staff (docs/staff-api.md), as the server builds them
 * (src/server/desk/). Declared here, not imported, so the element bundle carries no server code.
 */
import type { Notice } from '../../forms/request-notices.js';
import type { PublicStatus, StaffTraceEntry } from '../../forms/request-trace.js';
import type { Action } from '../../forms/request-workflow.js';
import type { AnnualReport } from '../../forms/request-report.js';
import type { OpinionCounts } from '../../forms/opinion-moderation.js';
import type { QueueItem } from '../../forms/desk-views.js';

export interface StaffSession {
  signedIn: boolean;
  mode: 'password' | 'header';
  id?: string;
  name?: string;
  roles?: string[];
  roleLabels?: string[];
  csrfToken?: string;
  expiresAt?: string;
}

export type { QueueItem } from '../../forms/desk-views.js';
export type DueView = QueueItem['due'];

export interface StaffMember {
  id: string;
  name: string;
  roles: string[];
}

export interface QueueResponse {
  today: string;
  items: QueueItem[];
  agencies: { id: string; name: string }[];
  staff: StaffMember[];
}

export interface NoticeLink {
  kind: Notice['kind'];
  title: string;
  draft?: boolean;
  consultation?: number;
  party?: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string; name?: string; role?: string };
  action: string;
  stateBefore?: string | null;
  stateAfter?: string | null;
}

export interface OutcomeView {
  reason: string;
  kindLabel: string;
  reasonLabel: string;
  refusal: boolean;
  explanation?: string;
}

export interface RequestRecord extends QueueItem {
  eventCount: number;
  source: string;
  agency: { id?: string; name: string };
  application: Record<string, unknown> & {
    applicantType: string;
    citizen?: Record<string, string>;
    organisation?: Record<string, string>;
    agent?: Record<string, string>;
    information: Record<string, string>;
    purpose?: string;
    provideForm?: string;
    delivery?: string;
  } | null;
  personalDataRemoved: boolean;
  uploads: { kind: string; name: string; type: string; size: number }[];
  clock: { startedOn?: string; dueOn?: string; supplementBy?: string; correctionDueOn?: string; restarted: boolean; extensionWorkingDays: number; estimate: boolean };
  draft?: { outcome: OutcomeView; draftedOn: string; draftedBy: string };
  outcome?: OutcomeView;
  extension?: { workingDays: number; reason: string; proposedOn: string; approvedOn?: string };
  trace: StaffTraceEntry[];
  actions: { action: Action; label: string }[];
  notices: NoticeLink[];
  audit: AuditEntry[];
  publicStatus: PublicStatus;
}

export interface OpenDayListEvent {
  id: string;
  title: string;
  status: string;
  mode: string;
  modeLabel: string;
  sessions: { id: string; label: string; start: string; end?: string; capacity: number; counts: Record<string, number>; drawn: boolean }[];
}

export interface AttendeeView {
  code: string;
  name: string | null;
  phone: string | null;
  fields: Record<string, string>;
  status: string;
  statusLabel: string;
  createdAt: string;
  drawRank?: number;
  waitingPosition?: number;
  surveyAnswered: boolean;
  actions: { action: string; label: string }[];
}

export interface SessionView {
  event: { id: string; title: string; status: string };
  session: { id: string; label: string; start: string; end?: string; capacity: number };
  mode: string;
  modeLabel: string;
  registration: { open: boolean; deadline?: string; waitlist: boolean };
  counts: Record<string, number>;
  placesTaken: number;
  fields: { key: string; label: string }[];
  attendees: AttendeeView[];
  draw?: { seed: string; places: number; candidates: string[]; candidatesDigest: string; order: string[]; selected: string[]; notSelected: string[]; drawnAt: string; drawnBy: string; verified: boolean };
  canDraw: boolean;
  /** Whether the officer may publish the 评议 results (reviewer, admin). */
  canPublish: boolean;
  survey: {
    responses: number;
    attended: number;
    responseRate?: number;
    public: boolean;
    questions: { id: string; label: string; kind: 'rating' | 'text'; answered: number; mean?: number; satisfiedShare?: number }[];
    comments: { code: string; questionId: string; text: string; published: boolean }[];
  };
}

export interface ReportResponse {
  title: string;
  report: AnnualReport;
}

/** GET /api/staff/consultations (docs/staff-api.md §Consultations). */
export interface ConsultationListItem {
  id: string;
  title: string;
  start: string;
  end: string;
  phase: string;
  phaseLabel: string;
  onlineForm: boolean;
  counts: OpinionCounts;
}
export interface StaffOpinion {
  code: string;
  receivedAt: string;
  opinion: string | null;
  article: string | null;
  name: string | null;
  phone: string | null;
  outcome: 'adopted' | 'partly_adopted' | 'not_adopted' | null;
  outcomeLabel: string;
  reason: string | null;
  summary: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  personalDataRemoved: boolean;
}
export interface ConsultationView {
  consultation: Omit<ConsultationListItem, 'counts'>;
  counts: OpinionCounts;
  canDecide: boolean;
  outcomes: { value: string; label: string }[];
  opinions: StaffOpinion[];
  reportDraft: unknown;
}
