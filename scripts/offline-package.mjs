#!/usr/bin/env node
// The offline package, dist/zwgk-elements.zip: everything a county integrator uploads to a CMS
// that cannot reach a CDN, and everything they need to read, in one folder zwgk-elements/:
//   README.txt                      Chinese first, then English (from scripts/offline-readme.txt)
//   zwgk-elements.js, map-view-<hash>.js   the drop-in bundle and the map's lazy file (+ .map)
//   zwgk-elements.css               the elements' stylesheet, for pages rendered by `zwgk render`
//   zwgk-autoloader.js, components/, chunks/   the autoloader and the per-element files it loads
//   zwgk-cloak.css                  page rules keeping each element's place before the script runs
//   *.gz, *.br                      precompressed copies of every script and JSON file (servers can send them as they are)
//   zwgk-loader.js                  a plain script for CMS pages that only take a script URL or
//                                   plain <div data-zwgk="…"> (src/embed/loader.ts)
//   zwgk.cjs                        the command line as ONE file: `node zwgk.cjs validate catalogue.json`
//   catalogue.schema.json, custom-elements.json, types/   for back ends and framework users
//   docs/                           the catalogue format, the integrator guide, the two HTTP APIs
//   example.html, data/             a page using only these files, the sample county and its media
//
// Needs the vite build in dist/ (npm test and npm run build make it); builds the rest itself.
//   node scripts/offline-package.mjs            → dist/zwgk-elements.zip
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { renderRuntimePlugin } from './build-cli.mjs';
import { compressed } from './precompress.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const FOLDER = 'zwgk-elements';
/** The documents an integrator of the offline package needs, shipped in docs/. */
const DOCS = ['integrator-guide.md', 'catalogue-format.md', 'request-api.md', 'request-api.openapi.yaml', 'open-day-api.md', 'server.md', 'editor-guide.md'];

/** The map's lazily loaded file, by its name in dist/ (map-view-<hash>.js). */
export function mapChunkName() {
  const chunk = readdirSync(dist).find((name) => /^map-view-[\w-]+\.js$/.test(name));
  if (!chunk) throw new Error('dist/ has no map-view-<hash>.js: run vite build first');
  return chunk;
}

/** The CLI as one CommonJS file with every dependency inside: runs with plain `node`, no npm. */
export async function buildSingleFileCli(outfile = join(dist, 'zwgk.cjs')) {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    stdin: {
      contents: "import { main } from './src/cli/main.ts';\nvoid main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n",
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'zwgk.cjs',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [renderRuntimePlugin()],
  });
  return outfile;
}

/** src/embed/loader.ts as a classic script (no module syntax), for the old cores the elements support. */
export async function buildLoader(outfile = join(dist, 'zwgk-loader.js')) {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/embed/loader.ts'],
    outfile,
    bundle: true,
    format: 'iife',
    target: 'es2020', // Chromium 86, Safari 14.1, Firefox 79 all run ES2020
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  return outfile;
}

function readDir(dir, prefix, files) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readDir(path, `${prefix}${name}/`, files);
    else files[`${prefix}${name}`] = readFileSync(path);
  }
}

/** The README with this build's facts filled in: version, the lazy file's name, the file list. */
export function offlineReadme({ version, chunk }) {
  return readFileSync(join(root, 'scripts/offline-readme.txt'), 'utf8').replaceAll('{{version}}', version).replaceAll('{{mapChunk}}', chunk);
}

/** Writes the package; resolves to { path, files (names inside the zip), bytes }. */
export async function writeOfflinePackage(zipPath = join(dist, 'zwgk-elements.zip')) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const chunk = mapChunkName();
  const cli = await buildSingleFileCli();
  const loader = await buildLoader();
  const schema = execFileSync(process.execPath, [cli, 'schema'], { cwd: root });
  writeFileSync(join(dist, 'catalogue.schema.json'), schema);
  // The elements' stylesheet for pages rendered by `zwgk render` (readable before and without script).
  const stylesheet = execFileSync(process.execPath, [cli, 'render', '--stylesheet'], { cwd: root });
  writeFileSync(join(dist, 'zwgk-elements.css'), stylesheet);
  if (!existsSync(join(root, 'custom-elements.json'))) execFileSync(join(root, 'node_modules/.bin/custom-elements-manifest'), ['analyze', '--quiet'], { cwd: root });
  if (!existsSync(join(dist, 'types/react.d.ts'))) execFileSync(process.execPath, ['scripts/framework-types.mjs'], { cwd: root });

  const files = {};
  const add = (name, content) => { files[`${FOLDER}/${name}`] = content; };
  for (const name of readdirSync(dist)) {
    if (/^(zwgk-elements|zwgk-autoloader|map-view-[\w-]+)\.js(\.map)?$|^zwgk-cloak\.css$/.test(name)) add(name, readFileSync(join(dist, name)));
  }
  for (const folder of ['components', 'chunks']) {
    const built = {};
    readDir(join(dist, folder), '', built);
    for (const [name, content] of Object.entries(built)) if (!/\.(gz|br)$/.test(name)) add(`${folder}/${name}`, content);
  }
  add('zwgk.cjs', readFileSync(cli));
  add('zwgk-loader.js', readFileSync(loader));
  add('catalogue.schema.json', schema);
  add('zwgk-elements.css', stylesheet);
  add('custom-elements.json', readFileSync(join(root, 'custom-elements.json')));
  const types = {};
  readDir(join(dist, 'types'), '', types);
  for (const [name, content] of Object.entries(types)) add(`types/${name}`, content);
  for (const name of DOCS) add(`docs/${name}`, readFileSync(join(root, 'docs', name)));
  add('README.txt', Buffer.from(offlineReadme({ version, chunk })));
  add('example.html', readFileSync(join(root, 'demo/static.html')));
  const data = {};
  readDir(join(root, 'demo/data'), '', data);
  for (const [name, content] of Object.entries(data)) add(`data/${name}`, content);

  // What a browser downloads, precompressed beside it (the integrator guide §9.1 says how to serve them).
  for (const [name, content] of Object.entries(files)) {
    if (/\.(js|json)$/.test(name)) {
      const { gz, br } = compressed(content);
      files[`${name}.gz`] = gz;
      files[`${name}.br`] = br;
    }
  }
  // Media and precompressed files are already compressed; level 9 on them only costs time.
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, /\.(mp4|mp3|png|gz|br)$/.test(name) ? [content, { level: 0 }] : content])), { level: 9 });
  mkdirSync(join(zipPath, '..'), { recursive: true });
  writeFileSync(zipPath, zip);
  return { path: zipPath, files: Object.keys(files), bytes: zip.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { path, files, bytes } = await writeOfflinePackage();
  console.log(`${path.slice(root.length)}: ${files.length} files, ${(bytes / 1024).toFixed(1)} kB`);
}
