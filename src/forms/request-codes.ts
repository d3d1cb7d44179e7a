/**
 * The code lists of an information-disclosure request (证件类型, 提供形式, 获取方式, 机构类别), apart
 * from the payload schema (request-schema.ts, zod) so that pages which only show them, like the
 * staff desk, do not carry the schema.
 */
export const ID_TYPES = ['居民身份证', '港澳居民来往内地通行证', '台湾居民来往大陆通行证', '港澳台居民居住证', '外国人永久居留身份证', '护照', '其他'] as const;
export const PROVIDE_FORMS = ['纸质', '电子'] as const;
/** 获取方式. 在线查看: the reply and the information are read through the status lookup (code + phone). */
export const DELIVERY = ['邮寄', '电子邮件', '自行领取', '现场查阅', '在线查看'] as const;
/** The ways of getting each 提供形式, for a configuration that lists only the forms (纸质, 电子). */
export const DELIVERY_FOR_FORM: Readonly<Record<(typeof PROVIDE_FORMS)[number], readonly (typeof DELIVERY)[number][]>> = {
  纸质: ['邮寄', '自行领取', '现场查阅'],
  电子: ['电子邮件', '在线查看'],
};
/** 法人或其他组织 by kind: the columns of the annual report's table 三 (国办公开办函〔2021〕30号). */
export const ORGANISATION_KINDS = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

