import { expect } from '@open-wc/testing';
import { OUTCOME_KINDS, OUTCOME_REASONS, OUTCOME_REASON_CODES, isRefusal, outcomeKind, outcomeProblems, reasonsOf } from '../../src/forms/request-outcomes.js';

const zh = (codes: string[]) => codes.map((c) => OUTCOME_REASONS[c as keyof typeof OUTCOME_REASONS].label['zh-CN']);

describe('reply taxonomy (国办公开办函〔2021〕30号 table 三, 条例 art. 36)', () => {
  it('the national categories and their reasons, in the table\'s order', () => {
    expect(OUTCOME_KINDS).to.deep.equal(['disclosed', 'partly_disclosed', 'withheld', 'unavailable', 'not_processed', 'other']);
    expect(zh(reasonsOf('withheld'))).to.deep.equal([
      '属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项',
    ]);
    expect(zh(reasonsOf('unavailable'))).to.deep.equal(['本机关不掌握相关政府信息', '不属于本机关负责公开', '没有现成信息需要另行制作', '补正后申请内容仍不明确']);
    expect(zh(reasonsOf('not_processed'))).to.deep.equal(['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']);
    expect(reasonsOf('disclosed')).to.deep.equal(['provided', 'already_public']);
  });

  it('art. 36\'s own cases land in the table\'s rows', () => {
    expect(OUTCOME_REASONS.already_public.reportRow).to.equal('disclosed');
    expect(OUTCOME_REASONS.not_ours.reportRow).to.equal('unavailable.not_held');
    expect(OUTCOME_REASONS.repeat.reportRow).to.equal('not_processed.repeat');
    expect(OUTCOME_REASONS.special_procedure.reportRow).to.equal('other.other');
    expect(OUTCOME_REASONS.no_correction.reportRow).to.equal('other.no_correction');
  });

  it('every reason has both labels and a basis where the 条例 gives one', () => {
    for (const code of OUTCOME_REASON_CODES) {
      const r = OUTCOME_REASONS[code];
      expect(r.label['zh-CN'], code).to.not.equal('');
      expect(r.label.en, code).to.match(/^[A-Z]/);
    }
    expect(OUTCOME_REASONS.already_public.basis).to.equal('《中华人民共和国政府信息公开条例》第三十六条第（一）项');
  });

  it('refusals (which must state the remedies) are everything but a disclosure or a withdrawal', () => {
    expect(OUTCOME_REASON_CODES.filter((code) => !isRefusal({ reason: code }))).to.deep.equal(['provided', 'already_public', 'withdrawn']);
    expect(outcomeKind({ reason: 'partly' })).to.equal('partly_disclosed');
  });

  it('the fields each reply needs', () => {
    expect(outcomeProblems({ reason: 'already_public' })).to.deep.equal([{ field: 'where', code: 'required' }]);
    expect(outcomeProblems({ reason: 'not_ours', responsibleAgency: { name: ' ' } })).to.deep.equal([{ field: 'responsibleAgency', code: 'required' }]);
    expect(outcomeProblems({ reason: 'complaint' })).to.deep.equal([{ field: 'channel', code: 'required' }]);
    expect(outcomeProblems({ reason: 'special_procedure' })).to.deep.equal([{ field: 'procedure', code: 'required' }]);
    expect(outcomeProblems({ reason: 'enforcement_file', explanation: 'x'.repeat(2001) })).to.deep.equal([{ field: 'explanation', code: 'too-long' }]);
    expect(outcomeProblems({ reason: 'provided' })).to.deep.equal([]);
    expect(outcomeProblems({ reason: 'withdrawn' })).to.deep.equal([{ field: 'reason', code: 'automatic-reason' }]);
    expect(outcomeProblems({ reason: 'nonsense' as 'provided' })).to.deep.equal([{ field: 'reason', code: 'unknown-reason' }]);
  });
});
