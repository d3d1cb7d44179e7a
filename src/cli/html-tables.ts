/**
 * Reads the tables of a saved CMS page (DOMAIN-PRACTICE §1.6: catalogues are published as HTML
 * tables in article pages, often pasted from Word): every `<table>` becomes a sheet laid out with
 * its rowspan and colspan (span-grid.ts), the page's title, caption and headings tell the domain,
 * layout tables around the catalogue are left out and counted. The text is decoded as a browser
 * would: a BOM, then `<meta charset>` / `http-equiv` (gb2312, gbk…), then detection for an
 * undeclared GBK page. Parsed with parse5, the WHATWG parser, so broken markup (unclosed `<td>`,
 * tables inside `<font>`) reads as the browser showed it. Node only; bundled into the CLI.
 */
import { findHeader } from '../catalogue/table/columns.js';
import { findPlanHeader } from '../catalogue/table/plan-tables.js';
import type { Sheet } from '../catalogue/table/import-types.js';
import { type SpanCell, spanGrid } from '../catalogue/table/span-grid.js';

interface Node {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly attrs?: readonly { name: string; value: string }[];
  readonly childNodes?: readonly Node[];
  readonly value?: string;
  readonly content?: Node;
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const children = (node: Node) => node.childNodes ?? [];

/** The charset a page declares in its first bytes, as the HTML prescan finds it. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase();
}

/** Looks like HTML whatever the file is called: CMS exports often name an HTML table `.xls`. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  return /^<(?:!doctype\s+html|html|head|body|meta|table|!--)/i.test(head) || /<table\b/i.test(head) && /<\/?(?:tr|td|th)\b/i.test(head);
}

const GBK = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'gb_2312-80', 'chinese', 'csgb2312', 'euc-cn']);

export async function decodeHtml(bytes: Uint8Array, decodeUndeclared: (bytes: Uint8Array) => Promise<{ text: string; encoding: string }>): Promise<{ text: string; encoding: string }> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeUndeclared(bytes);
  const declared = declaredCharset(bytes);
  const { default: iconv } = await import('iconv-lite');
  if (declared && GBK.has(declared)) return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GBK' };
  if (declared === 'big5' || declared === 'big5-hkscs') return { text: iconv.decode(Buffer.from(bytes), 'big5'), encoding: 'Big5' };
  // Declared UTF-8 (or nothing): trusted only if the bytes are UTF-8; a GBK page mislabelled by a CMS template is detected.
  return decodeUndeclared(bytes);
}

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'blockquote', 'pre', 'dd', 'dt', 'tr']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'table', 'head', 'title']);
const MARK = /^[■□☑☐√✓✔●○]$/;

/** A cell's text as the page shows it: <br> and blocks break lines, spaces collapse, checkboxes read as ■/□. */
function cellText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text') {
      out += (n.value ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      return;
    }
    const tag = n.tagName;
    if (!tag || SKIPPED.has(tag)) return;
    if (tag === 'br') return void (out += '\n');
    if (tag === 'input' && /^(?:checkbox|radio)$/i.test(attr(n, 'type') ?? '')) return void (out += attr(n, 'checked') !== undefined ? '■' : '□');
    if (tag === 'img') {
      const alt = (attr(n, 'alt') ?? '').trim();
      if (MARK.test(alt)) out += alt;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out += '\n';
    for (const child of children(n)) walk(child);
    if (block) out += '\n';
  };
  for (const child of children(node)) walk(child);
  return out.split('\n').map((line) => line.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '')).filter(Boolean).join('\n');
}

/** The rows of one table, in display order: <thead>, the bodies (and bare rows), then <tfoot>. */
function tableRows(table: Node): Node[] {
  const head: Node[] = [];
  const body: Node[] = [];
  const foot: Node[] = [];
  for (const child of children(table)) {
    if (child.tagName === 'tr') body.push(child);
    else if (child.tagName === 'thead') head.push(...children(child).filter((n) => n.tagName === 'tr'));
    else if (child.tagName === 'tbody') body.push(...children(child).filter((n) => n.tagName === 'tr'));
    else if (child.tagName === 'tfoot') foot.push(...children(child).filter((n) => n.tagName === 'tr'));
  }
  return [...head, ...body, ...foot];
}

export interface HtmlTables {
  readonly sheets: readonly Sheet[];
  /** Tables of the page that are not catalogue tables (layout, navigation): not imported. */
  readonly otherTables: number;
}

/** The catalogue tables of a page as sheets; `name` is the file name without its extension. */
export async function htmlTables(text: string, name: string): Promise<HtmlTables> {
  const { parse } = await import('parse5');
  const document = parse(text) as unknown as Node;
  const tables: { node: Node; context: string[] }[] = [];
  let title = '';
  // Texts met so far in document order, for the headings just above a table.
  const recent: string[] = [];
  let insideTable = 0;
  const visit = (node: Node) => {
    const tag = node.tagName;
    if (tag === 'title') title = cellText({ nodeName: 'div', tagName: 'div', childNodes: children(node) }) || title;
    if (tag === 'script' || tag === 'style' || tag === 'template') return;
    if (tag === 'table') {
      const caption = children(node).find((n) => n.tagName === 'caption');
      tables.push({ node, context: [...(caption ? [cellText(caption)] : []), ...recent.slice(-3).reverse(), title].filter(Boolean) });
    }
    if (!insideTable && tag && /^(?:h[1-6]|p|strong|b|span|div|font|center)$/.test(tag) && !children(node).some((n) => n.tagName === 'table' || n.tagName === 'div' || n.tagName === 'p')) {
      const own = cellText(node);
      if (own && own.length <= 60 && !own.includes('\n')) recent.push(own);
    }
    if (tag === 'table') insideTable++;
    for (const child of children(node)) visit(child);
    if (node.content) visit(node.content);
    if (tag === 'table') insideTable--;
  };
  visit(document);
  const sheets: Sheet[] = [];
  let otherTables = 0;
  tables.forEach(({ node, context }) => {
    const cells = tableRows(node).map((tr) => children(tr).filter((n) => n.tagName === 'td' || n.tagName === 'th').map((td): SpanCell => ({
      text: cellText(td), rowSpan: Number(attr(td, 'rowspan') ?? 1), colSpan: Number(attr(td, 'colspan') ?? 1),
    })));
    const grid = spanGrid(cells);
    if (!findHeader(grid.rows) && !findPlanHeader(grid.rows)) {
      otherTables++;
      return;
    }
    sheets.push({ name, rows: grid.rows, copied: grid.copied, context });
  });
  if (sheets.length > 1) sheets.forEach((sheet, i) => ((sheet as { name: string }).name = `${name}（表${i + 1}）`));
  return { sheets, otherTables };
}
