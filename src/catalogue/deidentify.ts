/**
 * De-identification (去标识化) of personal data in published lists — 低保、特困、补贴 recipients and
 * the like — as 国办发〔2019〕54号's companion rules require: "除惩戒公示、强制性信息披露外，对于其他
 * 涉及个人隐私的政府信息，公开时要去标识化处理". Pure, shared by the elements, the server and the CLI.
 *
 * The rules, per kind of personal data:
 * - name: 张*明, 两字名 张*, compound surname 欧阳*明 / 欧阳*, 阿依古丽·买买提 → 阿***·**提;
 * - ID number: 410***********1234 (18 digits), 410********1234 (15 digits), others first 3 + last 4;
 * - phone: 138****5678, landline 0373-***2101 (area code and last four kept);
 * - bank card: 6222***********1234;
 * - address: cut after the village / 小区 (or the street, or the township) level: 关堤乡刘庄村***;
 * - other: hidden entirely.
 * A column marked `public` is shown as is. Every other cell also passes a safety net that masks any
 * run of 15 or more digits however it is written — full-width digits, spaces, dashes or invisible
 * characters inside — so no full ID number leaves a record unless its column is marked public.
 */
import type { CatalogueItem, FieldDef, ItemRecords } from './schema.js';
import type { PersonalDataKind } from './code-values.js';
import { warning, type CatalogueWarning } from './problems.js';

const STAR = '*';
const stars = (n: number) => STAR.repeat(Math.max(0, n));

// ── numbers written in any style ─────────────────────────────────────────────────────────────

/** A digit as written (kept for display when its value is unknown) and its ASCII value. */
interface NumberRun {
  /** UTF-16 offsets of the run in the text, separators inside included. */
  readonly start: number;
  readonly end: number;
  /** The digits, as ASCII where the value is known (full-width, circled, mathematical digits all are), then a final X if any. */
  readonly digits: string;
}

/** Spaces, dashes and dots people put inside long numbers; at most this many between two digits. */
const SEPARATOR = /^[\s\u00a0\u3000\-‐‑‒–—―－_.．·・/／]$/u;
const MAX_SEPARATORS = 3;
/** Invisible characters (zero-width space, joiners, soft hyphen, BOM): ignored wherever they are. */
const INVISIBLE = /^\p{Cf}$/u;
const ANY_DIGIT = /^\p{Nd}$/u;

function digitOf(ch: string): string | undefined {
  const folded = ch.normalize('NFKC');
  if (/^[0-9]$/.test(folded)) return folded;
  return ANY_DIGIT.test(ch) ? ch : undefined;
}
const isCheckX = (ch: string) => /^[xX]$/.test(ch.normalize('NFKC'));

/**
 * Every run of digits in `text`, reading through separators and invisible characters, so that
 * `４１０１０２ 1990-0307-123X` is one run of 18.
 */
export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  let start = -1;
  let end = -1;
  let digits = '';
  let gap = 0;
  const close = () => {
    if (start >= 0) runs.push({ start, end, digits });
    start = -1;
    digits = '';
    gap = 0;
  };
  let index = 0;
  for (const ch of text) {
    const at = index;
    index += ch.length;
    const digit = digitOf(ch);
    if (digit !== undefined) {
      if (start >= 0 && gap > MAX_SEPARATORS) close();
      if (start < 0) start = at;
      digits += digit;
      end = index;
      gap = 0;
    } else if (start >= 0 && isCheckX(ch) && (gap === 0 || digits.length === 17 || digits.length === 14)) {
      // The check character closes an ID number: 17 or 14 digits, then X.
      digits += 'X';
      end = index;
      close();
    } else if (start >= 0 && INVISIBLE.test(ch)) {
      // counts as nothing
    } else if (start >= 0 && SEPARATOR.test(ch)) {
      gap++;
    } else {
      close();
    }
  }
  close();
  return runs;
}

/** Keeps the first `head` and last `tail` characters of a code-point array, stars in between. */
function keepEnds(chars: readonly string[], head: number, tail: number): string {
  if (chars.length <= head + tail) return stars(chars.length);
  return chars.slice(0, head).join('') + stars(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

/** 15 digits and up: an ID number (or a longer number holding one, such as a 残疾证号) or a bank card. */
function maskLongNumber(digits: string): string {
  const chars = [...digits];
  const n = chars.length;
  const idLike = digits.endsWith('X') || n === 15 || n === 18 || n >= 20;
  return idLike ? keepEnds(chars, 3, 4) : keepEnds(chars, 4, 4);
}

const isMobile = (digits: string) => /^1[3-9]\d{9}$/.test(digits);

const isPhoneNumber = (digits: string) => isMobile(digits) || /^861[3-9]\d{9}$/.test(digits) || /^0\d{9,11}$/.test(digits);

/** A phone number's digits: mobile 138****5678 (an 86 prefix kept); a landline keeps its area code and last four. */
function maskPhoneDigits(digits: string): string {
  const chars = [...digits];
  if (isMobile(digits)) return keepEnds(chars, 3, 4);
  if (/^861[3-9]\d{9}$/.test(digits)) return `86${keepEnds(chars.slice(2), 3, 4)}`;
  if (/^0\d{9,11}$/.test(digits)) {
    const area = /^0[12]/.test(digits) ? 3 : 4;
    return `${digits.slice(0, area)}-${keepEnds(chars.slice(area), 0, 4)}`;
  }
  return keepEnds(chars, 0, 4);
}

/** What the safety net masks besides long numbers: nothing, or also phone numbers (in lists of persons). */
export interface NetOptions {
  readonly phones: boolean;
}

/** Replaces each run that `mask` returns a string for; the text around the runs stays as written. */
function replaceRuns(text: string, mask: (digits: string) => string | undefined): string {
  let out = '';
  let last = 0;
  for (const run of findNumberRuns(text)) {
    const masked = mask(run.digits);
    if (masked === undefined) continue;
    out += text.slice(last, run.start) + masked;
    last = run.end;
  }
  return out + text.slice(last);
}

const digitCount = (digits: string) => [...digits].length;

/**
 * The safety net: masks every run of 15 or more digits (ID numbers, bank cards, 残疾证号) and, with
 * `phones`, mobile numbers and landlines with an area code. Everything else is left as written.
 */
export function maskEmbeddedNumbers(text: string, options: NetOptions = { phones: true }): string {
  return replaceRuns(text, (digits) => {
    if (digitCount(digits) >= 15) return maskLongNumber(digits);
    return options.phones && isPhoneNumber(digits) ? maskPhoneDigits(digits) : undefined;
  });
}

/** Unmasked ID-like numbers (15, 18 or 17+X digits, however written) left in `text`; for guards and tests. */
export function findIdNumbers(text: string): string[] {
  return findNumberRuns(text)
    .map((run) => run.digits)
    .filter((digits) => digitCount(digits) === 15 || digitCount(digits) === 18 || /^\d{17}X$/.test(digits));
}

// ── the kinds ────────────────────────────────────────────────────────────────────────────────

/** 复姓: two-character surnames, kept whole so that 欧阳明明 reads 欧阳*明, not 欧**明. */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '司空', '夏侯',
  '轩辕', '令狐', '钟离', '闻人', '独孤', '南宫', '西门', '端木', '澹台', '公冶', '宗政', '濮阳', '太叔', '申屠',
  '公羊', '淳于', '单于', '仲孙', '赫连', '呼延', '万俟', '百里', '东郭', '南门', '拓跋', '第五', '梁丘', '左丘',
  '羊舌', '微生', '公西', '漆雕', '乐正', '壤驷', '公良', '段干', '司寇', '巫马', '谷梁', '亓官', '鲜于', '闾丘',
  '子车', '颛孙', '纳兰',
]);

/**
 * First characters of compound surnames that are also common single surnames: a three-character
 * 梁丘明 is more likely 梁 + 丘明, and masking it as 梁*明 reveals less than 梁丘* would if wrong.
 */
const COMMON_SINGLE = new Set([...'梁夏钟段谷左万单申宗乐闻鲜仲淳濮巫闾']);

/** One person's name: keeps the surname and, for names of three or more characters, the last character. */
function maskOneName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return stars(chars.length);
  // 阿依古丽·买买提: first and last character kept, the dot kept, every other letter masked.
  if (chars.some((c) => /[·•・.．]/.test(c))) {
    return chars.map((c, i) => (i === 0 || i === chars.length - 1 || /[·•・.．]/.test(c) ? c : STAR)).join('');
  }
  if (/^[A-Za-z]/.test(name)) return chars[0] + stars(chars.length - 1);
  const compound = COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) && (chars.length >= 4 || !COMMON_SINGLE.has(chars[0]!));
  const surname = chars.length >= 3 && compound ? 2 : 1;
  const given = chars.length - surname;
  if (given <= 1) return chars.slice(0, surname).join('') + stars(given);
  return chars.slice(0, surname).join('') + stars(given - 1) + chars[chars.length - 1];
}

/**
 * Masks the names in a cell: 张三、李四 → 张*、李*; notes in brackets stay (张三（户主） → 张*（户主）);
 * a two-character name padded to line up with longer ones (张  三) is read as one name; digits are
 * left to the safety net.
 */
export function maskName(value: string): string {
  const joined = value
    .split(/([、，,;；/\n]+)/u)
    .map((piece) => (/^\s*\p{Script=Han}[\s\u3000]+\p{Script=Han}\s*$/u.test(piece) ? piece.replace(/[\s\u3000]+/gu, '') : piece))
    .join('');
  // Stars belong to the word, so that a name masked before (张*明) comes out the same.
  return joined.replace(/[\p{L}·•・*＊]+/gu, (word, offset: number, whole: string) => {
    // A bracketed note such as （户主） or (之妻) is not a name.
    const before = whole.slice(0, offset);
    const opened = (before.match(/[（(【[]/g) ?? []).length - (before.match(/[）)】\]]/g) ?? []).length;
    return opened > 0 ? word : maskOneName(word);
  });
}

/**
 * An ID number or another certificate number: 410***********1234, a passport's E123*5678
 * (first 3 and last 4 digits of each number kept; a letter prefix stays). Runs of five to seven
 * digits are hidden; up to four are kept, as they show no more than a masked number does (and so
 * a number masked before comes out the same).
 */
export function maskIdNumber(value: string): string {
  return replaceRuns(value, (digits) => {
    const n = digitCount(digits);
    return n >= 8 ? keepEnds([...digits], 3, 4) : n > 4 ? stars(n) : undefined;
  });
}

/** A phone number: 138****5678, 0373-***2101; numbers of up to six digits (12345, 110) are not personal and stay. */
export function maskPhone(value: string): string {
  return replaceRuns(value, (digits) => (digitCount(digits) >= 7 ? maskPhoneDigits(digits) : undefined));
}

/** A bank card or account number: first 4 and last 4 digits kept; the bank's name stays. */
export function maskBankCard(value: string): string {
  return replaceRuns(value, (digits) => {
    const n = digitCount(digits);
    return n < 6 ? undefined : n >= 12 ? keepEnds([...digits], 4, 4) : keepEnds([...digits], 0, 4);
  });
}

/** Where an address may be cut, most precise first: village or 小区, then street, then township. */
const ADDRESS_LEVELS = [
  /(村民委员会|居民委员会|村委会|居委会|社区|小区|家属院|花园|公寓|新村|大院|村)/u,
  /(大道|大街|胡同|街|路|巷|弄)/u,
  /(街道|乡|镇)/u,
];

/** An address down to the village / 小区 level: 示例县关堤乡刘庄村3组45号 → 示例县关堤乡刘庄村***. */
export function maskAddress(value: string): string {
  const text = value.trim();
  for (const level of ADDRESS_LEVELS) {
    const match = level.exec(text);
    if (match) {
      const cut = match.index + match[0].length;
      return cut < text.length ? `${text.slice(0, cut)}***` : text;
    }
  }
  // No level word: keep a short prefix without any digits.
  const chars = [...text];
  return chars.length <= 4 ? stars(chars.length) : `${chars.slice(0, 4).join('').replace(/\p{Nd}/gu, STAR)}***`;
}

const KIND_RULES: Readonly<Record<PersonalDataKind, (value: string) => string>> = {
  name: maskName,
  idNumber: maskIdNumber,
  phone: maskPhone,
  bankCard: maskBankCard,
  address: maskAddress,
  other: (value) => (value.trim() ? '***' : ''),
};

/** The text of a record cell: numbers and booleans as written, lists joined with 、, nothing for null. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join('、');
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map(cellText).filter(Boolean).join(' ');
  return '';
}

/**
 * One cell for publication. `kind` picks the rule; the safety net runs on every result (it also
 * catches an ID number typed into a 备注 column); `phones` extends the net to phone numbers.
 */
export function deidentifyCell(value: unknown, kind: PersonalDataKind | undefined, phones = true): string {
  const text = cellText(value);
  const masked = kind ? KIND_RULES[kind](text) : text;
  return maskEmbeddedNumbers(masked, { phones });
}

// ── record lists ─────────────────────────────────────────────────────────────────────────────

const ID_LABEL = /身份证|身份号码|证件号|证件编号|残疾证|户口簿号/;
const BANK_LABEL = /银行|卡号|账号|帐号|存折|社保卡/;
const PHONE_LABEL = /电话|手机|联系方式/;
const NAME_LABEL = /姓名|户主|申请人|户名|开户人|监护人|联系人|家庭成员|收款人|领取人|救助对象|供养对象|补贴对象|对象姓名|受助人/;
const ADDRESS_LABEL = /住址|地址|居住地|户籍地|现居|家庭住/;
const NAME_KEY = /^(xm|hzxm|hz|applicant|householder|personName|fullName)$/i;
const ID_KEY = /^(sfz|sfzh|sfzhm|zjhm|idNo|idNumber|idCard|identityNumber)$/i;

/** The kind a column holds, from its explicit marker, its type, then its label and key. */
function columnKind(field: FieldDef, personList: boolean): PersonalDataKind | undefined {
  if (field.personal) return field.personal;
  if (field.type === 'idNumber' || ID_LABEL.test(field.label) || ID_KEY.test(field.key)) return 'idNumber';
  if (BANK_LABEL.test(field.label)) return 'bankCard';
  // 联系人电话 is a phone, not a name; a phone or address is personal only in a list of persons.
  if (field.type === 'phone' || PHONE_LABEL.test(field.label)) return personList ? 'phone' : undefined;
  const namedThing = /名称/.test(field.label); // 学校名称 is not a person's name
  if (!namedThing && (NAME_LABEL.test(field.label) || NAME_KEY.test(field.key))) return 'name';
  if (!personList) return undefined;
  if (!namedThing && field.key === 'name') return 'name';
  if (ADDRESS_LABEL.test(field.label)) return 'address';
  return undefined;
}

export interface RecordColumn {
  readonly key: string;
  readonly label: string;
  /** Published as is (the column was marked `public`). */
  readonly public: boolean;
  /** The personal data the column was found to hold, which picked its rule; none for other columns. */
  readonly kind?: PersonalDataKind;
}

export interface DeidentifiedRecords {
  readonly columns: readonly RecordColumn[];
  /** One string per column, in column order, ready to show. */
  readonly rows: readonly (readonly string[])[];
  /** Whether the list is about persons (a column holds names or ID numbers): then phone numbers anywhere are masked too. */
  readonly personList: boolean;
}

/**
 * The columns of a record list with the rule each gets. A list is about persons when a column
 * holds names or ID numbers; only then are phones and addresses treated as personal, so a school
 * directory keeps its 办公电话 and 学校地址.
 */
export function recordColumns(schema: readonly FieldDef[]): { columns: RecordColumn[]; personList: boolean } {
  const personList = schema.some((f) => !f.public && ['name', 'idNumber'].includes(columnKind(f, false) ?? ''));
  const columns = schema.map((field): RecordColumn => {
    if (field.public) return { key: field.key, label: field.label, public: true };
    const kind = columnKind(field, personList);
    return kind ? { key: field.key, label: field.label, public: false, kind } : { key: field.key, label: field.label, public: false };
  });
  return { columns, personList };
}

/** A record list ready for publication: every non-public cell de-identified by its column's rule and the safety net. */
export function deidentifyRecords(records: Pick<ItemRecords, 'schema' | 'rows'>): DeidentifiedRecords {
  const { columns, personList } = recordColumns(records.schema);
  const rows = records.rows.map((row) =>
    columns.map((column) => (column.public ? cellText(row[column.key]) : deidentifyCell(row[column.key], column.kind, personList))),
  );
  return { columns, rows, personList };
}

/**
 * A copy of a catalogue fit to serve to the public: every item's record rows reduced to their
 * columns, each non-public cell replaced by its de-identified text, and the item marked
 * `privacy: "deidentified"`. Keys a row has beyond its columns are dropped (nothing shows them,
 * so nothing should send them). The input is not changed; running it twice changes nothing more.
 */
export function deidentifyCatalogue<T extends { items: readonly CatalogueItem[] }>(catalogue: T): T {
  const items = catalogue.items.map((item) => {
    if (!item.records) return item;
    const { columns, personList } = recordColumns(item.records.schema);
    const rows = item.records.rows.map((row) =>
      Object.fromEntries(columns.filter((c) => c.key in row).map((c) => [c.key, c.public ? row[c.key] : deidentifyCell(row[c.key], c.kind, personList)])),
    );
    return { ...item, privacy: 'deidentified' as const, records: { ...item.records, rows } };
  });
  return { ...catalogue, items };
}

export interface PersonalDataLeft {
  /** Index of the item in `items`, for the JSON path. */
  readonly itemIndex: number;
  readonly itemId: string;
  /** Cells that de-identification would change: personal data as stored. */
  readonly cells: number;
  /** Labels of the columns those cells are in. */
  readonly columns: readonly string[];
  /** Row keys beyond the columns (nothing shows them, yet a published file would carry them). */
  readonly strayKeys: number;
}

/**
 * What in a catalogue is not yet fit to publish: per item, the record cells `deidentifyCatalogue`
 * would mask and the row keys it would drop. Empty for a de-identified copy. For `zwgk validate`
 * and `zwgk deidentify --check`, so a county finds out before the file goes on the public site.
 */
export function personalDataLeft(catalogue: { readonly items: readonly CatalogueItem[] }): PersonalDataLeft[] {
  const found: PersonalDataLeft[] = [];
  catalogue.items.forEach((item, itemIndex) => {
    if (!item.records) return;
    const { columns, personList } = recordColumns(item.records.schema);
    const keys = new Set(columns.map((c) => c.key));
    let cells = 0;
    let strayKeys = 0;
    const labels = new Set<string>();
    for (const row of item.records.rows) {
      strayKeys += Object.keys(row).filter((key) => !keys.has(key)).length;
      for (const column of columns) {
        if (column.public || !(column.key in row)) continue;
        if (deidentifyCell(row[column.key], column.kind, personList) !== cellText(row[column.key])) {
          cells++;
          labels.add(column.label);
        }
      }
    }
    if (cells || strayKeys) found.push({ itemIndex, itemId: item.id, cells, columns: [...labels], strayKeys });
  });
  return found;
}

/** `personalDataLeft` as warnings an editor reads: where, how many cells, which columns, and what to run. */
export function privacyWarnings(catalogue: { readonly items: readonly CatalogueItem[] }): CatalogueWarning[] {
  return personalDataLeft(catalogue).map((left) => {
    const zhParts = [left.cells ? `${left.cells} 个单元格含未去标识化的个人信息（${left.columns.join('、')}）` : '', left.strayKeys ? `${left.strayKeys} 个列定义以外的字段` : ''].filter(Boolean).join('，');
    const enParts = [left.cells ? `${left.cells} cells hold personal data not de-identified (${left.columns.join(', ')})` : '', left.strayKeys ? `${left.strayKeys} keys beyond the columns` : ''].filter(Boolean).join(', ');
    return warning('privacy', `items[${left.itemIndex}].records.rows`, 'personal-data',
      `公示名单有 ${zhParts}；页面会遮盖显示，但目录文件会被浏览器完整下载，发布到公开网站前请先运行 zwgk deidentify`,
      `the list has ${enParts}; the elements mask them on the page, but browsers download the whole file: run zwgk deidentify before publishing it`);
  });
}
