// One esbuild bundle for Node 20 (ESM), written beside its target and renamed, so a process
// started meanwhile never reads half a file. Used by build-cli.mjs and build-server.mjs.
import { mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function bundleForNode(entry, outfile, options = {}) {
  const { build } = await import('esbuild');
  mkdirSync(dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  renameSync(temporary, outfile);
  return outfile;
}
