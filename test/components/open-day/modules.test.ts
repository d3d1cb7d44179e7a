import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { toIcs, foldLine, escapeText, beijingLocal } from '../../../src/components/open-day/ics.js';
import { decideSignup, sessionPhase, placesLeft, promoteFromWaitlist, type SessionFacts } from '../../../src/components/open-day/capacity.js';

const facts = (over: Partial<SessionFacts> = {}): SessionFacts => ({
  capacity: 30, taken: 0, mode: 'first_come', waitlist: false, open: true, eventStatus: 'open',
  deadline: '2026-12-10T17:00:00+08:00', start: '2026-12-18T08:30:00+08:00', ...over,
});
const now = new Date('2026-11-22T10:00:00+08:00');

describe('open day: calendar file', () => {
  const ics = toIcs({
    uid: 'od-2026-dec-s1@shixian.example.gov.cn',
    title: '示例县2026年第二期“政府开放日”：列席县政府常务会议',
    start: '2026-12-18T08:30:00+08:00',
    end: '2026-12-18T12:00:00+08:00',
    location: '示例县人民路88号，县政务服务中心',
    description: '请携带本人身份证；提前 20 分钟到达。\n确认码：ABC123',
    stamp: new Date('2026-11-22T02:00:00Z'),
  });

  it('is accepted by an independent iCalendar parser, with the right times in Asia/Shanghai', () => {
    const component = new ICAL.Component(ICAL.parse(ics));
    const tz = component.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.summary).to.equal('示例县2026年第二期“政府开放日”：列席县政府常务会议');
    expect(event.location).to.equal('示例县人民路88号，县政务服务中心');
    expect(event.description).to.equal('请携带本人身份证；提前 20 分钟到达。\n确认码：ABC123');
    expect(event.startDate.zone.tzid).to.equal('Asia/Shanghai');
    expect(event.startDate.toJSDate().toISOString()).to.equal('2026-12-18T00:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).to.equal('2026-12-18T04:00:00.000Z');
  });

  it('uses CRLF, folds long lines at 75 octets without splitting a Chinese character, and escapes text', () => {
    expect(ics.includes('\r\n')).to.be.true;
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const folded = foldLine(`SUMMARY:${'政'.repeat(40)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`SUMMARY:${'政'.repeat(40)}`);
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
  });

  it('reads any offset as Beijing wall-clock time', () => {
    expect(beijingLocal('2026-12-18T00:30:00Z')).to.equal('20261218T083000');
    expect(beijingLocal('2026-12-18T08:30')).to.equal('20261218T083000');
  });
});

describe('open day: capacity and sign-up rules', () => {
  it('先到先得 confirms while places remain, then waitlists or refuses', () => {
    expect(decideSignup(facts(), now)).to.deep.equal({ status: 'confirmed' });
    expect(decideSignup(facts({ taken: 30, waitlist: true }), now)).to.deep.equal({ status: 'waitlisted' });
    expect(decideSignup(facts({ taken: 30 }), now)).to.deep.equal({ status: 'refused', reason: 'full' });
  });

  it('抽签 and 审核 record 已报名，待确认 (pending), up to three times capacity', () => {
    expect(decideSignup(facts({ mode: 'draw' }), now).status).to.equal('pending');
    expect(decideSignup(facts({ mode: 'review', taken: 89 }), now).status).to.equal('pending');
    expect(decideSignup(facts({ mode: 'review', taken: 90 }), now)).to.deep.equal({ status: 'refused', reason: 'full' });
  });

  it('closes at the deadline and when the organiser closes it; past and cancelled events refuse', () => {
    expect(decideSignup(facts(), new Date('2026-12-11T09:00:00+08:00'))).to.deep.equal({ status: 'refused', reason: 'deadline' });
    expect(decideSignup(facts({ open: false }), now)).to.deep.equal({ status: 'refused', reason: 'closed' });
    expect(decideSignup(facts(), new Date('2026-12-19T09:00:00+08:00'))).to.deep.equal({ status: 'refused', reason: 'past' });
    expect(decideSignup(facts({ eventStatus: 'cancelled' }), now)).to.deep.equal({ status: 'refused', reason: 'cancelled' });
  });

  it('phases: open → nearly full (≤ 20% left) → full with waitlist', () => {
    expect(sessionPhase(facts({ taken: 20 }), now)).to.equal('open');
    expect(sessionPhase(facts({ taken: 24 }), now)).to.equal('nearly-full');
    expect(sessionPhase(facts({ taken: 30, waitlist: true }), now)).to.equal('full-waitlist');
    expect(placesLeft(facts({ taken: 24 }))).to.equal(6);
  });

  it('a cancellation moves the earliest waitlisted sign-up up', () => {
    expect(promoteFromWaitlist([{ status: 'confirmed' }, { status: 'waitlisted' }, { status: 'waitlisted' }])).to.equal(1);
    expect(promoteFromWaitlist([{ status: 'confirmed' }])).to.equal(-1);
  });
});
