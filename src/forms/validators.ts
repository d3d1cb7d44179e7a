/**
 * Validators for Chinese form fields, pure and shared by the browser and the server. Each returns
 * a message key (or undefined when valid) so the element words it in the reader's language.
 */

/** Province-level codes (first two digits of a resident ID), GB/T 2260. */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82]);
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export type IdProblem = 'id-format' | 'id-region' | 'id-date' | 'id-checksum';

/** 港澳台居民居住证: a resident-ID number whose region is Hong Kong, Macao or Taiwan. */
export const RESIDENCE_PERMIT_REGIONS: ReadonlySet<number> = new Set([81, 82, 83]);

/** The MOD 11-2 check digit of an 18-character number (GB 11643, also the 2023 永居证). */
export function checkDigitOk(id: string): boolean {
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** GB 11643-1999: 18-digit resident identity number with region, birth date and check digit. */
export function checkResidentId(value: string, today: Date = new Date(), regions: ReadonlySet<number> = PROVINCES): IdProblem | undefined {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'id-format';
  if (!regions.has(Number(id.slice(0, 2)))) return 'id-region';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > today.getTime()) return 'id-date';
  return checkDigitOk(id) ? undefined : 'id-checksum';
}

/** Masks an ID for display: 4101**********123X. */
export function maskId(value: string): string {
  const id = value.trim();
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : id;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: 18-character unified social credit code with its check character. */
export function checkCreditCode(value: string): 'uscc-format' | 'uscc-checksum' | undefined {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return 'uscc-format';
  const sum = USCC_WEIGHTS.reduce((total, weight, i) => total + weight * USCC_CHARS.indexOf(code[i]!), 0);
  const check = USCC_CHARS[(31 - (sum % 31)) % 31];
  return check === code[17] ? undefined : 'uscc-checksum';
}

export const MOBILE = /^1[3-9]\d{9}$/;
/** 区号-号码, optional extension: 0373-5551009, 010-12345678-801. */
export const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export function checkPhone(value: string, allowLandline = true): 'phone' | undefined {
  const phone = value.replace(/[\s()（）]/g, '');
  return MOBILE.test(phone) || (allowLandline && LANDLINE.test(phone)) ? undefined : 'phone';
}

export function checkMobile(value: string): 'mobile' | undefined {
  return MOBILE.test(value.replace(/\s/g, '')) ? undefined : 'mobile';
}

export function checkPostcode(value: string): 'postcode' | undefined {
  return /^\d{6}$/.test(value.trim()) ? undefined : 'postcode';
}

export function checkEmail(value: string): 'email' | undefined {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : 'email';
}
