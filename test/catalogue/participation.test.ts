import { expect } from '@open-wc/testing';
import { parseCatalogueText, type LoadResult } from '../../src/catalogue/validate.js';
import { rewriteReferences, type Reference } from '../../src/catalogue/reference-fields.js';
import { adoptionTally, consultationMethods, consultationStatus, signupOpen, waysToTakePart } from '../../src/catalogue/consultation.js';
import { negativeListReview } from '../../src/catalogue/negative-list.js';
import { chinaDay, endOf, startOf } from '../../src/catalogue/dates.js';
import type { Catalogue, Consultation } from '../../src/catalogue/schema.js';
import { minimalCatalogue } from '../fixtures/minimal.js';
import { loadSample } from '../helpers/sample.js';

const validate = (doc: unknown): LoadResult => parseCatalogueText(JSON.stringify(doc));
const problems = (result: LoadResult) => (result.ok ? [] : result.errors.map((e) => `${e.kind} ${e.path} ${e.code}`));

/** The minimal catalogue plus a policy, its interpretation and a consultation, all valid. */
function participationCatalogue(): Record<string, any> {
  const doc = minimalCatalogue();
  doc.schemaVersion = '1.1.0';
  doc.agencies.push({ id: 'ag-mzj', name: '示例县民政局', level: 'county', kind: 'department' });
  doc.disclosurePoints = [{ id: 'pt-hall', name: '示例县政务服务中心', type: 'service_hall', kind: 'physical', level: 'county', agencyId: 'ag-xzfb', location: { lat: 35.3, lng: 113.9, crs: 'GCJ-02' } }];
  doc.policies = [
    { id: 'po-1', title: '示例县最低生活保障审核确认实施细则', issuerId: 'ag-xzfb', drafterId: 'ag-mzj', issuedAt: '2026-03-18', publishedAt: '2026-03-20', attribute: '主动公开', status: 'effective' },
    { id: 'po-2', title: '关于修改细则的决定', issuerId: 'ag-xzfb', drafterId: 'ag-mzj', issuedAt: '2026-09-01', publishedAt: '2026-09-03', attribute: '主动公开', status: 'effective' },
  ];
  doc.interpretations = [{ id: 'in-1', policyId: 'po-1', form: '文字', interpreter: { agencyId: 'ag-mzj' }, publishedAt: '2026-03-20T10:00:00+08:00' }];
  doc.consultations = [{
    id: 'cs-1', title: '征求意见', subjectMatter: '公共政策措施', start: '2026-01-05', end: '2026-02-04', hostId: 'ag-mzj', policyId: 'po-1',
    methods: [{ type: '向社会公开征求意见', onlineForm: true, email: 'a@example.gov.cn' }, { type: '座谈会', pointId: 'pt-hall', capacity: 20, start: '2026-01-20T09:00:00+08:00', end: '2026-01-20T11:00:00+08:00' }],
    adoptionReport: { publishedAt: '2026-03-20', received: 12, adopted: 5, partlyAdopted: 2, notAdopted: 4 },
  }];
  return doc;
}

describe('format 1.1: consultations, records, policies and the consistency checks', () => {
  it('a 1.1 catalogue with every new field validates without warnings', () => {
    const doc = participationCatalogue();
    doc.policies[0].amendedBy = [{ policyId: 'po-2', date: '2026-10-01' }, { title: '上级文件', docNo: '民发〔2026〕1号' }];
    doc.policies[1].repealedBy = { title: '某办法', url: 'https://example.gov.cn/x.html' };
    doc.items[0].records = {
      title: '公示', displayStart: '2026-11-30', displayEnd: '2026-12-08', note: '如有异议请反映', contact: { phone: '0373-1' },
      schema: [{ key: 'holder', label: '户主', type: 'text', required: true, personal: 'name' }, { key: 'village', label: '村', type: 'text', required: true, public: true }],
      rows: [{ holder: '张三', village: '刘庄村' }],
    };
    doc.items[0].serviceItemRef = { platform: '示例省政务服务网', name: '最低生活保障对象认定', url: 'https://zwfw.example.gov.cn/1' };
    doc.responses = [{ id: 're-1', topic: '何时施行', policyId: 'po-1', respondentId: 'ag-mzj', raisedAt: '2026-03-21', publishedAt: '2026-03-22', content: '……', url: '/hdjl/1.html' }];
    doc.negativeList = [{ id: 'ng-1', matter: '国家秘密', basis: [{ title: '保守国家秘密法', article: '第十三条' }], riskCategory: '国家安全', agencyId: 'ag-xzfb', updatedAt: '2026-03-01', description: '……', reviewedAt: '2026-03-01', nextReviewAt: '2027-03-01' }];
    const result = validate(doc);
    expect(problems(result)).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
  });

  it('a 1.0 consultation with only `method` still loads and reads as a one-method list', () => {
    const doc = participationCatalogue();
    doc.schemaVersion = '1.0.0';
    const consultation = doc.consultations[0];
    delete consultation.methods;
    delete consultation.policyId;
    consultation.method = '问卷调查';
    expect(problems(validate(doc))).to.deep.equal([]);
    expect(consultationMethods(consultation as Consultation)).to.deep.equal([{ type: '问卷调查' }]);
  });

  it('a consultation with neither `methods` nor `method` is an error at its methods', () => {
    const doc = participationCatalogue();
    delete doc.consultations[0].methods;
    expect(problems(validate(doc))).to.deep.equal(['schema consultations[0].methods required']);
  });

  it('an interpretation dated before its policy is a data error naming both dates; the same day earlier in the morning is not', () => {
    const doc = participationCatalogue();
    doc.interpretations[0].publishedAt = '2026-03-18';
    const result = validate(doc);
    expect(problems(result)).to.deep.equal(['reference interpretations[0].publishedAt date-order']);
    const message = result.ok ? '' : result.errors[0]!.message['zh-CN'];
    expect(message).to.contain('2026-03-18').and.contain('2026-03-20');
    doc.interpretations[0].publishedAt = '2026-03-20T01:00:00+08:00';
    expect(problems(validate(doc))).to.deep.equal([]);
    // 19 March 17:00 UTC is already 20 March in Beijing: same day, not early.
    doc.interpretations[0].publishedAt = '2026-03-19T17:00:00Z';
    expect(problems(validate(doc))).to.deep.equal([]);
  });

  it('new references resolve or are reported: consultation policy and venue, amending and repealing documents', () => {
    const doc = participationCatalogue();
    doc.consultations[0].policyId = 'po-x';
    doc.consultations[0].methods[1].pointId = 'pt-x';
    doc.policies[0].amendedBy = [{ policyId: 'po-y' }];
    doc.policies[1].repealedBy = { policyId: 'po-z' };
    expect(problems(validate(doc))).to.have.members([
      'reference consultations[0].policyId dangling-reference',
      'reference consultations[0].methods[1].pointId dangling-reference',
      'reference policies[0].amendedBy[0].policyId dangling-reference',
      'reference policies[1].repealedBy.policyId dangling-reference',
    ]);
  });

  it('counts, periods and links that cannot be right are errors where the editor can find them', () => {
    const doc = participationCatalogue();
    doc.consultations[0].adoptionReport.notAdopted = 6; // 5 + 2 + 6 > 12
    doc.items[0].records = { schema: [], rows: [], displayStart: '2026-12-08', displayEnd: '2026-11-30' };
    doc.policies[0].amendedBy = [{ docNo: '示政〔2026〕1号' }];
    doc.consultations[0].methods[1].end = '2026-01-19';
    expect(problems(validate(doc))).to.have.members([
      'schema consultations[0].adoptionReport.received count-mismatch',
      'schema items[0].records.displayEnd date-order',
      'schema policies[0].amendedBy[0].title required',
      'schema consultations[0].methods[1].end date-order',
    ]);
  });

  it('a method type, an outcome or a personal-data kind outside the code lists is a shape error', () => {
    const doc = participationCatalogue();
    doc.consultations[0].methods[0].type = '网上留言';
    expect(problems(validate(doc))).to.deep.equal(['schema consultations[0].methods[0].type invalid-enum']);
    const other = participationCatalogue();
    other.consultations[0].adoptionReport.opinions = [{ summary: '……', outcome: 'rejected' }];
    expect(problems(validate(other))).to.deep.equal(['schema consultations[0].adoptionReport.opinions[0].outcome invalid-enum']);
    const third = participationCatalogue();
    third.items[0].records = { schema: [{ key: 'a', label: '户主', type: 'text', required: true, personal: 'surname' }], rows: [] };
    expect(problems(validate(third))).to.deep.equal(['schema items[0].records.schema[0].personal invalid-enum']);
  });

  it('the merge follows the new references too (reference-fields lists them)', () => {
    const doc = participationCatalogue();
    doc.policies[0].amendedBy = [{ policyId: 'po-2' }];
    doc.policies[1].repealedBy = { policyId: 'po-1' };
    const seen: string[] = [];
    rewriteReferences(doc as Catalogue, (ref: Reference) => {
      seen.push(ref.path);
      return `t:${ref.id}`;
    });
    expect(seen).to.include.members(['consultations[0].policyId', 'consultations[0].methods[1].pointId', 'policies[0].amendedBy[0].policyId', 'policies[1].repealedBy.policyId']);
    expect(doc.consultations[0].policyId).to.equal('t:po-1');
    expect(doc.consultations[0].methods[1].pointId).to.equal('t:pt-hall');
  });
});

describe('Beijing dates', () => {
  it('a bare date spans its whole Beijing day; a date-time is its own moment', () => {
    expect(new Date(startOf('2026-02-28')!).toISOString()).to.equal('2026-02-27T16:00:00.000Z');
    expect(new Date(endOf('2026-02-28')!).toISOString()).to.equal('2026-02-28T16:00:00.000Z');
    expect(new Date(endOf('2026-02-28T17:00:00+08:00')!).toISOString()).to.equal('2026-02-28T09:00:00.000Z');
    expect(new Date(startOf('2026-02-28T17:00')!).toISOString()).to.equal('2026-02-28T09:00:00.000Z'); // no offset: Beijing
    expect(chinaDay('2024-12-31T16:30:00Z')).to.equal(chinaDay('2025-01-01'));
  });
});

describe('consultation reading', () => {
  const consultation = (extra: Partial<Consultation> = {}) => ({ ...participationCatalogue().consultations[0], ...extra }) as Consultation;

  it('status: upcoming before the first day, open through the whole last day in Beijing, then closed or reported', () => {
    const c = consultation({ adoptionReport: undefined });
    expect(consultationStatus(c, new Date('2026-01-04T15:59:00Z'))).to.deep.equal({ phase: 'upcoming', daysToStart: 1 });
    expect(consultationStatus(c, new Date('2026-01-04T16:00:00Z'))).to.deep.equal({ phase: 'open', daysLeft: 30 });
    expect(consultationStatus(c, new Date('2026-02-04T15:59:00Z'))).to.deep.equal({ phase: 'open', daysLeft: 0 }); // 23:59 on 4 Feb in Beijing
    expect(consultationStatus(c, new Date('2026-02-04T16:00:00Z'))).to.deep.equal({ phase: 'closed' });
    expect(consultationStatus(consultation(), new Date('2026-05-01T00:00:00Z'))).to.deep.equal({ phase: 'reported' });
    expect(consultationStatus({ ...c, end: '2026-02-04T12:00:00+08:00' }, new Date('2026-02-04T04:00:00Z')).phase).to.equal('closed');
  });

  it('ways to take part: online form first, then e-mail, letter, phone, fax, sessions; a bare 1.0 method is still named', () => {
    const c = consultation({
      methods: [
        { type: '座谈会', start: '2026-01-20T09:00:00+08:00', capacity: 20, signup: { open: true, deadline: '2026-01-18' } },
        { type: '向社会公开征求意见', onlineForm: true, email: 'a@b.cn', mail: { address: '人民路1号' }, phone: '0373-1', fax: '0373-2', url: 'https://x.example/form' },
        { type: '民意调查' },
      ],
    });
    const ways = waysToTakePart(c, new Date('2026-01-10T00:00:00Z'));
    expect(ways.map((w) => w.kind)).to.deep.equal(['form', 'link', 'email', 'mail', 'phone', 'fax', 'session', 'described']);
    expect(ways.find((w) => w.kind === 'session')).to.include({ signupOpen: true });
    expect(waysToTakePart(c, new Date('2026-01-18T16:00:00Z')).find((w) => w.kind === 'session')).to.include({ signupOpen: false }); // deadline passed
  });

  it('sign-up closes at its deadline, at the session, or when marked closed', () => {
    const method = { type: '听证会' as const, start: '2026-01-20T09:00:00+08:00', signup: { open: true } };
    expect(signupOpen(method, new Date('2026-01-20T00:59:00Z'))).to.be.true;
    expect(signupOpen(method, new Date('2026-01-20T01:00:00Z'))).to.be.false;
    expect(signupOpen({ ...method, signup: { open: false } }, new Date('2026-01-01T00:00:00Z'))).to.be.false;
    expect(signupOpen({ type: '听证会' }, new Date('2026-01-01T00:00:00Z'))).to.be.false;
  });

  it('采纳情况: the report\'s numbers win; otherwise counted from its opinions, with missing reasons flagged', () => {
    expect(adoptionTally({ publishedAt: '2026-03-01', received: 46, adopted: 12, partlyAdopted: 5, notAdopted: 21 }))
      .to.deep.equal({ received: 46, other: 8, adopted: 12, partlyAdopted: 5, notAdopted: 21, notAdoptedWithoutReason: 0 });
    expect(adoptionTally({
      publishedAt: '2026-03-01',
      opinions: [
        { summary: 'a', outcome: 'adopted', count: 3 }, { summary: 'b', outcome: 'partly_adopted' },
        { summary: 'c', outcome: 'not_adopted', reason: '与上位法不符' }, { summary: 'd', outcome: 'not_adopted', count: 2, reason: ' ' },
      ],
    })).to.deep.equal({ received: 7, other: 0, adopted: 3, partlyAdopted: 1, notAdopted: 3, notAdoptedWithoutReason: 1 });
    expect(adoptionTally({ publishedAt: '2026-03-01', summary: '收到意见12条' })).to.deep.equal({ adopted: 0, partlyAdopted: 0, notAdopted: 0, notAdoptedWithoutReason: 0 });
  });
});

describe('负面清单 yearly review', () => {
  it('due a year after the last review unless a date is given; overdue the day after, in Beijing time', () => {
    const entry = { updatedAt: '2025-03-01', reviewedAt: '2026-03-01' };
    expect(negativeListReview(entry, new Date('2027-03-01T15:59:00Z'))).to.deep.equal({ lastReview: '2026-03-01', nextReview: '2027-03-01', overdue: false });
    expect(negativeListReview(entry, new Date('2027-03-01T16:00:00Z')).overdue).to.be.true;
    expect(negativeListReview({ updatedAt: '2024-02-29T10:00:00+08:00' }, new Date('2024-06-01')).nextReview).to.equal('2025-02-28');
    expect(negativeListReview({ updatedAt: '2026-03-01', nextReviewAt: '2026-09-30' }, new Date('2026-10-01T00:00:00Z'))).to.include({ nextReview: '2026-09-30', overdue: true });
  });
});

describe('the sample county\'s participation data', () => {
  let county: Catalogue;
  before(async () => (county = await loadSample()));
  const now = new Date('2026-12-06T02:00:00Z');

  it('has consultations in every phase, every way to take part, and a closed one with its 采纳情况 report', () => {
    const consultations = county.consultations!;
    const phases = new Set(consultations.map((c) => consultationStatus(c, now).phase));
    expect([...phases]).to.have.members(['upcoming', 'open', 'closed', 'reported']);
    const kinds = new Set(consultations.flatMap((c) => waysToTakePart(c, now).map((w) => w.kind)));
    for (const kind of ['form', 'link', 'email', 'mail', 'phone', 'fax', 'session', 'described']) expect(kinds.has(kind as never), kind).to.be.true;
    const methods = new Set(consultations.flatMap((c) => consultationMethods(c).map((m) => m.type)));
    for (const type of ['座谈会', '听证会', '实地走访', '书面征求意见', '向社会公开征求意见', '问卷调查', '民意调查']) expect(methods.has(type as never), type).to.be.true;
    expect(consultations.some((c) => waysToTakePart(c, now).some((w) => w.kind === 'session' && w.signupOpen && w.method.capacity))).to.be.true;
    const reported = consultations.find((c) => c.adoptionReport?.opinions?.some((o) => o.outcome === 'not_adopted' && o.reason))!;
    const tally = adoptionTally(reported.adoptionReport!);
    expect(tally.adopted + tally.partlyAdopted + tally.notAdopted).to.be.at.most(tally.received!);
    expect(consultations.some((c) => c.method && !c.methods), 'a 1.0-style consultation').to.be.true;
    expect(consultations.some((c) => c.draft && c.explanation)).to.be.true;
  });

  it('responses concern policies or projects, and the negative list has legal grounds and review dates, one overdue', () => {
    const responses = county.responses!;
    expect(responses.length).to.be.at.least(5);
    expect(responses.filter((r) => r.policyId).length).to.be.at.least(4);
    expect(responses.some((r) => r.projectName && !r.policyId)).to.be.true;
    const list = county.negativeList!;
    expect(list.every((n) => n.basis.length && n.basis.some((b) => b.article))).to.be.true;
    expect(list.filter((n) => negativeListReview(n, now).overdue).length).to.equal(1);
  });

  it('items carry 公示 records, 办事 links, targeted push, formats and supervision pages', () => {
    const items = county.items;
    expect(items.filter((i) => i.records).length).to.be.at.least(4);
    expect(items.filter((i) => i.serviceItemRef?.url).length).to.be.at.least(5);
    expect(items.filter((i) => i.pushChannels?.length).length).to.be.at.least(4);
    expect(items.some((i) => i.formats?.includes('视频')) && items.some((i) => i.formats?.includes('音频'))).to.be.true;
    expect(items.filter((i) => i.supervision?.url).length).to.be.at.least(4);
  });
});
