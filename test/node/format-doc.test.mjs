// Every JSON example in docs/catalogue-format.md marked `<!-- check: Name -->` must be valid for the
// schema entity it illustrates (`document`: a whole catalogue, validated with references and the
// consistency rules), so the contract never shows editors something the validator refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from '../helpers/node-bundle.mjs';

const { outputFiles } = await build({
  stdin: { contents: "export * from './src/catalogue/schema.ts'; export { validateCatalogue } from './src/catalogue/validate.ts';", resolveDir: root, loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error',
});
const lib = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
const doc = readFileSync(join(root, 'docs/catalogue-format.md'), 'utf8');
const examples = [...doc.matchAll(/<!-- check: (\w+) -->\n```json\n([\s\S]*?)\n```/g)].map((m) => ({ name: m[1], json: m[2], line: doc.slice(0, m.index).split('\n').length }));

test('the format document has checked examples for the 1.1 additions', () => {
  assert.ok(examples.length >= 24, `${examples.length} examples`);
  for (const field of ['"methods"', '"adoptionReport"', '"personal"', '"displayStart"', '"amendedBy"', '"nextReviewAt"', '"raisedAt"']) {
    assert.ok(examples.some((e) => e.json.includes(field)), `an example shows ${field}`);
  }
});

for (const { name, json, line } of examples) {
  test(`docs/catalogue-format.md:${line} ${name} example is valid`, () => {
    const data = JSON.parse(json);
    if (name === 'document') {
      const result = lib.validateCatalogue(data);
      assert.deepEqual(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message.en}`), []);
      assert.deepEqual(result.warnings, []);
      return;
    }
    const schema = lib[name];
    assert.ok(schema, `no schema export named ${name}`);
    const result = schema.safeParse(data);
    assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3)));
  });
}
