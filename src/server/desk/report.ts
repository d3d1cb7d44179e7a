/**
 * Table 三 of the annual report (国办公开办函〔2021〕30号) from the stored applications, for the
 * desk's report screen and `zwgk-server report`: the same pure tally (src/forms/request-report.ts)
 * over the events the server recorded.
 */
import { annualReport, type AnnualReport } from '../../forms/request-report.js';
import type { Queryable } from '../db/database.js';
import { listCases } from '../requests/cases.js';

export async function annualReportFor(db: Queryable, options: { year: number; agencyId?: string }): Promise<AnnualReport> {
  // Nothing received after the year can count; an online application is received on or after the day it was submitted.
  const rows = await listCases(db, { receivedBefore: new Date(`${options.year + 1}-01-01T00:00:00+08:00`) });
  return annualReport(
    rows.map((row) => ({
      ...(row.agencyId ? { agencyId: row.agencyId } : {}),
      applicantType: row.applicantType,
      ...(row.application?.organisation?.kind ? { organisationKind: row.application.organisation.kind } : {}),
      events: row.events,
    })),
    options,
  );
}

export const reportTitle = (year: number, agencyName: string) => `${agencyName}${year}年收到和处理政府信息公开申请情况`;
