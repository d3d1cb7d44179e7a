/**
 * Checks that JSON Schema cannot express: every id is unique within the document and every
 * `…Id` / `…Ids` field points at an entity of the right collection. Runs on any parsed JSON,
 * valid or not, and trusts no type, so that shape and reference errors are reported in one run.
 *
 * The problems are found as data here and put into words in reference-errors.ts, so that pages
 * checking a valid catalogue carry the rules but not the wording of errors they never show.
 */
import type { Catalogue } from './schema.js';
import { type CatalogueWarning, warning } from './problems.js';
import { type Collection, COLLECTIONS, eachObject, forEachReference } from './reference-fields.js';

export type ReferenceProblem =
  | { readonly code: 'duplicate-id'; readonly path: string; readonly id: string; readonly first: string }
  | { readonly code: 'duplicate-session-id'; readonly path: string; readonly id: string }
  | { readonly code: 'dangling-reference'; readonly path: string; readonly id: string; readonly target: Collection }
  | { readonly code: 'no-point-or-address'; readonly path: string }
  | { readonly code: 'no-location' | 'no-url'; readonly path: string; readonly warning: true };

/** Every reference problem of `doc`, errors and warnings, in document order within each kind. */
export function findReferenceProblems(doc: Catalogue): ReferenceProblem[] {
  const root = doc as unknown as Record<string, unknown>;
  const problems: ReferenceProblem[] = [];
  const index = new Map<Collection, Set<string>>();
  const firstSeen = new Map<string, string>();
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

  for (const collection of COLLECTIONS) {
    const ids = new Set<string>();
    index.set(collection, ids);
    eachObject(root[collection], (entry, i) => {
      const id = text(entry.id);
      if (id === undefined) return;
      const path = `${collection}[${i}].id`;
      const first = firstSeen.get(id);
      if (first !== undefined) problems.push({ code: 'duplicate-id', path, id, first });
      else firstSeen.set(id, path);
      ids.add(id);
    });
  }
  forEachReference(doc, ({ target, id, path }) => {
    if (!index.get(target)!.has(id)) problems.push({ code: 'dangling-reference', path, id, target });
  });
  eachObject(root.disclosurePoints, (p, i) => {
    if (p.kind === 'physical' && !p.location) problems.push({ code: 'no-location', path: `disclosurePoints[${i}].location`, warning: true });
    if (p.kind === 'online' && !p.url) problems.push({ code: 'no-url', path: `disclosurePoints[${i}].url`, warning: true });
  });
  eachObject(root.openDays, (e, i) => {
    if (!e.pointId && !e.address) problems.push({ code: 'no-point-or-address', path: `openDays[${i}].address` });
    const sessionIds = new Set<string>();
    eachObject(e.sessions, (session, j) => {
      const id = text(session.id);
      if (id === undefined) return;
      if (sessionIds.has(id)) problems.push({ code: 'duplicate-session-id', path: `openDays[${i}].sessions[${j}].id`, id });
      sessionIds.add(id);
    });
  });
  return problems;
}

export const isWarning = (problem: ReferenceProblem): problem is Extract<ReferenceProblem, { warning: true }> => 'warning' in problem;

/** The warnings among `problems`, in words: a valid catalogue can have them, so they are always at hand. */
export function referenceWarnings(problems: readonly ReferenceProblem[]): CatalogueWarning[] {
  return problems.filter(isWarning).map(({ code, path }) =>
    code === 'no-location'
      ? warning('incomplete', path, code, '线下点位缺少坐标，只在列表中显示，不上地图', 'physical point has no location; it is listed but not mapped')
      : warning('incomplete', path, code, '线上点位缺少网址', 'online point has no URL'),
  );
}
