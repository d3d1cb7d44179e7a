#!/usr/bin/env node
// Starts the reference server from its bundle, dist/server/zwgk-server.mjs (rebuilt from the sources when stale, see fresh-bundle.mjs).
import { freshBundle } from './fresh-bundle.mjs';

const { main } = await freshBundle({ name: 'zwgk-server', bundle: '../dist/server/zwgk-server.mjs', builder: '../scripts/build-server.mjs', build: 'buildServer', what: { zh: '服务器', en: 'the server' } });
// Files the server creates (the PGlite data directory) are private to its user.
process.umask(0o077);
const code = await main(process.argv.slice(2));
if (code >= 0) process.exitCode = code;
