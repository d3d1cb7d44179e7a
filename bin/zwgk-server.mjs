#!/usr/bin/env node
// Starts the reference server from its bundle, dist/server/zwgk-server.mjs. In a source checkout
// the bundle is (re)built first when it is missing or older than the sources, as bin/zwgk.mjs does.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/server/zwgk-server.mjs', import.meta.url));
const builder = fileURLToPath(new URL('../scripts/build-server.mjs', import.meta.url));
const sources = ['../src/', '../package.json'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(`${path}/${name}`)));
}

const missing = !existsSync(bundle);
if (existsSync(builder) && (missing || Math.max(...sources.map(newestChange)) > statSync(bundle).mtimeMs)) {
  try {
    const { buildServer } = await import(pathToFileURL(builder).href);
    await buildServer();
  } catch (e) {
    if (missing) {
      process.stderr.write(`zwgk-server: 无法构建服务器 / cannot build the server (run npm install first): ${e instanceof Error ? e.message : e}\n`);
      process.exit(70);
    }
    process.stderr.write('zwgk-server: 警告：无法重新构建，使用旧版本 / warning: rebuild failed, using the existing bundle\n');
  }
} else if (missing) {
  process.stderr.write('zwgk-server: 缺少 dist/server/zwgk-server.mjs / the server bundle is missing; reinstall zwgk-elements\n');
  process.exit(70);
}

// Files the server creates (the PGlite data directory) are private to its user.
process.umask(0o077);
const { main } = await import(pathToFileURL(bundle).href);
const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
