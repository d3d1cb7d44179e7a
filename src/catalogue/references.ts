/**
 * Checks that JSON Schema cannot express: every id is unique within the document and every
 * `…Id` / `…Ids` field points at an entity of the right collection. Runs on any parsed JSON,
 * valid or not, and trusts no type.
 */
import type { Catalogue } from './schema.js';
import { type CatalogueError, type CatalogueWarning, error, warning } from './problems.js';
import { type Collection, COLLECTIONS, COLLECTION_NAMES } from './reference-fields.js';
import { checkConsistency } from './consistency.js';

export interface ReferenceCheck {
  errors: CatalogueError[];
  warnings: CatalogueWarning[];
}

type Loose = Record<string, unknown>;
/** Calls `visit` for each entry of a list that is an object; anything else (a shape error already reported) is skipped. */
function each(value: unknown, visit: (entry: Loose, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let i = 0; i < value.length; i++) {
    const entry = value[i];
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) visit(entry as Loose, i);
  }
}
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const object = (value: unknown): Loose | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : undefined);

/**
 * Checks ids and references. Tolerant of any shape: on a document whose shape failed it checks
 * whatever is there (a field of the wrong type is skipped, its shape error says what is wrong),
 * so that shape and reference errors are reported in the same run. `shapeValid` false leaves out
 * the consistency rules, which need the types.
 */
export function checkReferences(doc: Catalogue, shapeValid = true): ReferenceCheck {
  const root = doc as unknown as Loose;
  const errors: CatalogueError[] = [];
  const warnings: CatalogueWarning[] = [];
  const index = new Map<Collection, Set<string>>();
  const firstSeen = new Map<string, string>();

  for (const collection of COLLECTIONS) {
    const ids = new Set<string>();
    index.set(collection, ids);
    each(root[collection], (entry, i) => {
      const id = text(entry.id);
      if (id === undefined) return;
      const path = `${collection}[${i}].id`;
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) {
        errors.push(error('reference', path, 'duplicate-id', `编号 “${id}” 重复（已用于 ${earlier}）`, `id "${id}" is used twice (first at ${earlier})`));
      } else {
        firstSeen.set(id, path);
      }
      ids.add(id);
    });
  }

  const ref = (target: Collection, value: unknown, path: string) => {
    const id = text(value);
    if (id === undefined || index.get(target)!.has(id)) return;
    const [zh, en] = COLLECTION_NAMES[target];
    errors.push(error('reference', path, 'dangling-reference', `找不到编号为 “${id}” 的${zh}`, `no ${en} with id "${id}"`));
  };
  const refs = (target: Collection, list: unknown, path: string) => {
    if (Array.isArray(list)) list.forEach((id, i) => ref(target, id, `${path}[${i}]`));
  };
  const channelRefs = (channels: unknown, at: string) => {
    each(channels, (c, j) => ref('disclosurePoints', c.pointId, `${at}.channels[${j}].pointId`));
  };

  ref('agencies', root.publisherId, 'publisherId');
  ref('agencies', root.reviewedBy, 'reviewedBy');
  each(root.domains, (d, i) => refs('agencies', d.responsibleAgencyIds, `domains[${i}].responsibleAgencyIds`));
  each(root.agencies, (a, i) => ref('agencies', a.parentId, `agencies[${i}].parentId`));
  each(root.items, (item, i) => {
    const at = `items[${i}]`;
    ref('domains', item.domainId, `${at}.domainId`);
    refs('agencies', item.subjectIds, `${at}.subjectIds`);
    channelRefs(item.channels, at);
  });
  each(root.disclosurePoints, (p, i) => {
    const at = `disclosurePoints[${i}]`;
    ref('agencies', p.agencyId, `${at}.agencyId`);
    refs('domains', p.domainIds, `${at}.domainIds`);
    if (p.kind === 'physical' && !p.location) {
      warnings.push(warning('incomplete', `${at}.location`, 'no-location', '线下点位缺少坐标，只在列表中显示，不上地图', 'physical point has no location; it is listed but not mapped'));
    }
    if (p.kind === 'online' && !p.url) {
      warnings.push(warning('incomplete', `${at}.url`, 'no-url', '线上点位缺少网址', 'online point has no URL'));
    }
  });
  each(root.policies, (p, i) => {
    const at = `policies[${i}]`;
    ref('agencies', p.issuerId, `${at}.issuerId`);
    ref('agencies', p.drafterId, `${at}.drafterId`);
    refs('domains', p.domainIds, `${at}.domainIds`);
    refs('interpretations', p.interpretationIds, `${at}.interpretationIds`);
    each(p.amendedBy, (link, j) => ref('policies', link.policyId, `${at}.amendedBy[${j}].policyId`));
    ref('policies', object(p.repealedBy)?.policyId, `${at}.repealedBy.policyId`);
  });
  each(root.interpretations, (it, i) => {
    const at = `interpretations[${i}]`;
    ref('policies', it.policyId, `${at}.policyId`);
    ref('agencies', object(it.interpreter)?.agencyId, `${at}.interpreter.agencyId`);
    channelRefs(it.channels, at);
  });
  each(root.responses, (r, i) => {
    ref('policies', r.policyId, `responses[${i}].policyId`);
    ref('agencies', r.respondentId, `responses[${i}].respondentId`);
  });
  each(root.openDays, (e, i) => {
    const at = `openDays[${i}]`;
    ref('agencies', e.hostId, `${at}.hostId`);
    ref('disclosurePoints', e.pointId, `${at}.pointId`);
    if (!e.pointId && !e.address) {
      errors.push(error('schema', `${at}.address`, 'required', '需要 pointId 或 address 之一', 'needs pointId or address'));
    }
    const sessionIds = new Set<string>();
    each(e.sessions, (session, j) => {
      const id = text(session.id);
      if (id === undefined) return;
      if (sessionIds.has(id)) {
        errors.push(error('reference', `${at}.sessions[${j}].id`, 'duplicate-id', `场次编号 “${id}” 重复`, `session id "${id}" is used twice`));
      }
      sessionIds.add(id);
    });
  });
  each(root.consultations, (c, i) => {
    ref('agencies', c.hostId, `consultations[${i}].hostId`);
    ref('policies', c.policyId, `consultations[${i}].policyId`);
    each(c.methods, (m, j) => ref('disclosurePoints', m.pointId, `consultations[${i}].methods[${j}].pointId`));
  });
  const requestForm = object(root.requestForm);
  if (requestForm) {
    ref('agencies', requestForm.acceptingAgencyId, 'requestForm.acceptingAgencyId');
    refs('disclosurePoints', requestForm.offlinePointIds, 'requestForm.offlinePointIds');
  }
  each(root.negativeList, (n, i) => ref('agencies', n.agencyId, `negativeList[${i}].agencyId`));
  each(root.tasks, (t, i) => {
    refs('agencies', t.leadIds, `tasks[${i}].leadIds`);
    refs('agencies', t.responsibleIds, `tasks[${i}].responsibleIds`);
    refs('agencies', t.guideIds, `tasks[${i}].guideIds`);
  });
  // The rules between fields trust the types: they run once the shape has passed.
  if (shapeValid) errors.push(...checkConsistency(doc));
  return { errors, warnings };
}
