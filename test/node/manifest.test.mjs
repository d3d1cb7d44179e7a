// The Custom Elements Manifest is the public API contract (Storybook docs and framework typings
// come from it). These tests fail when an element, attribute, event, part or CSS property is
// missing from it or has no description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
// The analyzer resolves --outdir against the project, so the copy goes to the ignored .cache/.
const outdir = '.cache/manifest-test';
execFileSync(join(root, 'node_modules/.bin/custom-elements-manifest'), ['analyze', '--quiet', '--outdir', outdir], { cwd: root });
const manifest = JSON.parse(readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** Tags registered by each element's define.ts: the manifest must describe all of them. */
const definedTags = readdirSync(join(root, 'src/components'))
  .map((name) => join(root, 'src/components', name, 'define.ts'))
  .filter((file) => existsSync(file))
  .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/define\('([a-z0-9-]+)'/g)].map((m) => m[1]));

test('every registered element is in the manifest with a summary', () => {
  assert.ok(definedTags.length >= 1);
  for (const tag of definedTags) {
    const element = elements.find((e) => e.tagName === tag);
    assert.ok(element, `<${tag}> is registered but missing from the manifest (add @tagname ${tag} to its JSDoc)`);
    assert.ok(element.summary || element.description, `<${tag}> has no @summary`);
  }
});

test('every public attribute, event, part and CSS property is documented', () => {
  const undocumented = [];
  for (const element of elements) {
    for (const [kind, list] of [['attribute', element.attributes], ['event', element.events], ['part', element.cssParts], ['css property', element.cssProperties]]) {
      for (const entry of list ?? []) {
        if (!entry.description?.trim()) undocumented.push(`<${element.tagName}> ${kind} ${entry.name}`);
      }
    }
  }
  assert.deepEqual(undocumented, [], `undocumented public API:\n${undocumented.join('\n')}`);
});

test('the shared attributes reach every element that inherits them', () => {
  const provider = elements.find((e) => e.tagName === 'zwgk-catalogue');
  const names = provider.attributes.map((a) => a.name);
  for (const name of ['src', 'timeout', 'elder', 'show-info']) assert.ok(names.includes(name), `zwgk-catalogue lacks ${name}`);
  for (const element of elements) {
    assert.ok(element.attributes.some((a) => a.name === 'elder'), `<${element.tagName}> lacks the elder attribute`);
  }
});
