// The demo site's pages share one header, column navigation and footer, as pages of a real CMS
// template do: `<!-- zwgk-demo:site-top -->` and `<!-- zwgk-demo:site-bottom -->` are replaced
// from demo/partials/, with the page's own column link marked current. Used by Vite's dev server
// (vite.config.ts) and by the built site (scripts/build-demo.mjs).
import { existsSync, readFileSync } from 'node:fs';

const demo = new URL('./', import.meta.url);
const partial = (name) => readFileSync(new URL(`partials/${name}.html`, demo), 'utf8');

/** `html` of the page file `page` (e.g. `index.html`) with the site's header and footer in place. */
export function withSiteChrome(html, page) {
  if (!html.includes('<!-- zwgk-demo:site-top -->')) return html;
  const title = /<title>([^_<]+)/.exec(html)?.[1] ?? '';
  const side = '<nav class="side fl"';
  const [header = '', column = ''] = partial('site-top').replaceAll('{{title}}', title).split(side);
  const top = `${header}${side}${column.replace(/<a href="\.\/([a-z-]+\.html)">/g, (link, target) =>
    target === page ? `<a class="on" aria-current="page" href="./${target}">` : existsSync(new URL(target, demo)) ? link : '<a href="#">')}`;
  return html.replace('<!-- zwgk-demo:site-top -->', top).replace('<!-- zwgk-demo:site-bottom -->', partial('site-bottom'));
}
