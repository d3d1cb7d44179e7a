/**
 * Every place a catalogue refers to another entity by id, walked in one place: references.ts
 * checks each one resolves, and a tool which renames ids (the county/township merge) follows
 * every one. A reference field added to the format belongs here.
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

/** Calls `visit` for each entry of a list that is an object; anything else (a shape error reported elsewhere) is skipped. */
export function eachObject(value: unknown, visit: (entry: Owner, index: number) => void): void {
  if (!Array.isArray(value)) return;
  for (let i = 0; i < value.length; i++) {
    const entry = value[i];
    if (entry && typeof entry === 'object' && !Array.isArray(entry)) visit(entry as Owner, i);
  }
}
const asObject = (value: unknown): Owner | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Owner) : undefined);

/**
 * Calls `visit` for every reference in `doc`, in document order, with the object or list that
 * holds the id and its key there. Trusts no type: on a document whose shape failed it visits the
 * string ids that are there, so that shape and reference errors can be reported in one run.
 */
export function forEachReference(doc: Catalogue, visit: (ref: Reference, holder: Owner | string[], key: string | number) => void): void {
  const root = doc as unknown as Owner;
  const one = (owner: unknown, key: string, target: Collection, path: string) => {
    const holder = asObject(owner);
    const id = holder?.[key];
    if (typeof id === 'string') visit({ target, id, path }, holder!, key);
  };
  const many = (list: unknown, target: Collection, path: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((id, i) => typeof id === 'string' && visit({ target, id, path: `${path}[${i}]` }, list, i));
  };
  const channels = (list: unknown, at: string) => eachObject(list, (c, j) => one(c, 'pointId', 'disclosurePoints', `${at}.channels[${j}].pointId`));

  one(root, 'publisherId', 'agencies', 'publisherId');
  one(root, 'reviewedBy', 'agencies', 'reviewedBy');
  eachObject(root.domains, (d, i) => many(d.responsibleAgencyIds, 'agencies', `domains[${i}].responsibleAgencyIds`));
  eachObject(root.agencies, (a, i) => one(a, 'parentId', 'agencies', `agencies[${i}].parentId`));
  eachObject(root.items, (item, i) => {
    const at = `items[${i}]`;
    one(item, 'domainId', 'domains', `${at}.domainId`);
    many(item.subjectIds, 'agencies', `${at}.subjectIds`);
    channels(item.channels, at);
  });
  eachObject(root.disclosurePoints, (p, i) => {
    one(p, 'agencyId', 'agencies', `disclosurePoints[${i}].agencyId`);
    many(p.domainIds, 'domains', `disclosurePoints[${i}].domainIds`);
  });
  eachObject(root.policies, (p, i) => {
    const at = `policies[${i}]`;
    one(p, 'issuerId', 'agencies', `${at}.issuerId`);
    one(p, 'drafterId', 'agencies', `${at}.drafterId`);
    many(p.domainIds, 'domains', `${at}.domainIds`);
    many(p.interpretationIds, 'interpretations', `${at}.interpretationIds`);
    eachObject(p.amendedBy, (link, j) => one(link, 'policyId', 'policies', `${at}.amendedBy[${j}].policyId`));
    one(p.repealedBy, 'policyId', 'policies', `${at}.repealedBy.policyId`);
  });
  eachObject(root.interpretations, (it, i) => {
    const at = `interpretations[${i}]`;
    one(it, 'policyId', 'policies', `${at}.policyId`);
    one(it.interpreter, 'agencyId', 'agencies', `${at}.interpreter.agencyId`);
    channels(it.channels, at);
  });
  eachObject(root.responses, (r, i) => {
    one(r, 'policyId', 'policies', `responses[${i}].policyId`);
    one(r, 'respondentId', 'agencies', `responses[${i}].respondentId`);
  });
  eachObject(root.openDays, (e, i) => {
    one(e, 'hostId', 'agencies', `openDays[${i}].hostId`);
    one(e, 'pointId', 'disclosurePoints', `openDays[${i}].pointId`);
  });
  eachObject(root.consultations, (c, i) => {
    one(c, 'hostId', 'agencies', `consultations[${i}].hostId`);
    one(c, 'policyId', 'policies', `consultations[${i}].policyId`);
    eachObject(c.methods, (m, j) => one(m, 'pointId', 'disclosurePoints', `consultations[${i}].methods[${j}].pointId`));
  });
  one(root.requestForm, 'acceptingAgencyId', 'agencies', 'requestForm.acceptingAgencyId');
  many(asObject(root.requestForm)?.offlinePointIds, 'disclosurePoints', 'requestForm.offlinePointIds');
  eachObject(root.negativeList, (n, i) => one(n, 'agencyId', 'agencies', `negativeList[${i}].agencyId`));
  eachObject(root.tasks, (t, i) => {
    many(t.leadIds, 'agencies', `tasks[${i}].leadIds`);
    many(t.responsibleIds, 'agencies', `tasks[${i}].responsibleIds`);
    many(t.guideIds, 'agencies', `tasks[${i}].guideIds`);
  });
}

/**
 * Calls `replace` for every reference in `doc` and stores what it returns in place of the id.
 * Mutates `doc`: give it a copy.
 */
export function rewriteReferences(doc: Catalogue, replace: (ref: Reference) => string): void {
  forEachReference(doc, (ref, holder, key) => {
    (holder as Record<string | number, unknown>)[key] = replace(ref);
  });
}
