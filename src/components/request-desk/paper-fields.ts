/**
 * Registering a paper application (当面、信函、传真、电子邮件) at the desk: the fields a registrar
 * copies from the form the applicant signed, and the body for `POST /api/staff/requests`. Pure;
 * the server checks the application with the same rules as an online one (docs/staff-api.md).
 */
import { DELIVERY, ID_TYPES, ORGANISATION_KINDS, PROVIDE_FORMS } from '../../forms/request-codes.js';
import { PAPER_CHANNELS, type ActionField, type Choice } from './action-fields.js';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const choices = (values: readonly string[]): Choice[] => values.map((value) => ({ value, label: value }));
const citizen = (v: Readonly<Record<string, string>>) => (v.applicantType ?? '公民') === '公民';
const organisation = (v: Readonly<Record<string, string>>) => !citizen(v);

/** In the order of the paper form (the 2019 model form: applicant, information, form and delivery). */
export const PAPER_FIELDS: readonly ActionField[] = [
  { name: 'channel', kind: 'radio', required: true, choices: PAPER_CHANNELS, label: t('申请方式', 'Received by') },
  { name: 'receivedOn', kind: 'date', required: true, label: t('收到申请日期', 'Received on'), hint: t('当面提交为提交之日；邮寄为签收之日；传真、电子邮件为双方确认之日（条例第三十一条）', 'In person: that day; by post: the day signed for; fax or e-mail: the day both sides confirm (art. 31)') },
  { name: 'applicantType', kind: 'radio', required: true, choices: choices(['公民', '法人', '其他组织']), label: t('申请人类型', 'Applicant') },
  { name: 'citizen.name', kind: 'text', required: true, label: t('姓名', 'Name'), when: citizen },
  { name: 'citizen.idType', kind: 'select', required: true, choices: choices(ID_TYPES), label: t('证件类型', 'ID type'), when: citizen },
  { name: 'citizen.idNumber', kind: 'text', required: true, label: t('证件号码', 'ID number'), when: citizen },
  { name: 'citizen.phone', kind: 'text', required: true, label: t('联系电话', 'Phone'), when: citizen },
  { name: 'citizen.address', kind: 'text', required: true, label: t('通信地址', 'Address'), when: citizen },
  { name: 'citizen.email', kind: 'text', label: t('电子邮箱', 'E-mail'), when: citizen },
  { name: 'organisation.name', kind: 'text', required: true, label: t('名称', 'Name'), when: organisation },
  { name: 'organisation.kind', kind: 'select', required: true, choices: choices(ORGANISATION_KINDS), label: t('机构类别', 'Kind'), when: organisation },
  { name: 'organisation.creditCode', kind: 'text', required: true, label: t('统一社会信用代码', 'Credit code'), when: organisation },
  { name: 'organisation.legalRepresentative', kind: 'text', required: true, label: t('法定代表人或负责人', 'Legal representative'), when: organisation },
  { name: 'organisation.contactName', kind: 'text', required: true, label: t('联系人姓名', 'Contact'), when: organisation },
  { name: 'organisation.phone', kind: 'text', required: true, label: t('联系电话', 'Phone'), when: organisation },
  { name: 'organisation.address', kind: 'text', required: true, label: t('通信地址', 'Address'), when: organisation },
  { name: 'information.title', kind: 'text', label: t('所需信息的名称', 'Title of the information'), hint: t('名称、文号、其他特征性描述至少填写一项', 'A title, a document number or a description') },
  { name: 'information.docNo', kind: 'text', label: t('文号', 'Document number') },
  { name: 'information.description', kind: 'textarea', label: t('其他特征性描述', 'Description') },
  { name: 'provideForm', kind: 'radio', required: true, choices: choices(PROVIDE_FORMS), label: t('提供形式', 'Form') },
  { name: 'delivery', kind: 'radio', required: true, choices: choices(DELIVERY), label: t('获取方式', 'Delivery') },
];

/** The fields shown for the values typed so far. */
export const visiblePaperFields = (values: Readonly<Record<string, string>>) => PAPER_FIELDS.filter((f) => !f.when || f.when(values));

/** The body of `POST /api/staff/requests`: the application (empty fields left out) and how and when it came in. */
export function paperRegistration(values: Readonly<Record<string, string>>): { application: Record<string, unknown>; channel: string; receivedOn: string; note?: string } {
  const application: Record<string, unknown> = { applicantType: values.applicantType || '公民', information: {} };
  for (const field of visiblePaperFields(values)) {
    const value = (values[field.name] ?? '').trim();
    const [group, key] = field.name.split('.');
    if (!value || !key || !['citizen', 'organisation', 'information'].includes(group!)) continue;
    application[group!] = { ...(application[group!] as object | undefined), [key]: value };
  }
  for (const key of ['provideForm', 'delivery'] as const) if (values[key]) application[key] = values[key];
  const note = (values.note ?? '').trim();
  return { application, channel: values.channel ?? '', receivedOn: values.receivedOn ?? '', ...(note ? { note } : {}) };
}

/** The form field a server refusal points at (`application.citizen.name` → `citizen.name`). */
export const paperFieldOf = (path: string | undefined) => path?.replace(/^application\./, '');
