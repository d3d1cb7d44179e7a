/**
 * The HTML around rendered elements on the pages `zwgk render --pages` writes: a document with
 * landmarks, one `<h1>`, the stylesheets linked (no inline style or script, so a strict CSP holds)
 * and, if asked for, the elements' script. Pure string building; every text is escaped.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface PageParts {
  readonly lang: string;
  readonly title: string;
  readonly description?: string;
  /** The page's absolute address (`--base-url`), for search engines. */
  readonly canonical?: string;
  readonly stylesheets: readonly string[];
  /** The elements' script (an ES module URL), when the page's elements should come alive. */
  readonly script?: string;
  /** Markup above `<main>` (the breadcrumb), already escaped. */
  readonly header: string;
  /** Markup of `<main>`, already escaped. */
  readonly main: string;
  /** Markup of the footer, already escaped. */
  readonly footer: string;
  /** The skip link's words. */
  readonly skip: string;
}

export function pageHtml(page: PageParts): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    page.description ? `<meta name="description" content="${escapeHtml(page.description)}">` : '',
    page.canonical ? `<link rel="canonical" href="${escapeHtml(page.canonical)}">` : '',
    ...page.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`),
    page.script ? `<script type="module" src="${escapeHtml(page.script)}"></script>` : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${escapeHtml(page.lang)}">
<head>
${head.join('\n')}
</head>
<body class="zwgk-page">
<a class="zwgk-page-skip" href="#zwgk-page-main">${escapeHtml(page.skip)}</a>
<header class="zwgk-page-header">${page.header}</header>
<main id="zwgk-page-main">
${page.main}
</main>
<footer class="zwgk-page-footer">${page.footer}</footer>
</body>
</html>
`;
}

/**
 * The pages' own look (not the elements'): readable measure, system CJK fonts, a visible skip
 * link on focus, breadcrumbs. Written beside the pages as zwgk-pages.css.
 */
export const PAGES_CSS = `.zwgk-page{margin:0 auto;max-width:72rem;padding:1rem;font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC','WenQuanYi Micro Hei',system-ui,sans-serif;line-height:1.6;color:#1f1f1f;background:#fff}
.zwgk-page a{color:#0b4f9c}
.zwgk-page-skip{position:absolute;left:-10000px}
.zwgk-page-skip:focus{position:static}
.zwgk-page-header ol{display:flex;flex-wrap:wrap;gap:.25rem .5rem;margin:0 0 1rem;padding:0;list-style:none}
.zwgk-page-header li+li::before{content:'›';margin-inline-end:.5rem;color:#4a4a4a}
.zwgk-page h1{font-size:1.75rem;line-height:1.3;margin:.5rem 0 1rem}
.zwgk-page h2{font-size:1.35rem;margin:2rem 0 1rem}
.zwgk-page-info{color:#4a4a4a}
.zwgk-page-neighbours{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1rem;margin:1.5rem 0}
.zwgk-page-footer{margin-top:2rem;padding-top:1rem;border-top:1px solid #767f8c;color:#4a4a4a;font-size:.875rem}
`;
