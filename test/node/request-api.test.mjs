// The information-disclosure request API on the real demo server: complete applications are
// stored exactly as sent, the shared rules give 422 with field paths, an idempotency key records
// one application, the status lookup needs code and phone, and records survive a restart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemoServer } from '../helpers/demo-server.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'zwgk-requests-'));
let server;
const post = (body, headers = {}) =>
  fetch(`${server.origin}/api/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

const citizen = {
  applicantType: '公民',
  citizen: { name: '张三', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13800138000', address: '示例县人民路1号', postcode: '453000', email: 'zhangsan@example.com' },
  information: { title: '2026年示例县最低生活保障资金发放情况', docNo: '示民〔2026〕5号', itemId: 'it-163' },
  purpose: '',
  provideForm: '电子',
  delivery: '电子邮件',
  privacyConsent: true,
};
const company = {
  applicantType: '法人',
  organisation: { name: '示例县某某建设有限公司', creditCode: '91350100M000100Y43', legalRepresentative: '李四', contactName: '王五', phone: '0373-5551234', address: '示例县建设路9号' },
  agent: { name: '赵六', idNumber: '440308199901010012', phone: '13900139000' },
  information: { description: '2025年县城第二水厂建设项目的环境影响评价批复文件' },
  provideForm: '纸质',
  delivery: '邮寄',
  privacyConsent: true,
};

before(async () => {
  server = await startDemoServer({ ZWGK_DATA_DIR: dataDir });
});
after(() => server.stop());

const stored = () => readFileSync(join(dataDir, 'requests.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));

test('a complete 公民 and a complete 法人 application are stored exactly as sent, with a receipt', async () => {
  for (const application of [citizen, company]) {
    const response = await post(application, { 'Idempotency-Key': crypto.randomUUID() });
    assert.equal(response.status, 201);
    const receipt = await response.json();
    assert.match(receipt.code, /^YSQ\d{8}[2-9A-Z]{6}$/);
    assert.equal(receipt.stage, '接收');
    assert.deepEqual(receipt.stages, ['接收', '登记', '审核', '办理', '答复', '归档']);
    assert.ok(receipt.timeline.replyBy > receipt.timeline.supplementBy);
    const record = stored().find((r) => r.code === receipt.code);
    assert.deepEqual(record.application, application);
  }
});

test('the shared rules reject an empty application with field paths (422)', async () => {
  const response = await post({ applicantType: '公民', information: {} });
  assert.equal(response.status, 422);
  const paths = (await response.json()).errors.map((e) => e.path);
  for (const path of ['citizen.name', 'citizen.idNumber', 'citizen.phone', 'citizen.address', 'information.description', 'provideForm', 'delivery', 'privacyConsent']) {
    assert.ok(paths.includes(path), path);
  }
});

test('a wrong ID check digit and a wrong credit code are refused at their fields', async () => {
  const badId = await (await post({ ...citizen, citizen: { ...citizen.citizen, idNumber: '110105194912310021' } })).json();
  assert.deepEqual(badId.errors.map((e) => [e.path, e.code]), [['citizen.idNumber', 'id-checksum']]);
  const badCode = await (await post({ ...company, organisation: { ...company.organisation, creditCode: '91350100M000100Y44' } })).json();
  assert.deepEqual(badCode.errors.map((e) => [e.path, e.code]), [['organisation.creditCode', 'uscc-checksum']]);
});

test('a double click (two requests with one key) records exactly one application', async () => {
  const before = stored().length;
  const headers = { 'Idempotency-Key': 'double-click-1' };
  const [a, b] = await Promise.all([post(citizen, headers), post(citizen, headers)]);
  const codes = new Set([(await a.json()).code, (await b.json()).code]);
  assert.equal(codes.size, 1);
  assert.equal(stored().length, before + 1);
});

test('the status lookup needs the code and the applicant’s phone, and survives a restart', async () => {
  const receipt = await (await post(citizen, { 'Idempotency-Key': 'lookup-1' })).json();
  const wrong = await fetch(`${server.origin}/api/requests/${receipt.code}?phone=13900000000`);
  assert.equal(wrong.status, 404);
  await server.stop();
  server = await startDemoServer({ ZWGK_DATA_DIR: dataDir });
  const found = await (await fetch(`${server.origin}/api/requests/${receipt.code}?phone=13800138000`)).json();
  assert.equal(found.stage, '接收');
  assert.equal(found.code, receipt.code);
  const again = await post(citizen, { 'Idempotency-Key': 'lookup-1' });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).code, receipt.code);
});
