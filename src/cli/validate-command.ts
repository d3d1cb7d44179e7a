/** `zwgk validate <file-or-url>`: checks a catalogue and prints every problem with its JSON path. */
import { describeProblem, type Locale } from '../catalogue/problems.js';
import type { LoadResult } from '../catalogue/validate.js';
import { parseCommandArgs, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';
import { type FileReport, readChunked } from './chunked-source.js';

/** Shows control characters (a newline inside a quoted bad value) so each problem stays on one line. */
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const oneLine = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The human-readable report: errors, then warnings, then one summary line. Pure. */
export function formatValidation(result: LoadResult, locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  if (!result.ok) for (const problem of result.errors) lines.push(oneLine(describeProblem(problem, locale)));
  for (const problem of result.warnings) lines.push(`${zh ? '警告' : 'warning'} ${oneLine(describeProblem(problem, locale))}`);
  const warnings = result.warnings.length;
  if (result.ok) {
    const { catalogue } = result;
    const items = catalogue.items.length;
    const title = oneLine(catalogue.title);
    lines.push(
      zh
        ? `✓ 目录有效：${title}，${items} 个公开事项，${warnings} 条警告`
        : `✓ valid catalogue: ${title}, ${items} item${items === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
    );
  } else {
    const errors = result.errors.length;
    const more = result.warnings.some((w) => w.code === 'more-errors');
    lines.push(
      zh
        ? `✗ 发现 ${errors}${more ? '+' : ''} 处错误${warnings ? `，${warnings} 条警告` : ''}`
        : `✗ found ${errors}${more ? '+' : ''} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}`,
    );
  }
  return lines;
}

/** The files of a chunked catalogue after its index: each file's problems, then one summary line. Pure. */
export function formatChunkedFiles(files: readonly FileReport[], locale: Locale, items?: number): string[] {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  for (const { file, errors, warnings } of files) {
    for (const problem of errors) lines.push(oneLine(`${file} ${describeProblem(problem, locale)}`));
    for (const problem of warnings) lines.push(oneLine(`${zh ? '警告' : 'warning'} ${file} ${describeProblem(problem, locale)}`));
  }
  const bad = files.filter((f) => f.errors.length).length;
  lines.push(bad
    ? (zh ? `✗ 分块目录的 ${files.length} 个文件中有 ${bad} 个有错误` : `✗ ${bad} of the chunked catalogue's ${files.length} files have errors`)
    : zh ? `✓ 分块目录的 ${files.length} 个文件均有效${items === undefined ? '' : `，共 ${items} 个公开事项`}`
      : `✓ all ${files.length} files of the chunked catalogue are valid${items === undefined ? '' : `: ${items} item${items === 1 ? '' : 's'} in all`}`);
  return lines;
}

/** The `--json` report: the LoadResult without the catalogue itself, and each file of a chunked catalogue. */
export function validationJson(result: LoadResult, files?: readonly FileReport[]): string {
  const { warnings } = result;
  const ok = result.ok && (files ?? []).every((f) => !f.errors.length);
  return JSON.stringify({ ok, errors: result.ok ? [] : result.errors, warnings, ...(files ? { files } : {}) }, null, 2);
}

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate <file-or-url|-> [--lang zh-CN|en] [--json]',
  summary: { zh: '检查目录文件，列出每处错误及其位置', en: 'check a catalogue file and list every problem with its JSON path' },
  details: [
    '  <file-or-url>   本地文件、http(s) 地址（15 秒超时），或 - 表示标准输入',
    '                  a local file, an http(s) URL (15 s timeout), or - for standard input',
    '  --lang <zh-CN|en>  提示语言，默认中文 / message language, Chinese by default',
    '  --json          以 JSON 输出错误和警告 / print errors and warnings as JSON',
    '',
    '  分块目录（zwgk split 写的 index.json）连同它列出的每个文件一起检查。',
    '  A chunked catalogue (the index.json zwgk split writes) is checked with every file it lists.',
    '',
    '  退出码 / exit code: 0 有效 valid, 1 无效 invalid, 2 用法错误 usage error',
    '',
    '  zwgk validate demo/data/shixian.json',
    '  zwgk validate https://www.example.gov.cn/zwgk/catalogue.json --lang en',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      lang: { type: 'string' },
      json: { type: 'boolean' },
    });
    const locale = parseLocale(values.lang);
    if (positionals.length !== 1) {
      throw positionals.length === 0
        ? new UsageError('请给出要检查的目录文件或网址', 'give the catalogue file or URL to check')
        : new UsageError('一次只能检查一个目录文件', 'give exactly one catalogue file or URL');
    }
    const result = await loadSource(positionals[0]!);
    // A chunked catalogue (format 1.1): every file its index lists, as the components load them.
    const chunked = result.ok && (result.catalogue.itemChunks?.length || result.catalogue.searchIndex) ? await readChunked(positionals[0]!, result.catalogue) : undefined;
    if (values.json) io.out(validationJson(result, chunked?.files));
    else io.out([...formatValidation(result, locale), ...(chunked ? formatChunkedFiles(chunked.files, locale, chunked.whole?.items.length) : [])].join('\n'));
    return result.ok && (!chunked || chunked.whole) ? EXIT_OK : EXIT_INVALID;
  },
};
