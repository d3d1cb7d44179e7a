import { expect } from '@open-wc/testing';
import { syncStatus, chinaDay } from '../../../src/components/policy-card/sync.js';
import { normalizeDocNo, normalizeTitle } from '../../../src/components/policy-card/doc-number.js';

describe('policy card: pure modules', () => {
  it('三同步: same day, in date or date-time form, counts as 同步', () => {
    expect(syncStatus('2024-03-20', '2024-03-20')).to.deep.equal({ status: 'same-day', days: 0 });
    expect(syncStatus('2024-03-20', '2024-03-20T23:30:00+08:00')).to.deep.equal({ status: 'same-day', days: 0 });
    expect(syncStatus('2024-03-20T09:00:00+08:00', '2024-03-20T17:00')).to.deep.equal({ status: 'same-day', days: 0 });
  });

  it('三同步: a late interpretation reports how many calendar days later', () => {
    expect(syncStatus('2024-03-20', '2024-03-27')).to.deep.equal({ status: 'late', days: 7 });
    expect(syncStatus('2024-02-28', '2024-03-01')).to.deep.equal({ status: 'late', days: 2 }); // leap year
  });

  it('三同步: an early interpretation is negative days', () => {
    expect(syncStatus('2024-03-20', '2024-03-18')).to.deep.equal({ status: 'early', days: -2 });
  });

  it('三同步: missing or unreadable dates are unknown, not same-day', () => {
    expect(syncStatus(undefined, '2024-03-20').status).to.equal('unknown');
    expect(syncStatus('2024-03-20', undefined).status).to.equal('unknown');
    expect(syncStatus('2024-03-20', 'not a date').status).to.equal('unknown');
  });

  it('reads days in Beijing time whatever the offset', () => {
    expect(chinaDay('2024-03-20T16:30:00Z')).to.equal(chinaDay('2024-03-21'));
    expect(chinaDay('2024-03-20T15:59:00Z')).to.equal(chinaDay('2024-03-20'));
  });

  it('文号 variants normalise to one form, titles with or without 《》 match', () => {
    const forms = ['国办发〔2019〕54号', '国办发[2019]54号', '国办发(2019)54号', '国办发（2019）54号', '国办发【2019】54号', '国办发 〔2019〕 54号'];
    expect(new Set(forms.map(normalizeDocNo)).size).to.equal(1);
    expect(normalizeTitle('《社会救助暂行办法》')).to.equal(normalizeTitle('社会救助暂行办法'));
  });
});
