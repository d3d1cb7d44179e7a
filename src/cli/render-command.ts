/**
 * `zwgk render`: static HTML from a catalogue, made by the elements' own code (src/render/):
 *   --element <name> -o file.html   one element with its content, to paste into a CMS template
 *   --pages dir/                     a page per item and per policy, and an index (src/render/pages.ts)
 *   --stylesheet -o file.css         the elements' stylesheet for pages without script
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeProblem } from '../catalogue/problems.js';
import type { Renderer } from '../render/render-dom.js';
import { RENDER_TARGETS, findTarget } from '../render/targets.js';
import { parseAttributes, parseCommandArgs, parseLocale } from './args.js';
import type { Command } from './command.js';
import { EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, UsageError, type CliIO } from './io.js';
import { isUrl, loadSource } from './read-source.js';

/** happy-dom and the elements are loaded only when something is rendered: other commands start without them. */
async function openRenderer(): Promise<Renderer> {
  const { openRenderer: open } = await import('../render/render-dom.js');
  return open();
}

async function output(path: string | undefined, text: string, io: CliIO): Promise<void> {
  if (!path || path === '-') {
    io.out(text.replace(/\n$/, ''));
    return;
  }
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}

const elementList = RENDER_TARGETS.map((t) => `${t.name.padEnd(10)} ${t.summary.zh} / ${t.summary.en}`).join('\n                   ');

export const renderCommand: Command = {
  name: 'render',
  usage: 'render <catalogue.json|url> (--element <name> [-o file.html] | --pages <dir>) [--src <url>] [--lang zh-CN|en] | render --stylesheet [-o file.css]',
  summary: { zh: '把目录生成静态 HTML：组件内容（粘贴进 CMS 模板）或每个事项一页', en: 'static HTML from a catalogue: an element’s content for a CMS template, or a page per item' },
  details: [
    '  --element <name>   生成一个组件及其内容 / render one element with its content:',
    `                   ${elementList}`,
    '  -o <file>          输出文件（默认标准输出）/ output file (standard output by default)',
    '  --pages <dir>      每个事项、每件政策一页，另有 index.html、样式表 / a page per item and policy, an index, the stylesheets',
    '  --src <url>        组件加载的目录地址（组件用脚本接管时读取）/ the catalogue URL the live element loads',
    '  --script <url>     --pages：索引页和政策页加载的 zwgk-elements.js / the elements’ script for the index and policy pages',
    '  --css <url>        --pages：引用此样式表，不另写样式文件 / link this stylesheet instead of writing the CSS files',
    '  --base-url <url>   --pages：发布地址，生成 canonical 链接和 sitemap.xml / where the pages are published',
    '  --attr name=value  给组件加属性，可重复（如 heading-level=2；同一页面两个同类组件各用 id=…）/ an attribute for the element, repeatable (id=… for two of a kind on one page)',
    '  --collapsed        目录树默认收起（静态页面无脚本时只显示领域）/ the tree closed (without script only domains show)',
    '  --lang <zh-CN|en>  页面语言，默认中文 / language, Chinese by default',
    '  --stylesheet       输出组件样式表 zwgk-elements.css / print the elements’ stylesheet',
    '',
    '  zwgk render demo/data/shixian.json --element tree --src /zwgk/data/catalogue.json -o tree.html',
    '  zwgk render demo/data/shixian.json --pages site/zwgk/ --src /zwgk/data/catalogue.json --script /static/zwgk/zwgk-elements.js',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      element: { type: 'string' },
      pages: { type: 'string' },
      o: { type: 'string', short: 'o' },
      src: { type: 'string' },
      script: { type: 'string' },
      css: { type: 'string' },
      'base-url': { type: 'string' },
      attr: { type: 'string', multiple: true },
      collapsed: { type: 'boolean' },
      lang: { type: 'string' },
      stylesheet: { type: 'boolean' },
    });
    const lang = parseLocale(values.lang);
    if (values.stylesheet) {
      if (positionals.length || values.element || values.pages) throw new UsageError('--stylesheet 不与目录文件、--element 或 --pages 同用', '--stylesheet takes no catalogue, --element or --pages');
      const renderer = await openRenderer();
      try {
        await output(values.o, renderer.stylesheet(), io);
      } finally {
        await renderer.close();
      }
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('请给出一个目录文件或网址', 'give one catalogue file or URL');
    if (!values.element === !values.pages) throw new UsageError('请给出 --element <组件> 或 --pages <目录>（二选一）', 'give either --element <name> or --pages <dir>');
    const target = values.element ? findTarget(values.element) : undefined;
    if (values.element && !target) {
      throw new UsageError(`没有名为 “${values.element}” 的组件，可用：${RENDER_TARGETS.map((t) => t.name).join('、')}`, `no element named "${values.element}"; choose one of ${RENDER_TARGETS.map((t) => t.name).join(', ')}`);
    }
    if (values['base-url'] && !isUrl(values['base-url'])) throw new UsageError('--base-url 应是 http(s) 网址', '--base-url must be an http(s) URL');

    const source = positionals[0]!;
    const result = await loadSource(source);
    if (!result.ok) {
      for (const problem of result.errors) io.err(describeProblem(problem, lang));
      io.err(lang === 'en' ? `${source} is not a valid catalogue; nothing was written` : `${source} 不是有效的目录，未生成任何文件`);
      return EXIT_INVALID;
    }
    const catalogueText = JSON.stringify(result.catalogue);
    const src = values.src ?? (isUrl(source) ? source : undefined);
    const renderer = await openRenderer();
    try {
      if (target) {
        if (!renderer.rendersInLightDom(target.tag)) {
          io.err(`zwgk: <${target.tag}> 仍在 Shadow DOM 中渲染，暂不能生成静态内容 / <${target.tag}> still renders into a shadow root and cannot be rendered statically yet`);
          return EXIT_INTERNAL;
        }
        const attributes: Record<string, string> = { ...(src ? { src } : {}), ...target.attributes, ...parseAttributes(values.attr ?? []) };
        if (values.collapsed) delete attributes['expanded'];
        const rendered = await renderer.render({ tag: target.tag, attributes, catalogueText, lang });
        if (rendered.problems.length) {
          io.err(`zwgk: 内部错误 / internal error: ${rendered.problems.join('; ')}`);
          return EXIT_INTERNAL;
        }
        await output(values.o, `${rendered.html}\n`, io);
        if (values.o) io.err(lang === 'en' ? `wrote <${target.tag}> to ${values.o}; link zwgk-elements.css (zwgk render --stylesheet) in the page's head` : `已生成 <${target.tag}> 到 ${values.o}；请在页面 <head> 中引用 zwgk-elements.css（zwgk render --stylesheet 生成）`);
        if (!src) io.err(lang === 'en' ? 'no --src: the element takes over only inside <zwgk-catalogue src="…">' : '未给出 --src：组件只有放在 <zwgk-catalogue src="…"> 中才会用脚本接管');
        return EXIT_OK;
      }
      const { buildPages } = await import('../render/pages.js');
      const files = await buildPages(renderer, catalogueText, result.catalogue, { lang, src, script: values.script, css: values.css, baseUrl: values['base-url'] });
      const dir = values.pages!;
      for (const [path, text] of files) {
        await mkdir(dirname(join(dir, path)), { recursive: true });
        await writeFile(join(dir, path), text);
      }
      const pages = [...files.keys()].filter((p) => p.endsWith('.html')).length;
      io.err(lang === 'en' ? `wrote ${pages} pages (${files.size} files) to ${dir}` : `已在 ${dir} 生成 ${pages} 个页面（共 ${files.size} 个文件）`);
      return EXIT_OK;
    } finally {
      await renderer.close();
    }
  },
};
