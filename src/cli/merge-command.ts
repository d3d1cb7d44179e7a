/**
 * `zwgk merge county.json township.json… -o merged.json`: one catalogue for the county and its
 * townships (县、乡两级目录), checked before it is written; `--check` only reports.
 */
import { writeFile } from 'node:fs/promises';
import { COLLECTIONS, COLLECTION_NAMES, type Collection } from '../catalogue/reference-fields.js';
import { idPrefixFrom, type MergeProblem, type MergeReport, mergeCatalogues, type TownshipMergeSummary, validateTownshipCatalogue } from '../catalogue/merge.js';
import type { CatalogueError, Locale } from '../catalogue/problems.js';
import type { Catalogue } from '../catalogue/schema.js';
import { type LoadResult, parseCatalogueText, validateCatalogue } from '../catalogue/validate.js';
import { parseCommandArgs, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from './io.js';
import { isUrl, loadSource, readLocalText } from './read-source.js';
import { readChunked } from './chunked-source.js';

/** A problem as printed: the file it is in rather than an index. */
export interface ReportedProblem extends MergeProblem {
  readonly file: string;
}

/**
 * Reads a township catalogue. Unlike other commands it accepts ids the township uses without
 * defining them, so that the merge can resolve them against the county and report the rest.
 */
async function loadTownship(source: string): Promise<LoadResult> {
  if (isUrl(source)) throw new UsageError(`乡镇目录需是本地文件，请先下载：${source}`, `township catalogues must be local files; download it first: ${source}`);
  const read = await readLocalText(source);
  if ('result' in read) return read.result;
  if (/"itemChunks"\s*:\s*\[\s*\{/.test(read.text)) {
    throw new UsageError(`乡镇目录 ${source} 是分块目录，请先用 zwgk merge ${source} -o 合成一个文件`, `township catalogue ${source} is chunked; join it first with zwgk merge ${source} -o <file>`);
  }
  const strict = parseCatalogueText(read.text);
  if (strict.ok || !strict.errors.every((e) => e.code === 'dangling-reference')) return strict;
  // It parsed (the strict pass got as far as references), so this cannot throw.
  return validateTownshipCatalogue(JSON.parse(read.text.replace(/^\uFEFF/, '')));
}

const loadFailure = (errors: readonly CatalogueError[], file: string, source: number): ReportedProblem[] =>
  errors.map((e) => ({ severity: 'error', code: e.code, source, township: file, file, path: e.path, zh: e.message['zh-CN'], en: e.message.en }));

/**
 * Reads a catalogue, joining a chunked one (format 1.1: an index and its files) into the whole
 * catalogue; the problems of its files are reported at those files.
 */
async function loadWhole(source: string): Promise<{ catalogue: Catalogue; chunked: boolean } | { problems: ReportedProblem[] }> {
  const result = await loadSource(source);
  if (!result.ok) return { problems: loadFailure(result.errors, source, -1) };
  if (!result.catalogue.itemChunks?.length) return { catalogue: result.catalogue, chunked: false };
  const chunked = await readChunked(source, result.catalogue);
  if (chunked.whole) return { catalogue: chunked.whole, chunked: true };
  return { problems: chunked.files.flatMap((f) => loadFailure(f.errors, `${source} → ${f.file}`, -1)) };
}

/** Control characters in quoted catalogue text would break a problem over several lines. */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');

/** One line per problem, errors first. Pure. */
export function formatProblems(problems: readonly ReportedProblem[], locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  return ordered.map((p) => {
    const label = p.severity === 'error' ? (zh ? '错误' : 'error') : zh ? '警告' : 'warning';
    return oneLine(`${label} ${p.file} ${p.path || (zh ? '（整个文件）' : '(whole file)')}: ${zh ? p.zh : p.en}`);
  });
}

/** What the merge did with each township: one line of counts, one of what it left out. Pure. */
export function formatSummary(county: Catalogue, merged: Catalogue, report: MergeReport, files: readonly string[], locale: Locale): string[] {
  const zh = locale === 'zh-CN';
  const count = report.townships.length;
  const lines = [
    zh
      ? `${county.jurisdiction.name}：县级目录 ${county.items.length} 个公开事项，合并 ${count} 个乡镇目录后共 ${merged.items.length} 个`
      : `${county.jurisdiction.name}: ${county.items.length} county items, ${merged.items.length} after merging ${count} township catalogue${count === 1 ? '' : 's'}`,
  ];
  report.townships.forEach((township, i) => {
    lines.push(`  ${township.name}${zh ? `（${files[i]}）：` : ` (${files[i]}): `}${townshipCounts(township, zh)}`);
    if (township.notMerged.length) {
      lines.push(zh
        ? `    未合并（合并目录只用县级目录的）：${township.notMerged.join('、')}`
        : `    not merged (the merged catalogue has the county's only): ${township.notMerged.join(', ')}`);
    }
  });
  return lines;
}

const plural = (noun: string) => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/** Items first: they are what the merge is for. */
const SUMMARY_ORDER: readonly Collection[] = ['items', ...COLLECTIONS.filter((c) => c !== 'items')];

function townshipCounts(township: TownshipMergeSummary, zh: boolean): string {
  const parts: string[] = [];
  for (const collection of SUMMARY_ORDER) {
    const reused = township.reused.filter((r) => r.collection === collection).length;
    const added = township.added[collection];
    if (!reused && !added) continue;
    const [nameZh, nameEn] = COLLECTION_NAMES[collection];
    const counts = zh
      ? [reused ? `沿用 ${reused}` : '', added ? `新增 ${added}` : ''].filter(Boolean).join('、')
      : [reused ? `${reused} reused` : '', added ? `${added} added` : ''].filter(Boolean).join(', ');
    parts.push(zh ? `${nameZh}${counts}` : `${plural(nameEn)}: ${counts}`);
  }
  const renamed = township.renamed.length;
  if (renamed) parts.push(zh ? `${renamed} 个编号加前缀 “${township.prefix}:”` : `${renamed} id${renamed === 1 ? '' : 's'} prefixed "${township.prefix}:"`);
  return parts.join(zh ? '；' : '; ');
}

function verdict(problems: readonly ReportedProblem[], locale: Locale, done: string): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (locale === 'zh-CN') return errors ? `✗ 不能合并：${errors} 处错误，${warnings} 条警告` : `✓ ${done}（${warnings} 条警告）`;
  return errors
    ? `✗ cannot merge: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
    : `✓ ${done} (${warnings} warning${warnings === 1 ? '' : 's'})`;
}

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'merge <county.json> <township.json>… (-o <merged.json> | --check) [--json] [--lang zh-CN|en]',
  summary: { zh: '把乡镇（街道）目录合并进县级目录（县、乡两级目录）', en: 'merge township catalogues into the county catalogue (county and township levels)' },
  details: [
    '  -o <merged.json>   合并结果写入的文件（写入前先校验）/ file to write the merged catalogue to (validated first)',
    '  --check            只检查、不写文件：有错误时退出码为 1 / check only, write nothing; exit 1 on errors',
    '  --json             以 JSON 输出问题和合并摘要 / print the problems and the summary as JSON',
    '  --lang <zh-CN|en>  提示语言，默认中文 / message language, Chinese by default',
    '',
    '  领域按编号或名称对应县级领域；与县级同名的机构、点位沿用县级的；已被占用的编号加上',
    '  乡镇文件名作前缀（guandi-xiang.json → guandi-xiang:），所有引用随之更新。',
    '  Domains map to the county\'s by id or name; agencies and points named like the county\'s are',
    '  the county\'s; ids already taken get the file name as prefix, and every reference follows.',
    '',
    '  退出码 / exit code: 0 成功 ok, 1 有错误 errors, 2 用法错误 usage error',
    '',
    '  zwgk merge shixian.json guandi-xiang.json --check',
    '  zwgk merge shixian.json guandi-xiang.json chengguan-zhen.json -o shixian-merged.json',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      o: { type: 'string', short: 'o' },
      check: { type: 'boolean' },
      json: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const locale = parseLocale(values.lang);
    const zh = locale === 'zh-CN';
    if (positionals.length === 1 && values.o !== undefined) {
      // One chunked catalogue: its files joined into one whole catalogue.
      const joined = await loadWhole(positionals[0]!);
      if ('problems' in joined) {
        io.out([...formatProblems(joined.problems, locale), zh ? '✗ 分块目录有错误，未写入' : '✗ the chunked catalogue has errors; nothing written'].join('\n'));
        return EXIT_INVALID;
      }
      if (!joined.chunked) {
        throw new UsageError('需要县级目录和至少一个乡镇目录（或一个分块目录，把它合成一个文件）', 'needs the county catalogue and at least one township catalogue (or one chunked catalogue, to join it into one file)');
      }
      await writeFile(values.o, `${JSON.stringify(joined.catalogue, null, 2)}\n`);
      io.out(zh ? `✓ 已把分块目录合成一个文件：${values.o}（${joined.catalogue.items.length} 个公开事项）` : `✓ joined the chunked catalogue into ${values.o} (${joined.catalogue.items.length} items)`);
      return EXIT_OK;
    }
    if (positionals.length < 2) throw new UsageError('需要县级目录和至少一个乡镇目录（或一个分块目录，把它合成一个文件）', 'needs the county catalogue and at least one township catalogue (or one chunked catalogue, to join it into one file)');
    if (values.check && values.o !== undefined) throw new UsageError('--check 只检查、不写文件，不能与 -o 同用', '--check writes nothing; do not combine it with -o');
    if (!values.check && values.o === undefined) throw new UsageError('请用 -o 指定合并结果的文件，或用 --check 只检查', 'give -o <merged.json>, or --check to check only');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('标准输入（-）只能用一次', 'standard input (-) can be used once only');
    const [countyFile, ...townshipFiles] = positionals as [string, ...string[]];

    const print = (problems: readonly ReportedProblem[], lines: readonly string[], extra: Record<string, unknown> = {}) => {
      const ok = !problems.some((p) => p.severity === 'error');
      if (values.json) io.out(JSON.stringify({ ok, ...extra, problems }, null, 2));
      else io.out([...formatProblems(problems, locale), ...lines].join('\n'));
      return ok ? EXIT_OK : EXIT_INVALID;
    };

    const countyResult = await loadWhole(countyFile);
    const townshipResults = [];
    for (const file of townshipFiles) townshipResults.push(await loadTownship(file));
    const unreadable = [
      ...('problems' in countyResult ? countyResult.problems : []),
      ...townshipResults.flatMap((r, i) => (r.ok ? [] : loadFailure(r.errors, townshipFiles[i]!, i))),
    ];
    if ('problems' in countyResult || unreadable.length) return print(unreadable, [verdict(unreadable, locale, '')]);
    const county = countyResult.catalogue;
    const townships = townshipResults.map((r) => (r as Extract<LoadResult, { ok: true }>).catalogue);

    const { catalogue, report } = mergeCatalogues(county, townships, { prefixes: townshipFiles.map(idPrefixFrom) });
    const problems: ReportedProblem[] = report.problems.map((p) => ({ ...p, file: p.source === -1 ? countyFile : townshipFiles[p.source]! }));
    const summary = formatSummary(county, catalogue, report, townshipFiles, locale);
    const townshipsJson = report.townships.map((t, i) => ({ file: townshipFiles[i], ...t }));
    const extra = { items: catalogue.items.length, townships: townshipsJson };

    if (values.check || problems.some((p) => p.severity === 'error')) {
      const done = zh ? '可以合并' : 'ready to merge';
      return print(problems, [...summary, verdict(problems, locale, done), ...(values.check ? [] : [zh ? '未写入任何文件' : 'nothing written'])], extra);
    }
    // The merge is meant to always produce a valid catalogue; this check keeps a bug from being published.
    const check = validateCatalogue(catalogue);
    if (!check.ok) {
      const invalid = loadFailure(check.errors, values.o!, -1);
      return print([...problems, ...invalid], [zh ? '✗ 合并结果未通过校验，未写入' : '✗ the merged catalogue does not validate; nothing written'], extra);
    }
    await writeFile(values.o!, `${JSON.stringify(catalogue, null, 2)}\n`);
    return print(problems, [...summary, verdict(problems, locale, zh ? `已写入 ${values.o}` : `written to ${values.o}`)], { ...extra, written: values.o });
  },
};
