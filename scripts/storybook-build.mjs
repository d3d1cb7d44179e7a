#!/usr/bin/env node
// The designers' Storybook, built into storybook-static/ only when its inputs changed, so that
// `npm test` (which opens every story) pays for a build once per change, not once per run.
//   node scripts/storybook-build.mjs            build now (npm run build-storybook)
//   node scripts/storybook-build.mjs --if-stale build only when storybook-static/ is missing or stale
// Stale means: the hash of every input file (stories, .storybook, src, the sample data and its
// media, bench/generate-catalogue.ts, package-lock.json) differs from the one written by the last build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const STORYBOOK_DIR = join(root, 'storybook-static');
const HASH_FILE = join(STORYBOOK_DIR, '.zwgk-inputs.sha256');
const INPUTS = ['stories', '.storybook', 'src', 'demo/data', 'bench/generate-catalogue.ts', 'package-lock.json'];

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  else yield path;
}

/** One hash over the names and contents of every file Storybook is built from. */
export function storybookInputsHash() {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(join(root, input))) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function storybookIsFresh() {
  return existsSync(join(STORYBOOK_DIR, 'index.json')) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === storybookInputsHash();
}

/** Builds Storybook (manifest first: the docs read it). Output is kept and shown only if the build fails. */
export function buildStorybook() {
  const bin = (name) => join(root, 'node_modules/.bin', name);
  const hash = storybookInputsHash();
  try {
    execFileSync(bin('custom-elements-manifest'), ['analyze', '--quiet'], { cwd: root, stdio: 'pipe' });
    execFileSync(bin('storybook'), ['build', '--quiet'], { cwd: root, stdio: 'pipe', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error('storybook build failed (output above)');
  }
  writeFileSync(HASH_FILE, hash);
}

/** Builds when missing or stale; returns what it did, for the caller to report. */
export function ensureStorybook() {
  if (storybookIsFresh()) return 'fresh';
  buildStorybook();
  return 'built';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const done = process.argv.includes('--if-stale') ? ensureStorybook() : (buildStorybook(), 'built');
  console.log(`storybook-static/: ${done}${done === 'built' ? ` in ${((Date.now() - started) / 1000).toFixed(1)} s` : ''}`);
}
