// Bundler users import one element (`zwgk-elements/policy-card`): it must bring only that element
// and the shared runtime, never the other elements or the map engine. Checked by bundling each
// element's entry with esbuild (tree-shaking as a bundler would) and reading what ended up inside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;
const elements = readdirSync(join(root, 'src/components')).filter((name) => existsSync(join(root, 'src/components', name, 'define.ts')));
const tagOf = (name) => /define\('([a-z0-9-]+)'/.exec(readFileSync(join(root, 'src/components', name, 'define.ts'), 'utf8'))[1];

async function bundle(entry) {
  const result = await build({
    stdin: { contents: `import './src/components/${entry}/define.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'esm', minify: false, treeShaking: true, splitting: true, outdir: 'out',
    conditions: ['production'], logLevel: 'error', loader: { '.css': 'text' },
    plugins: [{ name: 'inline-css', setup(b) { b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: join(a.resolveDir.includes('node_modules') ? a.resolveDir : root, 'node_modules', a.path.replace(/\?inline$/, '')), namespace: 'file' })); } }],
  });
  const main = result.outputFiles.find((f) => f.path.endsWith('stdin.js')) ?? result.outputFiles[0];
  return { main: main.text, chunks: result.outputFiles.filter((f) => f !== main).map((f) => f.text) };
}

test('package.json exports every element entry through the ./* pattern, with types', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.exports['./*'].import, './dist/esm/components/*/define.js');
  assert.ok(pkg.sideEffects.includes('./dist/esm/components/*/define.js'), 'define files must stay side-effectful');
  assert.ok(elements.length >= 2);
});

for (const name of elements) {
  test(`importing ${name} alone brings no other element`, async () => {
    const { main, chunks } = await bundle(name);
    assert.match(main, new RegExp(`define\\(\\s*"${tagOf(name)}"`), 'the entry registers its own tag');
    for (const other of elements) {
      if (other === name) continue;
      // Its registration, not a mere mention of the tag (open-day looks for a map on the page).
      assert.ok(!new RegExp(`define\\(\\s*"${tagOf(other)}"`).test(main), `${name} pulled in <${tagOf(other)}>`);
    }
    if (name !== 'disclosure-map') assert.ok(![main, ...chunks].some((code) => code.includes('leaflet-container')), `${name} pulled in Leaflet`);
    else assert.ok(!main.includes('leaflet-container'), 'Leaflet must stay in a lazy chunk');
  });
}
