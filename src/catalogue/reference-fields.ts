/**
 * Every place a catalogue refers to another entity by id, walked in one place, so that a tool
 * which renames ids (the county/township merge) follows every reference. The fields are those
 * references.ts checks; a reference field added to the format belongs in both.
 *
 * changeLog ids are left out on purpose: `removed` names items that no longer exist, so they are
 * a record rather than references that must resolve.
 */
import type { Catalogue } from './schema.js';

/** The id-bearing arrays of a catalogue. Ids are unique across all of them, not per array. */
export type Collection =
  | 'domains' | 'agencies' | 'items' | 'disclosurePoints' | 'policies' | 'interpretations'
  | 'responses' | 'openDays' | 'consultations' | 'negativeList' | 'tasks';

export const COLLECTIONS: readonly Collection[] = [
  'domains', 'agencies', 'items', 'disclosurePoints', 'policies', 'interpretations',
  'responses', 'openDays', 'consultations', 'negativeList', 'tasks',
];

/** What each collection holds, in the words messages use: [Chinese, English]. */
export const COLLECTION_NAMES: Readonly<Record<Collection, readonly [string, string]>> = {
  domains: ['领域', 'domain'],
  agencies: ['机构', 'agency'],
  items: ['公开事项', 'item'],
  disclosurePoints: ['公开点位', 'disclosure point'],
  policies: ['政策文件', 'policy'],
  interpretations: ['政策解读', 'interpretation'],
  responses: ['回应', 'response'],
  openDays: ['开放日活动', 'open day'],
  consultations: ['意见征集', 'consultation'],
  negativeList: ['负面清单事项', 'negative-list entry'],
  tasks: ['任务', 'task'],
};

export interface Reference {
  /** The collection the id must be found in. */
  readonly target: Collection;
  readonly id: string;
  /** JSON path of the reference, e.g. `items[3].subjectIds[0]`. */
  readonly path: string;
}

type Owner = Record<string, unknown>;

/**
 * Calls `replace` for every reference in `doc` and stores what it returns in place of the id.
 * Mutates `doc`: give it a copy. Returning `ref.id` unchanged makes it a plain visit.
 */
export function rewriteReferences(doc: Catalogue, replace: (ref: Reference) => string): void {
  const one = (owner: object | undefined, key: string, target: Collection, path: string) => {
    const id = (owner as Owner | undefined)?.[key];
    if (typeof id === 'string') (owner as Owner)[key] = replace({ target, id, path });
  };
  const many = (list: string[] | undefined, target: Collection, path: string) =>
    list?.forEach((id, i) => (list[i] = replace({ target, id, path: `${path}[${i}]` })));

  one(doc, 'publisherId', 'agencies', 'publisherId');
  one(doc, 'reviewedBy', 'agencies', 'reviewedBy');
  doc.domains.forEach((d, i) => many(d.responsibleAgencyIds, 'agencies', `domains[${i}].responsibleAgencyIds`));
  doc.agencies.forEach((a, i) => one(a, 'parentId', 'agencies', `agencies[${i}].parentId`));
  doc.items.forEach((item, i) => {
    const at = `items[${i}]`;
    one(item, 'domainId', 'domains', `${at}.domainId`);
    many(item.subjectIds, 'agencies', `${at}.subjectIds`);
    item.channels.forEach((c, j) => one(c, 'pointId', 'disclosurePoints', `${at}.channels[${j}].pointId`));
  });
  doc.disclosurePoints?.forEach((p, i) => {
    one(p, 'agencyId', 'agencies', `disclosurePoints[${i}].agencyId`);
    many(p.domainIds, 'domains', `disclosurePoints[${i}].domainIds`);
  });
  doc.policies?.forEach((p, i) => {
    const at = `policies[${i}]`;
    one(p, 'issuerId', 'agencies', `${at}.issuerId`);
    one(p, 'drafterId', 'agencies', `${at}.drafterId`);
    many(p.domainIds, 'domains', `${at}.domainIds`);
    many(p.interpretationIds, 'interpretations', `${at}.interpretationIds`);
    p.amendedBy?.forEach((link, j) => one(link, 'policyId', 'policies', `${at}.amendedBy[${j}].policyId`));
    one(p.repealedBy, 'policyId', 'policies', `${at}.repealedBy.policyId`);
  });
  doc.interpretations?.forEach((it, i) => {
    const at = `interpretations[${i}]`;
    one(it, 'policyId', 'policies', `${at}.policyId`);
    one(it.interpreter, 'agencyId', 'agencies', `${at}.interpreter.agencyId`);
    it.channels?.forEach((c, j) => one(c, 'pointId', 'disclosurePoints', `${at}.channels[${j}].pointId`));
  });
  doc.responses?.forEach((r, i) => {
    one(r, 'policyId', 'policies', `responses[${i}].policyId`);
    one(r, 'respondentId', 'agencies', `responses[${i}].respondentId`);
  });
  doc.openDays?.forEach((e, i) => {
    one(e, 'hostId', 'agencies', `openDays[${i}].hostId`);
    one(e, 'pointId', 'disclosurePoints', `openDays[${i}].pointId`);
  });
  doc.consultations?.forEach((c, i) => {
    one(c, 'hostId', 'agencies', `consultations[${i}].hostId`);
    one(c, 'policyId', 'policies', `consultations[${i}].policyId`);
    c.methods?.forEach((m, j) => one(m, 'pointId', 'disclosurePoints', `consultations[${i}].methods[${j}].pointId`));
  });
  one(doc.requestForm, 'acceptingAgencyId', 'agencies', 'requestForm.acceptingAgencyId');
  many(doc.requestForm?.offlinePointIds, 'disclosurePoints', 'requestForm.offlinePointIds');
  doc.negativeList?.forEach((n, i) => one(n, 'agencyId', 'agencies', `negativeList[${i}].agencyId`));
  doc.tasks?.forEach((t, i) => {
    many(t.leadIds, 'agencies', `tasks[${i}].leadIds`);
    many(t.responsibleIds, 'agencies', `tasks[${i}].responsibleIds`);
    many(t.guideIds, 'agencies', `tasks[${i}].guideIds`);
  });
}
