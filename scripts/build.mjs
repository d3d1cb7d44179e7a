#!/usr/bin/env node
// `npm run build`: everything an integrator can take away, in dist/.
//   zwgk-elements.js       the drop-in bundle (one ES module, every element, Lit inside) + lazy chunks
//   zwgk-autoloader.js     loads each element's code from components/ when its tag appears (+ chunks/)
//   *.gz, *.br             precompressed copies of every script and JSON file, for servers that send them as is
//   esm/                   per-module ESM with .d.ts for bundler users (package.json "exports")
//   catalogue.schema.json  the JSON Schema of the catalogue format
//   zwgk-elements.css      the elements' stylesheet, for pages rendered by `zwgk render` (written with the offline package)
//   types/react.d.ts, types/vue.d.ts   JSX/template typings generated from the manifest
//   cli/zwgk.mjs           the editors' command line
//   zwgk-elements.zip      an offline package for CMS back offices that only accept uploads
//                          (scripts/offline-package.mjs; with zwgk.cjs, the CLI as one file, the
//                          autoloader and .gz/.br copies)
import { execFileSync } from 'node:child_process';
import { writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { precompress } from './precompress.mjs';
import { writeOfflinePackage } from './offline-package.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
const step = (label) => console.log(`\n▶ ${label}`);

step('drop-in bundle and autoloader (vite)');
run(process.execPath, ['scripts/build-bundles.mjs']);

step('per-element ESM and type declarations (tsc)');
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

step('command line');
run(process.execPath, ['scripts/build-cli.mjs']);
run(process.execPath, ['scripts/build-server.mjs']);

step('JSON Schema');
writeFileSync(join(root, 'dist/catalogue.schema.json'), execFileSync(process.execPath, ['bin/zwgk.mjs', 'schema'], { cwd: root }));

step('Custom Elements Manifest and framework typings');
run(bin('custom-elements-manifest'), ['analyze', '--quiet']);
run(process.execPath, ['scripts/framework-types.mjs']);

step('offline package');
const offline = await writeOfflinePackage();
console.log(`dist/zwgk-elements.zip: ${offline.files.length} files, ${(offline.bytes / 1024).toFixed(1)} kB`);
copyFileSync(join(root, 'custom-elements.json'), join(root, 'dist/custom-elements.json'));

step('precompressed copies (.gz, .br)');
console.log(`${precompress(join(root, 'dist'), ['esm', 'cli', 'types'])} files`);
console.log(`\nbuilt into ${relative(process.cwd(), join(root, 'dist')) || 'dist'}/`);
