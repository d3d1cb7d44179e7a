// Runs `zwgk import` as editors do (through bin/zwgk.mjs) for the Node suites, and reads the
// result back: the catalogue written, the --json report and what was printed. Not a test file.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });

export const zwgk = (...args) => spawnSync(process.execPath, [join(root, 'bin/zwgk.mjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } });
export const dir = mkdtempSync(join(tmpdir(), 'zwgk-import-'));
export const fixture = (name) => join(root, 'test/fixtures/tables', name);
export const DATE = '2026-11-22';

/** Imports `file`, asserts success and that `zwgk validate` accepts the result; returns the catalogue and the report. */
export function importTable(file, ...options) {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const result = zwgk('import', file, '--date', DATE, '-o', out, ...options);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(zwgk('validate', out).status, 0, `${file} imported to a catalogue that does not validate`);
  const report = JSON.parse(zwgk('import', file, '--date', DATE, '--json', ...options).stdout);
  return { catalogue: JSON.parse(readFileSync(out, 'utf8')), report, stderr: result.stderr, out };
}

export const byName = (catalogue, name) => catalogue.items.find((item) => item.name === name);
export const agencyNames = (catalogue, item) => item.subjectIds.map((id) => catalogue.agencies.find((a) => a.id === id).name);
export const channels = (item) => item.channels.map((c) => `${c.required ? '■' : '□'}${c.type}${c.name ? `:${c.name}` : ''}`);
export const domainOf = (catalogue, item) => catalogue.domains.find((d) => d.id === item.domainId).name;

/** The fields a wide table carries, with agencies and domains by name, for comparing two catalogues. */
export function tableFields(catalogue, item) {
  return {
    domain: domainOf(catalogue, item), code: item.code, order: item.order,
    matter: item.matter, path: item.path, name: item.name, content: item.content, basis: item.basis,
    timeLimitText: item.timeLimit.text, amount: item.timeLimit.amount, unit: item.timeLimit.unit, windowDays: item.timeLimit.windowDays,
    subjects: agencyNames(catalogue, item), channels: item.channels.map(({ type, name, required }) => ({ type, name, required })),
    audience: item.audience, audienceNote: item.audienceNote, mode: item.mode, levels: item.levels,
    stages: item.stages, formats: item.formats, category: item.category,
  };
}
