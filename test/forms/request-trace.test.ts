import { expect } from '@open-wc/testing';
import { dueState } from '../../src/forms/request-clock.js';
import { replay } from '../../src/forms/request-workflow.js';
import { dueLabel, publicStage, publicStatus, reachedSteps, staffTrace } from '../../src/forms/request-trace.js';
import { admin, applicant, handler, play, received, registrar, reviewer } from '../helpers/request-cases.js';

/** A request that went through everything: correction, consultation, a declined and an approved extension, a returned draft, a refusal. */
const fullHistory = () => play([
  ...received('2026-03-02'),
  [registrar, '2026-03-02', { action: 'note', text: '申请人来电询问进度', note: '内部：申请人情绪激动' }],
  [handler, '2026-03-04', { action: 'request_correction', items: ['请写明所需文件的文号'], dueOn: '2026-03-18' }],
  [registrar, '2026-03-10', { action: 'receive_correction' }],
  [handler, '2026-03-11', { action: 'consult', party: 'third_party', parties: ['示例建材有限公司'], matter: '商业秘密' }],
  [handler, '2026-03-16', { action: 'end_consultation', response: 'objection', summary: '涉及投标报价，不同意公开' }],
  [handler, '2026-03-17', { action: 'propose_extension', workingDays: 20, reason: '需核实第三方意见' }],
  [reviewer, '2026-03-17', { action: 'decline_extension', comment: '请先按期办理' }],
  [handler, '2026-03-18', { action: 'propose_extension', workingDays: 10, reason: '需会同第三方核实投标资料' }],
  [reviewer, '2026-03-18', { action: 'approve_extension' }],
  [handler, '2026-04-20', { action: 'draft_reply', outcome: { reason: 'third_party_rights', explanation: '公开会损害第三方商业秘密' } }],
  [reviewer, '2026-04-21', { action: 'return_reply', comment: '请写明法律依据' }],
  [handler, '2026-04-22', { action: 'draft_reply', outcome: { reason: 'third_party_rights', explanation: '该投标报价属于第三方商业秘密，第三方不同意公开。' } }],
  [reviewer, '2026-04-23', { action: 'approve_reply' }],
  [registrar, '2026-04-24', { action: 'archive' }],
]);

describe('request trace: what the applicant sees', () => {
  it('dated steps of what concerns them, nothing internal', () => {
    const status = publicStatus(fullHistory(), { today: '2026-04-27', remedies: { reviewBody: '示例县人民政府' } });
    expect(status.steps.map((s) => [s.on, s.title])).to.deep.equal([
      ['2026-03-02', '提交申请'],
      ['2026-03-02', '已受理'],
      ['2026-03-04', '告知补正'],
      ['2026-03-10', '收到补正'],
      ['2026-03-11', '征求意见'],
      ['2026-03-16', '结束征求意见'],
      ['2026-03-18', '批准延期'],
      ['2026-04-23', '已答复'],
    ]);
    const everything = JSON.stringify(status);
    for (const secret of ['王承办', '陈审核', '李登记', '示例建材有限公司', '情绪激动', '申请人来电', '请写明法律依据', '请先按期办理', '投标报价，不同意公开', 'han-1']) {
      expect(everything, secret).not.to.contain(secret);
    }
    expect(status.stage).to.equal('replied');
    expect(status.stageLabel).to.equal('已答复');
  });

  it('explains the due day: restart after correction, the consultation pause, the extension', () => {
    const status = publicStatus(fullHistory(), { today: '2026-04-27' });
    // From 10 March: 20 + 10 working days, 12, 13 and 16 March not counted, 清明 (4–6 April) skipped.
    expect(status.due?.lines).to.deep.equal([
      '答复期限：2026年04月27日（自2026年03月10日起30个工作日，节假日不计）',
      '收到补正后，答复期限自2026年03月10日起重新计算',
      '征求第三方意见：2026年03月11日至2026年03月16日共3个工作日不计入答复期限',
      '经批准延长10个工作日',
    ]);
    expect(status.due?.state).to.deep.include({ kind: 'done', onTime: true });
  });

  it('the outcome with its reason, basis and remedies', () => {
    const status = publicStatus(fullHistory(), { today: '2026-04-27', remedies: { reviewBody: '示例县人民政府', court: '示例县人民法院' } });
    expect(status.outcome).to.deep.equal({
      kind: 'withheld',
      kindLabel: '不予公开',
      reason: 'third_party_rights',
      reasonLabel: '保护第三方合法权益',
      basis: '《中华人民共和国政府信息公开条例》第十五条',
      repliedOn: '2026-04-23',
      explanation: '该投标报价属于第三方商业秘密，第三方不同意公开。',
      remedies: '如对本答复不服，可以自收到本答复之日起60日内向示例县人民政府申请行政复议，或者自收到本答复之日起6个月内向示例县人民法院提起行政诉讼。',
    });
    const english = publicStatus(fullHistory(), { today: '2026-04-27', locale: 'en' });
    expect(english.outcome?.kindLabel).to.equal('Withheld');
    expect(english.steps[2]!.details[0]).to.equal('To be corrected:');
  });

  it('while a correction is awaited: what to correct and by when; no due day yet', () => {
    const events = play([...received('2026-03-02'), [handler, '2026-03-04', { action: 'request_correction', items: ['请写明所需文件的文号'], dueOn: '2026-03-18' }]]);
    const status = publicStatus(events, { today: '2026-03-05' });
    expect(status.stageLabel).to.equal('待补正');
    expect(status.steps[2]!.details).to.deep.equal(['需要补正的事项：', '1. 请写明所需文件的文号', '请于2026年03月18日前补正。补正期间答复期限暂停计算，收到补正后重新计算']);
    expect(status.due?.label).to.equal('等待补正，期限2026年03月18日');
    expect(status.due?.lines).to.deep.equal([]);
  });

  it('stages: 待确认, 已受理, 延期答复, 视为放弃, 已撤回, 已作废', () => {
    const submitted = play([[applicant, '2026-03-02', { action: 'submit' }]]);
    expect(publicStage(replay(submitted))).to.equal('submitted');
    expect(publicStatus(submitted, { today: '2026-03-02' }).due).to.equal(undefined);
    expect(publicStage(replay(play(received('2026-03-02'))))).to.equal('accepted');
    const extended = play([...received('2026-03-02'), [handler, '2026-03-03', { action: 'propose_extension', workingDays: 5, reason: '档案调取' }], [admin, '2026-03-03', { action: 'approve_extension' }]]);
    expect(publicStatus(extended, { today: '2026-03-04' }).stageLabel).to.equal('延期答复');
    const lapsed = play([...received('2026-03-02'), [handler, '2026-03-03', { action: 'request_correction', items: ['文号'], dueOn: '2026-03-05' }], [handler, '2026-03-06', { action: 'lapse_correction' }]]);
    const lapsedStatus = publicStatus(lapsed, { today: '2026-03-06' });
    expect(lapsedStatus.stageLabel).to.equal('视为放弃');
    expect(lapsedStatus.outcome?.remedies).to.contain('行政复议');
    const withdrawn = play([...received('2026-03-02'), [registrar, '2026-03-03', { action: 'withdraw' }]]);
    expect(publicStatus(withdrawn, { today: '2026-03-03' })).to.deep.include({ stage: 'withdrawn', stageLabel: '已撤回' });
    expect(publicStatus(withdrawn, { today: '2026-03-03' }).outcome?.remedies).to.equal(undefined);
    const voided = play([[applicant, '2026-03-02', { action: 'submit' }], [registrar, '2026-03-02', { action: 'void', reason: '与YSQ20260302ABC234重复' }]]);
    const voidedStatus = publicStatus(voided, { today: '2026-03-02' });
    expect(voidedStatus.stageLabel).to.equal('已作废');
    expect(voidedStatus.steps[1]!.details).to.deep.equal(['原因：与YSQ20260302ABC234重复']);
  });
});

describe('request trace: the staff view', () => {
  it('every event with who, in which role, the state before and after, and internal remarks', () => {
    const trace = staffTrace(fullHistory());
    expect(trace).to.have.length(17);
    expect(trace[3]).to.deep.include({ title: '备注', note: '内部：申请人情绪激动', stateBefore: 'accepted', stateAfter: 'accepted' });
    expect(trace[3]!.actor).to.deep.equal({ id: 'reg-1', name: '李登记', role: 'registrar', roleLabel: '登记员' });
    expect(trace[3]!.details).to.deep.equal(['申请人来电询问进度']);
    expect(trace[4]).to.deep.include({ stateBefore: 'accepted', stateAfter: 'correction' });
    expect(trace[6]!.details).to.include('征求意见对象：示例建材有限公司');
    expect(trace[9]!.details).to.deep.equal(['审核意见：请先按期办理']);
    expect(trace[13]!.details).to.deep.equal(['退回意见：请写明法律依据']);
    expect(trace[15]).to.deep.include({ title: '审核通过并答复', stateBefore: 'accepted', stateAfter: 'concluded' });
    expect(trace[15]!.actor.roleLabel).to.equal('审核人');
    expect(trace[16]).to.deep.include({ stateBefore: 'concluded', stateAfter: 'archived' });
    expect(staffTrace(fullHistory(), { locale: 'en' })[2]!.title).to.equal('Assign');
  });

  it('due labels: 剩余 N 个工作日, 即将到期, 今日到期, 已逾期, 暂停计时', () => {
    const c = replay(play(received('2026-03-02')));
    expect(dueLabel(dueState(c, '2026-03-02'))).to.equal('剩余 20 个工作日');
    expect(dueLabel(dueState(c, '2026-03-25'))).to.equal('即将到期，剩余 3 个工作日');
    expect(dueLabel(dueState(c, '2026-03-30'))).to.equal('今日到期');
    expect(dueLabel(dueState(c, '2026-04-03'))).to.equal('已逾期 4 个工作日');
    expect(dueLabel(dueState(c, '2026-04-03'), 'en')).to.equal('Overdue by 4 working days');
    expect(dueLabel(dueState(c, '2026-03-27'), 'en')).to.equal('Due soon: 1 working day left');
    const consulting = replay(play([...received('2026-03-02'), [handler, '2026-03-09', { action: 'consult', party: 'third_party', parties: ['某公司'] }]]));
    expect(dueLabel(dueState(consulting, '2026-03-12'))).to.equal('暂停计时（征求意见中），剩余 15 个工作日');
  });

  it('the configured steps (接收、登记、审核、办理、答复、归档 or the four-step variant) a request has reached', () => {
    const drafted = replay(play([...received('2026-03-02'), [handler, '2026-03-03', { action: 'draft_reply', outcome: { reason: 'provided' } }]]));
    expect(reachedSteps(drafted)).to.deep.equal([true, true, true, true, false, false]);
    expect(reachedSteps(replay(play([[applicant, '2026-03-02', { action: 'submit' }]])))).to.deep.equal([true, false, false, false, false, false]);
    expect(reachedSteps(replay(fullHistory()), ['接收', '登记', '办理', '答复'])).to.deep.equal([true, true, true, true]);
    expect(reachedSteps(drafted, ['接收', '初审', '办理', '答复'])).to.deep.equal([true, true, true, false]);
  });
});
