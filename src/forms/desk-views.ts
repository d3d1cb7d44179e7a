/**
 * The shapes of the staff API (docs/staff-api.md) shared by the server that builds them
 * (src/server/desk/) and the desk that reads them (src/components/request-desk/). Types only.
 */
import type { DueKind } from './request-clock.js';

/** A queue line: who, what, and where the application stands against its deadline. */
export interface QueueItem {
  code: string;
  state: string;
  stateLabel: string;
  applicantType: string;
  organisationKind?: string;
  applicantName: string;
  information: string;
  agencyId?: string;
  agencyName?: string;
  channel?: string;
  submittedOn?: string;
  receivedOn?: string;
  due: { kind: DueKind; label: string; dueOn?: string; workingDaysLeft?: number };
  assignee?: { id: string; name?: string };
  /** What waits for whom: a draft reply or an extension for the reviewer. */
  awaiting?: 'reply-review' | 'extension-review';
}
