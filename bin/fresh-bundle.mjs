// The bins start a bundle in dist/. In a source checkout the bundle is (re)built first when it is
// missing or older than the sources, so a fresh clone works even if `prepare` did not run, and
// never runs yesterday's code. Shared by bin/zwgk.mjs and bin/zwgk-server.mjs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const sources = ['../src/', '../package.json'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(`${path}/${name}`)));
}

/** Imports the bundle (a dist/ path relative to bin/), rebuilding it with `builder`'s `build` export when stale. */
export async function freshBundle({ name, bundle: bundlePath, builder: builderPath, build, what }) {
  const bundle = fileURLToPath(new URL(bundlePath, import.meta.url));
  const builder = fileURLToPath(new URL(builderPath, import.meta.url));
  const missing = !existsSync(bundle);
  if (existsSync(builder) && (missing || Math.max(...sources.map(newestChange)) > statSync(bundle).mtimeMs)) {
    try {
      await (await import(pathToFileURL(builder).href))[build]();
    } catch (e) {
      if (missing) {
        process.stderr.write(`${name}: 无法构建${what.zh} / cannot build ${what.en} (run npm install first): ${e instanceof Error ? e.message : e}\n`);
        process.exit(70);
      }
      process.stderr.write(`${name}: 警告：无法重新构建，使用旧版本 / warning: rebuild failed, using the existing bundle\n`);
    }
  } else if (missing) {
    process.stderr.write(`${name}: 缺少 ${bundlePath.replace('../', '')} / ${bundlePath.replace('../', '')} is missing; reinstall zwgk-elements\n`);
    process.exit(70);
  }
  return import(pathToFileURL(bundle).href);
}
