/**
 * `zwgk split catalogue.json -o folder/`: a chunked catalogue (format 1.1) from a whole one, for
 * province-scale catalogues: folder/index.json (everything but the items), folder/items/<chunk>.json
 * (one per domain, or per child jurisdiction with `--by jurisdiction`) and folder/search-index.json.
 * The result is checked like `zwgk validate` checks it before anything is written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type ChunkAxis, chunkedCatalogueProblems, DEFAULT_SPLIT_FILES, joinCatalogue, splitCatalogue } from '../catalogue/chunks.js';
import { describeProblem } from '../catalogue/problems.js';
import { parseChunkText, validateCatalogue } from '../catalogue/validate.js';
import { parseCommandArgs, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { loadSource } from './read-source.js';
import { formatValidation } from './validate-command.js';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

export const splitCommand: Command = {
  name: 'split',
  usage: 'split <catalogue.json> -o <folder> [--by domain|jurisdiction] [--lang zh-CN|en]',
  summary: { zh: '把整个目录拆成分块目录（目录索引、按领域或下级行政区划的事项文件、检索索引）', en: 'split a whole catalogue into a chunked one (index, item files per domain or child jurisdiction, search index)' },
  details: [
    '  -o <folder>        写入的文件夹：index.json、items/<分块>.json、search-index.json',
    '                     folder to write: index.json, items/<chunk>.json, search-index.json',
    '  --by <domain|jurisdiction>  按领域（默认）或按下级行政区划（items[].jurisdiction）分块',
    '                     one chunk per domain (default), or per child jurisdiction (items[].jurisdiction)',
    '  --lang <zh-CN|en>  提示语言，默认中文 / message language, Chinese by default',
    '',
    '  页面只加载目录索引和打开的分块；把整个文件夹一起发布。/ Pages load the index and the',
    '  chunks that are opened; publish the whole folder together.',
    '',
    '  退出码 / exit code: 0 成功 ok, 1 目录无效 invalid catalogue, 2 用法错误 usage error',
    '',
    '  zwgk split province.json -o province/',
    '  zwgk split shixian-merged.json -o shixian/ --by jurisdiction',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      o: { type: 'string', short: 'o' },
      by: { type: 'string' },
      lang: { type: 'string' },
    });
    const locale = parseLocale(values.lang);
    const zh = locale === 'zh-CN';
    if (positionals.length !== 1) throw new UsageError('请给出一个要拆分的目录文件', 'give one catalogue file to split');
    if (values.o === undefined) throw new UsageError('请用 -o 指定写入的文件夹', 'give -o <folder> to write to');
    const by = (values.by ?? 'domain') as ChunkAxis;
    if (by !== 'domain' && by !== 'jurisdiction') throw new UsageError(`--by 只能是 domain 或 jurisdiction，不能是 “${values.by}”`, `--by must be domain or jurisdiction, not "${values.by}"`);

    const loaded = await loadSource(positionals[0]!);
    if (!loaded.ok) {
      io.out(formatValidation(loaded, locale).join('\n'));
      return EXIT_INVALID;
    }
    if (loaded.catalogue.itemChunks?.length) throw new UsageError('这已经是分块目录；要重新拆分，请先用 zwgk merge 合成整个目录', 'this catalogue is already chunked; join it with zwgk merge first');
    const { index, chunks, searchIndex } = splitCatalogue(loaded.catalogue, by, DEFAULT_SPLIT_FILES);

    // Everything is checked as the components and zwgk validate would, before one file is written.
    const problems: string[] = [];
    const indexCheck = validateCatalogue(index);
    if (!indexCheck.ok) problems.push(...indexCheck.errors.map((e) => `index.json ${describeProblem(e, locale)}`));
    for (const [i, chunk] of chunks.entries()) {
      const ref = index.itemChunks![i]!;
      const check = parseChunkText(index, ref, JSON.stringify(chunk));
      if (!check.ok) problems.push(...check.errors.map((e) => `${ref.url} ${describeProblem(e, locale)}`));
    }
    problems.push(...chunkedCatalogueProblems(index, chunks, searchIndex).map((p) => `${p.file} ${describeProblem(p.error, locale)}`));
    if (JSON.stringify(joinCatalogue(index, chunks).items) !== JSON.stringify(loaded.catalogue.items)) {
      problems.push(zh ? '分块合起来与原目录的公开事项不同' : 'the chunks joined do not give the original items back');
    }
    if (problems.length) {
      io.out([...problems, zh ? '✗ 拆分结果未通过校验，未写入（这是 zwgk 的缺陷，请报告）' : '✗ the split does not validate; nothing written (a bug in zwgk: please report it)'].join('\n'));
      return EXIT_INVALID;
    }

    const folder = values.o;
    const write = async (path: string, text: string) => {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), text);
    };
    // Chunks and the search index compact (they are what a page downloads); the index readable.
    for (const [i, chunk] of chunks.entries()) await write(index.itemChunks![i]!.url, JSON.stringify(chunk));
    await write(index.searchIndex!.url, JSON.stringify(searchIndex));
    await write('index.json', `${JSON.stringify(index, null, 2)}\n`);

    const lines = index.itemChunks!.map((ref) => `  ${ref.url}  ${ref.itemCount}${zh ? ' 个事项' : ' items'}  ${kB(ref.bytes!)}${ref.jurisdiction ? `  ${ref.jurisdiction}` : ''}`);
    lines.push(`  ${index.searchIndex!.url}  ${kB(index.searchIndex!.bytes!)}`);
    const count = loaded.catalogue.items.length;
    lines.push(zh
      ? `✓ 已写入 ${join(folder, 'index.json')}：${count} 个公开事项，${chunks.length} 个分块（按${by === 'domain' ? '领域' : '下级行政区划'}）`
      : `✓ written ${join(folder, 'index.json')}: ${count} items in ${chunks.length} chunk${chunks.length === 1 ? '' : 's'} (by ${by})`);
    io.out(lines.join('\n'));
    return EXIT_OK;
  },
};
