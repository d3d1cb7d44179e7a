// Bundles the reference server (src/server/main.ts with the shared form rules and catalogue
// validator) into dist/server/zwgk-server.mjs, which bin/zwgk-server.mjs starts. npm packages
// stay external (PGlite loads its WASM beside its own module), so they come from node_modules.
import { mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/server/zwgk-server.mjs', import.meta.url));

export async function buildServer() {
  const { build } = await import('esbuild');
  mkdirSync(new URL('../dist/server/', import.meta.url), { recursive: true });
  const temporary = `${SERVER_BUNDLE}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: ['src/server/main.ts'],
    outfile: temporary,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  renameSync(temporary, SERVER_BUNDLE);
  return SERVER_BUNDLE;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
}
