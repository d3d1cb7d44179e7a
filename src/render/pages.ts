/**
 * `zwgk render --pages dir/`: the catalogue as pages a CMS can publish, for site search, 第三方评估
 * crawlers and search engines, readable with JavaScript off:
 *   index.html              the catalogue: title and dates, the tree (every item a link to its
 *                           page), the policy list, the list of places and the open days, as the
 *                           elements render them
 *   item-<id>.html          one page per item: its full standard (the tree's detail section), where
 *                           it sits in the catalogue, the items before and after it
 *   policy-<id>.html        one page per policy: the policy card with its interpretations
 *   zwgk-elements.css, zwgk-pages.css   the elements' stylesheet and the pages' own (unless --css)
 *   sitemap.xml             with --base-url
 * All in one folder, beside where the catalogue's page-relative addresses (`data/media/…`) are
 * meant to resolve, as on the page that embeds the elements. File names come from the ids
 * (file-names.ts), so republishing a catalogue overwrites the same pages. With `script`, the index
 * and policy pages load the elements, which take over their rendered copies in place; item pages
 * stay static documents.
 */
import type { Catalogue, CatalogueItem } from '../catalogue/schema.js';
import { sortDomains } from '../components/catalogue-tree/model.js';
import { formatDate } from '../core/format.js';
import { defineMessages, translate, type Locale } from '../core/i18n.js';
import { fileNames } from './file-names.js';
import { PAGES_CSS, escapeHtml, pageHtml } from './page-html.js';
import type { Renderer } from './render-dom.js';
import { findTarget } from './targets.js';

export const pageMessages = defineMessages({
  'zh-CN': {
    skip: '跳到正文',
    breadcrumb: '当前位置',
    neighbours: '相邻事项',
    previous: (name: string) => `上一项：${name}`,
    next: (name: string) => `下一项：${name}`,
    info: (publisher: string, version: string, updated: string) => `发布单位：${publisher} · 版本：${version} · 更新日期：${updated}`,
    policies: '政策文件',
    places: '公开场所',
    source: (title: string, updated: string) => `来源：${title}（更新日期：${updated}）。本页根据政务公开目录生成。`,
  },
  en: {
    skip: 'Skip to content',
    breadcrumb: 'You are here',
    neighbours: 'Neighbouring items',
    previous: (name: string) => `Previous: ${name}`,
    next: (name: string) => `Next: ${name}`,
    info: (publisher: string, version: string, updated: string) => `Publisher: ${publisher} · Version: ${version} · Updated: ${updated}`,
    policies: 'Policies',
    places: 'Places to read disclosures',
    source: (title: string, updated: string) => `Source: ${title} (updated ${updated}). This page was generated from the disclosure catalogue.`,
  },
});

export interface PagesOptions {
  readonly lang: Locale;
  /** The catalogue URL the live elements load (`src`). */
  readonly src?: string;
  /** The elements' script URL, for the index and policy pages. */
  readonly script?: string;
  /** A stylesheet URL to link instead of writing zwgk-elements.css and zwgk-pages.css beside the pages. */
  readonly css?: string;
  /** Where the pages will be published (absolute), for canonical links and sitemap.xml. */
  readonly baseUrl?: string;
}

/** Items in the tree's order: by domain (26-domain order, then others), then by `order`. */
export function itemsInTreeOrder(catalogue: Catalogue): CatalogueItem[] {
  const position = new Map(catalogue.items.map((item, index) => [item, index]));
  const byOrder = (a: CatalogueItem, b: CatalogueItem) => (a.order ?? 0) - (b.order ?? 0) || position.get(a)! - position.get(b)!;
  return sortDomains(catalogue.domains).flatMap((domain) => catalogue.items.filter((item) => item.domainId === domain.id).sort(byOrder));
}

function problemsError(problems: readonly string[], what: string): Error {
  return new Error(`${what}: inline styles the static stylesheet does not reproduce:\n${problems.join('\n')}`);
}

/** Every file of the pages, by path relative to the output folder. */
export async function buildPages(renderer: Renderer, catalogueText: string, catalogue: Catalogue, options: PagesOptions): Promise<Map<string, string>> {
  const { lang } = options;
  const t = <K extends keyof (typeof pageMessages)['zh-CN']>(key: K, ...args: Parameters<Extract<(typeof pageMessages)['zh-CN'][K], (...a: never[]) => string>> | []) =>
    (translate as (table: unknown, locale: Locale, key: string, ...rest: unknown[]) => string)(pageMessages, lang, key, ...args);
  const files = new Map<string, string>();
  const items = itemsInTreeOrder(catalogue);
  const itemFiles = fileNames(items.map((item) => item.id), 'item-');
  const policyFiles = fileNames((catalogue.policies ?? []).map((policy) => policy.id), 'policy-');
  const updated = formatDate(catalogue.updatedAt, lang);
  const publisher = catalogue.agencies.find((agency) => agency.id === catalogue.publisherId)?.name ?? catalogue.publisherId;
  const absolute = (path: string) => (options.baseUrl ? new URL(path, options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`).href : undefined);
  const stylesheets = options.css ? [options.css] : ['zwgk-elements.css', 'zwgk-pages.css'];
  const hrefFor = (kind: 'item' | 'policy', id: string) => (kind === 'item' ? itemFiles : policyFiles).get(id);
  const footer = `<p>${escapeHtml(t('source', catalogue.title, updated))}</p>`;
  const live = (extra: Record<string, string>) => ({ ...(options.src ? { src: options.src } : {}), ...extra });
  const page = (path: string, parts: { title: string; description?: string; header: string; main: string; script?: boolean }) =>
    files.set(path, pageHtml({
      lang, title: parts.title, description: parts.description, canonical: absolute(path), stylesheets,
      script: parts.script ? options.script : undefined, header: parts.header, main: parts.main, footer, skip: t('skip'),
    }));
  const element = async (name: string, attributes: Record<string, string>) => {
    const target = findTarget(name)!;
    if (!renderer.rendersInLightDom(target.tag)) return '';
    const result = await renderer.render({ tag: target.tag, attributes: live({ ...target.attributes, ...attributes }), catalogueText, lang, hrefFor });
    if (result.problems.length) throw problemsError(result.problems, target.tag);
    return result.html;
  };

  // index.html
  const sections = [
    `<h1>${escapeHtml(catalogue.title)}</h1>`,
    `<p class="zwgk-page-info">${escapeHtml(t('info', publisher, catalogue.version, updated))}</p>`,
    await element('tree', { 'heading-level': '2' }),
  ];
  if (catalogue.policies?.length) sections.push(`<h2>${escapeHtml(t('policies'))}</h2>`, await element('policy', { 'heading-level': '3', 'catalogue-url': 'index.html' }));
  if (catalogue.disclosurePoints?.length) sections.push(`<h2>${escapeHtml(t('places'))}</h2>`, await element('map-list', { 'heading-level': '3' }));
  // The element's own heading (近期政府开放日) is at level 2.
  if (catalogue.openDays?.length) sections.push(await element('open-days', {}));
  page('index.html', { title: catalogue.title, description: catalogue.title, header: '', main: sections.join('\n'), script: true });

  // item-<id>.html
  const standards = await renderer.renderItemStandards({ catalogueText, lang, hrefFor }, items.map((item) => item.id), 1);
  const home = `<li><a href="index.html">${escapeHtml(catalogue.title)}</a></li>`;
  items.forEach((item, index) => {
    const result = standards[index]!;
    if (result.problems.length) throw problemsError(result.problems, item.id);
    const domain = catalogue.domains.find((d) => d.id === item.domainId);
    const neighbour = (other: CatalogueItem | undefined, key: 'previous' | 'next') =>
      other ? `<a rel="${key === 'previous' ? 'prev' : 'next'}" href="${itemFiles.get(other.id)}">${escapeHtml(t(key, other.name))}</a>` : '';
    page(itemFiles.get(item.id)!, {
      title: `${item.name} - ${catalogue.title}`,
      description: item.content,
      header: `<nav aria-label="${escapeHtml(t('breadcrumb'))}"><ol>${home}<li>${escapeHtml(domain?.name ?? item.domainId)}</li><li aria-current="page">${escapeHtml(item.name)}</li></ol></nav>`,
      main: `<zwgk-catalogue-tree no-hash><div class="zwgk-body">${result.html}</div></zwgk-catalogue-tree>
<nav class="zwgk-page-neighbours" aria-label="${escapeHtml(t('neighbours'))}">${neighbour(items[index - 1], 'previous')}${neighbour(items[index + 1], 'next')}</nav>`,
    });
  });

  // policy-<id>.html
  for (const policy of catalogue.policies ?? []) {
    const card = await element('policy', { policy: policy.id, 'heading-level': '1', 'catalogue-url': 'index.html' });
    if (!card) break;
    page(policyFiles.get(policy.id)!, {
      title: `${policy.title} - ${catalogue.title}`,
      description: policy.summary ?? policy.title,
      header: `<nav aria-label="${escapeHtml(t('breadcrumb'))}"><ol>${home}<li>${escapeHtml(t('policies'))}</li><li aria-current="page">${escapeHtml(policy.title)}</li></ol></nav>`,
      main: card,
      script: true,
    });
  }

  if (!options.css) {
    files.set('zwgk-elements.css', renderer.stylesheet());
    files.set('zwgk-pages.css', PAGES_CSS);
  }
  if (options.baseUrl) {
    const urls = [...files.keys()].filter((path) => path.endsWith('.html')).map((path) => `<url><loc>${escapeHtml(absolute(path)!)}</loc><lastmod>${catalogue.updatedAt.slice(0, 10)}</lastmod></url>`);
    files.set('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
  }
  return files;
}
