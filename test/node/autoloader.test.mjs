// The autoloader loads `components/<name>/define.js` for a tag `zwgk-<name>`: its list of names
// must be exactly the elements that have a define.ts registering that tag, or a tag would never
// load (or load a file that does not exist).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

test('the autoloader knows every element, by the tag its define.ts registers', () => {
  const source = readFileSync(join(root, 'src/autoloader.ts'), 'utf8');
  const listed = JSON.parse(/ELEMENT_NAMES = (\[[^\]]*\])/.exec(source)[1].replace(/'/g, '"'));
  // Staff-only elements are imported by the office's own page, never autoloaded on a public one.
  const STAFF_ONLY = new Set(['request-desk']);
  const elements = readdirSync(join(root, 'src/components')).filter((name) => existsSync(join(root, 'src/components', name, 'define.ts')) && !STAFF_ONLY.has(name)).sort();
  assert.deepEqual([...listed].sort(), elements);
  for (const name of elements) {
    assert.match(readFileSync(join(root, 'src/components', name, 'define.ts'), 'utf8'), new RegExp(`define\\('zwgk-${name}'`), `${name}/define.ts registers zwgk-${name}`);
  }
});
