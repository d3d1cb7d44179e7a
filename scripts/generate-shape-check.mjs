#!/usr/bin/env node
// `npm run generate`: writes src/catalogue/shape-check.generated.ts from the zod schema (see
// src/catalogue/shape-check-generator.ts). `--check` only compares, and exits 1 when the file is stale.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const GENERATED_FILE = join(root, 'src/catalogue/shape-check.generated.ts');

/** The text the schema generates now. */
export async function generatedShapeCheck() {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-generate-'));
  try {
    const outfile = join(dir, 'generator.mjs');
    await build({
      stdin: {
        contents: `export { CatalogueDocument, CatalogueChunk } from './src/catalogue/schema.ts';
export * as codeLists from './src/catalogue/code-values.ts';
export { generateShapeCheck } from './src/catalogue/shape-check-generator.ts';`,
        resolveDir: root, loader: 'ts', sourcefile: 'generate-entry.ts',
      },
      bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning',
    });
    const { CatalogueDocument, CatalogueChunk, codeLists, generateShapeCheck } = await import(pathToFileURL(outfile).href);
    const lists = Object.fromEntries(Object.entries(codeLists).filter(([, value]) => Array.isArray(value)));
    return generateShapeCheck([
      { schema: CatalogueDocument, checkName: 'checkCatalogueShape', fieldsName: 'CATALOGUE_FIELDS', description: 'a catalogue document' },
      { schema: CatalogueChunk, checkName: 'checkChunkShape', fieldsName: 'CHUNK_FIELDS', description: 'a file of items of a chunked catalogue' },
    ], { codeLists: lists, codeListModule: './code-values.js', command: 'npm run generate' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await generatedShapeCheck();
  if (process.argv.includes('--check')) {
    const current = readFileSync(GENERATED_FILE, 'utf8');
    if (current !== text) {
      console.error('src/catalogue/shape-check.generated.ts is stale: run `npm run generate`');
      process.exit(1);
    }
    console.log('src/catalogue/shape-check.generated.ts is up to date');
  } else {
    writeFileSync(GENERATED_FILE, text);
    console.log(`wrote src/catalogue/shape-check.generated.ts (${text.length} characters)`);
  }
}
