#!/usr/bin/env node
// `npm run test:postgres`: the server suite (test/node/server-*.test.mjs) against a real
// PostgreSQL. ZWGK_TEST_DATABASE_URL names a database the role may connect to, and the role must
// be allowed to create databases: each test file works in its own zwgk_server_t_… database and
// drops it afterwards. Ends with the same "N passed, N failed" line as npm test.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const url = process.env.ZWGK_TEST_DATABASE_URL ?? 'postgres://zwgk:zwgk@127.0.0.1:5432/zwgk_server_test';
const files = readdirSync(`${root}test/node`).filter((f) => /^server-.*\.test\.mjs$/.test(f)).map((f) => `test/node/${f}`);
spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: 'inherit' });
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, ZWGK_TEST_DATABASE_URL: url } });
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)`, 'm').exec(run.stdout)?.[1] ?? 0);
const failed = count('fail') + (run.status !== 0 && count('fail') === 0 ? 1 : 0);
console.log(`\npostgres (${new URL(url).host}): ${count('pass')} passed, ${failed} failed`);
process.exit(run.status === 0 ? 0 : 1);
