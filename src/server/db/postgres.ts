/**
 * The production engine: a real PostgreSQL through the `postgres` driver (porsager/postgres:
 * pure JavaScript, pooled, no native build). Our SQL text is sent as is (`unsafe` with bound
 * parameters, never string interpolation), so the same statements run on PGlite.
 */
import postgres from 'postgres';
import type { Database, Queryable } from './database.js';

type Sql = postgres.Sql | postgres.TransactionSql;

const wrap = (sql: Sql): Queryable => ({
  async query<T>(text: string, params: readonly unknown[] = []) {
    return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
  },
});

export async function openPostgres(url: string, max: number): Promise<Database> {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    connection: { application_name: 'zwgk-server' },
  });
  await sql`SELECT 1`;
  const root = wrap(sql);
  return {
    engine: 'postgres',
    query: root.query,
    transaction: <T>(work: (tx: Queryable) => Promise<T>) => sql.begin((tx) => work(wrap(tx))) as unknown as Promise<T>,
    async exec(text) {
      await sql.unsafe(text);
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
