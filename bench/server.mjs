#!/usr/bin/env node
// `npm run bench:server`: 10,000 information-disclosure applications at concurrency 100
// (autocannon, loopback only) against the reference server on each engine: PGlite in a fresh data
// directory, then PostgreSQL (ZWGK_BENCH_DATABASE_URL, default the local test role; skipped with a
// note when none answers). Every request has its own Idempotency-Key and payload; afterwards the
// database must hold each exactly once. Prints req/s, p50/p99 latency and the floors (≥ 500 req/s,
// p99 ≤ 500 ms, no request timed out), and the server's own view from its access log (handler time, pace), which tells a
// slow server from a starved load generator on a shared machine. Figures are printed, not
// asserted; a storage mismatch exits 1.
import autocannon from 'autocannon';
import postgres from 'postgres';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { freshDatabase, startServer, withDatabase } from '../test/helpers/zwgk-server.mjs';

const AMOUNT = Number(process.env.ZWGK_BENCH_REQUESTS ?? 10_000);
const CONNECTIONS = Number(process.env.ZWGK_BENCH_CONCURRENCY ?? 100);
const POSTGRES_URL = process.env.ZWGK_BENCH_DATABASE_URL ?? process.env.ZWGK_TEST_DATABASE_URL ?? 'postgres://zwgk:zwgk@127.0.0.1:5432/zwgk_server_test';
const FLOOR_RPS = 500;
const FLOOR_P99_MS = 500;

const application = (i) => JSON.stringify({
  applicantType: '公民',
  citizen: { name: `申请人${i}`, idType: '居民身份证', idNumber: '11010519491231002X', phone: `139${String(10_000_000 + i).slice(-8)}`, address: `示例县人民路${i}号` },
  information: { title: `2026年示例县信息 ${i}`, description: '用于压力测试的申请' }, provideForm: '电子', delivery: '邮寄', privacyConsent: true,
});

async function postgresReachable() {
  const sql = postgres(POSTGRES_URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

async function bench(engine) {
  // The engine is chosen here, per run (an empty URL is PGlite), not by the environment the bench started with.
  const database = await freshDatabase({ postgresUrl: engine === 'postgres' ? POSTGRES_URL : '' });
  const server = await startServer({ ...database.env, ZWGK_RATE_SUBMIT: '1000000/60', ZWGK_DB_POOL: '20' });
  let sent = 0;
  const result = await autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    amount: AMOUNT,
    requests: [{
      method: 'POST',
      path: '/api/requests',
      setupRequest: (request) => {
        const i = sent++;
        return { ...request, headers: { 'Content-Type': 'application/json', Origin: server.origin, 'Idempotency-Key': `bench-${i}` }, body: application(i) };
      },
    }],
  });
  await server.stop();
  // The server's own view (its access log): time inside the handler, and its pace from first to last request.
  const logged = readFileSync(server.logFile, 'utf8').split('\n').filter((l) => l.includes('"msg":"request"')).map((l) => JSON.parse(l));
  const handler = logged.map((l) => l.ms).sort((a, b) => a - b);
  const span = (Date.parse(logged.at(-1).time) - Date.parse(logged[0].time)) / 1000;
  const serverSide = { rps: logged.length / span, p50: handler[Math.floor(handler.length * 0.5)], p99: handler[Math.floor(handler.length * 0.99)], max: handler.at(-1), engine: readFileSync(server.logFile, 'utf8').match(/"engine":"(\w+)"/)?.[1] };
  const [stored] = await withDatabase(database, (db) => db.query(`SELECT count(*)::int AS rows, count(DISTINCT application->'citizen'->>'phone')::int AS distinct_payloads, (SELECT count(*)::int FROM idempotency_keys) AS keys FROM requests`));
  await database.drop();
  const ok = result['2xx'];
  // Every request sent has its own key and payload: each must be stored once, none lost, none twice
  // (a request the load generator gave up on after 10 s still reached the server and counts).
  const exactlyOnce = stored.rows === AMOUNT && stored.distinct_payloads === AMOUNT && stored.keys === AMOUNT && ok + result.timeouts >= AMOUNT && result.non2xx === 0;
  return { engine, serverSide, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, ok, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, stored, exactlyOnce };
}

console.log(`bench:server — ${AMOUNT} applications, concurrency ${CONNECTIONS}, ${cpus().length} CPU(s) (a shared machine: other work skews these figures)`);
const engines = ['pglite', ...((await postgresReachable()) ? ['postgres'] : [])];
if (!engines.includes('postgres')) console.log(`postgres: skipped, nothing answers at ${new URL(POSTGRES_URL).host} (set ZWGK_BENCH_DATABASE_URL)`);
let failed = false;
for (const engine of engines) {
  const r = await bench(engine);
  // autocannon leaves a request it gave up on (10 s) out of its latency histogram: none may time out,
  // or the p99 would hide the slowest users.
  const floor = r.rps >= FLOOR_RPS && r.p99 <= FLOOR_P99_MS && r.timeouts === 0;
  console.log(`${engine.padEnd(8)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   max ${r.max} ms   2xx ${r.ok}   non-2xx ${r.non2xx}   errors ${r.errors}   timeouts ${r.timeouts}`);
  console.log(`${''.padEnd(8)} server side (engine ${r.serverSide.engine}): ${r.serverSide.rps.toFixed(0)} req/s from first to last request, handler p50 ${r.serverSide.p50} ms, p99 ${r.serverSide.p99} ms, max ${r.serverSide.max} ms`);
  console.log(`${''.padEnd(8)} stored ${r.stored.rows} rows, ${r.stored.distinct_payloads} distinct payloads, ${r.stored.keys} keys: ${r.exactlyOnce ? 'exactly once' : 'MISMATCH'}; floor (≥ ${FLOOR_RPS} req/s, p99 ≤ ${FLOOR_P99_MS} ms, no timeout) ${floor ? 'met' : 'NOT met'}`);
  if (!r.exactlyOnce) failed = true;
}
process.exit(failed ? 1 : 0);
