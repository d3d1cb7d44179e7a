// The information-disclosure request API of the reference server on the engine under test:
// applications stored exactly as sent, the shared rules (422), idempotency bound to the payload,
// uploads judged by their bytes and stored in the database, body limits, the status lookup by POST
// with its lock, /healthz, and logs free of personal data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueFile, client, ENGINE, freshDatabase, openDayCatalogue, personalDataInLogs, startServer, withDatabase } from '../helpers/zwgk-server.mjs';
import { request } from 'node:http';

const file = catalogueFile(openDayCatalogue([]));
let database;
let server;
let api;

before(async () => {
  database = await freshDatabase();
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  api = client(server.origin);
});
after(async () => {
  await server?.stop();
  await database?.drop();
});

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
const post = (body, headers) => api.post('/api/requests', body, headers);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const proof = (bytes, type = 'image/png', size = bytes.length) => ({ name: '身份证.png', type, size, dataUrl: `data:${type};base64,${bytes.toString('base64')}` });
/** The stored rows of each code, read from the database itself (PGlite: with the server stopped). */
const stored = (...codes) => server.stop().then(() => withDatabase(database, async (db) => {
  const records = [];
  for (const code of codes) {
    const [row] = await db.query('SELECT application, stage, lookup_phone FROM requests WHERE code = $1', [code]);
    const uploads = await db.query('SELECT file_name, media_type, size_bytes, length(data)::int AS bytes FROM request_uploads WHERE request_code = $1', [code]);
    const events = await db.query('SELECT stage, actor FROM request_events WHERE request_code = $1', [code]);
    records.push({ ...row, uploads, events });
  }
  return records.length === 1 ? records[0] : records;
})).finally(async () => {
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  api = client(server.origin);
});

test(`[${ENGINE}] a complete 公民 and 法人 application are stored exactly as sent, with a receipt and a first event`, async () => {
  const codes = [];
  for (const application of [citizen, company]) {
    const response = await post(application, { 'Idempotency-Key': crypto.randomUUID() });
    assert.equal(response.status, 201, response.text);
    assert.match(response.json.code, /^YSQ\d{8}[2-9A-Z]{6}$/);
    assert.equal(response.json.stage, '接收');
    assert.deepEqual(response.json.stages, ['接收', '登记', '审核', '办理', '答复', '归档']);
    assert.ok(response.json.timeline.replyBy > response.json.timeline.supplementBy);
    codes.push(response.json.code);
  }
  const [first, second] = await stored(...codes);
  assert.deepEqual(first.application, citizen);
  assert.equal(first.lookup_phone, '13800138000');
  assert.deepEqual(first.events, [{ stage: '接收', actor: 'applicant' }]);
  assert.deepEqual(second.application, company);
});

test('the shared rules reject an empty application and wrong checksums at their fields (422)', async () => {
  const empty = await post({ applicantType: '公民', information: {} });
  assert.equal(empty.status, 422);
  const paths = empty.json.errors.map((e) => e.path);
  for (const path of ['citizen.name', 'citizen.idNumber', 'citizen.phone', 'citizen.address', 'information.description', 'provideForm', 'delivery', 'privacyConsent']) assert.ok(paths.includes(path), path);
  const badId = await post({ ...citizen, citizen: { ...citizen.citizen, idNumber: '110105194912310021' } });
  assert.deepEqual(badId.json.errors.map((e) => [e.path, e.code]), [['citizen.idNumber', 'id-checksum']]);
  const badCode = await post({ ...company, organisation: { ...company.organisation, creditCode: '91350100M000100Y44' } });
  assert.deepEqual(badCode.json.errors.map((e) => [e.path, e.code]), [['organisation.creditCode', 'uscc-checksum']]);
});

test('a double click records one application; the same key with another person’s application is refused (422), not answered', async () => {
  const key = { 'Idempotency-Key': 'double-click-1' };
  const [a, b] = await Promise.all([post(citizen, key), post(citizen, key)]);
  assert.deepEqual([a.status, b.status].sort(), [200, 201]);
  assert.equal(a.json.code, b.json.code);
  const other = await post({ ...citizen, citizen: { ...citizen.citizen, name: '李四', phone: '13700137000' } }, key);
  assert.equal(other.status, 422);
  assert.equal(other.json.error, 'idempotency-mismatch');
  assert.equal(other.json.code, undefined);
  const reordered = await post(Object.fromEntries(Object.entries(citizen).reverse()), key);
  assert.equal(reordered.status, 200);
});

test('an upload is judged by its bytes: HTML declared as PNG is refused, the size is the decoded one, the file lives in the database', async () => {
  const html = await post({ ...citizen, identityProof: proof(Buffer.from('<html><script>alert(1)</script></html>')) });
  assert.equal(html.status, 422);
  assert.deepEqual(html.json.errors.map((e) => [e.path, e.code]), [['identityProof', 'upload-type']]);
  const mislabelled = await post({ ...citizen, identityProof: { ...proof(PNG), type: 'application/pdf', dataUrl: `data:application/pdf;base64,${PNG.toString('base64')}` } });
  assert.equal(mislabelled.status, 422);
  const big = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]);
  const lying = await post({ ...citizen, identityProof: proof(big, 'image/png', 1) }, { 'Idempotency-Key': 'upload-1' });
  assert.equal(lying.status, 201, lying.text);
  const record = await stored(lying.json.code);
  assert.deepEqual(record.uploads, [{ file_name: '身份证.png', media_type: 'image/png', size_bytes: big.length, bytes: big.length }]);
  assert.equal(record.application.identityProof, undefined);
  // The body may carry two files (the identity proof and the 委托书): one file over the size limit is named at its field,
  // a body beyond two files' worth is refused before it is read.
  const oversized = proof(Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]));
  const tooBig = await post({ ...citizen, identityProof: oversized });
  assert.equal(tooBig.status, 422);
  assert.deepEqual(tooBig.json.errors.map((e) => [e.path, e.code]), [['identityProof', 'upload-size']]);
  const tooMuch = await post({ ...citizen, agent: { name: '赵六', idNumber: '440308199901010012' }, identityProof: oversized, authorization: oversized });
  assert.equal(tooMuch.status, 413);
});

test('an application without an upload is limited to 64 kB; malformed bodies get 400/415/422, never 500', async () => {
  const padded = await post({ ...citizen, information: { ...citizen.information, description: 'x'.repeat(1990) }, purpose: 'y'.repeat(499), extra: 'z'.repeat(70_000) });
  assert.equal(padded.status, 413);
  // Without a Content-Length (chunked), the limit is counted as the body arrives: an answer, never a reset.
  const chunked = (body, key) => new Promise((resolve, reject) => {
    const req = request(`${server.origin}/api/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.origin, 'Idempotency-Key': key } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
    req.end();
  });
  const small = await chunked(JSON.stringify(citizen), 'chunked-small');
  assert.equal(small.status, 201, small.text);
  const large = await chunked(JSON.stringify({ ...citizen, extra: 'z'.repeat(70_000) }), 'chunked-large');
  assert.equal(large.status, 413);
  assert.equal(JSON.parse(large.text).error, 'too-large');
  for (const [body, headers, status] of [
    ['{"applicantType":', {}, 400],
    ['null', {}, 422],
    ['[1,2]', {}, 422],
    [Buffer.from([0xff, 0xfe, 0x7b, 0x7d]).toString('latin1'), {}, 400],
    [JSON.stringify(citizen), { 'Content-Type': 'text/plain' }, 415],
    [JSON.stringify(citizen), { 'Idempotency-Key': 'bad key with spaces' }, 400],
  ]) {
    const response = await post(body, headers);
    assert.equal(response.status, status, `${body.slice(0, 20)} → ${response.text}`);
    assert.equal(typeof response.json.error, 'string');
  }
});

test('the status lookup is a POST with code and phone; wrong phones lock the code; the old GET is gone', async () => {
  const receipt = (await post(company, { 'Idempotency-Key': 'lookup-1' })).json;
  const found = await api.post('/api/requests/lookup', { code: receipt.code.toLowerCase(), phone: '0373 5551234' });
  assert.equal(found.status, 200);
  assert.equal(found.json.stage, '接收');
  const old = await api.get(`/api/requests/${receipt.code}?phone=03735551234`);
  assert.equal(old.status, 410);
  assert.equal(old.json.error, 'use-post');
  for (let i = 0; i < 5; i++) assert.equal((await api.post('/api/requests/lookup', { code: receipt.code, phone: `1390000000${i}` })).status, 404);
  const locked = await api.post('/api/requests/lookup', { code: receipt.code, phone: '0373-5551234' });
  assert.equal(locked.status, 429);
  assert.ok(Number(locked.headers.get('retry-after')) > 60);
  assert.equal((await api.post('/api/requests/lookup', { code: 'YSQ20260101AAAAAA', phone: '13800138000' })).status, 404);
});

test('applications survive a restart; /healthz answers with the engine', async () => {
  const receipt = (await post(citizen, { 'Idempotency-Key': 'restart-1' })).json;
  await server.stop();
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file });
  api = client(server.origin);
  const found = await api.post('/api/requests/lookup', { code: receipt.code, phone: '13800138000' });
  assert.equal(found.json.code, receipt.code);
  const again = await post(citizen, { 'Idempotency-Key': 'restart-1' });
  assert.equal(again.status, 200);
  assert.equal(again.json.code, receipt.code);
  assert.deepEqual((await api.get('/healthz')).json, { status: 'ok', engine: ENGINE });
});

test('large bodies are taken a few at a time (503 + Retry-After beyond), and configured CORS origins may post', async () => {
  await server.stop();
  server = await startServer({ ...database.env, ZWGK_CATALOGUE: file, ZWGK_MAX_CONCURRENT_UPLOADS: '1', ZWGK_CORS_ORIGINS: 'https://cms.example.gov.cn' });
  api = client(server.origin);
  // One upload arrives slowly and holds the only slot…
  const { request } = await import('node:http');
  const body = JSON.stringify({ ...citizen, identityProof: proof(Buffer.concat([PNG, Buffer.alloc(200_000)])) });
  const slow = request(`${server.origin}/api/requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Origin: server.origin } });
  const slowDone = new Promise((resolve, reject) => slow.on('response', (r) => { r.resume(); r.on('end', () => resolve(r.statusCode)); }).on('error', reject));
  slow.write(body.slice(0, 1000));
  await new Promise((resolve) => setTimeout(resolve, 300));
  // …so a second large one is turned away at once, and a small one still passes.
  const busy = await post({ ...citizen, identityProof: proof(Buffer.concat([PNG, Buffer.alloc(100_000)])) });
  assert.equal(busy.status, 503);
  assert.equal(busy.headers.get('retry-after'), '5');
  assert.equal((await post(citizen)).status, 201);
  slow.end(body.slice(1000));
  assert.equal(await slowDone, 201);
  const preflight = await api.raw('OPTIONS', '/api/requests', undefined, { Origin: 'https://cms.example.gov.cn', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' });
  assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://cms.example.gov.cn');
  assert.equal((await post(citizen, { Origin: 'https://cms.example.gov.cn' })).status, 201);
  assert.equal((await post(citizen, { Origin: 'https://other.example.gov.cn' })).status, 403);
});

test('the logs of this whole run hold no phone number and no ID number', async () => {
  await server.stop();
  assert.deepEqual(personalDataInLogs(['13800138000', '03735551234', '0373-5551234', '13900139000', '13700137000', '11010519491231002X', '440308199901010012', '110105194912310021']), []);
});
