/**
 * What the workflow rules need from the server on every call: the working-day calendar (built
 * once: building it costs more than a whole request), the catalogue's request settings
 * (deadlines, remedies, templates, steps) and the clock, in the shapes src/forms/ expects.
 */
import type { Agency } from '../catalogue/schema.js';
import type { DecideContext } from '../forms/request-workflow.js';
import { beijingDate, makeCalendar } from '../forms/working-days.js';
import type { ServerContext } from './context.js';
import { STAGES } from './requests/store.js';

export const CALENDAR = makeCalendar();

export const requestSettings = (ctx: ServerContext) => ctx.catalogue()?.requestForm;

export function decideContext(ctx: ServerContext): DecideContext {
  return { now: ctx.clock(), deadlines: requestSettings(ctx)?.deadlines, calendar: CALENDAR, allowSelfApproval: ctx.config.staff.allowSelfApproval };
}

export const clockOptions = (ctx: ServerContext) => ({ deadlines: requestSettings(ctx)?.deadlines, calendar: CALENDAR });

export const today = (ctx: ServerContext): string => beijingDate(ctx.clock());

/** The steps citizens are shown (the catalogue's `steps`, or 接收 … 归档). */
export const publicSteps = (ctx: ServerContext): readonly string[] => (requestSettings(ctx)?.steps?.length ? requestSettings(ctx)!.steps! : STAGES);

/** The agency an application is made to: its own, else the catalogue's accepting agency. */
export function agencyOf(ctx: ServerContext, agencyId: string | null | undefined): { id?: string; name: string; phone?: string } {
  const catalogue = ctx.catalogue();
  const id = agencyId ?? catalogue?.requestForm?.acceptingAgencyId;
  const agency: Agency | undefined = catalogue?.agencies.find((a) => a.id === id);
  return { ...(id ? { id } : {}), name: agency?.name ?? id ?? '', ...(agency?.contact?.phone ? { phone: agency.contact.phone } : {}) };
}
