// The generated shape check (src/catalogue/shape-check.generated.ts) must be exactly what the zod
// schema generates now: a schema change without `npm run generate` fails here. And the runtime
// every page loads must not contain zod, which is loaded only to explain an invalid catalogue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generatedShapeCheck, GENERATED_FILE } from '../../scripts/generate-shape-check.mjs';

const root = new URL('../../', import.meta.url).pathname;

test('src/catalogue/shape-check.generated.ts is what the schema generates now (run `npm run generate` if not)', async () => {
  assert.equal(readFileSync(GENERATED_FILE, 'utf8'), await generatedShapeCheck());
});

test('the generator sees a schema change: one more field generates a different file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zwgk-generate-test-'));
  try {
    const outfile = join(dir, 'changed.mjs');
    await build({
      stdin: {
        contents: `import * as z from 'zod/mini';
import { CatalogueDocument } from './src/catalogue/schema.ts';
import { generateShapeCheck } from './src/catalogue/shape-check-generator.ts';
const changed = z.looseObject({ ...CatalogueDocument._zod.def.shape, region: z.optional(z.string()) });
const root = (schema) => [{ schema, checkName: 'checkCatalogueShape', fieldsName: 'CATALOGUE_FIELDS', description: 'a catalogue' }];
export const before = generateShapeCheck(root(CatalogueDocument), { command: 'npm run generate' });
export const after = generateShapeCheck(root(changed), { command: 'npm run generate' });`,
        resolveDir: root, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning',
    });
    const { before, after } = await import(pathToFileURL(outfile).href);
    assert.notEqual(after, before);
    assert.match(after, /region: check\d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the generated file uses no eval or new Function (it must run under a strict CSP)', () => {
  const text = readFileSync(GENERATED_FILE, 'utf8');
  assert.doesNotMatch(text, /\beval\s*\(|new\s+Function|\bFunction\s*\(/);
});

for (const [name, entry] of [
  ['the runtime (<zwgk-catalogue> and its validator)', `import './src/components/catalogue/define.ts';`],
  ['the catalogue tree', `import './src/components/catalogue-tree/define.ts';`],
]) {
  test(`${name} does not bundle zod: it is a lazy chunk, loaded to explain a failure`, async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: root, loader: 'ts' },
      bundle: true, write: false, format: 'esm', splitting: true, outdir: 'out', metafile: true,
      conditions: ['production'], logLevel: 'error', loader: { '.css': 'text' },
    });
    const outputs = result.metafile.outputs;
    /** A chunk and every chunk it imports statically: what downloads together. */
    const closure = (start) => {
      const set = new Set([start]);
      for (const path of set) for (const link of outputs[path].imports) if (link.kind === 'import-statement') set.add(link.path);
      return set;
    };
    const inputsOf = (paths) => [...paths].flatMap((path) => Object.keys(outputs[path].inputs));
    // What the page downloads for its first render: the entry and the chunks it imports statically.
    // (Lazy chunks are entry points too: the page's own is the one built from stdin.)
    const eager = closure(Object.keys(outputs).find((path) => outputs[path].entryPoint === '<stdin>'));
    // The validator every page runs when data arrives: requested at start by lazy-validation.ts, beside the catalogue.
    const starter = [...eager].find((path) => Object.keys(outputs[path].inputs).some((input) => input.endsWith('lazy-validation.ts')));
    assert.ok(starter, 'lazy-validation.ts loads with the entry');
    const validatorChunk = outputs[starter].imports.find((link) => link.kind === 'dynamic-import' && inputsOf(closure(link.path)).some((input) => input.endsWith('quick-validate.ts')));
    assert.ok(validatorChunk, 'the validator is requested by lazy-validation.ts');
    const atStart = new Set([...eager, ...closure(validatorChunk.path)]);
    const startInputs = inputsOf(atStart);
    assert.ok(startInputs.some((path) => path.includes('shape-check.generated')), 'the generated check loads at start');
    assert.deepEqual(startInputs.filter((path) => path.includes('node_modules/zod')), [], 'zod must not load at start');
    const lazyInputs = Object.keys(outputs).filter((path) => !atStart.has(path)).flatMap((path) => Object.keys(outputs[path].inputs));
    assert.ok(lazyInputs.some((path) => path.includes('node_modules/zod')), 'zod is in a lazy chunk');
  });
}
