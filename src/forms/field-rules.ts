/**
 * The check every catalogue-defined form field (FieldDef) gets, in the browser and on the server
 * alike: required, mobile or landline, e-mail, resident ID, a whole number within the field's
 * bounds, one of the field's options, a length ceiling. Pure: returns a message key, and
 * `fieldProblemText` words it in zh-CN or en.
 */
import type { FieldDef } from '../catalogue/schema.js';
import { defineMessages, translate, type Locale } from '../core/i18n.js';
import { checkEmail, checkMobile, checkPhone, checkResidentId, type IdProblem } from './validators.js';

export type FieldProblem = 'required' | 'choose' | 'tick' | 'mobile' | 'phone' | 'email' | IdProblem | 'number' | 'number-range' | 'option' | 'too-long';

/** Longest accepted answer: a textarea, or any other field. */
export const TEXTAREA_MAX_LENGTH = 2000;
export const TEXT_MAX_LENGTH = 200;
/** Bounds of a `number` field without its own `min`/`max`. */
export const NUMBER_MIN = 0;
export const NUMBER_MAX = 999;

const maxLength = (def: FieldDef) => (def.type === 'textarea' ? TEXTAREA_MAX_LENGTH : TEXT_MAX_LENGTH);

export function fieldProblem(def: FieldDef, value: string, today: Date = new Date()): FieldProblem | undefined {
  const text = value.trim();
  // A citizen reading the error summary must know which field a message is about: the messages name it.
  if (!text) return def.required ? (def.type === 'checkbox' ? 'tick' : def.type === 'select' || def.type === 'idType' ? 'choose' : 'required') : undefined;
  if (text.length > maxLength(def)) return 'too-long';
  switch (def.type) {
    case 'phone':
      return def.key === 'phone' ? checkMobile(text) : checkPhone(text);
    case 'email':
      return checkEmail(text);
    case 'idNumber':
      return checkResidentId(text, today);
    case 'number': {
      if (!/^-?\d+$/.test(text)) return 'number';
      const n = Number(text);
      return n < (def.min ?? NUMBER_MIN) || n > (def.max ?? NUMBER_MAX) ? 'number-range' : undefined;
    }
    case 'checkbox':
      return text === 'yes' ? undefined : 'option';
    case 'select':
    case 'idType':
      return def.options?.length && !def.options.includes(text) ? 'option' : undefined;
    default:
      return undefined;
  }
}

export const formMessages = defineMessages({
  'zh-CN': {
    required: (label: string) => `请填写${label}`,
    choose: (label: string) => `请选择${label}`,
    tick: (label: string) => `请勾选“${label}”`,
    mobile: '请填写11位手机号码，如 13800138000',
    phone: '请填写手机号码或带区号的固定电话，如 0373-5551009',
    email: '电子邮箱格式不对，如 name@example.com',
    'id-format': '身份证号码应为18位，最后一位可以是 X',
    'id-region': '身份证号码前两位不是有效的省级地区代码',
    'id-date': '身份证号码中的出生日期不对',
    'id-checksum': '身份证号码校验位不对，请核对后重新填写',
    number: (label: string) => `${label}只能填写数字，如 2`,
    'number-range': (label: string, min: number, max: number) => `${label}请填写 ${min} 到 ${max} 之间的数字`,
    option: (label: string) => `请从列出的选项中选择${label}`,
    'too-long': (label: string, max: number) => `${label}太长，最多 ${max} 个字`,
    summaryTitle: '请修改以下问题后再提交',
    optional: '（选填）',
    select: '请选择',
    errorPrefix: '错误：',
    chooseFile: '选择文件',
    noFileChosen: '未选择文件',
    fileChosen: (name: string) => `已选择：${name}`,
  },
  en: {
    required: (label: string) => `Enter ${label}`,
    choose: (label: string) => `Choose ${label}`,
    tick: (label: string) => `Tick “${label}” to continue`,
    mobile: 'Enter an 11-digit mobile number, like 13800138000',
    phone: 'Enter a mobile number or a landline with area code, like 0373-5551009',
    email: 'Enter an e-mail address like name@example.com',
    'id-format': 'An ID number has 18 characters; the last may be X',
    'id-region': 'The first two digits are not a valid province code',
    'id-date': 'The date of birth in the ID number is not valid',
    'id-checksum': 'The check digit of the ID number is wrong; please check it',
    number: (label: string) => `${label}: enter digits only, like 2`,
    'number-range': (label: string, min: number, max: number) => `${label}: enter a number from ${min} to ${max}`,
    option: (label: string) => `Choose ${label} from the options listed`,
    'too-long': (label: string, max: number) => `${label}: too long, at most ${max} characters`,
    summaryTitle: 'There is a problem',
    optional: ' (optional)',
    select: 'Choose',
    errorPrefix: 'Error: ',
    chooseFile: 'Choose file',
    noFileChosen: 'No file chosen',
    fileChosen: (name: string) => `Chosen: ${name}`,
  },
});

/** The message for a field's problem, in the reader's language. */
export function fieldProblemText(def: FieldDef, problem: FieldProblem, locale: Locale): string {
  switch (problem) {
    case 'required':
    case 'choose':
    case 'tick':
    case 'option':
    case 'number':
      return translate(formMessages, locale, problem, def.label);
    case 'number-range':
      return translate(formMessages, locale, problem, def.label, def.min ?? NUMBER_MIN, def.max ?? NUMBER_MAX);
    case 'too-long':
      return translate(formMessages, locale, problem, def.label, maxLength(def));
    default:
      return translate(formMessages, locale, problem);
  }
}
