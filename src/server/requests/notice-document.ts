/**
 * A notice (答复书 and the others, src/forms/request-notices.ts) as a self-contained HTML document
 * the applicant downloads and prints: A4 with the margins and type sizes of GB/T 9704-2012 (标题
 * 二号小标宋, 正文三号仿宋, 28 pt lines), the agency and date at the foot with room for the seal.
 * Every value is escaped: the notice is plain text and stays plain text.
 */
import type { Notice } from '../../forms/request-notices.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export const NOTICE_PRINT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #fff; color: #000; }
body { max-width: 156mm; margin: 2em auto; font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", serif; font-size: 16pt; line-height: 28pt; }
h1 { margin: 0 0 14pt; font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "华文中宋", "SimSun", serif; font-size: 22pt; line-height: 1.4; font-weight: normal; text-align: center; }
.number { margin: 0 0 14pt; text-align: center; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.salutation { text-indent: 0; }
.signature { margin: 56pt 4em 0 0; text-align: right; }
.signature p { text-indent: 0; text-align: right; }
.meta { margin-top: 28pt; font-size: 10.5pt; line-height: 1.5; color: #333; text-indent: 0; }
@media print { body { margin: 0; max-width: none; } .meta { display: none; } }
`;

export function noticeDocument(notice: Notice, info: { code: string }): string {
  const [first, ...rest] = notice.paragraphs;
  const salutation = first && /[：:]$/.test(first) ? first : undefined;
  const body = salutation ? rest : notice.paragraphs;
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(notice.title)}（${escapeHtml(info.code)}）</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${NOTICE_PRINT_CSS}</style></head><body><main>`,
    `<h1>${escapeHtml(notice.title)}</h1>`,
    notice.documentNumber ? `<p class="number">${escapeHtml(notice.documentNumber)}</p>` : '',
    salutation ? `<p class="salutation">${escapeHtml(salutation)}</p>` : '',
    ...body.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<div class="signature"><p>${escapeHtml(notice.signature.agency)}</p><p>${escapeHtml(notice.signature.date)}</p></div>`,
    `<p class="meta">申请编号：${escapeHtml(info.code)}。本文书从政府信息公开申请查询系统下载，以本机关加盖印章的文书为准。</p>`,
    '</main></body></html>',
  ].join('\n');
}
