/** Command-line option parsing shared by the subcommands: node:util parseArgs with bilingual errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { chinaDay, chinaDayOf, isoOfChinaDay } from '../catalogue/dates.js';
import type { Locale } from '../catalogue/problems.js';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new UsageError(`参数有误：${detail}`, `invalid arguments: ${detail}`);
  }
}

/** `--lang`: zh-CN (default; zh and zh-cn also accepted) or en. */
export function parseLocale(value: string | undefined): Locale {
  if (value === undefined) return 'zh-CN';
  const lower = value.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-hans') return 'zh-CN';
  throw new UsageError(`--lang 只能是 zh-CN 或 en，不能是 “${value}”`, `--lang must be zh-CN or en, not "${value}"`);
}

/** A real day of the calendar written YYYY-MM-DD: 2026-02-28 yes, 2026-02-30 and 2026-13-45 no. Pure. */
export function isCalendarDate(text: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? chinaDay(text) : undefined;
  // Date.UTC rolls 02-30 over into March: a real day reads back as itself.
  return day !== undefined && isoOfChinaDay(day) === text;
}

/**
 * `--date`, the one rule of every command: a real YYYY-MM-DD day, or today in Beijing time (UTC+8)
 * when absent. Commands parse it before reading any file, so a mistyped date is one usage error
 * (exit 2) and never a catalogue written with an impossible date.
 */
export function parseDateOption(value: string | undefined): string {
  if (value === undefined) return isoOfChinaDay(chinaDayOf(new Date()));
  if (!isCalendarDate(value)) {
    const shape = /^\d{4}-\d{2}-\d{2}$/.test(value);
    throw new UsageError(
      shape ? `--date “${value}” 不是真实的日期（没有这一天），请写成 YYYY-MM-DD，如 2026-11-22` : `--date 应为 YYYY-MM-DD 格式的日期，如 2026-11-22，不能是 “${value}”`,
      shape ? `--date "${value}" is not a real day; write YYYY-MM-DD, e.g. 2026-11-22` : `--date must be a YYYY-MM-DD day, e.g. 2026-11-22, not "${value}"`,
    );
  }
  return value;
}

const ATTRIBUTE = /^([a-z][a-z0-9-]*)(?:=(.*))?$/s;

/** `--attr name=value` pairs; event handlers and `style` are refused (they would not pass a strict CSP). */
export function parseAttributes(pairs: readonly string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of pairs) {
    const match = ATTRIBUTE.exec(pair);
    if (!match || /^on/.test(match[1]!) || match[1] === 'style') {
      throw new UsageError(`--attr 应写成 名称=值（如 heading-level=2），不能是 “${pair}”`, `--attr must be name=value (e.g. heading-level=2), not "${pair}"`);
    }
    attributes[match[1]!] = match[2] ?? '';
  }
  return attributes;
}
