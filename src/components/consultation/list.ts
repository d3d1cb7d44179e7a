/**
 * The consultations a page lists, in the order a citizen needs them: those taking opinions now,
 * closest deadline first; then those about to open; then the closed ones, latest first (with their
 * 采纳情况). Pure.
 */
import type { Consultation } from '../../catalogue/schema.js';
import { consultationStatus, type ConsultationStatus } from '../../catalogue/consultation.js';
import { endOf, startOf } from '../../catalogue/dates.js';

/** `current`: open or about to open; `ended`: closed, with or without the 采纳情况; '' all. */
export type PhaseFilter = '' | 'current' | 'ended';

export interface ListedConsultation {
  readonly consultation: Consultation;
  readonly status: ConsultationStatus;
}

const RANK = { open: 0, upcoming: 1, closed: 2, reported: 2 } as const;

export function listConsultations(consultations: readonly Consultation[], now: Date, filter: PhaseFilter = ''): ListedConsultation[] {
  return consultations
    .map((consultation) => ({ consultation, status: consultationStatus(consultation, now) }))
    .filter(({ status }) => !filter || (filter === 'current') === (status.phase === 'open' || status.phase === 'upcoming'))
    .sort((a, b) => {
      const rank = RANK[a.status.phase] - RANK[b.status.phase];
      if (rank) return rank;
      const [x, y] = [a.consultation, b.consultation];
      if (a.status.phase === 'open') return (endOf(x.end) ?? 0) - (endOf(y.end) ?? 0);
      if (a.status.phase === 'upcoming') return (startOf(x.start) ?? 0) - (startOf(y.start) ?? 0);
      return (endOf(y.end) ?? 0) - (endOf(x.end) ?? 0);
    });
}
