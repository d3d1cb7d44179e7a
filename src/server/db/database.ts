/**
 * One small query interface over both engines: PGlite (PostgreSQL in WASM, the embedded default)
 * and a real PostgreSQL (`DATABASE_URL`). The SQL and the migrations are the same for both;
 * parameters are `$1, $2…`, JSON goes in as text cast with `::jsonb`, and rows come back as plain
 * objects (timestamptz as Date, jsonb parsed, int4 as number, bytea as Uint8Array). JSON parameters
 * are written `$n::text::jsonb`: the postgres driver would otherwise encode a string a second time.
 */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction (READ COMMITTED), committed when it resolves and rolled back
   * when it throws. Inside, use only `tx`: on PGlite, which has a single connection, a query on
   * the database itself would wait for this very transaction to end.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements separated by semicolons, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL error codes the server handles (SQLSTATE). */
export const UNIQUE_VIOLATION = '23505';

export function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export interface DatabaseOptions {
  /** `postgres://…`: a real PostgreSQL. Otherwise PGlite in `dataDir`, or in memory when `dataDir` is `memory://`. */
  databaseUrl?: string;
  dataDir: string;
  /** Connections in the pool (PostgreSQL only). */
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
