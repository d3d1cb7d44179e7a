/** Shared by the request workflow, trace, notice and report tests: staff, and a way to play a history. */
import { decide, type Actor, type Command, type DecideContext, type WorkflowEvent } from '../../src/forms/request-workflow.js';

export const applicant: Actor = { id: 'public', roles: ['applicant'] };
export const registrar: Actor = { id: 'reg-1', name: '李登记', roles: ['registrar'] };
export const handler: Actor = { id: 'han-1', name: '王承办', roles: ['handler'] };
export const otherHandler: Actor = { id: 'han-2', name: '赵承办', roles: ['handler'] };
export const reviewer: Actor = { id: 'rev-1', name: '陈审核', roles: ['reviewer'] };
export const admin: Actor = { id: 'adm-1', name: '周管理', roles: ['admin'] };

/** Noon in Beijing on a day. */
export const noon = (day: string) => `${day}T12:00:00+08:00`;

export type Step = [actor: Actor, day: string, command: Command];

/** Plays the steps (each recorded at noon of its day), failing loudly on any refusal. */
export function play(steps: readonly Step[], context: Omit<DecideContext, 'now'> = {}, history: WorkflowEvent[] = []): WorkflowEvent[] {
  const events = [...history];
  for (const [actor, day, command] of steps) {
    const decision = decide(events, command, actor, { ...context, now: noon(day) });
    if (!decision.ok) throw new Error(`${command.action} on ${day} refused: ${decision.refusal.message['zh-CN']}`);
    events.push(decision.event);
  }
  return events;
}

/** Submitted online on `day`, registered the same day, assigned to `handler`. */
export const received = (day: string): Step[] => [
  [applicant, day, { action: 'submit' }],
  [registrar, day, { action: 'register' }],
  [registrar, day, { action: 'assign', assignee: handler.id, assigneeName: handler.name }],
];
