/**
 * The embedded engine: PGlite keeps a real PostgreSQL data directory on disk (outside every
 * served folder) and needs nothing installed. It has one connection: PGlite itself queues every
 * query and transaction behind one lock, so transactions never interleave; what callers must not
 * do is query the database (rather than `tx`) inside a transaction (see Database.transaction).
 * Each commit is flushed to the data directory before the query resolves (relaxedDurability is
 * left off), so an acknowledged record survives kill -9.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

const wrap = (target: PGlite | Transaction): Queryable => ({
  async query<T>(sql: string, params: readonly unknown[] = []) {
    return (await target.query<T>(sql, params as unknown[])).rows;
  },
});

/**
 * One process per data directory: PGlite has no postmaster to refuse a second one, and two
 * writers would corrupt the files. A lock file names the owner; a dead owner's lock is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'zwgk-server.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(`the database in ${dataDir} is in use by process ${owner}; stop it first, or use DATABASE_URL (PostgreSQL) for several processes`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir === 'memory://';
  let unlock = () => {};
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    unlock = lockDataDir(dataDir);
  }
  let db: PGlite;
  try {
    db = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const root = wrap(db);
  return {
    engine: 'pglite',
    query: root.query,
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async exec(sql) {
      await db.exec(sql);
    },
    async close() {
      await db.close();
      unlock();
    },
  };
}
