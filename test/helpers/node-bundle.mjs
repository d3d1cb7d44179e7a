// Node cannot import the TypeScript sources directly, so the Node suites bundle the modules they
// need with esbuild into a temporary .mjs file and import that. Not a test file itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = fileURLToPath(new URL('../../', import.meta.url));

const ENTRY = `
export { brokenDocuments } from './test/fixtures/broken-documents.ts';
export { minimalCatalogue } from './test/fixtures/minimal.ts';
export { deepDocuments, DEEP_LEVELS } from './test/fixtures/deep-documents.ts';
export { catalogueJsonSchema, CATALOGUE_SCHEMA_ID } from './src/cli/json-schema.ts';
export { parseCatalogueText, validateCatalogue } from './src/catalogue/validate.ts';
export { CatalogueDocument, SAFE_URL_PATTERN, ISO_DATE_PATTERN, SCHEMA_VERSION_PATTERN } from './src/catalogue/schema.ts';
export { ITEM_FIELD_LABELS } from './src/catalogue/diff-report.ts';
import { messages as treeZh } from './src/components/catalogue-tree/messages.ts';
import { en as treeEn } from './src/components/catalogue-tree/messages.en.ts';
import { detailMessages } from './src/components/catalogue-tree/item-detail-messages.ts';
/** Both halves of the tree's table (its English half is a lazy module in the browser), with the standard's labels (item-detail.ts). */
export const treeMessages = { 'zh-CN': { ...treeZh['zh-CN'], ...detailMessages['zh-CN'] }, en: { ...treeEn, ...detailMessages.en } };
`;

/** The corpus, the fixtures, the validator and the JSON Schema generator, bundled for Node. */
export function loadSources() {
  return loadModules(ENTRY);
}

/** Any TypeScript modules of the repository, bundled for Node: `entry` is TS source of re-exports (paths from the root). */
export async function loadModules(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-node-test-'));
  try {
    const outfile = join(dir, 'sources.mjs');
    await build({
      stdin: { contents: entry, resolveDir: root, sourcefile: 'node-test-entry.ts', loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'warning',
      // CommonJS dependencies (exceljs) call require() on Node built-ins; an ES module has none.
      banner: { js: "import { createRequire as __zwgkCreateRequire } from 'node:module'; const require = __zwgkCreateRequire(import.meta.url);" },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
