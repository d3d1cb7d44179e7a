#!/usr/bin/env node
// The browser bundles, as `npm test` and `npm run build` make them (see vite.config.ts):
//   dist/zwgk-elements.js                 the one-file drop-in (offline installs), + lazy chunks
//   dist/zwgk-autoloader.js               loads each element when its tag appears on the page
//   dist/components/<name>/define.js      one entry per element, for the autoloader or a direct <script>
//   dist/chunks/                          code those entries share, and lazy chunks
//   dist/zwgk-cloak.css                   the page rules that keep each element's place before the
//                                         script runs (docs/integrator-guide.md §11; the demo site's
//                                         demo/assets/cloak.css is the same file)
// then `.gz` and `.br` copies of each (scripts/precompress.mjs).
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompress } from './precompress.mjs';

const root = new URL('..', import.meta.url).pathname;
const vite = join(root, 'node_modules/.bin/vite');
const run = (args) => execFileSync(vite, args, { cwd: root, stdio: 'inherit' });

run(['build', '--logLevel', 'warn']);
run(['build', '--mode', 'autoload', '--logLevel', 'warn']);
copyFileSync(join(root, 'demo/assets/cloak.css'), join(root, 'dist/zwgk-cloak.css'));
precompress(join(root, 'dist'));
