#!/usr/bin/env node
// Starts the zwgk CLI from its bundle, dist/cli/zwgk.mjs. In a source checkout the bundle is
// (re)built first when it is missing or older than the sources, so `npx zwgk` works on a fresh
// clone even if `prepare` did not run, and never runs yesterday's validator.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/zwgk.mjs', import.meta.url));
const builder = fileURLToPath(new URL('../scripts/build-cli.mjs', import.meta.url));
const sources = ['../src/', '../package.json'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(`${path}/${name}`)));
}

const missing = !existsSync(bundle);
const stale = () => Math.max(...sources.map(newestChange)) > statSync(bundle).mtimeMs;
if (existsSync(builder) && (missing || stale())) {
  try {
    const { buildCli } = await import(pathToFileURL(builder).href);
    await buildCli();
  } catch (e) {
    if (missing) {
      process.stderr.write(`zwgk: 无法构建命令行工具 / cannot build the CLI (run npm install first): ${e instanceof Error ? e.message : e}\n`);
      process.exit(70);
    }
    process.stderr.write(`zwgk: 警告：无法重新构建，使用旧版本 / warning: rebuild failed, using the existing bundle\n`);
  }
} else if (missing) {
  process.stderr.write('zwgk: 缺少 dist/cli/zwgk.mjs / dist/cli/zwgk.mjs is missing; reinstall zwgk-elements\n');
  process.exit(70);
}

const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
