/** Catalogue loading cost: JSON.parse versus full validation (shape, references, unknown fields). */
import { generateCatalogueText } from './generate-catalogue.js';
import { validateCatalogue } from '../src/catalogue/validate.js';
import { median, time, type BenchRow } from './harness.js';

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [count, runs] of [[1_000, 15], [10_000, 9], [50_000, 5]] as const) {
    const text = generateCatalogueText(count);
    const parse: number[] = [];
    const validate: number[] = [];
    for (let i = 0; i < runs; i++) {
      let data: unknown;
      parse.push(time(() => { data = JSON.parse(text); }));
      validate.push(time(() => {
        const result = validateCatalogue(data);
        if (!result.ok) throw new Error(`generated catalogue is invalid: ${result.errors[0]?.path}`);
      }));
    }
    const ratio = median(validate) / median(parse);
    rows.push({
      bench: 'validation',
      case: `items=${count}`,
      figures: {
        // UTF-8 bytes on the wire; JS string length (what MAX_DOCUMENT_CHARS limits) in brackets.
        size: `${(new TextEncoder().encode(text).length / 1e6).toFixed(1)} MB (${(text.length / 1e6).toFixed(1)} M chars)`,
        'JSON.parse median': `${median(parse).toFixed(1)} ms`,
        'validate median': `${median(validate).toFixed(1)} ms`,
        ratio: ratio.toFixed(2),
      },
      note: count === 10_000 ? (ratio <= 2 ? 'within target ≤ 2.0' : 'over target ≤ 2.0') : undefined,
    });
  }
  return rows;
}
