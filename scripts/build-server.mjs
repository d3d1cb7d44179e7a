// Bundles the reference server (src/server/main.ts with the shared form rules and catalogue
// validator) into dist/server/zwgk-server.mjs, which bin/zwgk-server.mjs starts. npm packages
// stay external (PGlite loads its WASM beside its own module), so they come from node_modules.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './bundle-node.mjs';

export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/server/zwgk-server.mjs', import.meta.url));

export async function buildServer() {
  return bundleForNode('src/server/main.ts', SERVER_BUNDLE, { packages: 'external' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
}
