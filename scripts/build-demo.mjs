#!/usr/bin/env node
// `npm run build:demo`: the demo county site as an integrator would publish it, in dist-demo/
// (served at /built/ by demo/server.mjs; measured by the whole-page bench, bench/page.mjs):
//   *.html      the demo pages with the site's header and footer, loading zwgk/zwgk-autoloader.js
//               (not the library source), with the catalogue preloaded and each element's
//               modules announced with <link rel="modulepreload">, as the integrator guide advises
//   zwgk/       the autoloader, dist/components/ and dist/chunks/ (npm run build's bundles)
//   assets/     the site's stylesheets and its two small scripts; data/ the sample data
// and a .gz and .br copy of every text file, sent by servers configured as the guide shows.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withSiteChrome } from '../demo/site-chrome.mjs';
import { eagerFiles } from './built-modules.mjs';
import { precompress } from './precompress.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
export const DEMO_OUT = join(root, 'dist-demo');

/** The dev page's script (the library from source) and what the built page loads instead. */
const DEV_SCRIPT = '<script type="module" src="./assets/site.ts"></script>';

/** `<link rel="modulepreload">` for the autoloader and the modules of every element on the page, so they download in parallel, not one after another. */
function modulePreloads(html) {
  const names = new Set([...html.matchAll(/<zwgk-([a-z-]+)[\s>]/g)].map(([, name]) => name));
  const files = new Set();
  for (const name of [...names].sort()) {
    const entry = join(dist, 'components', name, 'define.js');
    if (existsSync(entry)) eagerFiles(entry).forEach((file) => files.add(file));
  }
  return [...files].map((file) => `<link rel="modulepreload" href="./zwgk/${relative(dist, file)}">`).join('\n  ');
}

/** Writes dist-demo/; `bundles: false` takes dist/'s bundles as they are (npm test has just built them). */
export function buildDemo({ bundles = true } = {}) {
  // The bundles as the source is now, by default: a stale dist/ would measure yesterday's code.
  if (bundles || !existsSync(join(dist, 'zwgk-autoloader.js'))) execFileSync(process.execPath, ['scripts/build-bundles.mjs'], { cwd: root, stdio: 'inherit' });
  rmSync(DEMO_OUT, { recursive: true, force: true });
  mkdirSync(join(DEMO_OUT, 'assets'), { recursive: true });
  const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html') && name !== 'static.html');
  for (const page of pages) {
    const source = readFileSync(join(root, 'demo', page), 'utf8');
    if (!source.includes(DEV_SCRIPT)) throw new Error(`demo/${page} does not load ./assets/site.ts as the other pages do`);
    const built = withSiteChrome(source, page).replace(DEV_SCRIPT, [
      '<script type="module" src="./zwgk/zwgk-autoloader.js"></script>',
      '<script type="module" src="./assets/elder-toggle.js"></script>',
      modulePreloads(source),
    ].join('\n  '));
    writeFileSync(join(DEMO_OUT, page), built);
  }
  for (const asset of ['legacy.css', 'cloak.css', 'elder-mode.js', 'elder-toggle.js']) cpSync(join(root, 'demo/assets', asset), join(DEMO_OUT, 'assets', asset));
  cpSync(join(root, 'demo/data'), join(DEMO_OUT, 'data'), { recursive: true });
  const scripts = (path) => !/\.(map|gz|br)$/.test(path);
  cpSync(join(dist, 'zwgk-autoloader.js'), join(DEMO_OUT, 'zwgk/zwgk-autoloader.js'));
  for (const folder of ['components', 'chunks']) cpSync(join(dist, folder), join(DEMO_OUT, 'zwgk', folder), { recursive: true, filter: scripts });
  return { pages, compressed: precompress(DEMO_OUT) };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { pages, compressed } = buildDemo({ bundles: !process.argv.includes('--keep-bundles') });
  console.log(`dist-demo/: ${pages.length} pages (${pages.join(', ')}), ${compressed} files with .gz/.br copies; served at /built/ by npm start`);
}
