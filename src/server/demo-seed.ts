/**
 * A live desk for the demo (`npm start`): staff accounts for each role and about thirty
 * applications spread over every stage (待确认 to 归档, 补正, 征求意见, 延期, a draft awaiting
 * review, each kind of reply), dated back from today so their clocks read 剩余, 即将到期 and
 * 已逾期; and sign-ups for the sample county's open days (a review session, a draw session, a
 * first-come one, and a past one with its 评议 answers). Every history is played through the real
 * workflow (`decide`), so it is one the server could have recorded. Seeds only what is empty.
 */
import type { Catalogue } from '../catalogue/schema.js';
import type { OrganisationKind } from '../forms/request-schema.js';
import type { Outcome } from '../forms/request-outcomes.js';
import { decide, type Actor, type Command, type WorkflowEvent } from '../forms/request-workflow.js';
import { addDays, addWorkingDays, beijingDate } from '../forms/working-days.js';
import type { StaffRole } from '../forms/request-workflow.js';
import { checkDigitOk } from '../forms/validators.js';
import { requestCode, signupCode } from './codes.js';
import type { Database } from './db/database.js';
import { insertSignup, sessionsOf, type StoredStatus } from './open-days/store.js';
import { insertCase, type Application } from './requests/cases.js';
import { hashPassword } from './staff/passwords.js';
import { addUser, listUsers, setPassword } from './staff/users.js';
import { CALENDAR } from './workflow-context.js';

export const DEMO_STAFF: readonly { username: string; name: string; roles: StaffRole[] }[] = [
  { username: 'demo', name: '演示管理员', roles: ['admin'] },
  { username: 'dengji', name: '李登记', roles: ['registrar'] },
  { username: 'chengban', name: '王承办', roles: ['handler'] },
  { username: 'chengban2', name: '赵承办', roles: ['handler'] },
  { username: 'shenhe', name: '陈审核', roles: ['reviewer'] },
];

const actor = (username: string): Actor => {
  const staff = DEMO_STAFF.find((s) => s.username === username)!;
  return { id: staff.username, name: staff.name, roles: staff.roles };
};
const applicant: Actor = { id: 'applicant', roles: ['applicant'] };
const [admin, registrar, handler, handler2, reviewer] = DEMO_STAFF.map((s) => actor(s.username)) as [Actor, Actor, Actor, Actor, Actor];
void admin;

/** A resident ID with a valid check digit, from a region, a birth date and a sequence number. */
function residentId(region: string, birth: string, sequence: number): string {
  const body = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return `${body}${'0123456789X'.split('').find((check) => checkDigitOk(`${body}${check}`))}`;
}

const PEOPLE = ['张伟', '李娜', '王芳', '刘洋', '陈静', '杨磊', '赵敏', '黄强', '周婷', '吴刚', '徐丽', '孙涛', '马超', '朱琳', '胡军', '郭燕', '何平', '高翔', '林峰', '罗兰'];
const ORGANISATIONS: readonly [string, OrganisationKind, '法人' | '其他组织'][] = [
  ['示例县宏达建材有限公司', '商业企业', '法人'],
  ['示例县农业科学研究所', '科研机构', '法人'],
  ['示例县春晖助学协会', '社会公益组织', '其他组织'],
  ['示例县正源律师事务所', '法律服务机构', '其他组织'],
  ['示例县关帝乡东庄村民委员会', '其他', '其他组织'],
];
const TOPICS = [
  '2025年示例县最低生活保障资金发放明细', '县城第二水厂建设项目环境影响评价批复', '人民路拓宽工程房屋征收补偿方案', '示例县2026年度部门预算',
  '关帝乡乡村振兴衔接资金分配表', '城区义务教育学校划片范围', '锦绣小区建设工程规划许可证及附图', '示例县2025年度财政决算',
  '北河采砂许可及监管记录', '城乡居民医保缴费标准调整文件', '2026年高标准农田建设项目招标文件', '县医院扩建项目立项批复',
];

function citizen(i: number): Application {
  const name = PEOPLE[i % PEOPLE.length]!;
  return {
    applicantType: '公民',
    citizen: {
      name, idType: '居民身份证', idNumber: residentId('410726', `19${60 + (i % 35)}0${1 + (i % 9)}1${i % 10}`, 100 + i),
      phone: `1390373${String(1000 + i).slice(-4)}`, address: `示例县人民路${10 + i}号`, postcode: '453000', ...(i % 3 === 0 ? { email: `demo${i}@example.com` } : {}),
    },
    information: { title: TOPICS[i % TOPICS.length]!, ...(i % 4 === 0 ? { docNo: `示政办〔2026〕${i + 3}号` } : {}), ...(i % 5 === 0 ? { description: '包括相关附件和审批意见' } : {}) },
    purpose: i % 2 ? '了解与本人相关的政策执行情况' : '',
    provideForm: i % 3 === 0 ? '电子' : '纸质',
    delivery: i % 3 === 0 ? '电子邮件' : i % 2 ? '邮寄' : '自行领取',
    privacyConsent: true,
  };
}

function organisation(i: number): Application {
  const [name, kind, type] = ORGANISATIONS[i % ORGANISATIONS.length]!;
  return {
    applicantType: type,
    organisation: { name, kind, creditCode: '91350100M000100Y43', legalRepresentative: PEOPLE[(i + 7) % PEOPLE.length], contactName: PEOPLE[(i + 3) % PEOPLE.length], phone: `0373-55${String(10000 + i * 37).slice(-5)}`, address: `示例县建设路${20 + i}号`, email: `office${i}@example.com` },
    information: { title: TOPICS[(i + 5) % TOPICS.length]! },
    provideForm: '电子',
    delivery: '电子邮件',
    privacyConsent: true,
  };
}

/** A step of a seeded history: who, how many working days after receipt, what. */
type Step = [who: Actor, after: number, command: Command];

interface Plan {
  /** Working days before today that the application arrived. */
  ago: number;
  /** Submitted online and not yet confirmed (待确认). */
  unconfirmed?: boolean;
  /** Registered by a registrar from paper (no online submission). */
  paper?: boolean;
  steps: Step[];
  organisation?: boolean;
}

const assign = (who: Actor = handler): Step => [registrar, 0, { action: 'assign', assignee: who.id, assigneeName: who.name }];
const reply = (after: number, outcome: Outcome, by: Actor = handler): Step[] => [
  [by, after, { action: 'draft_reply', outcome }],
  [reviewer, after + 1, { action: 'approve_reply' }],
];

/** Every stage of the workflow, with clocks that read running, due soon, overdue, paused or done. */
const PLANS: readonly Plan[] = [
  { ago: 0, unconfirmed: true, steps: [] },
  { ago: 0, unconfirmed: true, steps: [], organisation: true },
  { ago: 1, unconfirmed: true, steps: [] },
  { ago: 0, paper: true, steps: [] },
  { ago: 3, steps: [assign()] },
  { ago: 6, steps: [assign(handler2)], organisation: true },
  { ago: 10, steps: [assign()] },
  { ago: 18, steps: [assign()] },
  { ago: 19, paper: true, steps: [assign(handler2)] },
  { ago: 22, steps: [assign()] },
  { ago: 25, steps: [assign()], organisation: true },
  { ago: 4, steps: [assign(), [handler, 2, { action: 'request_correction', items: ['请写明所需信息的文号或形成时间', '请补充身份证明复印件'] }]] },
  { ago: 25, steps: [assign(), [handler, 3, { action: 'request_correction', items: ['所需信息的名称不明确，请具体说明'] }]] },
  { ago: 15, steps: [assign(), [handler, 2, { action: 'request_correction', items: ['请补充委托书'] }], [registrar, 6, { action: 'receive_correction' }]] },
  { ago: 8, steps: [assign(), [handler, 3, { action: 'consult', party: 'third_party', parties: ['示例县宏达建材有限公司'], matter: '所申请信息涉及贵单位的商业秘密' }]], organisation: true },
  { ago: 12, steps: [assign(handler2), [handler2, 5, { action: 'consult', party: 'agency', parties: ['示例县自然资源局'] }]] },
  { ago: 20, steps: [assign(), [handler, 2, { action: 'consult', party: 'third_party', parties: ['李某某'] }], [handler, 10, { action: 'end_consultation', response: 'consent', summary: '同意公开' }]] },
  { ago: 17, steps: [assign(), [handler, 15, { action: 'propose_extension', workingDays: 15, reason: '所需信息数量较多，需要调取档案逐件核查' }]] },
  { ago: 24, steps: [assign(), [handler, 16, { action: 'propose_extension', workingDays: 20, reason: '需要会同住建、自然资源等部门核实' }], [reviewer, 17, { action: 'approve_extension' }]] },
  { ago: 12, steps: [assign(), [handler, 10, { action: 'draft_reply', outcome: { reason: 'provided' } }]] },
  { ago: 14, steps: [assign(handler2), [handler2, 9, { action: 'draft_reply', outcome: { reason: 'partly', explanation: '其中涉及个人隐私的姓名、身份证号码已作区分处理。' } }]], organisation: true },
  { ago: 30, steps: [assign(), ...reply(12, { reason: 'provided' })] },
  { ago: 35, steps: [assign(), ...reply(15, { reason: 'partly', explanation: '附件中的个人信息已作遮盖处理。' })], organisation: true },
  { ago: 28, steps: [assign(handler2), ...reply(14, { reason: 'internal_affairs', explanation: '所申请信息属于本机关内部管理信息，依据条例第十六条第一款不予公开。' }, handler2)] },
  { ago: 26, steps: [assign(), ...reply(6, { reason: 'not_ours', responsibleAgency: { name: '示例县自然资源局', contact: '0373-5510888' } })] },
  { ago: 21, steps: [assign(), ...reply(4, { reason: 'complaint', channel: '12345政务服务便民热线或县信访局' })] },
  { ago: 40, steps: [assign(), [handler, 2, { action: 'request_correction', items: ['请明确所需信息的时间范围'] }], [handler, 20, { action: 'lapse_correction' }]] },
  { ago: 16, steps: [assign(), [registrar, 3, { action: 'withdraw', reason: '申请人电话告知已通过其他途径获取' }]] },
  { ago: 60, steps: [assign(), ...reply(10, { reason: 'provided' }), [registrar, 14, { action: 'archive' }]] },
  { ago: 55, steps: [assign(handler2), ...reply(3, { reason: 'already_public', where: '示例县人民政府网站“政府信息公开—财政预决算”栏目' }, handler2), [registrar, 6, { action: 'archive' }]], organisation: true },
  { ago: 2, unconfirmed: true, steps: [[registrar, 0, { action: 'void', reason: '同一申请人重复提交' }]] },
];

/** Goes back `n` working days from `day`. */
function workingDaysBefore(day: string, n: number): string {
  let date = day;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, -1);
    if (CALENDAR.isWorkingDay(date)) counted++;
  }
  return date;
}

/** A plan's events, played through decide; each step dated its working day, never after today. */
function history(plan: Plan, now: Date): WorkflowEvent[] {
  const today = beijingDate(now);
  const received = workingDaysBefore(today, plan.ago);
  const at = (day: string) => new Date(Math.min(Date.parse(`${day}T10:00:00+08:00`), now.getTime()));
  const events: WorkflowEvent[] = [];
  const play = (who: Actor, day: string, command: Command) => {
    const decision = decide(events, command, who, { now: at(day), calendar: CALENDAR });
    if (!decision.ok) throw new Error(`demo seed: ${command.action} on ${day}: ${decision.refusal.message.en}`);
    events.push(decision.event);
  };
  if (plan.paper) play(registrar, received, { action: 'register', channel: 'in_person' });
  else {
    play(applicant, received, { action: 'submit' });
    if (!plan.unconfirmed) play(registrar, received, { action: 'register' });
  }
  for (const [who, after, command] of plan.steps) {
    const day = addWorkingDays(received, after, CALENDAR);
    play(who, day > today ? today : day, command);
  }
  return events;
}

export interface SeedResult {
  accounts: { username: string; name: string; roles: StaffRole[] }[];
  requests: number;
  signups: number;
}

/**
 * Seeds what is empty. The demo's staff accounts get `password` (the demo prints it at every
 * start; it is reset each time, since only its hash is kept).
 */
export async function seedDemo(db: Database, options: { catalogue?: Catalogue; now?: Date; password: string; passwordCost?: number; signups?: boolean }): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const hash = await hashPassword(options.password, options.passwordCost);
  const existing = new Set((await listUsers(db)).map((u) => u.username));
  const by = { id: 'demo-seed' };
  for (const staff of DEMO_STAFF) {
    if (existing.has(staff.username)) await setPassword(db, staff.username, hash, by, now);
    else await addUser(db, { ...staff, passwordHash: hash }, by, now);
  }
  const result: SeedResult = { accounts: [...DEMO_STAFF], requests: 0, signups: 0 };
  const [{ n: requests }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests');
  if (!requests) {
    const agencyId = options.catalogue?.requestForm?.acceptingAgencyId;
    for (const [i, plan] of PLANS.entries()) {
      const events = history(plan, now);
      await insertCase(db, { code: requestCode(new Date(events[0]!.at)), application: plan.organisation ? organisation(i) : citizen(i), events, agencyId, source: plan.paper ? 'in_person' : 'online' });
      result.requests++;
    }
  }
  const [{ n: signups }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM open_day_signups');
  if (!signups && options.catalogue && options.signups !== false) result.signups = await seedSignups(db, options.catalogue, now);
  return result;
}

/** Sign-ups for each open day of the catalogue, by its selection mode and whether it is past. */
async function seedSignups(db: Database, catalogue: Catalogue, now: Date): Promise<number> {
  let count = 0;
  let person = 0;
  for (const event of catalogue.openDays ?? []) {
    const mode = event.registration?.selection ?? 'first_come';
    for (const session of sessionsOf(event)) {
      const past = Date.parse(session.start) < now.getTime();
      const wanted = past ? Math.min(session.capacity, 24) : mode === 'first_come' ? Math.max(1, Math.round(session.capacity * 0.6)) : Math.round(session.capacity * (mode === 'draw' ? 1.3 : 0.7));
      for (let i = 0; i < wanted; i++, person++) {
        const status: StoredStatus = past ? (i % 8 === 7 ? 'absent' : 'checked_in') : mode === 'first_come' ? 'confirmed' : 'pending';
        const created = new Date(Math.min(now.getTime(), Date.parse(session.start)) - (wanted - i) * 3_600_000 * 5);
        const { signup } = await insertSignup(db, {
          event, session, now: created, waitlistFactor: 2,
          body: { name: PEOPLE[person % PEOPLE.length]!, phone: `1370373${String(2000 + person).slice(-4)}`, fields: { ...(event.registration?.consentText ? { consent: 'yes' } : {}), ...(i % 3 === 0 ? { question: '想了解政务公开平台的使用方法' } : {}) } },
          imported: { code: signupCode(), status, createdAt: created, updatedAt: created },
        });
        count++;
        if (status === 'checked_in' && i % 3 !== 2) {
          const answers = { overall: 5 - (i % 3), disclosure: 4 + (i % 2), service: 4, organisation: 5 - (i % 2), ...(i % 4 === 0 ? { comments: ['讲解很细致，希望多举办', '建议增加线上直播', '停车不太方便', '希望公开更多预算明细'][i % 4 === 0 ? (i / 4) % 4 : 0] } : {}) };
          await db.query('INSERT INTO open_day_survey_responses (code, event_id, session_id, answers, submitted_at, publish_comment) VALUES ($1, $2, $3, $4::text::jsonb, $5, $6)', [signup.code, event.id, session.id, JSON.stringify(answers), new Date(Date.parse(session.start) + 4 * 3_600_000).toISOString(), i % 8 === 0]);
        }
      }
    }
  }
  return count;
}
