import { expect } from '@open-wc/testing';
import { policyValidity, policiesChangedBy } from '../../../src/components/policy-card/validity.js';
import { interpreterKind, judgeSync } from '../../../src/components/policy-card/sync.js';
import { consultationsFor, interpretationsOf, responsesTo } from '../../../src/components/policy-card/relations.js';
import { loadSample } from '../../helpers/sample.js';
import type { Catalogue, Interpretation, Policy } from '../../../src/catalogue/schema.js';

const policy = (extra: Partial<Policy> = {}): Policy => ({
  id: 'po-1', title: '示例县秸秆综合利用奖补办法（试行）', issuerId: 'ag-nyncj', drafterId: 'ag-nyncj', issuedAt: '2024-06-20', publishedAt: '2024-06-25',
  attribute: '主动公开', status: 'effective', ...extra,
});
/** A moment given in Beijing wall-clock time. */
const beijing = (wallClock: string) => new Date(`${wallClock}+08:00`);

describe('有效性 from dates as well as status', () => {
  it('a 试行 document is 试行 through the last day of its 有效期 and 已失效 from the next Beijing midnight', () => {
    const trial = policy({ status: 'trial', validFrom: '2024-07-01', validUntil: '2026-06-30' });
    expect(policyValidity(trial, { now: beijing('2026-06-30T23:59:59') })).to.include({ state: 'trial', label: '试行', tone: 'notice', fromDates: false });
    expect(policyValidity(trial, { now: beijing('2026-07-01T00:00:00') })).to.include({ state: 'expired', label: '已失效', labelEn: 'Expired', tone: 'ended', fromDates: true, trial: true });
    // 16:00 UTC on 30 June is already 1 July in Beijing.
    expect(policyValidity(trial, { now: new Date('2026-06-30T16:00:00Z') }).state).to.equal('expired');
    expect(policyValidity(trial, { now: new Date('2026-06-30T15:59:59Z') }).state).to.equal('trial');
  });

  it('before its 施行日期 a document is 尚未施行, from 00:00 Beijing time on that day it is in force', () => {
    const upcoming = policy({ publishedAt: '2026-11-20', validFrom: '2027-01-01' });
    expect(policyValidity(upcoming, { now: beijing('2026-12-31T23:59:00') })).to.include({ state: 'not-yet-in-force', label: '尚未施行', tone: 'notice', fromDates: true });
    expect(policyValidity(upcoming, { now: beijing('2027-01-01T00:00:00') })).to.include({ state: 'effective', label: '有效', tone: 'ok', fromDates: false });
    expect(policyValidity({ ...upcoming, status: 'trial' }, { now: beijing('2026-12-01T12:00:00') })).to.include({ state: 'not-yet-in-force', trial: true });
  });

  it('an end given as a date-time ends at that moment', () => {
    const p = policy({ validUntil: '2026-06-30T12:00:00+08:00' });
    expect(policyValidity(p, { now: beijing('2026-06-30T11:59:00') }).state).to.equal('effective');
    expect(policyValidity(p, { now: beijing('2026-06-30T12:00:00') }).state).to.equal('expired');
  });

  it('status wins where it is final: 已废止 and 已失效 stay so whatever the dates say', () => {
    expect(policyValidity(policy({ status: 'repealed', validUntil: '2099-12-31' }), { now: beijing('2026-01-01T00:00:00') }).state).to.equal('repealed');
    expect(policyValidity(policy({ status: 'expired' }), { now: beijing('2026-01-01T00:00:00') }).state).to.equal('expired');
  });

  it('amended: links to the amending document in the catalogue, or to one outside it; in effect from its date', () => {
    const amending = policy({ id: 'po-2', title: '关于修改《办法》的决定', docNo: '示政办〔2026〕2号', url: '/zwgk/2.html', publishedAt: '2026-01-12', validFrom: '2026-02-01' });
    const amended = policy({ amendedBy: [{ policyId: 'po-2' }, { title: '省级通知', docNo: '豫政办〔2025〕9号', url: 'https://example.gov.cn/9.html', date: '2025-05-01' }] });
    const catalogue = { policies: [amended, amending] };
    const before = policyValidity(amended, { now: beijing('2026-01-31T12:00:00'), catalogue });
    expect(before.state).to.equal('amended'); // the 2025 provincial amendment is already in effect
    expect(before.amendedBy.map((link) => link.title)).to.deep.equal(['省级通知', '关于修改《办法》的决定']);
    expect(before.amendedBy[1]).to.include({ docNo: '示政办〔2026〕2号', url: '/zwgk/2.html', date: '2026-02-01' });
    expect(before.amendedBy[1]!.policy).to.equal(amending);
    const onlyLocal = policy({ amendedBy: [{ policyId: 'po-2' }] });
    expect(policyValidity(onlyLocal, { now: beijing('2026-01-31T12:00:00'), catalogue: { policies: [onlyLocal, amending] } }).state).to.equal('effective');
    expect(policyValidity(onlyLocal, { now: beijing('2026-02-01T00:00:00'), catalogue: { policies: [onlyLocal, amending] } })).to.include({ state: 'amended', fromDates: true });
    expect(policiesChangedBy(catalogue, amending).amends).to.deep.equal([amended]);
  });

  it('repealed by a later document: 已废止 from that document\'s date, with a link to it', () => {
    const repealing = policy({ id: 'po-3', title: '示例县老年人福利补贴管理办法', docNo: '示政〔2026〕3号', publishedAt: '2026-02-10', validFrom: '2026-03-01' });
    const old = policy({ repealedBy: { policyId: 'po-3' } });
    const catalogue = { policies: [old, repealing] };
    expect(policyValidity(old, { now: beijing('2026-02-28T20:00:00'), catalogue }).state).to.equal('effective');
    const after = policyValidity(old, { now: beijing('2026-03-01T08:00:00'), catalogue });
    expect(after).to.include({ state: 'repealed', label: '已废止', fromDates: true });
    expect(after.repealedBy).to.include({ title: '示例县老年人福利补贴管理办法', docNo: '示政〔2026〕3号' });
    expect(policiesChangedBy(catalogue, repealing).repeals).to.deep.equal([old]);
  });
});

const interpretation = (id: string, publishedAt: string, interpreter: Interpretation['interpreter'], form: Interpretation['form'] = '文字'): Interpretation =>
  ({ id, policyId: 'po-1', form, interpreter, publishedAt });

describe('三同步 judged per policy', () => {
  const p = policy({ publishedAt: '2026-07-22', drafterId: 'ag-rsj' });

  it('who interpreted: drafting department by agency or role, expert and media by role or form first', () => {
    expect(interpreterKind(p, interpretation('a', '2026-07-22', { agencyId: 'ag-rsj' }))).to.equal('drafting');
    expect(interpreterKind(p, interpretation('b', '2026-07-22', { agencyId: 'ag-xzfb', role: '第一解读人' }))).to.equal('drafting');
    expect(interpreterKind(p, interpretation('c', '2026-07-29', { agencyId: 'ag-rsj', role: '专家' }))).to.equal('expert');
    expect(interpreterKind(p, interpretation('d', '2026-07-29', { agencyId: 'ag-rsj' }, '专家解读'))).to.equal('expert');
    expect(interpreterKind(p, interpretation('e', '2026-07-29', { agencyId: 'ag-wglj', role: '媒体' }))).to.equal('media');
    expect(interpreterKind(p, interpretation('f', '2026-07-29', { agencyId: 'ag-czj' }))).to.equal('other');
  });

  it('met when the drafting department interpreted the same day; a later expert or media piece never makes it 不符合', () => {
    const judged = judgeSync(p, [
      interpretation('late-expert', '2026-07-29', { agencyId: 'ag-rsj', role: '专家' }),
      interpretation('own', '2026-07-22T10:00:00+08:00', { agencyId: 'ag-rsj', role: '第一解读人' }),
      interpretation('media', '2026-08-15', { agencyId: 'ag-wglj', role: '媒体' }),
    ]);
    expect(judged.verdict).to.equal('met');
    expect(judged.drafting?.interpretation.id).to.equal('own');
    expect(judged.interpretations.map((j) => [j.interpretation.id, j.kind, j.sync.days])).to.deep.equal([['own', 'drafting', 0], ['late-expert', 'expert', 7], ['media', 'media', 24]]);
  });

  it('late by calendar days beyond the tolerance; within a configured tolerance it counts', () => {
    const two = [interpretation('own', '2026-07-24', { agencyId: 'ag-rsj' })];
    expect(judgeSync(p, two)).to.include({ verdict: 'late', toleranceDays: 0 });
    expect(judgeSync(p, two, { toleranceDays: 2 }).verdict).to.equal('met');
    expect(judgeSync(p, two, { toleranceDays: 1 }).verdict).to.equal('late');
  });

  it('missing when only experts or media interpreted; a data error when the only own one predates the policy', () => {
    expect(judgeSync(p, [interpretation('x', '2026-07-29', { agencyId: 'ag-rsj', role: '专家' })]).verdict).to.equal('missing');
    expect(judgeSync(p, []).verdict).to.equal('missing');
    const early = judgeSync(p, [interpretation('typo', '2026-07-02', { agencyId: 'ag-rsj' })]);
    expect(early.verdict).to.equal('date-error');
    expect(early.dateErrors.map((j) => j.interpretation.id)).to.deep.equal(['typo']);
    expect(judgeSync({ ...p, attribute: '不予公开' }, []).verdict).to.equal('not-applicable');
  });

  it('the Beijing day decides: 23:30 UTC the day before is the policy\'s own day in Beijing', () => {
    expect(judgeSync(p, [interpretation('own', '2026-07-21T23:30:00Z', { agencyId: 'ag-rsj' })]).verdict).to.equal('met');
  });
});

describe('the sample county\'s policies', () => {
  let county: Catalogue;
  before(async () => (county = await loadSample()));
  const now = beijing('2026-12-06T10:00:00');

  it('cover every 有效性 case, amended and repealed ones with a link to the document that changed them', () => {
    const states = county.policies!.map((p) => policyValidity(p, { now, catalogue: county }));
    for (const state of ['effective', 'trial', 'amended', 'not-yet-in-force', 'expired', 'repealed'] as const) {
      expect(states.some((s) => s.state === state), state).to.be.true;
    }
    expect(states.some((s) => s.state === 'expired' && s.fromDates && s.trial), 'a 试行 document past its 有效期').to.be.true;
    expect(states.find((s) => s.state === 'amended')!.amendedBy[0]!.policy).to.exist;
    expect(states.find((s) => s.state === 'repealed' && s.repealedBy)!.repealedBy!.policy).to.exist;
  });

  it('三同步 verdicts include met, late and missing; the late expert interpretation is never what is judged', () => {
    const verdicts = county.policies!.map((p) => judgeSync(p, interpretationsOf(county, p)));
    const found = new Set(verdicts.map((v) => v.verdict));
    for (const verdict of ['met', 'late', 'missing'] as const) expect(found.has(verdict), verdict).to.be.true;
    const withLateExpert = verdicts.find((v) => v.interpretations.some((j) => j.kind === 'expert' && j.sync.days > 0))!;
    expect(withLateExpert.verdict).to.equal('met');
    expect(verdicts.some((v) => v.interpretations.some((j) => j.kind === 'media'))).to.be.true;
  });

  it('policies link to the responses about them and the consultation that led to them', () => {
    const parking = county.policies!.find((p) => p.id === 'po-parking')!;
    expect(responsesTo(county, parking).map((r) => r.id)).to.deep.equal(['rs-003']);
    expect(consultationsFor(county, parking).map((c) => c.id)).to.deep.equal(['cs-001']);
  });
});
