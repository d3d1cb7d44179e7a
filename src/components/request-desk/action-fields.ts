/**
 * What the desk asks for before each workflow step (docs/request-workflow.md §2): the fields of
 * its form, and the command built from what the officer typed. Pure: the element renders these
 * fields and posts the command; the server's `decide` has the last word (403/409/422).
 */
import type { LocalizedText } from '../../catalogue/problems.js';
import { OUTCOME_FIELD_LABELS, OUTCOME_KIND_LABELS, OUTCOME_KINDS, OUTCOME_REASONS, reasonsOf, type OutcomeReason, type ReasonDefinition } from '../../forms/request-outcomes.js';
import { RECEIPT_CHANNEL_LABELS, RECEIPT_CHANNELS, type Action, type Command } from '../../forms/request-workflow.js';

export type FieldKind = 'date' | 'text' | 'textarea' | 'lines' | 'number' | 'select' | 'radio';

export interface Choice {
  value: string;
  label: string;
  /** For grouped selects (the reply types by kind). */
  group?: string;
}

export interface ActionField {
  name: string;
  label: LocalizedText;
  kind: FieldKind;
  required?: boolean;
  hint?: LocalizedText;
  /** Fixed choices, or `staff` (the handlers to assign). */
  choices?: readonly Choice[] | 'staff';
  min?: number;
  max?: number;
  /** Shown only when this returns true for the values typed so far. */
  when?: (values: Readonly<Record<string, string>>) => boolean;
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

const definition = (reason: string | undefined): ReasonDefinition | undefined => (reason ? (OUTCOME_REASONS as Record<string, ReasonDefinition>)[reason] : undefined);

/** Reply types the officer may choose (视为放弃 and 撤回 are recorded by their own actions), grouped by kind. */
export const REPLY_CHOICES: readonly Choice[] = OUTCOME_KINDS.flatMap((kind) =>
  reasonsOf(kind).filter((reason) => !definition(reason)!.automatic).map((reason) => ({ value: reason, label: OUTCOME_REASONS[reason].label['zh-CN'], group: OUTCOME_KIND_LABELS[kind]['zh-CN'] })));

const needs = (field: string) => (values: Readonly<Record<string, string>>) => (definition(values.reason)?.requires as readonly string[] | undefined)?.includes(field) === true;

const CHANNELS: readonly Choice[] = RECEIPT_CHANNELS.filter((c) => c !== 'online').map((c) => ({ value: c, label: RECEIPT_CHANNEL_LABELS[c]['zh-CN'] }));

/** The fields of each action, besides the date of the step and the staff note every action has. */
export const ACTION_FIELDS: Readonly<Record<Action, readonly ActionField[]>> = {
  submit: [],
  register: [
    { name: 'receivedOn', kind: 'date', label: t('收到申请日期', 'Received on'), hint: t('网上申请以双方确认之日为收到申请之日（条例第三十一条）', 'For online applications, the day both sides confirm (art. 31)') },
  ],
  void: [{ name: 'reason', kind: 'textarea', required: true, label: t('作废原因', 'Reason'), hint: t('如：重复提交、测试数据', 'e.g. a duplicate or a test') }],
  assign: [{ name: 'assignee', kind: 'select', required: true, choices: 'staff', label: t('承办人', 'Handler') }],
  request_correction: [
    { name: 'items', kind: 'lines', required: true, label: t('需要补正的事项', 'What to correct'), hint: t('每行一项，一次性告知全部事项（条例第三十条）', 'One per line; all at once (art. 30)') },
    { name: 'dueOn', kind: 'date', label: t('补正期限', 'Correct by'), hint: t('不填写则为告知之日起15个工作日', 'Default: 15 working days') },
  ],
  receive_correction: [{ name: 'justification', kind: 'textarea', label: t('逾期补正的正当理由', 'Good reason for a late correction'), hint: t('补正期限已过时必填', 'Required when the deadline has passed') }],
  lapse_correction: [],
  withdraw: [{ name: 'reason', kind: 'textarea', label: t('撤回情况', 'How the applicant withdrew') }],
  consult: [
    { name: 'party', kind: 'radio', required: true, label: t('征求意见对象', 'Consulted'), choices: [{ value: 'third_party', label: '第三方（条例第三十二条）' }, { value: 'agency', label: '其他机关（条例第三十四条）' }] },
    { name: 'parties', kind: 'lines', required: true, label: t('单位或个人名称', 'Names'), hint: t('每行一个；仅工作人员可见，不告知申请人', 'One per line; never shown to the applicant') },
    { name: 'matter', kind: 'textarea', label: t('征求意见事项', 'Matter') },
  ],
  end_consultation: [
    { name: 'response', kind: 'radio', required: true, label: t('意见', 'Answer'), choices: [{ value: 'consent', label: '同意公开' }, { value: 'objection', label: '不同意公开' }, { value: 'no_reply', label: '逾期未提出意见' }] },
    { name: 'summary', kind: 'textarea', label: t('意见摘要', 'Summary') },
  ],
  propose_extension: [
    { name: 'workingDays', kind: 'number', required: true, min: 1, max: 20, label: t('延长工作日数', 'Working days'), hint: t('最长20个工作日，须经审核人批准（条例第三十三条）', 'At most 20, approved by a reviewer (art. 33)') },
    { name: 'reason', kind: 'textarea', required: true, label: t('延期理由', 'Reason') },
  ],
  approve_extension: [],
  decline_extension: [{ name: 'comment', kind: 'textarea', label: t('审核意见', 'Comment') }],
  draft_reply: [
    { name: 'reason', kind: 'select', required: true, choices: REPLY_CHOICES, label: t('答复类型', 'Reply') },
    { name: 'explanation', kind: 'textarea', label: OUTCOME_FIELD_LABELS.explanation, when: (v) => !!v.reason },
    { name: 'where', kind: 'textarea', required: true, label: OUTCOME_FIELD_LABELS.where, when: needs('where') },
    { name: 'agencyName', kind: 'text', required: true, label: OUTCOME_FIELD_LABELS.responsibleAgency, when: needs('responsibleAgency') },
    { name: 'agencyContact', kind: 'text', label: t('该机关的联系方式', 'Its contact'), when: needs('responsibleAgency') },
    { name: 'channel', kind: 'text', required: true, label: OUTCOME_FIELD_LABELS.channel, when: needs('channel') },
    { name: 'procedure', kind: 'textarea', required: true, label: OUTCOME_FIELD_LABELS.procedure, when: needs('procedure') },
    { name: 'previousReply', kind: 'text', label: t('前次答复（编号或日期）', 'Earlier reply'), when: (v) => v.reason === 'repeat' },
  ],
  return_reply: [{ name: 'comment', kind: 'textarea', required: true, label: t('退回意见', 'Why it is returned') }],
  approve_reply: [],
  archive: [],
  note: [{ name: 'text', kind: 'textarea', required: true, label: t('备注内容', 'Note'), hint: t('仅工作人员可见', 'Staff only') }],
};

/** Whether the explanation is required for this reply type (the form marks it so). */
export const explanationRequired = (values: Readonly<Record<string, string>>) => needs('explanation')(values);

/** The fields shown now, for the values typed so far. */
export function visibleFields(action: Action, values: Readonly<Record<string, string>>): ActionField[] {
  return ACTION_FIELDS[action].filter((f) => !f.when || f.when(values)).map((f) => (f.name === 'explanation' ? { ...f, required: explanationRequired(values) } : f));
}

/** Paper-application channels, for registering what came in person, by post, fax or e-mail. */
export const PAPER_CHANNELS = CHANNELS;

const trimmed = (value: string | undefined) => (value ?? '').trim();
const lines = (value: string | undefined) => trimmed(value).split(/\r?\n/).map((s) => s.trim()).filter(Boolean);

/** The command for the server from the form's values; empty optional fields are left out. */
export function commandFrom(action: Action, values: Readonly<Record<string, string>>): Command {
  const optional = (key: string) => (trimmed(values[key]) ? { [key]: trimmed(values[key]) } : {});
  const common = { ...optional('on'), ...(action === 'note' ? {} : optional('note')) };
  switch (action) {
    case 'request_correction':
      return { action, items: lines(values.items), ...optional('dueOn'), ...common };
    case 'consult':
      return { action, party: values.party as 'third_party' | 'agency', parties: lines(values.parties), ...optional('matter'), ...common };
    case 'propose_extension':
      return { action, workingDays: Number(values.workingDays), reason: trimmed(values.reason), ...common };
    case 'draft_reply': {
      const reason = values.reason as OutcomeReason;
      const outcome = {
        reason,
        ...optional('explanation'), ...optional('where'), ...optional('channel'), ...optional('procedure'), ...optional('previousReply'),
        ...(trimmed(values.agencyName) ? { responsibleAgency: { name: trimmed(values.agencyName), ...(trimmed(values.agencyContact) ? { contact: trimmed(values.agencyContact) } : {}) } } : {}),
      };
      return { action, outcome, ...common };
    }
    default: {
      const fields = Object.fromEntries(ACTION_FIELDS[action].map((f) => [f.name, trimmed(values[f.name])]).filter(([, v]) => v !== ''));
      return { action, ...fields, ...common } as Command;
    }
  }
}

/** The form field a server refusal points at (`outcome.explanation` → `explanation`). */
export function fieldOfPath(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const name = path.replace(/^outcome\./, '').replace(/^responsibleAgency(\.name)?$/, 'agencyName');
  return name;
}
