/**
 * `zwgk deidentify catalogue.json -o public.json`: the copy of a catalogue to put on the public
 * site. The elements always mask personal data on the page, but a browser downloads the whole
 * catalogue file, so the file itself must not carry full names, ID numbers or bank cards of the
 * 低保、特困、补贴 lists: every record cell of a column not marked `public` is replaced by its
 * de-identified text (the rules of src/catalogue/deidentify.ts), keys beyond the columns are dropped,
 * and the result is validated and checked before it is written. `--check` only reports, and exits 1
 * when the file still holds personal data (for a publishing script or CI).
 */
import { writeFile } from 'node:fs/promises';
import { deidentifyCatalogue, findIdNumbers, personalDataLeft, privacyWarnings, recordColumns } from '../catalogue/deidentify.js';
import { describeProblem, type Locale } from '../catalogue/problems.js';
import type { Catalogue } from '../catalogue/schema.js';
import { validateCatalogue } from '../catalogue/validate.js';
import { parseCommandArgs, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';
import { formatValidation } from './validate-command.js';

/** Full ID numbers left in the non-public cells of a catalogue's lists: must be none in a copy for the public. */
export function idNumbersLeft(catalogue: Catalogue): string[] {
  return catalogue.items.flatMap((item) => {
    if (!item.records) return [];
    const { columns } = recordColumns(item.records.schema);
    return item.records.rows.flatMap((row) => columns.filter((c) => !c.public).flatMap((c) => findIdNumbers(String(row[c.key] ?? ''))));
  });
}

/** One line per list: what was (or would be) masked. Pure. */
export function formatDeidentification(catalogue: Catalogue, locale: Locale, done: boolean): string[] {
  const zh = locale === 'zh-CN';
  const left = personalDataLeft(catalogue);
  const lines = left.map((l) => {
    const item = catalogue.items[l.itemIndex]!;
    const what = zh
      ? [l.cells ? `${l.cells} 个单元格（${l.columns.join('、')}）` : '', l.strayKeys ? `${l.strayKeys} 个列定义以外的字段` : ''].filter(Boolean).join('，')
      : [l.cells ? `${l.cells} cells (${l.columns.join(', ')})` : '', l.strayKeys ? `${l.strayKeys} keys beyond the columns` : ''].filter(Boolean).join(', ');
    return zh ? `  ${item.name}（${item.id}）：${done ? '已遮盖' : '需遮盖'} ${what}` : `  ${item.name} (${item.id}): ${done ? 'masked' : 'to mask'} ${what}`;
  });
  const lists = catalogue.items.filter((i) => i.records).length;
  if (!left.length) lines.push(zh ? `✓ ${lists} 份公示名单均已去标识化，可以公开发布` : `✓ all ${lists} published lists are de-identified; fit to publish`);
  return lines;
}

export const deidentifyCommand: Command = {
  name: 'deidentify',
  usage: 'deidentify <file-or-url|-> (-o <public.json> | --check) [--lang zh-CN|en]',
  summary: { zh: '生成可公开发布的目录副本：公示名单中的个人信息按规则去标识化', en: 'write the copy of a catalogue fit to publish: personal data in the 公示 lists de-identified' },
  details: [
    '  -o <public.json>   去标识化后的目录写入此文件（写入前校验）/ file to write the de-identified copy to (validated first)',
    '  --check            只检查：目录中仍有个人信息时退出码为 1 / check only: exit 1 if the file still holds personal data',
    '  --lang <zh-CN|en>  提示语言，默认中文 / message language, Chinese by default',
    '',
    '  未标 public 的列按列的内容遮盖：姓名 张*明，身份证号 410***********1234，电话 138****5678，',
    '  银行卡 6228***********8901，地址到村（社区）；其他单元格中的长数字也遮盖。完整名单请只保存在内部。',
    '  Columns not marked public are masked by what they hold (names, ID numbers, phones, bank cards,',
    '  addresses down to the village); long numbers in other cells too. Keep the full list internal.',
    '',
    '  退出码 / exit code: 0 成功 ok, 1 无效或仍有个人信息 invalid or personal data left, 2 用法错误 usage error',
    '',
    '  zwgk deidentify catalogue.json -o /var/www/zwgk/catalogue.json',
    '  zwgk deidentify https://www.example.gov.cn/zwgk/catalogue.json --check',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      output: { type: 'string', short: 'o' },
      check: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const locale = parseLocale(values.lang);
    const zh = locale === 'zh-CN';
    if (positionals.length !== 1) throw new UsageError('请给出一个目录文件或网址', 'give exactly one catalogue file or URL');
    if (!values.output === !values.check) throw new UsageError('请用 -o 指定输出文件，或用 --check 只检查（二选一）', 'give either -o <file> or --check');
    const result = await loadSource(positionals[0]!);
    if (!result.ok) {
      io.out(formatValidation(result, locale).join('\n'));
      return EXIT_INVALID;
    }
    const { catalogue } = result;
    if (values.check) {
      io.out(formatDeidentification(catalogue, locale, false).join('\n'));
      const left = personalDataLeft(catalogue).length;
      if (left) io.out(zh ? `✗ ${left} 份公示名单含未去标识化的个人信息，请运行 zwgk deidentify -o <文件>` : `✗ ${left} lists hold personal data; run zwgk deidentify -o <file>`);
      return left ? EXIT_INVALID : EXIT_OK;
    }
    const copy = deidentifyCatalogue(catalogue);
    // The copy is checked as a publisher would: it must still be a valid catalogue, and hold no full ID number.
    const checked = validateCatalogue(JSON.parse(JSON.stringify(copy)));
    const leaks = checked.ok ? [...idNumbersLeft(checked.catalogue), ...privacyWarnings(checked.catalogue).map((w) => describeProblem(w, locale))] : [];
    if (!checked.ok || leaks.length) {
      io.err(zh ? '内部错误：去标识化后的副本未通过检查，未写入文件' : 'internal error: the de-identified copy failed its check; nothing written');
      if (!checked.ok) io.err(formatValidation(checked, locale).join('\n'));
      return EXIT_INVALID;
    }
    await writeFile(values.output!, `${JSON.stringify(copy, null, 2)}\n`);
    io.out(formatDeidentification(catalogue, locale, true).join('\n'));
    io.out(zh ? `✓ 已写入 ${values.output}` : `✓ written to ${values.output}`);
    return EXIT_OK;
  },
};
