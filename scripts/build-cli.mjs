// Bundles the CLI (src/cli/main.ts and the catalogue schema it uses, zod included) into one
// dependency-free file, dist/cli/zwgk.mjs, which bin/zwgk.mjs starts. Run by `prepare`, `test`,
// `build`, and by bin/zwgk.mjs itself when the bundle is missing.
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CLI_BUNDLE = fileURLToPath(new URL('../dist/cli/zwgk.mjs', import.meta.url));

export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(new URL('../dist/cli/', import.meta.url), { recursive: true });
  // Written beside the target and renamed, so a zwgk started meanwhile never reads half a file.
  const temporary = `${CLI_BUNDLE}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies (exceljs) call require() on Node built-ins; an ES module has none.
    banner: { js: "import { createRequire as __zwgkCreateRequire } from 'node:module'; const require = __zwgkCreateRequire(import.meta.url);" },
  });
  renameSync(temporary, CLI_BUNDLE);
  return CLI_BUNDLE;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCli();
}
