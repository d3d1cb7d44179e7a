// `zwgk merge`: the sample county 示例县 and its township 关堤乡 become one catalogue that validates,
// every township item intact and pointing at agencies and domains that exist; `--check` names, at
// their path, the problems that stop a merge (an unknown domain, an item repeated from the county,
// an agency nobody defines).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const zwgk = (...args) => spawnSync(process.execPath, [join(root, 'bin/zwgk.mjs'), ...args], { cwd: root, encoding: 'utf8' });
execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });

const dir = mkdtempSync(join(tmpdir(), 'zwgk-merge-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const county = join(root, 'demo/data/shixian.json');
const guandi = join(root, 'demo/data/guandi-xiang.json');
const countyDoc = JSON.parse(readFileSync(county, 'utf8'));
const guandiDoc = JSON.parse(readFileSync(guandi, 'utf8'));
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const write = (name, doc) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(doc, null, 2));
  return path;
};
/** A modified copy of 关堤乡's catalogue. */
const township = (name, edit) => {
  const doc = structuredClone(guandiDoc);
  edit(doc);
  return write(name, doc);
};
const byId = (list) => new Map(list.map((entry) => [entry.id, entry]));

/**
 * Every item of `before` is in `merged` (under its new id if it was renamed) with the same content,
 * and its subjects, domain and points are entries of `merged` with the names they had in `before`.
 */
function assertItemsIntact(before, merged, renamed) {
  const newId = (collection, id) => renamed.find((r) => r.collection === collection && r.from === id)?.to ?? id;
  const items = byId(merged.items);
  const agencies = byId(merged.agencies);
  const domains = byId(merged.domains);
  const points = byId(merged.disclosurePoints);
  const agenciesBefore = byId(before.agencies);
  const pointsBefore = byId(before.disclosurePoints);
  const domainsBefore = byId(before.domains);
  for (const item of before.items) {
    const now = items.get(newId('items', item.id));
    assert.ok(now, `item ${item.id} is in the merged catalogue`);
    for (const field of ['matter', 'name', 'content', 'standard', 'basis', 'timeLimit', 'mode', 'audience', 'levels', 'status', 'updatedAt']) {
      assert.deepEqual(now[field], item[field], `${item.id}.${field}`);
    }
    assert.deepEqual(now.subjectIds.map((id) => agencies.get(id)?.name), item.subjectIds.map((id) => agenciesBefore.get(id).name), `${item.id} subjects`);
    const domain = domains.get(now.domainId);
    assert.ok(domain, `${item.id} has a domain`);
    const nameBefore = domainsBefore.get(item.domainId).name;
    assert.ok([domain.name, ...(domain.aliases ?? [])].includes(nameBefore), `${item.id}: ${nameBefore} → ${domain.name}`);
    now.channels.forEach((channel, j) => {
      if (channel.pointId) assert.equal(points.get(channel.pointId)?.name, pointsBefore.get(item.channels[j].pointId).name);
    });
  }
}

function mergeJson(...args) {
  const result = zwgk('merge', ...args, '--json');
  return { status: result.status, report: JSON.parse(result.stdout) };
}

test('the county and 关堤乡 merge into one catalogue that validates and holds every item of both', () => {
  const out = join(dir, 'merged.json');
  const result = zwgk('merge', county, guandi, '-o', out);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /示例县：县级目录 210 个公开事项，合并 1 个乡镇目录后共 255 个/);
  assert.match(result.stdout, /关堤乡（.*guandi-xiang\.json）：公开事项新增 45；领域沿用 12；机构沿用 2、新增 4/);
  assert.match(result.stdout, /^ {4}未合并（合并目录只用县级目录的）：requestForm$/m);
  assert.match(result.stdout, /✓ 已写入 .*merged\.json/);
  assert.equal(zwgk('validate', out).status, 0);

  const merged = read(out);
  assert.equal(merged.items.length, countyDoc.items.length + guandiDoc.items.length);
  assert.equal(merged.jurisdiction.name, '示例县');
  assert.equal(merged.jurisdiction.children.filter((c) => c.name === '关堤乡').length, 1);
  assert.deepEqual(merged.items.slice(0, countyDoc.items.length), countyDoc.items, 'county items unchanged');
  assert.deepEqual(merged.domains, countyDoc.domains, 'the township uses the county domains');
  assertItemsIntact(guandiDoc, merged, []);
  // The township's 关堤乡人民政府 is the county's, not a second agency of the same name.
  assert.equal(merged.agencies.filter((a) => a.name === '关堤乡人民政府').length, 1);
});

test('--check on the clean pair exits 0 and only warns about details the county record overrides', () => {
  const result = zwgk('merge', county, guandi, '--check');
  assert.equal(result.status, 0, result.stdout);
  assert.doesNotMatch(result.stdout, /^错误/m);
  assert.match(result.stdout, /^警告 .*guandi-xiang\.json agencies\[0\]: 与县级目录中的同名机构 “关堤乡人民政府”（ag-guandi）在 shortName、contact 上不一致/m);
  assert.match(result.stdout, /✓ 可以合并（2 条警告）/);
});

test('taken ids get the file name as prefix and every reference follows; domains match by alias', () => {
  const colliding = township('colliding.json', (doc) => {
    // 示例县财政局 is ag-czj in the county: the township's own ag-czj is another body.
    const nb = doc.agencies.find((a) => a.id === 'ag-guandi-nb');
    nb.id = 'ag-czj';
    for (const item of doc.items) item.subjectIds = item.subjectIds.map((id) => (id === 'ag-guandi-nb' ? 'ag-czj' : id));
    doc.items[0].id = 'it-001';
    const jiuye = doc.domains.find((d) => d.id === 'jiuye');
    Object.assign(jiuye, { id: 'employment', name: '就业创业' });
    for (const item of doc.items) if (item.domainId === 'jiuye') item.domainId = 'employment';
  });
  const before = read(colliding);
  const out = join(dir, 'merged-colliding.json');
  const { status, report } = mergeJson(county, colliding, '-o', out);
  assert.equal(status, 0, JSON.stringify(report.problems, null, 2));
  assert.equal(report.written, out);
  assert.equal(zwgk('validate', out).status, 0);

  const { renamed } = report.townships[0];
  assert.deepEqual(renamed.map((r) => r.to).sort(), ['colliding:ag-czj', 'colliding:it-001']);
  assert.ok(report.problems.some((p) => p.code === 'renamed-id' && p.path === 'items[0].id' && p.severity === 'warning'));
  const merged = read(out);
  assert.equal(merged.items.length, countyDoc.items.length + before.items.length);
  assertItemsIntact(before, merged, renamed);
  for (const entry of [...merged.items, ...merged.agencies]) assert.match(entry.id, /^[A-Za-z0-9_.:-]+$/);
  // The county's items still name the county's 财政局.
  const agencies = byId(merged.agencies);
  assert.equal(agencies.get('ag-czj').name, '示例县财政局');
  assert.equal(agencies.get('colliding:ag-czj').name, '关堤乡农业农村服务中心');
  assert.ok(merged.items.filter((i) => i.subjectIds.includes('colliding:ag-czj')).length > 0);
  assert.ok(!merged.domains.some((d) => d.id === 'employment'), '就业创业 is the county domain 就业');
});

test('a second township: its own agencies and points, the county 东平镇人民政府 reused, 300 items', () => {
  const dongping = write('dongping-zhen.json', JSON.parse(readFileSync(guandi, 'utf8').replaceAll('关堤乡', '东平镇')));
  const out = join(dir, 'merged-two.json');
  const { status, report } = mergeJson(county, guandi, dongping, '-o', out);
  assert.equal(status, 0, JSON.stringify(report.problems, null, 2));
  assert.equal(zwgk('validate', out).status, 0);
  const merged = read(out);
  assert.equal(merged.items.length, 300);
  assert.ok(report.townships[1].renamed.every((r) => r.to === `dongping-zhen:${r.from}`));
  const agencies = byId(merged.agencies);
  const dongpingItems = merged.items.filter((i) => i.id.startsWith('dongping-zhen:'));
  assert.equal(dongpingItems.length, 45);
  assert.ok(dongpingItems.every((i) => i.subjectIds.every((id) => agencies.has(id))));
  assert.ok(dongpingItems.some((i) => i.subjectIds.includes('ag-dongping')), 'the county record of 东平镇人民政府 is used');
  // Both townships have a 刘庄村 notice board; they stay two points on the map, each with its township.
  const boards = merged.disclosurePoints.filter((p) => p.name === '刘庄村村（居）务公开栏');
  assert.deepEqual(boards.map((p) => p.township).sort(), ['东平镇', '关堤乡']);
});

test('a township domain the county does not have is an error at the domain', () => {
  const file = township('unknown-domain.json', (doc) => {
    doc.domains.push({ id: 'xiangcun-lvyou', name: '乡村旅游', isPilot: false });
    doc.items[0].domainId = 'xiangcun-lvyou';
  });
  const result = zwgk('merge', county, file, '--check');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^错误 .*unknown-domain\.json domains\[12\]: 县级目录中没有领域 “乡村旅游”/m);
  assert.match(result.stdout, /✗ 不能合并：1 处错误/);
});

test('a township repeating a county-level item is an error at the item, and nothing is written', () => {
  const file = township('repeated.json', (doc) => doc.items.push({ ...structuredClone(countyDoc.items[0]), id: 'gd-copy-1' }));
  const check = zwgk('merge', county, file, '--check');
  assert.equal(check.status, 1);
  assert.match(check.stdout, /^错误 .*repeated\.json items\[45\]: “规划编制 \/ 国土空间总体规划” 与县级目录的 items\[0\]（it-001）重复/m);
  const out = join(dir, 'not-written.json');
  const merge = zwgk('merge', county, file, '-o', out);
  assert.equal(merge.status, 1);
  assert.match(merge.stdout, /未写入任何文件/);
  assert.equal(existsSync(out), false);
});

test('an agency neither catalogue defines is an error at the reference; a county agency is a warning', () => {
  const unresolved = township('unresolved.json', (doc) => (doc.items[3].subjectIds = ['ag-nowhere']));
  const bad = zwgk('merge', county, unresolved, '--check', '--lang', 'en');
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^error .*unresolved\.json items\[3\]\.subjectIds\[0\]: no agency with id "ag-nowhere" in the township or the county catalogue/m);
  assert.match(bad.stdout, /✗ cannot merge: 1 error/);

  const countyAgency = township('county-agency.json', (doc) => (doc.items[3].subjectIds = ['ag-mzj', 'ag-guandi']));
  const out = join(dir, 'merged-county-agency.json');
  const ok = zwgk('merge', county, countyAgency, '-o', out);
  assert.equal(ok.status, 0, ok.stdout);
  assert.match(ok.stdout, /^警告 .*county-agency\.json items\[3\]\.subjectIds\[0\]: 引用了县级目录中的机构 “ag-mzj”/m);
  const merged = read(out);
  const item = merged.items.find((i) => i.id === guandiDoc.items[3].id);
  assert.deepEqual(item.subjectIds.map((id) => byId(merged.agencies).get(id).name), ['示例县民政局', '关堤乡人民政府']);
  assert.equal(zwgk('validate', out).status, 0);
});

test('a township of another county, or the county given as a township, is refused', () => {
  const other = township('other-county.json', (doc) => (doc.jurisdiction.parentName = '别的县'));
  const wrong = zwgk('merge', county, other, '--check');
  assert.equal(wrong.status, 1);
  assert.match(wrong.stdout, /^错误 .*other-county\.json jurisdiction\.parentName: “关堤乡” 的上级是 “别的县”，不是 “示例县”/m);

  const swapped = zwgk('merge', county, county, '--check');
  assert.equal(swapped.status, 1);
  assert.match(swapped.stdout, /^错误 .*shixian\.json jurisdiction\.level: “示例县” 不是乡镇（街道）目录/m);
});

test('an invalid township file is reported like zwgk validate reports it', () => {
  const broken = township('broken.json', (doc) => (doc.items[2].mode = '公开'));
  const result = zwgk('merge', county, broken, '--check');
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^错误 .*broken\.json items\[2\]\.mode: 取值 “公开” 无效/m);
});

test('--json reports ok, the problems with their file and path, and per-township counts', () => {
  const { status, report } = mergeJson(county, guandi, '--check');
  assert.equal(status, 0);
  assert.equal(report.ok, true);
  assert.equal(report.items, 255);
  assert.equal(report.written, undefined);
  assert.deepEqual(report.problems.map((p) => [p.severity, p.code, p.path]), [
    ['warning', 'details-differ', 'agencies[0]'],
    ['warning', 'details-differ', 'disclosurePoints[0]'],
  ]);
  assert.equal(report.problems[0].file, guandi);
  assert.equal(report.townships[0].name, '关堤乡');
  assert.equal(report.townships[0].added.items, 45);
  assert.deepEqual(report.townships[0].notMerged, ['requestForm']);
});

test('usage errors exit 2: no output and no --check, one file only, --check with -o; help lists merge', () => {
  assert.equal(zwgk('merge', county, guandi).status, 2);
  assert.equal(zwgk('merge', county, '--check').status, 2);
  assert.equal(zwgk('merge', county, guandi, '--check', '-o', join(dir, 'x.json')).status, 2);
  assert.match(zwgk('help').stdout, /^ {2}zwgk merge <county\.json> <township\.json>…/m);
  assert.match(zwgk('help', 'merge').stdout, /--check/);
});
