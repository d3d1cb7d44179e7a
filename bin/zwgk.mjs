#!/usr/bin/env node
// Starts the zwgk CLI from its bundle, dist/cli/zwgk.mjs (rebuilt from the sources when stale, see fresh-bundle.mjs).
import { freshBundle } from './fresh-bundle.mjs';

const { main } = await freshBundle({ name: 'zwgk', bundle: '../dist/cli/zwgk.mjs', builder: '../scripts/build-cli.mjs', build: 'buildCli', what: { zh: '命令行工具', en: 'the CLI' } });
process.exitCode = await main(process.argv.slice(2));
