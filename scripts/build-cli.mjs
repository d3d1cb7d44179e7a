// Bundles the CLI (src/cli/main.ts and the catalogue schema it uses, zod included) into one
// dependency-free file, dist/cli/zwgk.mjs, which bin/zwgk.mjs starts. Run by `prepare`, `test`,
// `build`, and by bin/zwgk.mjs itself when the bundle is missing.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist/cli/zwgk.mjs', import.meta.url));

export async function buildCli() {
  return bundleForNode('src/cli/main.ts', CLI_BUNDLE, {
    // CommonJS dependencies (exceljs) call require() on Node built-ins; an ES module has none.
    banner: { js: "import { createRequire as __zwgkCreateRequire } from 'node:module'; const require = __zwgkCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
