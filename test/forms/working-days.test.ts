import { expect } from '@open-wc/testing';
import { isWorkday } from 'chinese-days';
import { addWorkingDays, addDays, makeCalendar, statutoryTimeline } from '../../src/forms/working-days.js';

const calendar = makeCalendar();

describe('working-day calendar', () => {
  it('agrees with the chinese-days data for every day of 2024, 2025 and 2026', () => {
    const disagreements: string[] = [];
    for (let day = '2024-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      if (calendar.isWorkingDay(day) !== isWorkday(day)) disagreements.push(day);
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('counts 20 working days across the 2026 Spring Festival, including the Saturday make-up days', () => {
    // Received Thursday 12 February: 13 Feb, Sat 14 Feb (调休), holiday 15–23 Feb, …, Sat 28 Feb (调休)
    expect(addWorkingDays('2026-02-12', 20, calendar)).to.equal('2026-03-18');
    expect(calendar.isWorkingDay('2026-02-14')).to.be.true;
    expect(calendar.isWorkingDay('2026-02-16')).to.be.false;
  });

  it('counts across the 2025 National Day and Mid-Autumn holiday with its make-up Sunday and Saturday', () => {
    expect(addWorkingDays('2025-09-26', 7, calendar)).to.equal('2025-10-13');
    expect(addWorkingDays('2025-09-26', 20, calendar)).to.equal('2025-10-30');
    expect(calendar.isWorkingDay('2025-09-28')).to.be.true; // Sunday, 调休
    expect(calendar.isWorkingDay('2025-10-08')).to.be.false;
  });

  it('the statutory timeline: 补正 within 7, reply within 20, extension by 20 more', () => {
    const timeline = statutoryTimeline('2026-03-02');
    expect(timeline).to.deep.equal({ received: '2026-03-02', supplementBy: '2026-03-11', replyBy: '2026-03-30', extendedReplyBy: '2026-04-28', estimate: false });
  });

  it('marks dates in a provisional year (2027) as estimates, still skipping its statutory holidays', () => {
    const timeline = statutoryTimeline('2027-01-28');
    expect(timeline.estimate).to.be.true;
    expect(calendar.isWorkingDay('2027-02-08')).to.be.false; // 初三, statutory since the 2024 revision
    expect(calendar.isWorkingDay('2027-02-09')).to.be.true;
  });

  it('an editor can extend the calendar with a new year', () => {
    const extended = makeCalendar([{ year: 2028, holidays: [['2028-01-03', '2028-01-03', '测试']], workdays: ['2028-01-08'] }]);
    expect(extended.isWorkingDay('2028-01-03')).to.be.false; // a Monday made a holiday
    expect(extended.isWorkingDay('2028-01-08')).to.be.true; // a Saturday made a working day
    expect(extended.isEstimate('2028-01-03')).to.be.false;
  });
});
