import { expect } from '@open-wc/testing';
import { caseClock, dueState } from '../../src/forms/request-clock.js';
import {
  ACTIONS, decide, replay, availableActions,
  type Action, type Actor, type CaseState, type Command, type WorkflowEvent,
} from '../../src/forms/request-workflow.js';
import { admin, applicant, handler, noon, otherHandler, play, received, registrar, reviewer, type Step } from '../helpers/request-cases.js';

// ------------------------------------------------------------------------------------------------
// The whole table: every fixture state × every action × every role.

/** One valid command per action, so that only the state, the history and the role decide. */
const SAMPLE: { [A in Action]: Extract<Command, { action: A }> } = {
  submit: { action: 'submit' },
  register: { action: 'register', channel: 'in_person' },
  void: { action: 'void', reason: '重复提交' },
  assign: { action: 'assign', assignee: handler.id, assigneeName: handler.name },
  request_correction: { action: 'request_correction', items: ['请写明所需信息的文号或标题'] },
  receive_correction: { action: 'receive_correction', justification: '邮寄延误' },
  lapse_correction: { action: 'lapse_correction' },
  withdraw: { action: 'withdraw', reason: '不再需要' },
  consult: { action: 'consult', party: 'third_party', parties: ['示例建材有限公司'], matter: '商业秘密' },
  end_consultation: { action: 'end_consultation', response: 'consent' },
  propose_extension: { action: 'propose_extension', workingDays: 10, reason: '需调取历史档案' },
  approve_extension: { action: 'approve_extension' },
  decline_extension: { action: 'decline_extension', comment: '可以按期答复' },
  draft_reply: { action: 'draft_reply', outcome: { reason: 'provided' } },
  return_reply: { action: 'return_reply', comment: '请补充法律依据' },
  approve_reply: { action: 'approve_reply' },
  archive: { action: 'archive' },
  note: { action: 'note', text: '已电话联系申请人' },
};

/** Who may do what, written out by hand (not read from the module under test). */
const ROLES_FOR: Record<Action, string[]> = {
  submit: ['applicant'],
  register: ['registrar', 'admin'],
  void: ['registrar', 'admin'],
  assign: ['registrar', 'reviewer', 'admin'],
  request_correction: ['handler', 'admin'],
  receive_correction: ['registrar', 'handler', 'admin'],
  lapse_correction: ['handler', 'reviewer', 'admin'],
  withdraw: ['registrar', 'handler', 'admin'],
  consult: ['handler', 'admin'],
  end_consultation: ['registrar', 'handler', 'admin'],
  propose_extension: ['handler', 'admin'],
  approve_extension: ['reviewer', 'admin'],
  decline_extension: ['reviewer', 'admin'],
  draft_reply: ['handler', 'admin'],
  return_reply: ['reviewer', 'admin'],
  approve_reply: ['reviewer', 'admin'],
  archive: ['registrar', 'admin'],
  note: ['registrar', 'handler', 'reviewer', 'admin'],
};

const base = received('2026-03-02');
interface Fixture {
  steps: Step[];
  /** The day the tested command is recorded. */
  today: string;
  state: CaseState;
  legal: Action[];
}

const FIXTURES: Record<string, Fixture> = {
  new: { steps: [], today: '2026-03-02', state: 'new', legal: ['submit', 'register'] },
  submitted: { steps: [[applicant, '2026-03-02', { action: 'submit' }]], today: '2026-03-03', state: 'submitted', legal: ['register', 'void', 'assign', 'withdraw', 'note'] },
  accepted: {
    steps: base, today: '2026-03-04', state: 'accepted',
    legal: ['assign', 'request_correction', 'withdraw', 'consult', 'propose_extension', 'draft_reply', 'note'],
  },
  'accepted, extension proposed': {
    steps: [...base, [handler, '2026-03-04', SAMPLE.propose_extension]], today: '2026-03-05', state: 'accepted',
    legal: ['assign', 'withdraw', 'consult', 'approve_extension', 'decline_extension', 'draft_reply', 'note'],
  },
  'accepted, extended': {
    steps: [...base, [handler, '2026-03-04', SAMPLE.propose_extension], [reviewer, '2026-03-04', SAMPLE.approve_extension]], today: '2026-03-05', state: 'accepted',
    legal: ['assign', 'withdraw', 'consult', 'draft_reply', 'note'],
  },
  'accepted, reply drafted': {
    steps: [...base, [handler, '2026-03-04', SAMPLE.draft_reply]], today: '2026-03-05', state: 'accepted',
    legal: ['assign', 'withdraw', 'consult', 'propose_extension', 'draft_reply', 'return_reply', 'approve_reply', 'note'],
  },
  'awaiting correction, within its period': {
    steps: [...base, [handler, '2026-03-03', SAMPLE.request_correction]], today: '2026-03-04', state: 'correction',
    legal: ['assign', 'receive_correction', 'withdraw', 'note'],
  },
  'awaiting correction, period over': {
    steps: [...base, [handler, '2026-03-03', SAMPLE.request_correction]], today: '2026-03-30', state: 'correction',
    legal: ['assign', 'receive_correction', 'lapse_correction', 'withdraw', 'note'],
  },
  consulting: {
    steps: [...base, [handler, '2026-03-04', SAMPLE.consult]], today: '2026-03-05', state: 'consultation',
    legal: ['assign', 'withdraw', 'end_consultation', 'propose_extension', 'note'],
  },
  concluded: {
    steps: [...base, [handler, '2026-03-04', SAMPLE.draft_reply], [reviewer, '2026-03-05', SAMPLE.approve_reply]], today: '2026-03-06', state: 'concluded',
    legal: ['archive', 'note'],
  },
  archived: {
    steps: [...base, [handler, '2026-03-04', SAMPLE.draft_reply], [reviewer, '2026-03-05', SAMPLE.approve_reply], [registrar, '2026-03-06', SAMPLE.archive]], today: '2026-03-09', state: 'archived',
    legal: ['note'],
  },
  voided: { steps: [[applicant, '2026-03-02', { action: 'submit' }], [registrar, '2026-03-02', SAMPLE.void]], today: '2026-03-03', state: 'voided', legal: ['note'] },
};

/** The state a legal action leads to from `from`. */
function expectedNext(action: Action, from: CaseState): CaseState {
  const to: Partial<Record<Action, CaseState>> = {
    submit: 'submitted', register: 'accepted', void: 'voided', request_correction: 'correction', receive_correction: 'accepted',
    lapse_correction: 'concluded', consult: 'consultation', end_consultation: 'accepted', approve_reply: 'concluded', archive: 'archived',
  };
  if (action === 'withdraw') return from === 'submitted' ? 'voided' : 'concluded';
  return to[action] ?? from;
}

const STAFF: Record<string, Actor> = { applicant, registrar, handler, reviewer, admin };

describe('request workflow: every state × action × role', () => {
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    it(`${name}: exactly the legal actions succeed, each for exactly its roles`, () => {
      const history = play(fixture.steps);
      expect(replay(history).state).to.equal(fixture.state);
      const wrong: string[] = [];
      for (const action of ACTIONS) {
        for (const [roleName, actor] of Object.entries(STAFF)) {
          const decision = decide(history, SAMPLE[action], actor, { now: noon(fixture.today) });
          const roleMay = ROLES_FOR[action].includes(roleName);
          const shouldPass = roleMay && fixture.legal.includes(action);
          if (decision.ok !== shouldPass) {
            wrong.push(`${action} by ${roleName}: ${decision.ok ? 'allowed' : decision.refusal.code}`);
            continue;
          }
          if (decision.ok) {
            if (decision.case.state !== expectedNext(action, fixture.state)) wrong.push(`${action} by ${roleName} led to ${decision.case.state}`);
            if (decision.event.actor.role !== roleName) wrong.push(`${action} by ${roleName} recorded as ${decision.event.actor.role}`);
          } else if (!roleMay) {
            if (decision.refusal.code !== 'forbidden-role' || decision.refusal.status !== 403) wrong.push(`${action} by ${roleName}: ${decision.refusal.code}`);
          } else if (decision.refusal.status !== 409) {
            wrong.push(`${action} by ${roleName}: ${decision.refusal.code} ${decision.refusal.status}`);
          }
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }

  it('availableActions lists what the desk may offer each role', () => {
    const history = play(FIXTURES['accepted, extension proposed']!.steps);
    const c = replay(history);
    const now = noon('2026-03-05');
    expect(availableActions(c, reviewer, { now })).to.deep.equal(['assign', 'approve_extension', 'decline_extension', 'note']);
    expect(availableActions(c, handler, { now })).to.deep.equal(['withdraw', 'consult', 'draft_reply', 'note']);
    expect(availableActions(c, registrar, { now })).to.deep.equal(['assign', 'withdraw', 'note']);
  });
});

// ------------------------------------------------------------------------------------------------

const refusalOf = (history: WorkflowEvent[], command: Command, actor: Actor, day: string, context = {}) => {
  const decision = decide(history, command, actor, { ...context, now: noon(day) });
  if (decision.ok) throw new Error(`${command.action} was allowed`);
  return decision.refusal;
};

describe('request workflow: refusals say why', () => {
  it('a wrong role is told which roles may act, in Chinese and English', () => {
    const refusal = refusalOf(play(base), SAMPLE.draft_reply, registrar, '2026-03-03');
    expect(refusal.status).to.equal(403);
    expect(refusal.message['zh-CN']).to.equal('您的角色（登记员）不能拟定答复，需由承办人、管理员办理');
    expect(refusal.message.en).to.equal('your role (Registrar) cannot draft reply; this needs: Handler, Administrator');
  });

  it('a handler cannot work on a colleague\'s case; a reviewer or admin may step in', () => {
    const history = play(base);
    const refusal = refusalOf(history, SAMPLE.draft_reply, otherHandler, '2026-03-03');
    expect(refusal.code).to.equal('not-assignee');
    expect(refusal.message['zh-CN']).to.contain('王承办');
    const both: Actor = { id: 'boss', roles: ['handler', 'reviewer'] };
    expect(decide(history, SAMPLE.propose_extension, both, { now: noon('2026-03-03') }).ok).to.be.false; // handler's casework, not assigned
    expect(decide(history, SAMPLE.draft_reply, admin, { now: noon('2026-03-03') }).ok).to.be.true;
  });

  it('nobody approves their own extension or reply unless the office allows it', () => {
    const lead: Actor = { id: 'lead', name: '孙主任', roles: ['handler', 'reviewer'] };
    const history = play([...received('2026-03-02').slice(0, 2), [registrar, '2026-03-02', { action: 'assign', assignee: 'lead' }], [lead, '2026-03-03', SAMPLE.propose_extension]]);
    expect(refusalOf(history, SAMPLE.approve_extension, lead, '2026-03-03').code).to.equal('self-approval');
    expect(decide(history, SAMPLE.approve_extension, lead, { now: noon('2026-03-03'), allowSelfApproval: true }).ok).to.be.true;
    expect(decide(history, SAMPLE.approve_extension, reviewer, { now: noon('2026-03-03') }).ok).to.be.true;
  });

  it('the wrong state is named', () => {
    const refusal = refusalOf(play(FIXTURES.concluded!.steps), SAMPLE.consult, handler, '2026-03-06');
    expect(refusal).to.include({ code: 'wrong-state', status: 409 });
    expect(refusal.message['zh-CN']).to.equal('申请当前状态为“已办结”，不能征求意见');
  });

  it('dates: not in the future, not before the previous step, receipt not before submission', () => {
    const history = play(base);
    expect(refusalOf(history, { ...SAMPLE.note, on: '2026-03-05' }, handler, '2026-03-04').code).to.equal('date-in-future');
    expect(refusalOf(history, { ...SAMPLE.note, on: '2026-03-01' }, handler, '2026-03-04').code).to.equal('date-before-previous');
    expect(refusalOf(history, { ...SAMPLE.note, on: '2026-02-30' }, handler, '2026-03-04').code).to.equal('invalid-date');
    const submitted = play([[applicant, '2026-03-02', { action: 'submit' }]]);
    const early = refusalOf(submitted, { action: 'register', receivedOn: '2026-03-01' }, registrar, '2026-03-03');
    expect(early).to.include({ code: 'date-before-previous', status: 422, field: 'receivedOn' });
    // Art. 31: the confirmation may be dated before the registration is typed in.
    const backdated = decide(submitted, { action: 'register', receivedOn: '2026-03-02' }, registrar, { now: noon('2026-03-04') });
    expect(backdated.ok && backdated.case.receivedOn).to.equal('2026-03-02');
  });

  it('a paper application needs its channel; an online one defaults to online', () => {
    expect(refusalOf([], { action: 'register' }, registrar, '2026-03-02')).to.include({ code: 'required', field: 'channel' });
    const online = play([[applicant, '2026-03-02', { action: 'submit' }], [registrar, '2026-03-02', { action: 'register' }]]);
    expect(replay(online).channel).to.equal('online');
  });

  it('replies: the reason\'s fields are required, automatic reasons cannot be chosen, 仍不明确 needs a correction first', () => {
    const history = play(base);
    const missing = refusalOf(history, { action: 'draft_reply', outcome: { reason: 'not_ours' } }, handler, '2026-03-03');
    expect(missing).to.include({ code: 'invalid-outcome', status: 422, field: 'outcome.responsibleAgency' });
    expect(missing.message['zh-CN']).to.equal('答复缺少“负责公开的机关”');
    expect(refusalOf(history, { action: 'draft_reply', outcome: { reason: 'no_correction' } }, handler, '2026-03-03').code).to.equal('invalid-outcome');
    expect(refusalOf(history, { action: 'draft_reply', outcome: { reason: 'still_unclear' } }, handler, '2026-03-03').code).to.equal('needs-correction-first');
    const ok = decide(history, { action: 'draft_reply', outcome: { reason: 'not_ours', responsibleAgency: { name: '示例县自然资源局', contact: '0373-1234567' }, channel: 'stray' } }, handler, { now: noon('2026-03-03') });
    expect(ok.ok && ok.case.draft?.outcome).to.deep.equal({ reason: 'not_ours', channel: 'stray', responsibleAgency: { name: '示例县自然资源局', contact: '0373-1234567' } });
  });

  it('a returned draft can be redrafted and then approved; the reply date is the approval date', () => {
    const events = play([
      ...base,
      [handler, '2026-03-04', { action: 'draft_reply', outcome: { reason: 'state_secret', explanation: '经保密审查，属于国家秘密' } }],
      [reviewer, '2026-03-05', { action: 'return_reply', comment: '请写明定密依据' }],
      [handler, '2026-03-06', { action: 'draft_reply', outcome: { reason: 'state_secret', explanation: '经保密审查，该文件已依法定密' } }],
      [reviewer, '2026-03-09', SAMPLE.approve_reply],
    ]);
    const c = replay(events);
    expect(c.state).to.equal('concluded');
    expect(c.concludedOn).to.equal('2026-03-09');
    expect(c.outcome).to.deep.equal({ reason: 'state_secret', explanation: '经保密审查，该文件已依法定密' });
  });
});

// ------------------------------------------------------------------------------------------------

describe('request workflow: the statutory clock', () => {
  it('20 working days from receipt; 剩余/即将到期/今日到期/已逾期 on the desk', () => {
    const c = replay(play(base)); // received Monday 2 March 2026
    expect(caseClock(c).dueOn).to.equal('2026-03-30');
    expect(dueState(c, '2026-03-02')).to.include({ kind: 'running', workingDaysLeft: 20 });
    expect(dueState(c, '2026-03-24')).to.include({ kind: 'running', workingDaysLeft: 4 });
    expect(dueState(c, '2026-03-25')).to.include({ kind: 'due-soon', workingDaysLeft: 3 });
    expect(dueState(c, '2026-03-28')).to.include({ kind: 'due-soon', workingDaysLeft: 1 }); // Saturday: Monday is left
    expect(dueState(c, '2026-03-30')).to.include({ kind: 'due-soon', workingDaysLeft: 0 });
    expect(dueState(c, '2026-04-03')).to.include({ kind: 'overdue', workingDaysOverdue: 4 });
    expect(dueState(c, '2026-04-07')).to.include({ kind: 'overdue', workingDaysOverdue: 5 }); // 清明 4–6 April not counted
  });

  it('the catalogue\'s deadlines config is honoured', () => {
    const deadlines = { replyWorkingDays: 15, extensionWorkingDays: 10, supplementNoticeWorkingDays: 5 };
    const history = play(base, { deadlines });
    expect(caseClock(replay(history), { deadlines }).dueOn).to.equal('2026-03-23');
    expect(refusalOf(history, SAMPLE.request_correction, handler, '2026-03-10', { deadlines })).to.include({ code: 'correction-late' }); // 6th working day
    expect(decide(history, SAMPLE.request_correction, handler, { now: noon('2026-03-09'), deadlines }).ok).to.be.true; // 5th
    const tooLong = refusalOf(history, { ...SAMPLE.propose_extension, workingDays: 11 }, handler, '2026-03-09', { deadlines });
    expect(tooLong).to.include({ code: 'extension-too-long', status: 422 });
    expect(tooLong.message['zh-CN']).to.contain('10个工作日');
  });

  it('补正: one notice within 7 working days; the clock stops; 20 working days restart from the day the correction arrives', () => {
    const history = play([...base, [handler, '2026-03-05', { action: 'request_correction', items: ['所需信息的名称', '身份证明'] }]]);
    const waiting = replay(history);
    expect(waiting.correction?.dueOn).to.equal('2026-03-26'); // 15 working days by default
    expect(caseClock(waiting).dueOn).to.equal(undefined);
    expect(dueState(waiting, '2026-03-20')).to.include({ kind: 'correction', correctionDueOn: '2026-03-26', correctionOverdue: false });

    const corrected = replay(play([[registrar, '2026-03-20', { action: 'receive_correction' }]], {}, history));
    const clock = caseClock(corrected);
    expect(clock).to.include({ startedOn: '2026-03-20', restarted: true, dueOn: '2026-04-20' }); // across 清明 (4–6 April)
    expect(dueState(corrected, '2026-04-15')).to.include({ kind: 'due-soon', workingDaysLeft: 3 });

    expect(refusalOf(play([[registrar, '2026-03-20', { action: 'receive_correction' }]], {}, history), SAMPLE.request_correction, handler, '2026-03-23').code).to.equal('correction-once');
    expect(refusalOf(play(base), SAMPLE.request_correction, handler, '2026-03-12').code).to.equal('correction-late'); // 8th working day
  });

  it('a correction after its deadline needs a good reason; without one the request lapses (视为放弃 → 其他处理)', () => {
    const history = play([...base, [handler, '2026-03-03', { action: 'request_correction', items: ['文号'], dueOn: '2026-03-13' }]]);
    expect(refusalOf(history, { action: 'receive_correction' }, registrar, '2026-03-16')).to.include({ code: 'late-correction-needs-reason', field: 'justification' });
    expect(refusalOf(history, SAMPLE.lapse_correction, handler, '2026-03-13').code).to.equal('correction-not-due');
    expect(dueState(replay(history), '2026-03-16')).to.include({ kind: 'correction', correctionOverdue: true });

    const lapsed = replay(play([[handler, '2026-03-16', SAMPLE.lapse_correction]], {}, history));
    expect(lapsed.state).to.equal('concluded');
    expect(lapsed.outcome).to.deep.equal({ reason: 'no_correction' });
    expect(lapsed.concludedOn).to.equal('2026-03-16');
    expect(lapsed.correction?.lapsedOn).to.equal('2026-03-16');
  });

  it('third-party time is not counted: from the letter to the answer, at most the 15-working-day window', () => {
    const consulting = play([...base, [handler, '2026-03-09', { action: 'consult', party: 'third_party', parties: ['示例建材有限公司'] }]]);
    const open = replay(consulting);
    const projected = caseClock(open);
    expect(projected.pauses[0]).to.include({ from: '2026-03-09', to: '2026-03-30', windowEndsOn: '2026-03-30', open: true });
    expect(projected).to.include({ dueOn: '2026-04-21', projected: true });
    expect(dueState(open, '2026-03-12')).to.include({ kind: 'paused', workingDaysLeft: 15, pausedUntil: '2026-03-30' });

    const answered = replay(play([[handler, '2026-03-16', { action: 'end_consultation', response: 'objection', summary: '涉及商业秘密，不同意公开' }]], {}, consulting));
    const clock = caseClock(answered);
    expect(clock.pauses[0]).to.include({ to: '2026-03-16', workingDays: 5, open: false });
    expect(clock.dueOn).to.equal('2026-04-07'); // 30 March + 5 working days, 清明 skipped
    expect(dueState(answered, '2026-04-01')).to.include({ kind: 'due-soon', workingDaysLeft: 3 });

    // The third party answered late: only its window is excluded.
    const late = replay(play([[handler, '2026-04-02', { action: 'end_consultation', response: 'consent' }]], {}, consulting));
    expect(caseClock(late).pauses[0]).to.include({ to: '2026-03-30', workingDays: 15 });
    expect(caseClock(late).dueOn).to.equal('2026-04-21');

    expect(refusalOf(consulting, { action: 'end_consultation', response: 'no_reply' }, handler, '2026-03-30').code).to.equal('window-open');
    const silent = replay(play([[handler, '2026-03-31', { action: 'end_consultation', response: 'no_reply' }]], {}, consulting));
    expect(caseClock(silent).dueOn).to.equal('2026-04-21');
  });

  it('another agency\'s time is not counted either (art. 34), and its silence after 15 working days ends the wait', () => {
    const consulting = play([...base, [handler, '2026-03-09', { action: 'consult', party: 'agency', parties: ['示例县自然资源局'] }]]);
    const open = replay(consulting);
    expect(caseClock(open)).to.include({ dueOn: '2026-04-21', projected: true });
    expect(dueState(open, '2026-03-20')).to.include({ kind: 'paused', workingDaysLeft: 15, pausedUntil: '2026-03-30' });
    expect(dueState(open, '2026-04-20')).to.include({ kind: 'due-soon', workingDaysLeft: 1 }); // the window closed on 30 March
    expect(refusalOf(consulting, { action: 'end_consultation', response: 'maybe' as 'consent' }, handler, '2026-03-10').field).to.equal('response');
    const answered = replay(play([[handler, '2026-03-13', { action: 'end_consultation', response: 'consent' }]], {}, consulting));
    expect(caseClock(answered).dueOn).to.equal('2026-04-03'); // 30 March + 4 working days (10–13 March)
  });

  it('an extension chained across the 2026 Spring Festival, counting its 调休 Saturdays', () => {
    // Received Monday 12 January 2026: due 9 February. +20: 10–13 Feb, Sat 14 Feb (调休), 15–23 Feb off,
    // 24–27 Feb, Sat 28 Feb (调休), 2–6 and 9–13 March.
    const history = play([
      ...received('2026-01-12'),
      [handler, '2026-02-04', { action: 'propose_extension', workingDays: 20, reason: '涉及多个科室，需调取历史档案' }],
      [reviewer, '2026-02-09', SAMPLE.approve_extension],
    ]);
    const c = replay(history);
    const clock = caseClock(c);
    expect(clock).to.include({ workingDays: 40, extensionWorkingDays: 20, dueOn: '2026-03-13', estimate: false });
    expect(dueState(c, '2026-02-13')).to.include({ kind: 'running', workingDaysLeft: 16 });
    expect(dueState(c, '2026-02-14')).to.include({ kind: 'running', workingDaysLeft: 15 }); // the 调休 Saturday counts
    expect(dueState(c, '2026-02-23')).to.include({ kind: 'running', workingDaysLeft: 15 }); // the holiday counts nothing
    expect(dueState(c, '2026-03-10')).to.include({ kind: 'due-soon', workingDaysLeft: 3 });

    // Decided the day after the first deadline: too late (art. 33 ¶2).
    const proposed = play([...received('2026-01-12'), [handler, '2026-02-04', { action: 'propose_extension', workingDays: 20, reason: '需调取档案' }]]);
    expect(refusalOf(proposed, SAMPLE.approve_extension, reviewer, '2026-02-10').code).to.equal('deadline-passed');
    expect(refusalOf(history, SAMPLE.propose_extension, handler, '2026-02-10').code).to.equal('already-extended');
  });

  it('2027 (provisional calendar): the same chain is computed and marked as an estimate', () => {
    const history = play(
      [...received('2027-01-25'), [handler, '2027-02-01', { action: 'propose_extension', workingDays: 20, reason: '需调取档案' }], [reviewer, '2027-02-02', SAMPLE.approve_extension]],
    );
    const clock = caseClock(replay(history));
    expect(clock).to.include({ dueOn: '2027-03-24', estimate: true });
  });

  it('a reply after the due day is recorded, and the desk shows it was late', () => {
    const history = play([...base, [handler, '2026-03-31', SAMPLE.draft_reply], [reviewer, '2026-04-01', SAMPLE.approve_reply]]);
    expect(dueState(replay(history), '2026-04-02')).to.deep.equal({ kind: 'done', dueOn: '2026-03-30', onTime: false, estimate: false });
  });

  it('a withdrawal during a consultation ends the pause with the case', () => {
    const history = play([...base, [handler, '2026-03-09', SAMPLE.consult], [registrar, '2026-03-11', { action: 'withdraw' }]]);
    const c = replay(history);
    expect(c.outcome?.reason).to.equal('withdrawn');
    expect(caseClock(c).pauses[0]).to.include({ to: '2026-03-11', open: false });
  });
});
