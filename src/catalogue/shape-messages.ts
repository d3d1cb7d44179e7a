/**
 * Turns zod issues into CatalogueErrors with wording an editor can act on. zod/mini ships no
 * messages of its own (that is what keeps it small), so every message is written here.
 */
import type * as z from 'zod/mini';
import { ID_PATTERN, ISO_DATE_PATTERN, SAFE_URL_PATTERN, SCHEMA_VERSION_PATTERN } from './schema.js';
import { type CatalogueError, error, formatPath, quote, type PathSegment } from './problems.js';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'a string'],
  number: ['数字', 'a number'],
  int: ['整数', 'an integer'],
  boolean: ['true 或 false', 'true or false'],
  array: ['列表（数组）', 'a list (array)'],
  object: ['对象', 'an object'],
};

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

/** zod reports a failed regex check as `String(regex)` (`/…/flags`), not as its `.source`. */
const isPattern = (reported: string | undefined, regex: RegExp) => reported === String(regex) || reported === regex.source;

function patternMessage(pattern: string | undefined, input: unknown): [string, string, string] {
  if (isPattern(pattern, SAFE_URL_PATTERN)) {
    return [
      'unsafe-url',
      `链接 ${quote(input)} 不被接受：只允许 http(s)、mailto:、tel: 或站内相对地址`,
      `link ${quote(input)} is not accepted: only http(s), mailto:, tel: or relative URLs are allowed`,
    ];
  }
  if (isPattern(pattern, ISO_DATE_PATTERN)) {
    return [
      'invalid-date',
      `日期 ${quote(input)} 格式不对，应为 YYYY-MM-DD 或 YYYY-MM-DDThh:mm:ss+08:00`,
      `date ${quote(input)} is not ISO 8601 (YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+08:00)`,
    ];
  }
  if (isPattern(pattern, SCHEMA_VERSION_PATTERN)) {
    return ['invalid-version', `版本号 ${quote(input)} 格式不对，应为 1.x`, `version ${quote(input)} should look like 1.x`];
  }
  if (isPattern(pattern, ID_PATTERN)) {
    return [
      'invalid-format',
      `编号 ${quote(input)} 格式不对：只能用字母、数字和 _ . : -，不能有空格`,
      `id ${quote(input)} has the wrong format: use letters, digits and _ . : - only, no spaces`,
    ];
  }
  return ['invalid-format', `取值 ${quote(input)} 格式不对`, `value ${quote(input)} has the wrong format`];
}

export function issueToError(issue: Issue): CatalogueError {
  const path = formatPath(issue.path as PathSegment[]);
  const input = issue.input;
  // JSON has no undefined, so an undefined input is a missing field: zod reports a missing enum
  // field as invalid_value and a missing union field as invalid_union, not as invalid_type.
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return error('schema', path, 'required', '缺少必填项', 'required field is missing');
  }
  switch (issue.code) {
    case 'invalid_type': {
      const [zh, en] = typeName(issue.expected);
      return error('schema', path, 'invalid-type', `应为${zh}，实际是 ${quote(input)}`, `expected ${en}, got ${quote(input)}`);
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join('、');
      return error(
        'schema', path, 'invalid-enum',
        `取值 ${quote(input)} 无效，可选值：${allowed}`,
        `${quote(input)} is not allowed; use one of: ${issue.values.map(String).join(', ')}`,
      );
    }
    case 'too_big':
      if (issue.origin === 'string') {
        return error('schema', path, 'too-long', `文字过长（最多 ${issue.maximum} 个字符）`, `text too long (at most ${issue.maximum} characters)`);
      }
      return error('schema', path, 'too-big', `数值过大（最大 ${issue.maximum}）`, `value too large (at most ${issue.maximum})`);
    case 'too_small':
      if (issue.origin === 'array') {
        return error('schema', path, 'empty-list', `至少需要 ${issue.minimum} 项`, `needs at least ${issue.minimum} entries`);
      }
      if (issue.origin === 'string') return error('schema', path, 'empty', '不能为空', 'must not be empty');
      return error('schema', path, 'too-small', `数值过小（最小 ${issue.minimum}）`, `value too small (at least ${issue.minimum})`);
    case 'invalid_format': {
      const [code, zh, en] = patternMessage((issue as { pattern?: string }).pattern, input);
      return error('schema', path, code, zh, en);
    }
    case 'invalid_union':
      return error('schema', path, 'invalid-type', `取值 ${quote(input)} 类型不对`, `${quote(input)} has the wrong type`);
    default:
      return error('schema', path, 'invalid', `取值 ${quote(input)} 无效`, `${quote(input)} is not valid`);
  }
}
