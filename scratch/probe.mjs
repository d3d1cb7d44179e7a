// Probes the problems of issue 13 against a running server (old or new). Prints one line per probe: FIXED or PROBLEM.
import { readFileSync } from 'node:fs';
const [origin, rootDir, catalogueEvent = 'od-t-draw'] = process.argv.slice(2);
const H = { 'Content-Type': 'application/json', Origin: origin };
const req = async (method, path, body, headers = H) => {
  const r = await fetch(origin + path, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await r.text();
  let json; try { json = JSON.parse(text); } catch {}
  return { status: r.status, json, text };
};
const out = (name, fixed, detail) => console.log(`${fixed ? 'FIXED  ' : 'PROBLEM'} ${name}: ${detail}`);
const citizen = (phone = '13800138000', name = '张三') => ({ applicantType: '公民', citizen: { name, idType: '居民身份证', idNumber: '11010519491231002X', phone, address: '示例县人民路1号' }, information: { title: 't' }, provideForm: '电子', delivery: '邮寄', privacyConsent: true });
const a = await req('POST', '/api/requests', citizen(), { ...H, 'Idempotency-Key': `p-${Date.now()}` });
const code = a.json.code;
for (const path of ['/.data/requests.jsonl', `/@fs${rootDir}/demo/.data/requests.jsonl`, '/.zwgk-data/PG_VERSION', `/@fs${rootDir}/.zwgk-data/PG_VERSION`]) {
  const r = await fetch(origin + path); out(`GET ${path}`, r.status === 404, r.status);
}
const ev = 'od-2027-edu';
const sign = (fields, phone, headers = H, path = `/api/open-days/${ev}/sessions/am/signups`) => req('POST', path, { name: '李四', phone, fields }, headers);
let i = 0; const ph = () => `1391234${String(1000 + i++).padStart(4, '0')}`;
for (const [name, fields] of [['no consent', {}], ['idNumber 123', { consent: 'yes', idNumber: '123' }], ['companions -5', { consent: 'yes', companions: '-5' }], ['companions 1e20', { consent: 'yes', companions: '99999999999999999999' }], ['identity outside options', { consent: 'yes', identity: '黑客' }], ['30 unknown keys × 2000', { consent: 'yes', ...Object.fromEntries(Array.from({ length: 30 }, (_, k) => [`x${k}`, 'x'.repeat(2000)])) }]]) {
  const r = await sign(fields, ph()); out(`sign-up with ${name}`, r.status >= 400 && r.status < 500, r.status);
}
let locked = false; let statuses = new Set();
for (let k = 0; k < 20; k++) {
  const r = await req('POST', '/api/requests/lookup', { code, phone: `1390000${String(k).padStart(4, '0')}` });
  const g = r.status === 429 || (r.status === 404 && r.json?.error === 'not-found') ? r : await req('GET', `/api/requests/${code}?phone=1390000${String(k).padStart(4, '0')}`);
  statuses.add(g.status); if (g.status === 429) { locked = true; break; }
}
out('20 wrong-phone lookups of one code', locked, [...statuses].join(','));
const key = `k-${Date.now()}`;
await req('POST', '/api/requests', citizen(), { ...H, 'Idempotency-Key': key });
const other = await req('POST', '/api/requests', citizen('13700137000', '王五'), { ...H, 'Idempotency-Key': key });
out('same key, another person', other.status === 422, `${other.status} ${other.json?.error ?? ''}`);
const skey = `s-${Date.now()}`;
await sign({ consent: 'yes' }, ph(), { ...H, 'Idempotency-Key': skey });
const otherEvent = await req('POST', '/api/open-days/od-2027-edu/sessions/pm/signups', { name: '赵六', phone: ph(), fields: { consent: 'yes' } }, { ...H, 'Idempotency-Key': skey });
out('same key, another session', otherEvent.status === 422, `${otherEvent.status} ${otherEvent.json?.name ?? ''}`);
const plain = await req('POST', '/api/requests', JSON.stringify(citizen()), { 'Content-Type': 'text/plain' });
out('text/plain application', plain.status === 415, plain.status);
for (const p of ['/api/open-days/%E0%A4%A/sessions/am/signups', '/api/open-days/signups/%25%/cancel']) {
  const r = await req('POST', p, p.endsWith('cancel') ? 'null' : { name: 'x', phone: ph() }); out(`POST ${p}`, r.status >= 400 && r.status < 500, r.status);
}
const nullCancel = await req('POST', `/api/open-days/signups/KF22222222/cancel`, 'null'); out('null cancel body', nullCancel.status < 500, nullCancel.status);
const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
const up = await req('POST', '/api/requests', { ...citizen(), identityProof: { name: 'a.png', type: 'image/png', size: 1, dataUrl: `data:image/png;base64,${html}` } });
out('HTML uploaded as PNG', up.status === 422, up.status);
const big = await req('POST', `/api/open-days/${ev}/sessions/am/signups`, { name: 'x', phone: ph(), fields: { q: 'x'.repeat(8_000_000) } });
out('8 MB sign-up body', big.status === 413, big.status);
const evil = await req('POST', '/api/requests', citizen(), { ...H, Origin: 'https://evil.example' });
out('post from another origin', evil.status === 403, evil.status);
const getLookup = await req('GET', `/api/requests/${code}?phone=13800138000`);
out('lookup by GET with the phone in the URL', getLookup.status !== 200, getLookup.status);
const guandi = [];
for (let k = 0; k < 65; k++) guandi.push(await req('POST', '/api/open-days/od-2027-guandi/sessions/s1/signups', { name: '钱七', phone: ph(), fields: { consent: 'yes' } }));
const sum = (await req('GET', '/api/open-days')).json.find((e) => e.id === 'od-2027-guandi').sessions[0];
out('draw session summary', !(sum.taken > sum.capacity), JSON.stringify(sum));
