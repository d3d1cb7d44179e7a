/**
 * Rules between fields that JSON Schema cannot express and that are not id references: dates that
 * must come in order, counts that must add up, one-of fields. Run with the reference checks, on a
 * document whose shape already passed. Rules on 1.0 fields are kept to what the format always
 * meant (an interpretation cannot predate its policy), so that no valid 1.0 file becomes invalid.
 */
import type { Catalogue, PolicyLink } from './schema.js';
import { chinaDay } from './dates.js';
import { type CatalogueError, error, quote } from './problems.js';

export function checkConsistency(doc: Catalogue): CatalogueError[] {
  const errors: CatalogueError[] = [];
  /** `later` may not fall on a calendar day (Beijing) before `earlier`. */
  const inOrder = (earlier: string | undefined, later: string | undefined) => {
    const a = chinaDay(earlier);
    const b = chinaDay(later);
    return a === undefined || b === undefined || b >= a;
  };
  const dateOrder = (path: string, zh: string, en: string) => errors.push(error('schema', path, 'date-order', zh, en));

  const policyDays = new Map((doc.policies ?? []).map((p) => [p.id, p] as const));
  doc.interpretations?.forEach((interpretation, i) => {
    const policy = policyDays.get(interpretation.policyId);
    if (policy && !inOrder(policy.publishedAt, interpretation.publishedAt)) {
      // The dates as written in the file, so the editor can search for them.
      const zh = `解读的发布日期 ${interpretation.publishedAt} 早于所解读政策${quote(policy.title)}的发布日期 ${policy.publishedAt}，请核对日期`;
      const en = `the interpretation is dated ${interpretation.publishedAt}, before its policy ${quote(policy.title)} (${policy.publishedAt}); check the dates`;
      errors.push(error('reference', `interpretations[${i}].publishedAt`, 'date-order', zh, en));
    }
  });

  doc.policies?.forEach((policy, i) => {
    const links: [PolicyLink, string][] = (policy.amendedBy ?? []).map((link, j) => [link, `policies[${i}].amendedBy[${j}]`]);
    if (policy.repealedBy) links.push([policy.repealedBy, `policies[${i}].repealedBy`]);
    for (const [link, path] of links) {
      if (!link.policyId && !link.title) {
        errors.push(error('schema', `${path}.title`, 'required', '需要 policyId 或 title 之一', 'needs policyId or title'));
      }
    }
  });

  doc.consultations?.forEach((consultation, i) => {
    const at = `consultations[${i}]`;
    if (!consultation.method && !consultation.methods) {
      errors.push(error('schema', `${at}.methods`, 'required', '需要 methods（或 1.0 的 method）', 'needs methods (or the 1.0 method)'));
    }
    consultation.methods?.forEach((method, j) => {
      if (!inOrder(method.start, method.end)) dateOrder(`${at}.methods[${j}].end`, '结束时间早于开始时间', 'ends before it starts');
    });
    const report = consultation.adoptionReport;
    if (report?.received !== undefined) {
      const used = (report.adopted ?? 0) + (report.partlyAdopted ?? 0) + (report.notAdopted ?? 0);
      if (used > report.received) {
        errors.push(error('schema', `${at}.adoptionReport.received`, 'count-mismatch',
          `采纳、部分采纳、未采纳合计 ${used} 条，多于收到的意见 ${report.received} 条`,
          `adopted, partly adopted and not adopted add up to ${used}, more than the ${report.received} received`));
      }
    }
  });

  doc.items.forEach((item, i) => {
    const records = item.records;
    if (records && !inOrder(records.displayStart, records.displayEnd)) {
      dateOrder(`items[${i}].records.displayEnd`, '公示期结束日期早于开始日期', 'the display period ends before it starts');
    }
  });

  doc.negativeList?.forEach((entry, i) => {
    if (!inOrder(entry.reviewedAt, entry.nextReviewAt)) {
      dateOrder(`negativeList[${i}].nextReviewAt`, '下次评估日期早于上次评估日期', 'the next review is dated before the last one');
    }
  });
  return errors;
}
