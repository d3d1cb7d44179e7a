import { parseCatalogueText } from '../../src/catalogue/validate.js';
import type { Catalogue } from '../../src/catalogue/schema.js';

/** A sample catalogue from demo/data, validated as the components would; throws with the errors if it is invalid. */
export async function loadSample(file = 'shixian.json'): Promise<Catalogue> {
  const result = parseCatalogueText(await (await fetch(`/demo/data/${file}`)).text());
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message.en}`).join('\n'));
  return result.catalogue;
}
