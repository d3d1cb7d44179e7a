#!/usr/bin/env node
// `npm test` after the type check: the browser suite (web-test-runner, headless Chromium), then
// the Node suite (node:test), then ONE closing line "N passed, N failed" for both, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const summaryFile = join(mkdtempSync(join(tmpdir(), 'zwgk-test-')), 'browser.txt');
const extra = process.argv.slice(2);

spawnSync(process.execPath, ['scripts/build-test-vendor.mjs'], { cwd: root, stdio: 'inherit' });
const browser = spawnSync(join(root, 'node_modules/.bin/web-test-runner'), extra, {
  cwd: root, stdio: 'inherit', env: { ...process.env, ZWGK_SUMMARY_FILE: summaryFile },
});
const [browserLine, ...browserFailures] = (existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '0 passed, 1 failed').trimEnd().split('\n');
const [browserPassed, browserFailed] = browserLine.match(/\d+/g).map(Number);

// Two files at a time: most of them wait on a spawned server, a browser or a build, and on a
// 2-core machine the suite takes 6.5 min instead of 10 (measured), which keeps CI within 15 min.
const node = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--test-reporter=spec', 'test/node/'], { cwd: root, encoding: 'utf8', env: process.env, maxBuffer: 64 * 1024 * 1024 });
process.stdout.write(node.stdout);
process.stderr.write(node.stderr);
const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)`, 'm').exec(node.stdout)?.[1] ?? 0);
const nodePassed = count('pass');
const nodeFailed = count('fail') + (node.status !== 0 && count('fail') === 0 ? 1 : 0);
// The spec reporter marks a failed test "✖ name (time)"; its details come later in its own output.
const nodeFailures = [...new Set(node.stdout.split('\n').filter((l) => /^\s*✖ /.test(l) && !/failing tests:/.test(l)).map((l) => `  ✖ test/node › ${l.trim().slice(2)}`))];

if (browserFailures.length + nodeFailures.length) console.log(`\nfailed:\n${[...browserFailures, ...nodeFailures].join('\n')}`);
console.log(`\nbrowser: ${browserPassed} passed, ${browserFailed} failed; node: ${nodePassed} passed, ${nodeFailed} failed`);
console.log(`${browserPassed + nodePassed} passed, ${browserFailed + nodeFailed} failed`);
process.exit(browser.status === 0 && node.status === 0 ? 0 : 1);
