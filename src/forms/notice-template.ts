/**
 * A small, safe renderer for the plain-text templates of official notices (告知书): `{{名称}}`
 * placeholders in text that counties edit in their catalogue. It produces paragraphs of plain
 * text, never markup: whatever a template or a value contains (`<script>`, `&lt;`, quotes) is
 * shown as typed by the text bindings that display it. Values are inserted in one pass, so a value
 * that itself looks like `{{申请人}}` stays literal text and cannot pull in other data.
 */

/** `{{ 名称 }}`: a name without spaces or braces, surrounding spaces allowed. */
const PLACEHOLDER = /\{\{\s*([^\s{}]+)\s*\}\}/g;

/** Printed where a value is missing, so the gap can be filled in by hand before signing. */
export const BLANK = '＿＿＿＿';

export interface RenderedText {
  /** Non-empty lines, trimmed: each is one paragraph. */
  paragraphs: string[];
  /** Known placeholders that had no value (printed as blanks). */
  missing: string[];
  /** Placeholders the values do not know (kept literally, so the editor sees the typo). */
  unknown: string[];
}

/** Every placeholder name a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

// Control characters other than tab and newline have no place in a printed document.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g;
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\t/g, ' ');

/**
 * Fills `template`. Each key of `values` is a known placeholder: a string is inserted (newlines
 * in it start new paragraphs), `''` means "nothing here" (a paragraph left empty disappears),
 * `undefined` means "should be there but is not known" and prints a blank.
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | undefined>>): RenderedText {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const text = clean(template).replace(PLACEHOLDER, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return BLANK;
    }
    return clean(value);
  });
  const paragraphs = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return { paragraphs, missing: [...missing], unknown: [...unknown] };
}
