/**
 * Checks that JSON Schema cannot express: every id is unique within the document and every
 * `…Id` / `…Ids` field points at an entity of the right collection. Runs only on a document
 * whose shape already passed, so it can trust the types.
 */
import type { Catalogue } from './schema.js';
import { type CatalogueError, type CatalogueWarning, error, warning } from './problems.js';
import { type Collection, COLLECTIONS, COLLECTION_NAMES } from './reference-fields.js';
import { checkConsistency } from './consistency.js';

export interface ReferenceCheck {
  errors: CatalogueError[];
  warnings: CatalogueWarning[];
}

export function checkReferences(doc: Catalogue): ReferenceCheck {
  const errors: CatalogueError[] = [];
  const warnings: CatalogueWarning[] = [];
  const index = new Map<Collection, Set<string>>();
  const firstSeen = new Map<string, string>();

  for (const collection of COLLECTIONS) {
    const ids = new Set<string>();
    index.set(collection, ids);
    const entries = (doc[collection] ?? []) as { id: string }[];
    for (let i = 0; i < entries.length; i++) {
      const id = entries[i]!.id;
      const path = `${collection}[${i}].id`;
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) {
        errors.push(error('reference', path, 'duplicate-id', `编号 “${id}” 重复（已用于 ${earlier}）`, `id "${id}" is used twice (first at ${earlier})`));
      } else {
        firstSeen.set(id, path);
      }
      ids.add(id);
    }
  }

  const ref = (target: Collection, id: string | undefined, path: string) => {
    if (id === undefined || index.get(target)!.has(id)) return;
    const [zh, en] = COLLECTION_NAMES[target];
    errors.push(error('reference', path, 'dangling-reference', `找不到编号为 “${id}” 的${zh}`, `no ${en} with id "${id}"`));
  };
  const refs = (target: Collection, list: readonly string[] | undefined, path: string) =>
    list?.forEach((id, i) => ref(target, id, `${path}[${i}]`));

  ref('agencies', doc.publisherId, 'publisherId');
  ref('agencies', doc.reviewedBy, 'reviewedBy');
  doc.domains.forEach((d, i) => refs('agencies', d.responsibleAgencyIds, `domains[${i}].responsibleAgencyIds`));
  doc.agencies.forEach((a, i) => ref('agencies', a.parentId, `agencies[${i}].parentId`));
  doc.items.forEach((item, i) => {
    const at = `items[${i}]`;
    ref('domains', item.domainId, `${at}.domainId`);
    refs('agencies', item.subjectIds, `${at}.subjectIds`);
    item.channels.forEach((c, j) => ref('disclosurePoints', c.pointId, `${at}.channels[${j}].pointId`));
  });
  doc.disclosurePoints?.forEach((p, i) => {
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
  doc.policies?.forEach((p, i) => {
    const at = `policies[${i}]`;
    ref('agencies', p.issuerId, `${at}.issuerId`);
    ref('agencies', p.drafterId, `${at}.drafterId`);
    refs('domains', p.domainIds, `${at}.domainIds`);
    refs('interpretations', p.interpretationIds, `${at}.interpretationIds`);
    p.amendedBy?.forEach((link, j) => ref('policies', link.policyId, `${at}.amendedBy[${j}].policyId`));
    ref('policies', p.repealedBy?.policyId, `${at}.repealedBy.policyId`);
  });
  doc.interpretations?.forEach((it, i) => {
    const at = `interpretations[${i}]`;
    ref('policies', it.policyId, `${at}.policyId`);
    ref('agencies', it.interpreter.agencyId, `${at}.interpreter.agencyId`);
    it.channels?.forEach((c, j) => ref('disclosurePoints', c.pointId, `${at}.channels[${j}].pointId`));
  });
  doc.responses?.forEach((r, i) => {
    ref('policies', r.policyId, `responses[${i}].policyId`);
    ref('agencies', r.respondentId, `responses[${i}].respondentId`);
  });
  doc.openDays?.forEach((e, i) => {
    const at = `openDays[${i}]`;
    ref('agencies', e.hostId, `${at}.hostId`);
    ref('disclosurePoints', e.pointId, `${at}.pointId`);
    if (!e.pointId && !e.address) {
      errors.push(error('schema', `${at}.address`, 'required', '需要 pointId 或 address 之一', 'needs pointId or address'));
    }
    const sessionIds = new Set<string>();
    e.sessions?.forEach((s, j) => {
      if (sessionIds.has(s.id)) {
        errors.push(error('reference', `${at}.sessions[${j}].id`, 'duplicate-id', `场次编号 “${s.id}” 重复`, `session id "${s.id}" is used twice`));
      }
      sessionIds.add(s.id);
    });
  });
  doc.consultations?.forEach((c, i) => {
    ref('agencies', c.hostId, `consultations[${i}].hostId`);
    ref('policies', c.policyId, `consultations[${i}].policyId`);
    c.methods?.forEach((m, j) => ref('disclosurePoints', m.pointId, `consultations[${i}].methods[${j}].pointId`));
  });
  if (doc.requestForm) {
    ref('agencies', doc.requestForm.acceptingAgencyId, 'requestForm.acceptingAgencyId');
    refs('disclosurePoints', doc.requestForm.offlinePointIds, 'requestForm.offlinePointIds');
  }
  doc.negativeList?.forEach((n, i) => ref('agencies', n.agencyId, `negativeList[${i}].agencyId`));
  doc.tasks?.forEach((t, i) => {
    refs('agencies', t.leadIds, `tasks[${i}].leadIds`);
    refs('agencies', t.responsibleIds, `tasks[${i}].responsibleIds`);
    refs('agencies', t.guideIds, `tasks[${i}].guideIds`);
  });
  errors.push(...checkConsistency(doc));
  return { errors, warnings };
}
