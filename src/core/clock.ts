/**
 * "Now" for an element that shows what is open, running or overdue: the element's `now`
 * attribute (an ISO date-time, for previews, tests and printed snapshots) or the real time.
 */
export function clockOf(now: string | undefined): Date {
  const parsed = now ? new Date(now.length === 10 ? `${now}T12:00:00+08:00` : now) : undefined;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : new Date();
}
