/** Command-line option parsing shared by the subcommands: node:util parseArgs with bilingual errors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
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

/** `--date`: a YYYY-MM-DD day, or today in Beijing time (UTC+8) when absent. */
export function parseDateOption(value: string | undefined): string {
  if (value === undefined) return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--date 应为 YYYY-MM-DD，不能是 “${value}”`, `--date must be YYYY-MM-DD, not "${value}"`);
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
