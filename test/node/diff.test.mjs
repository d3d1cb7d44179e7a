// `zwgk diff`: lists exactly what changed between two versions, field by field, and can record it
// in the new catalogue's changeLog (which must still validate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSources } from '../helpers/node-bundle.mjs';

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
  // Field labels as the tree shows them, values as an editor reads them: no field names, no JSON.
  assert.ok(lines.includes('    公开方式：“主动” → “依申请”'), result.stdout);
  assert.ok(lines.includes(`    公开时限：“${before.items[5].timeLimit.text}” → “制定或获取信息之日起10个工作日内”`), result.stdout);
  assert.ok(!/[{}]|timeLimit|"text"/.test(result.stdout), result.stdout);
});

test('agencies, channels, levels and long texts read as the tree shows them; --lang en prints English', () => {
  const older = structuredClone(before);
  const newer = structuredClone(before);
  const item = newer.items[3];
  const other = newer.agencies.find((a) => !item.subjectIds.includes(a.id));
  item.subjectIds = [other.id];
  item.channels = [{ type: 'website_column', required: true }, { type: 'notice_board', name: '村务公开栏', required: false }];
  item.levels = ['county', 'township'];
  older.items[3].levels = ['county'];
  older.items[3].content = `${'办理事项、办理条件、申请材料、'.repeat(6)}办理流程`;
  item.content = `${'办理事项、办理条件、申请材料、'.repeat(6)}办理时限、办理流程`;
  const oldFile = join(dir, 'agencies-old.json');
  const newFile = join(dir, 'agencies-new.json');
  writeFileSync(oldFile, JSON.stringify(older));
  writeFileSync(newFile, JSON.stringify(newer));
  const zh = zwgk('diff', oldFile, newFile);
  assert.equal(zh.status, 0, zh.stderr);
  const names = (ids) => ids.map((id) => before.agencies.find((a) => a.id === id).name).join('、');
  assert.ok(zh.stdout.includes(`    公开主体：“${names(before.items[3].subjectIds)}” → “${other.name}”`), zh.stdout);
  assert.ok(zh.stdout.includes('    公开渠道和载体：“') && zh.stdout.includes('” → “■政府网站 □村务公开栏”'), zh.stdout);
  assert.ok(zh.stdout.includes('    公开层级：“县级” → “县级、乡级”'), zh.stdout);
  assert.ok(zh.stdout.includes('    公开内容（要素）：“…办理条件、申请材料、办理流程” → “…办理条件、申请材料、办理时限、办理流程”'), zh.stdout);
  const en = zwgk('diff', oldFile, newFile, '--lang', 'en');
  assert.equal(en.status, 0);
  assert.match(en.stdout, /^0 added, 0 removed, 1 changed$/m);
  assert.ok(en.stdout.includes('    Level: "county" → "county, township"'), en.stdout);
  assert.ok(en.stdout.includes(`    Disclosing body: "${names(before.items[3].subjectIds)}" → "${other.name}"`), en.stdout);
  const json = JSON.parse(zwgk('diff', oldFile, newFile, '--json').stdout);
  assert.deepEqual(json.changed[0].fields.map((f) => f.field), ['channels', 'content', 'levels', 'subjectIds']);
  assert.deepEqual(json.changed[0].fields.find((f) => f.field === 'levels'), { field: 'levels', before: ['county'], after: ['county', 'township'] });
});

for (const bad of ['2026-02-30', '2026-13-45', 'foo', '2026-2-3']) {
  test(`--date ${bad} is one usage error, exit 2, before any diff is printed or anything written`, () => {
    const out = join(dir, `bad-date-${bad}.json`);
    const result = zwgk('diff', join(dir, 'old.json'), join(dir, 'new.json'), '--append-changelog', '--summary', '调整', '--date', bad, '-o', out);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '', 'no diff is printed');
    assert.match(result.stderr, /--date/);
    assert.equal(existsSync(out), false);
    const plain = zwgk('diff', join(dir, 'old.json'), join(dir, 'new.json'), '--date', bad);
    assert.equal(plain.status, 2);
    assert.equal(plain.stdout, '');
  });
}

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
  // removedItems (1.1): the removed item's name, which the file no longer holds, for the tree's 更新记录.
  assert.deepEqual(entry, { date: '2026-11-22', summary: '调整一项公开时限', itemIds: ['it-new-1', edited.id, removed.id], added: ['it-new-1'], removed: [removed.id], changed: [edited.id], removedItems: [{ id: removed.id, name: removed.name }] });
  assert.equal(zwgk('validate', out).status, 0);
});

test('identical files report no change; a missing argument is a usage error', () => {
  assert.equal(zwgk('diff', join(dir, 'old.json'), join(dir, 'old.json')).stdout.trim(), '新增 0 项，删除 0 项，修改 0 项');
  assert.equal(zwgk('diff', join(dir, 'old.json')).status, 2);
});

test('the report\'s field labels are the ones the catalogue tree shows, in both languages', async () => {
  const { ITEM_FIELD_LABELS, treeMessages } = await loadSources();
  const tree = { matter: 'matter', content: 'content', standard: 'standard', basis: 'basis', timeLimit: 'timeLimit', subjectIds: 'subjects',
    channels: 'channels', audience: 'audienceLabel', mode: 'modeLabel', levels: 'levels', stages: 'stages', category: 'category',
    supervision: 'supervision', links: 'links', updatedAt: 'updated' };
  for (const [field, key] of Object.entries(tree)) {
    assert.deepEqual(ITEM_FIELD_LABELS[field], [treeMessages['zh-CN'][key], treeMessages.en[key]], field);
  }
});
