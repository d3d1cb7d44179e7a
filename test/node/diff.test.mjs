// `zwgk diff`: lists exactly what changed between two versions, field by field, and can record it
// in the new catalogue's changeLog (which must still validate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const zwgk = (...args) => spawnSync(process.execPath, [join(root, 'bin/zwgk.mjs'), ...args], { cwd: root, encoding: 'utf8' });
execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });

const dir = mkdtempSync(join(tmpdir(), 'zwgk-diff-'));
const before = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
const after = structuredClone(before);
const edited = after.items[5];
edited.timeLimit = { ...edited.timeLimit, text: '制定或获取信息之日起10个工作日内', amount: 10 };
edited.mode = '依申请';
const removed = after.items.splice(9, 1)[0];
after.items.push({ ...structuredClone(after.items[0]), id: 'it-new-1', name: '新增的公开内容' });
writeFileSync(join(dir, 'old.json'), JSON.stringify(before));
writeFileSync(join(dir, 'new.json'), JSON.stringify(after));

test('the readable report lists the added, removed and changed items with each changed field', () => {
  const result = zwgk('diff', join(dir, 'old.json'), join(dir, 'new.json'));
  assert.equal(result.status, 0);
  const lines = result.stdout.trim().split('\n');
  assert.equal(lines[0], '新增 1 项，删除 1 项，修改 1 项');
  assert.ok(lines.includes('+ it-new-1 新增的公开内容'));
  assert.ok(lines.includes(`- ${removed.id} ${removed.name}`));
  assert.ok(lines.includes(`~ ${edited.id} ${edited.name}`));
  assert.ok(lines.some((l) => l.trim() === 'mode: “主动” → “依申请”'));
});

test('--json names exactly the changed fields', () => {
  const result = JSON.parse(zwgk('diff', join(dir, 'old.json'), join(dir, 'new.json'), '--json').stdout);
  assert.deepEqual(result.added, ['it-new-1']);
  assert.deepEqual(result.removed, [removed.id]);
  assert.deepEqual(result.changed.map((c) => [c.id, c.fields.map((f) => f.field)]), [[edited.id, ['mode', 'timeLimit']]]);
});

test('--append-changelog records the change and the catalogue still validates', () => {
  const out = join(dir, 'logged.json');
  const result = zwgk('diff', join(dir, 'old.json'), join(dir, 'new.json'), '--append-changelog', '--summary', '调整一项公开时限', '--date', '2026-11-22', '-o', out);
  assert.equal(result.status, 0);
  const entry = JSON.parse(readFileSync(out, 'utf8')).changeLog.at(-1);
  assert.deepEqual(entry, { date: '2026-11-22', summary: '调整一项公开时限', itemIds: ['it-new-1', edited.id, removed.id], added: ['it-new-1'], removed: [removed.id], changed: [edited.id] });
  assert.equal(zwgk('validate', out).status, 0);
});

test('identical files report no change; a missing argument is a usage error', () => {
  assert.equal(zwgk('diff', join(dir, 'old.json'), join(dir, 'old.json')).stdout.trim(), '新增 0 项，删除 0 项，修改 0 项');
  assert.equal(zwgk('diff', join(dir, 'old.json')).status, 2);
});
