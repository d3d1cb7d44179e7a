/**
 * The information-disclosure request (依申请公开, 政府信息公开条例 art. 29) as data: the payload
 * shape (zod/mini) and its rules, shared by <zwgk-request-form> and the server, so both reject
 * exactly the same applications. `requestProblems` returns field paths and message keys; each
 * side words them in its language.
 */
import * as z from 'zod/mini';
import { checkCreditCode, checkEmail, checkPhone, checkPostcode, checkResidentId, RESIDENCE_PERMIT_REGIONS, checkDigitOk } from './validators.js';

export { DELIVERY, DELIVERY_FOR_FORM, ID_TYPES, ORGANISATION_KINDS, PROVIDE_FORMS, type OrganisationKind } from './request-codes.js';
import { DELIVERY, ID_TYPES, ORGANISATION_KINDS, PROVIDE_FORMS } from './request-codes.js';

/** File types and the hard size ceiling the server accepts; the catalogue's config may lower them. */
export const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Checks a chosen file against the configured types and size: a message key, or undefined. */
export function uploadProblem(file: { type: string; size: number }, types: readonly string[] = UPLOAD_TYPES, maxBytes = 5 * 1024 * 1024): 'upload-type' | 'upload-size' | undefined {
  if (!types.includes(file.type)) return 'upload-type';
  return file.size > Math.min(maxBytes, MAX_UPLOAD_BYTES) ? 'upload-size' : undefined;
}

const text = (max = 200) => z.optional(z.string().check(z.maxLength(max)));

/** A file sent with the application: a JPEG, PNG or PDF as a data URL (never saved in the browser's draft). */
const Upload = z.object({
  name: z.string().check(z.maxLength(200)),
  type: z.enum(UPLOAD_TYPES),
  size: z.number().check(z.gte(1), z.lte(MAX_UPLOAD_BYTES)),
  dataUrl: z.string().check(z.maxLength(Math.ceil(MAX_UPLOAD_BYTES * 1.4) + 100), z.regex(/^data:(image\/jpeg|image\/png|application\/pdf);base64,[A-Za-z0-9+/=]+$/)),
});

export const RequestPayload = z.object({
  applicantType: z.enum(['公民', '法人', '其他组织']),
  citizen: z.optional(z.object({
    name: text(50), idType: z.optional(z.enum(ID_TYPES)), idNumber: text(40), phone: text(30),
    address: text(200), postcode: text(10), email: text(100), workplace: text(100),
  })),
  organisation: z.optional(z.object({
    name: text(100), creditCode: text(18), legalRepresentative: text(50), contactName: text(50),
    phone: text(30), email: text(100), address: text(200),
    kind: z.optional(z.enum(ORGANISATION_KINDS)),
  })),
  /** An agent acting for the applicant, with the 委托书 (`authorization`). A missing idType means 居民身份证 (the 2024 contract). */
  agent: z.optional(z.object({ name: text(50), idType: z.optional(z.enum(ID_TYPES)), idNumber: text(40), phone: text(30) })),
  information: z.object({ title: text(300), docNo: text(100), description: text(2000), indexNo: text(100), itemId: text(128) }),
  purpose: text(500),
  provideForm: z.optional(z.enum(PROVIDE_FORMS)),
  delivery: z.optional(z.enum(DELIVERY)),
  privacyConsent: z.optional(z.boolean()),
  /** 身份证明材料. */
  identityProof: z.optional(Upload),
  /** 授权委托书 of an agent. */
  authorization: z.optional(Upload),
});
export type RequestPayload = z.infer<typeof RequestPayload>;

/** A rule broken, at a field path such as `citizen.idNumber`; `warning` problems do not block sending. */
export interface RequestProblem {
  path: string;
  code: string;
  warning?: boolean;
}

const filled = (value: string | undefined): value is string => !!value && value.trim() !== '';

export interface RequestRules {
  /** The office requires documents online (identityUpload.enabled and .required): an agent must then send the 委托书. */
  authorizationRequired?: boolean;
}

/**
 * An ID document number checked by its type: a resident ID (GB 11643) and a 港澳台居民居住证
 * (the same number with region 81/82/83) by their checksums; the 2023 外国人永久居留身份证 (18
 * digits from 9) by its check digit, as a warning; other documents leniently, as a warning.
 */
export function idNumberProblem(idType: string | undefined, value: string, today: Date): { code: string; warning?: boolean } | undefined {
  const type = idType ?? '居民身份证';
  if (type === '居民身份证') {
    const code = checkResidentId(value, today);
    return code ? { code } : undefined;
  }
  if (type === '港澳台居民居住证') {
    const code = checkResidentId(value, today, RESIDENCE_PERMIT_REGIONS);
    return code ? { code } : undefined;
  }
  const id = value.trim().toUpperCase();
  if (type === '外国人永久居留身份证' && /^9\d{16}[\dX]$/.test(id)) return checkDigitOk(id) ? undefined : { code: 'id-other', warning: true };
  return /^[A-Z0-9-]{5,20}$/.test(id) ? undefined : { code: 'id-other', warning: true };
}

export function requestProblems(payload: RequestPayload, today: Date = new Date(), rules: RequestRules = {}): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const need = (path: string, value: string | undefined) => filled(value) || problems.push({ path, code: 'required' });
  const check = (path: string, value: string | undefined, rule: (v: string) => string | undefined, warning = false) => {
    if (!filled(value)) return;
    const code = rule(value);
    if (code) problems.push({ path, code, ...(warning ? { warning } : {}) });
  };
  const idCheck = (path: string, idType: string | undefined, value: string | undefined) => {
    if (!filled(value)) return;
    const problem = idNumberProblem(idType, value, today);
    if (problem) problems.push({ path, ...problem });
  };
  if (payload.applicantType === '公民') {
    const c = payload.citizen ?? {};
    need('citizen.name', c.name);
    need('citizen.idType', c.idType);
    need('citizen.idNumber', c.idNumber);
    need('citizen.phone', c.phone);
    need('citizen.address', c.address);
    // Without a document type the number is only checked leniently (the missing type is the error).
    idCheck('citizen.idNumber', c.idType ?? '其他', c.idNumber);
    check('citizen.phone', c.phone, checkPhone);
    check('citizen.postcode', c.postcode, checkPostcode);
    check('citizen.email', c.email, checkEmail);
  } else {
    const o = payload.organisation ?? {};
    need('organisation.name', o.name);
    need('organisation.creditCode', o.creditCode);
    need('organisation.legalRepresentative', o.legalRepresentative);
    need('organisation.contactName', o.contactName);
    need('organisation.phone', o.phone);
    need('organisation.address', o.address);
    check('organisation.creditCode', o.creditCode, checkCreditCode);
    check('organisation.phone', o.phone, checkPhone);
    check('organisation.email', o.email, checkEmail);
  }
  const agent = payload.agent;
  if (agent && (filled(agent.name) || filled(agent.idNumber) || filled(agent.phone))) {
    need('agent.name', agent.name);
    need('agent.idNumber', agent.idNumber);
    idCheck('agent.idNumber', agent.idType, agent.idNumber);
    check('agent.phone', agent.phone, checkPhone);
    // A missing 委托书 is a 补正 ground; where the office requires documents online, it is asked for up front.
    if (rules.authorizationRequired && !payload.authorization) problems.push({ path: 'authorization', code: 'authorization-required' });
  }
  const info = payload.information;
  // Art. 29: the information must be described: a title, a 文号, or other identifying features.
  if (!filled(info.title) && !filled(info.docNo) && !filled(info.description)) problems.push({ path: 'information.description', code: 'describe' });
  if (!payload.provideForm) problems.push({ path: 'provideForm', code: 'required' });
  if (!payload.delivery) problems.push({ path: 'delivery', code: 'required' });
  if (payload.delivery === '电子邮件') {
    const email = payload.applicantType === '公民' ? payload.citizen?.email : payload.organisation?.email;
    if (!filled(email)) problems.push({ path: payload.applicantType === '公民' ? 'citizen.email' : 'organisation.email', code: 'email-for-delivery' });
  }
  if (payload.privacyConsent !== true) problems.push({ path: 'privacyConsent', code: 'consent' });
  return problems;
}

/** zh-CN wording of problem codes, for the server's 422 answers and the CLI. */
export const REQUEST_PROBLEM_TEXT: Record<string, string> = {
  required: '此项为必填项',
  describe: '请至少填写所需信息的名称、文号或其他特征性描述之一',
  'id-format': '身份证号码应为18位，最后一位可以是 X',
  'id-region': '身份证号码前两位不是有效的省级地区代码',
  'id-date': '身份证号码中的出生日期不对',
  'id-checksum': '身份证号码校验位不对',
  'id-other': '证件号码格式看起来不对，请核对（可继续提交）',
  'uscc-format': '统一社会信用代码应为18位字母或数字',
  'uscc-checksum': '统一社会信用代码校验位不对',
  phone: '请填写手机号码或带区号的固定电话',
  postcode: '邮政编码应为6位数字',
  email: '电子邮箱格式不对',
  'email-for-delivery': '选择电子邮件获取时请填写电子邮箱',
  consent: '请阅读并同意个人信息保护说明',
  'upload-type': '只能上传 JPG、PNG 或 PDF 文件',
  'authorization-required': '由代理人申请的，请上传授权委托书',
  'upload-size': '文件太大，请压缩后重新上传',
};
