import { PGlite } from '@electric-sql/pglite';
const t0 = Date.now();
const db = await PGlite.create('/tmp/zs/data1');
console.log('open ms', Date.now() - t0);
await db.exec(`CREATE TABLE IF NOT EXISTS t (id serial primary key, k text unique, body jsonb, at timestamptz default now(), n bigint default 5);
CREATE OR REPLACE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.n := NEW.n + 1; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS tr ON t; CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();`);
const r = await db.query('INSERT INTO t (k, body) VALUES ($1, $2) RETURNING *', ['a' + Date.now(), { x: 1 }]);
console.log(r.rows[0], typeof r.rows[0].n, r.rows[0].at instanceof Date);
try { await db.query('INSERT INTO t (k) VALUES ($1)', [r.rows[0].k]); } catch (e) { console.log('err', e.code, e.constructor.name, e.message); }
let t = Date.now();
for (let i = 0; i < 1000; i++) await db.transaction(async (tx) => { await tx.query('SELECT 1'); await tx.query('INSERT INTO t (k, body) VALUES ($1, $2)', ['k' + Math.random(), { i, s: 'x'.repeat(500) }]); });
console.log('1000 tx ms', Date.now() - t);
t = Date.now();
await Promise.all(Array.from({length: 1000}, (_, i) => db.query('INSERT INTO t (k, body) VALUES ($1, $2)', ['p' + Math.random(), { i }])));
console.log('1000 parallel inserts ms', Date.now() - t);
console.log((await db.query('select count(*)::int c, count(*) c2 from t')).rows);
await db.close();
