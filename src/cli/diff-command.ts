/** `zwgk diff old.json new.json`: items added, removed and changed, readably (Chinese by default, diff-report.ts) or as JSON; optionally recorded in the changeLog. */
import { writeFile } from 'node:fs/promises';
import { diffCatalogues, withChangeLogEntry } from '../catalogue/diff.js';
import { formatDiff } from '../catalogue/diff-report.js';
import { validateCatalogue } from '../catalogue/validate.js';
import type { Catalogue } from '../catalogue/schema.js';
import { parseCommandArgs, parseDateOption, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';

async function load(source: string): Promise<Catalogue> {
  const result = await loadSource(source);
  if (!result.ok) throw new UsageError(`${source} 不是有效的目录（先运行 zwgk validate ${source}）`, `${source} is not a valid catalogue (run zwgk validate ${source})`);
  return result.catalogue;
}

export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff <old.json> <new.json> [--lang en] [--json] [--append-changelog --summary <text> [--date YYYY-MM-DD] [-o <out.json>]]',
  summary: { zh: '比较两个版本的目录：新增、删除和逐字段修改的事项', en: 'compare two catalogue versions: items added, removed and changed field by field' },
  details: [
    '  --lang en            英文报告（默认中文：字段名与标准目录页面一致）/ English report (Chinese by default)',
    '  --json               以 JSON 输出（字段名为格式中的英文字段名）/ print as JSON (format field names)',
    '  --append-changelog   把本次变化追加到新目录的 changeLog（需要 --summary）/ record the change in the new catalogue\'s changeLog',
    '  --summary <text>     更新说明 / summary of the change',
    '  --date <YYYY-MM-DD>  更新日期，默认今天 / date, today by default',
    '  -o <out.json>        写入的文件，默认覆盖 new.json / file to write, new.json by default',
    '',
    '  zwgk diff 2025.json 2026.json',
    '  zwgk diff 2025.json 2026.json --append-changelog --summary "调整社会救助领域公开时限"',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      'append-changelog': { type: 'boolean' },
      summary: { type: 'string' },
      date: { type: 'string' },
      o: { type: 'string', short: 'o' },
      lang: { type: 'string' },
    });
    // Every option is checked before any file is read: a bad --date is one usage error, not a diff followed by one.
    const locale = parseLocale(values.lang);
    if (positionals.length !== 2) throw new UsageError('需要两个目录文件：旧版本和新版本', 'needs two catalogue files: old and new');
    const date = parseDateOption(values.date);
    if (values['append-changelog'] && !values.summary) throw new UsageError('--append-changelog 需要 --summary 说明本次更新', '--append-changelog needs --summary');
    const [before, after] = await Promise.all(positionals.map(load));
    const diff = diffCatalogues(before!, after!);
    if (values.json) io.out(JSON.stringify({ added: diff.added.map((i) => i.id), removed: diff.removed.map((i) => i.id), changed: diff.changed }, null, 2));
    else io.out(formatDiff(diff, before!, after!, locale).join('\n'));
    if (values['append-changelog']) {
      const updated = withChangeLogEntry(after!, diff, values.summary!, date);
      const check = validateCatalogue(updated);
      if (!check.ok) {
        io.err(locale === 'en' ? `the change log entry is invalid; nothing written: ${check.errors[0]?.path} ${check.errors[0]?.message.en}` : `更新记录无效，未写入：${check.errors[0]?.path} ${check.errors[0]?.message['zh-CN']}`);
        return EXIT_INVALID;
      }
      const out = values.o ?? positionals[1]!;
      await writeFile(out, `${JSON.stringify(updated, null, 2)}\n`);
      io.err(locale === 'en' ? `change log entry appended to ${out}` : `已追加更新记录到 ${out}`);
    }
    return EXIT_OK;
  },
};
