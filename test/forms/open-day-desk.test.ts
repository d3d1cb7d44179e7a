import { expect } from '@open-wc/testing';
import { attendeeCounts, decideAttendee, drawSession, placesTaken, waitingList, type Attendee, type SessionRules } from '../../src/forms/open-day-attendance.js';
import { DrawInputError, drawWord, runDraw, verifyDraw } from '../../src/forms/open-day-draw.js';
import { mayRespond, publicSurveySummary, summariseSurvey, surveyProblems, type SurveyResponse } from '../../src/forms/open-day-survey.js';

/** The draw as docs and the module describe it, written again with the browser's own SHA-256. */
async function referenceDraw(codes: string[], places: number, seed: string): Promise<string[]> {
  const word = async (i: number) => new DataView(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${seed}#${i}`))).getUint32(0, false);
  const order = [...codes].sort();
  let counter = 0;
  for (let i = 0; i < order.length - 1; i++) {
    const k = order.length - i;
    let w = await word(counter++);
    while (w >= 2 ** 32 - (2 ** 32 % k)) w = await word(counter++);
    const j = i + (w % k);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.slice(0, places);
}

const codes = (n: number) => Array.from({ length: n }, (_, i) => `KF${String(i + 1).padStart(4, '0')}`);

describe('open-day draw', () => {
  it('follows its documented algorithm (checked against an independent SHA-256)', async () => {
    const seed = '2026年5月15日 示例县政府开放日 第1场 公证员抽取号码 4821';
    const first = new DataView(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${seed}#0`))).getUint32(0, false);
    expect(drawWord(seed, 0)).to.equal(first);
    const candidates = codes(23);
    expect(runDraw(candidates, 8, seed).selected).to.deep.equal(await referenceDraw(candidates, 8, seed));
  });

  it('is reproducible from its seed whatever order the candidates come in, and verifiable', () => {
    const candidates = codes(40);
    const a = runDraw(candidates, 10, 'seed-A');
    const b = runDraw([...candidates].reverse(), 10, 'seed-A');
    expect(b).to.deep.equal(a);
    expect(verifyDraw(a)).to.be.true;
    expect(a.candidatesDigest).to.match(/^[0-9a-f]{64}$/);
    expect(runDraw(candidates, 10, 'seed-B').selected).not.to.deep.equal(a.selected);
  });

  it('never picks more than the places, and every candidate ends up selected or not, once', () => {
    const wrong: string[] = [];
    for (let n = 0; n <= 12; n++) {
      for (let places = 0; places <= n + 2; places++) {
        const result = runDraw(codes(n), places, `s${n}-${places}`);
        const all = [...result.selected, ...result.notSelected].sort();
        if (result.selected.length !== Math.min(places, n) || JSON.stringify(all) !== JSON.stringify(codes(n))) wrong.push(`${n}/${places}`);
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('gives every candidate a fair chance (600 seeds, 3 candidates)', () => {
    const firsts: Record<string, number> = {};
    for (let i = 0; i < 600; i++) {
      const [first] = runDraw(['A', 'B', 'C'], 1, `fair-${i}`).selected;
      firsts[first!] = (firsts[first!] ?? 0) + 1;
    }
    for (const code of ['A', 'B', 'C']) expect(firsts[code]).to.be.within(150, 250);
  });

  it('refuses an empty seed, negative places and repeated codes; detects a tampered result', () => {
    expect(() => runDraw(codes(3), 1, '  ')).to.throw(DrawInputError, '抽签种子');
    expect(() => runDraw(codes(3), -1, 'x')).to.throw(DrawInputError);
    expect(() => runDraw(['KF1', 'KF1'], 1, 'x')).to.throw(DrawInputError, '重复');
    const result = runDraw(codes(10), 3, 'x');
    expect(verifyDraw({ ...result, selected: [...result.selected.slice(0, 2), result.notSelected[0]!] })).to.be.false;
    expect(verifyDraw({ ...result, candidates: [...result.candidates, 'KF9999'] })).to.be.false;
  });
});

const now = (iso: string) => new Date(iso);
const session = (mode: SessionRules['mode'], extra: Partial<SessionRules> = {}): SessionRules => ({
  mode, capacity: 3, start: '2026-05-15T09:00:00+08:00', deadline: '2026-05-10', open: true, waitlist: true, ...extra,
});
const people = (...statuses: Attendee['status'][]): Attendee[] => statuses.map((status, i) => ({ code: `KF000${i + 1}`, status }));

describe('open-day attendees', () => {
  it('审核 mode: a reviewer approves up to capacity, never beyond; a registrar cannot approve', () => {
    const list = people('confirmed', 'confirmed', 'pending', 'pending');
    const context = { session: session('review'), attendees: list, roles: ['reviewer'], now: now('2026-05-11T10:00:00+08:00') };
    expect(decideAttendee(list[2]!, 'approve', context)).to.deep.equal({ ok: true, status: 'confirmed' });
    list[2]!.status = 'confirmed';
    const full = decideAttendee(list[3]!, 'approve', context);
    expect(!full.ok && full.refusal.code).to.equal('full');
    expect(decideAttendee(list[3]!, 'reject', context)).to.deep.equal({ ok: true, status: 'rejected' });
    const registrar = decideAttendee(list[3]!, 'approve', { ...context, roles: ['registrar'] });
    expect(!registrar.ok && registrar.refusal).to.include({ code: 'forbidden-role', status: 403 });
    const firstCome = decideAttendee(list[3]!, 'approve', { ...context, session: session('first_come') });
    expect(!firstCome.ok && firstCome.refusal.code).to.equal('wrong-mode');
  });

  it('抽签 mode: only after sign-up closes, once, for the places still free; the rest wait in drawn order', () => {
    const list = people('confirmed', 'pending', 'pending', 'pending', 'pending', 'pending', 'cancelled');
    const base = { session: session('draw'), attendees: list, roles: ['reviewer'], seed: '开放日第1场' };
    const early = drawSession({ ...base, now: now('2026-05-09T10:00:00+08:00') });
    expect(!early.ok && early.refusal.code).to.equal('still-open');
    const drawn = drawSession({ ...base, now: now('2026-05-11T10:00:00+08:00') });
    if (!drawn.ok) throw new Error(drawn.refusal.message['zh-CN']);
    expect(drawn.result.places).to.equal(2); // one place was already confirmed
    expect(drawn.result.candidates).to.deep.equal(['KF0002', 'KF0003', 'KF0004', 'KF0005', 'KF0006']);
    expect([...drawn.statuses.values()].filter((s) => s === 'confirmed')).to.have.length(2);
    for (const a of list) a.status = drawn.statuses.get(a.code) ?? a.status;
    expect(placesTaken(list)).to.equal(3);
    expect(waitingList(list, { mode: 'draw', draw: drawn.result })).to.deep.equal(drawn.result.notSelected);

    const drawnSession = session('draw', { draw: drawn.result });
    const again = drawSession({ ...base, session: drawnSession, now: now('2026-05-12T10:00:00+08:00') });
    expect(!again.ok && again.refusal.code).to.equal('already-drawn');
    // A place frees: only the next on the waiting list moves up.
    const selected = list.find((a) => a.code === drawn.result.selected[0])!;
    const context = { session: drawnSession, attendees: list, roles: ['admin'], now: now('2026-05-12T10:00:00+08:00') };
    const [next, after] = drawn.result.notSelected.map((code) => list.find((a) => a.code === code)!);
    const notYet = decideAttendee(next!, 'promote', context);
    expect(!notYet.ok && notYet.refusal.code).to.equal('full');
    expect(decideAttendee(selected, 'cancel', context)).to.deep.equal({ ok: true, status: 'cancelled' });
    selected.status = 'cancelled';
    const skip = decideAttendee(after!, 'promote', context);
    expect(!skip.ok && skip.refusal.code).to.equal('not-next');
    expect(decideAttendee(next!, 'promote', context)).to.deep.equal({ ok: true, status: 'confirmed' });
  });

  it('without a waiting list, those not drawn are told 未中签', () => {
    const drawn = drawSession({ session: session('draw', { waitlist: false, open: false }), attendees: people('pending', 'pending', 'pending', 'pending', 'pending'), roles: ['reviewer'], now: now('2026-05-01T10:00:00+08:00'), seed: 'x' });
    expect(drawn.ok && [...drawn.statuses.values()].sort()).to.deep.equal(['confirmed', 'confirmed', 'confirmed', 'not_selected', 'not_selected']);
  });

  it('check-in on the day only; absence once the session has started', () => {
    const list = people('confirmed', 'confirmed', 'pending');
    const on = (iso: string) => ({ session: session('review'), attendees: list, roles: ['registrar'], now: now(iso) });
    const before = decideAttendee(list[0]!, 'check_in', on('2026-05-14T17:00:00+08:00'));
    expect(!before.ok && before.refusal.code).to.equal('not-today');
    expect(decideAttendee(list[0]!, 'check_in', on('2026-05-15T08:10:00+08:00'))).to.deep.equal({ ok: true, status: 'checked_in' });
    expect(decideAttendee({ ...list[0]!, status: 'checked_in' }, 'undo_check_in', on('2026-05-15T08:12:00+08:00'))).to.deep.equal({ ok: true, status: 'confirmed' });
    const late = decideAttendee(list[0]!, 'check_in', on('2026-05-16T09:00:00+08:00'));
    expect(!late.ok && late.refusal.code).to.equal('past');
    const early = decideAttendee(list[1]!, 'mark_absent', on('2026-05-15T08:30:00+08:00'));
    expect(!early.ok && early.refusal.code).to.equal('not-started');
    expect(decideAttendee(list[1]!, 'mark_absent', on('2026-05-15T10:00:00+08:00'))).to.deep.equal({ ok: true, status: 'absent' });
    const pending = decideAttendee(list[2]!, 'check_in', on('2026-05-15T08:10:00+08:00'));
    expect(!pending.ok && pending.refusal.message['zh-CN']).to.equal('报名状态为“已报名，待确认”，不能签到');
    expect(attendeeCounts(list)).to.deep.include({ confirmed: 2, pending: 1, checked_in: 0 });
  });
});

describe('open-day 评议 questionnaire', () => {
  const response = (code: string, answers: SurveyResponse['answers'], submittedAt: string, publishComment = false): SurveyResponse => ({ code, answers, submittedAt, publishComment });

  it('validates answers', () => {
    expect(surveyProblems({ overall: 5 })).to.deep.equal([]);
    expect(surveyProblems({ disclosure: 4 })).to.deep.equal([{ questionId: 'overall', code: 'required' }]);
    expect(surveyProblems({ overall: 6, comments: 'x'.repeat(1001), colour: 'blue' })).to.deep.equal([
      { questionId: 'colour', code: 'unknown-question' }, { questionId: 'overall', code: 'invalid-rating' }, { questionId: 'comments', code: 'too-long' },
    ]);
  });

  it('only attendees who checked in answer, once', () => {
    expect(mayRespond({ code: 'KF1', status: 'confirmed' }, []).ok).to.be.false;
    expect(mayRespond({ code: 'KF1', status: 'checked_in' }, []).ok).to.be.true;
    expect(mayRespond({ code: 'KF1', status: 'checked_in' }, [{ code: 'KF1' }]).ok).to.be.false;
  });

  it('summarises counts, means and 满意率; the public summary shows only released comments, without codes', () => {
    const responses = [
      response('KF1', { overall: 5, disclosure: 4, comments: '希望多办几场' }, '2026-05-15T11:00:00+08:00', true),
      response('KF2', { overall: 4, disclosure: 2, comments: '停车不便，电话号码13800138000' }, '2026-05-15T11:05:00+08:00'),
      response('KF3', { overall: 3 }, '2026-05-15T11:06:00+08:00'),
      response('KF4', { overall: 1, disclosure: 5 }, '2026-05-15T11:07:00+08:00'),
      response('KF1', { overall: 1 }, '2026-05-15T12:00:00+08:00'), // a second answer from KF1 is ignored
    ];
    const summary = summariseSurvey(responses, { attended: 8 });
    expect(summary).to.deep.include({ responses: 4, attended: 8, responseRate: 0.5 });
    const overall = summary.questions[0]!;
    expect(overall).to.deep.include({ answered: 4, distribution: { 5: 1, 4: 1, 3: 1, 2: 0, 1: 1 }, mean: 3.25, satisfiedShare: 0.75 });
    expect(summary.questions[1]).to.deep.include({ answered: 3, satisfiedShare: 2 / 3 });
    expect(summary.questions[2]!.answered).to.equal(0);
    expect(summary.questions[2]!.mean).to.equal(undefined);
    expect(summary.comments.map((c) => [c.code, c.published])).to.deep.equal([['KF1', true], ['KF2', false]]);
    const shown = publicSurveySummary(summary);
    expect(shown.comments).to.deep.equal(['希望多办几场']);
    expect(JSON.stringify(shown)).not.to.contain('KF2').and.not.to.contain('13800138000');
  });
});
