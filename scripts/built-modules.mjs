// What a browser downloads for a built ES module (dist/, minified by rolldown) before it runs it:
// the file and every file it imports statically. Lazy chunks (dynamic import()) are not included.
// Used by the size report (scripts/size.mjs) and by the built demo site's modulepreload links
// (scripts/build-demo.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Static imports of a built ES module: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`. */
const STATIC_IMPORT = /(?:^|[;})\s])(?:import|export)\s*(?:[^;"'()]*?from\s*)?["']([^"']+\.js)["']/g;

/** A built file and everything it imports statically, as absolute paths, the file first. */
export function eagerFiles(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) eagerFiles(join(dirname(file), specifier), seen);
  return seen;
}
