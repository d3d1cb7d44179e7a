#!/usr/bin/env node
// `npm run build`: everything an integrator can take away, in dist/.
//   zwgk-elements.js       the drop-in bundle (one ES module, every element, Lit inside) + lazy chunks
//   zwgk-autoloader.js     loads each element's code from components/ when its tag appears (+ chunks/)
//   *.gz, *.br             precompressed copies of every script and JSON file, for servers that send them as is
//   esm/                   per-module ESM with .d.ts for bundler users (package.json "exports")
//   catalogue.schema.json  the JSON Schema of the catalogue format
//   types/react.d.ts, types/vue.d.ts   JSX/template typings generated from the manifest
//   cli/zwgk.mjs           the editors' command line
//   zwgk-elements.zip      an offline package for CMS back offices that only accept uploads
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { compressed, precompress } from './precompress.mjs';

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

step('JSON Schema');
writeFileSync(join(root, 'dist/catalogue.schema.json'), execFileSync(process.execPath, ['bin/zwgk.mjs', 'schema'], { cwd: root }));

step('Custom Elements Manifest and framework typings');
run(bin('custom-elements-manifest'), ['analyze', '--quiet']);
run(process.execPath, ['scripts/framework-types.mjs']);

const files = {};
const addDir = (dir, prefix) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) addDir(path, `${prefix}${name}/`);
    else files[`${prefix}${name}`] = readFileSync(path);
  }
};
copyFileSync(join(root, 'custom-elements.json'), join(root, 'dist/custom-elements.json'));
step('precompressed copies (.gz, .br)');
console.log(`${precompress(join(root, 'dist'), ['esm', 'cli', 'types'])} files`);

step('offline package');
for (const name of readdirSync(join(root, 'dist'))) {
  if (/\.(js|map|json)(\.gz|\.br)?$/.test(name) && statSync(join(root, 'dist', name)).isFile()) files[`zwgk-elements/${name}`] = readFileSync(join(root, 'dist', name));
}
addDir(join(root, 'dist/components'), 'zwgk-elements/components/');
addDir(join(root, 'dist/chunks'), 'zwgk-elements/chunks/');
addDir(join(root, 'dist/types'), 'zwgk-elements/types/');
files['zwgk-elements/README.txt'] = readFileSync(join(root, 'scripts/offline-readme.txt'));
files['zwgk-elements/custom-elements.json'] = readFileSync(join(root, 'custom-elements.json'));
files['zwgk-elements/example.html'] = readFileSync(join(root, 'demo/static.html'));
for (const name of readdirSync(join(root, 'demo/data'))) {
  if (name.endsWith('.json')) files[`zwgk-elements/data/${name}`] = readFileSync(join(root, 'demo/data', name));
}
// The sample catalogues are the largest downloads of the example page: precompressed as well.
for (const name of Object.keys(files)) {
  if (/^zwgk-elements\/data\/.*\.json$/.test(name)) {
    const { gz, br } = compressed(files[name]);
    files[`${name}.gz`] = gz;
    files[`${name}.br`] = br;
  }
}
const zip = zipSync(files, { level: 9 });
writeFileSync(join(root, 'dist/zwgk-elements.zip'), zip);
console.log(`dist/zwgk-elements.zip: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} kB`);
console.log(`\nbuilt into ${relative(process.cwd(), join(root, 'dist')) || 'dist'}/`);
