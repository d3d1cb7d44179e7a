/**
 * 文号 (document numbers) are written with 〔〕 by GB/T 9704, but sources also use [], (), （）
 * and 【】. For matching, every variant is folded to one form; the display keeps the source text.
 */
export function normalizeDocNo(docNo: string): string {
  return docNo
    .normalize('NFKC')
    .replace(/[〔[(（【]/g, '〔')
    .replace(/[〕\])）】]/g, '〕')
    .replace(/\s+/g, '');
}

/** A title without 《》 and surrounding spaces, for matching a basis entry against a policy title. */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKC').replace(/[《》〈〉\s]/g, '');
}
