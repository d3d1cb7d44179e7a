// Starts the real reference server (bin/zwgk-server.mjs, the production entry) for Node tests, on
// the engine under test: a fresh PGlite data directory (copied from a migrated template, so a
// start takes a second, not the 20 s of a first initdb), or a fresh PostgreSQL database when
// ZWGK_TEST_DATABASE_URL is set (npm run test:postgres). Every line the server logs is kept, so
// a test can check the logs hold no personal data. Not a test file itself.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
export const POSTGRES_URL = process.env.ZWGK_TEST_DATABASE_URL;
export const ENGINE = POSTGRES_URL ? 'postgres' : 'pglite';
const BIN = join(root, 'bin/zwgk-server.mjs');

/** Settings every test server shares: no scheduled retention, quiet limits unless a test sets its own. */
const BASE_ENV = { HOST: '127.0.0.1', PORT: '0', ZWGK_RETENTION_INTERVAL_HOURS: '0', ZWGK_RATE_SUBMIT: '100000/60', ZWGK_RATE_LOOKUP: '100000/60', ZWGK_RATE_CANCEL: '100000/60' };

function pgliteTemplate() {
  const key = createHash('sha256').update(readFileSync(join(root, 'src/server/db/migrations.ts'))).update(readFileSync(join(root, 'package-lock.json'))).digest('hex').slice(0, 12);
  const template = join(tmpdir(), `zwgk-pglite-template-${key}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const building = mkdtempSync(join(tmpdir(), 'zwgk-pglite-building-'));
  const result = spawnSync(process.execPath, [BIN, 'migrate'], { env: { ...process.env, ZWGK_DATA_DIR: building, DATABASE_URL: '' }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cannot build the PGlite template: ${result.stderr}`);
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test file built it first
  }
  return template;
}

/** A fresh, migrated, empty database for one test file: its environment and a way to remove it. */
/** A database of its own for one test file or bench run: on PostgreSQL at `postgresUrl` (default ZWGK_TEST_DATABASE_URL as the process started), else a PGlite copy of the template. */
export async function freshDatabase({ postgresUrl = POSTGRES_URL } = {}) {
  if (postgresUrl) {
    const { default: postgres } = await import('postgres');
    const name = `zwgk_server_t_${randomBytes(5).toString('hex')}`;
    const admin = postgres(postgresUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.href },
      url: url.href,
      async drop() {
        const again = postgres(postgresUrl, { max: 1, onnotice: () => {} });
        await again.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const dir = join(mkdtempSync(join(tmpdir(), 'zwgk-server-test-')), 'data');
  cpSync(pgliteTemplate(), dir, { recursive: true });
  rmSync(join(dir, 'zwgk-server.lock'), { force: true });
  return { env: { ZWGK_DATA_DIR: dir, DATABASE_URL: '' }, dataDir: dir, async drop() { rmSync(dir, { recursive: true, force: true }); } };
}

/** Writes a catalogue for a test to a temporary file and returns its path. */
export function catalogueFile(catalogue) {
  const file = join(mkdtempSync(join(tmpdir(), 'zwgk-catalogue-')), 'catalogue.json');
  writeFileSync(file, JSON.stringify(catalogue));
  return file;
}

/** The log files of every server this test file started (stdout and stderr). */
const logFiles = [];
const logText = () => logFiles.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : '')).join('');

export async function startServer(env = {}) {
  // Logs go to a file, not a pipe: a busy test process must never block the server's writes.
  const logFile = join(mkdtempSync(join(tmpdir(), 'zwgk-server-log-')), 'server.log');
  logFiles.push(logFile);
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...(process.env.ZWGK_SERVER_NODE_ARGS ? process.env.ZWGK_SERVER_NODE_ARGS.split(' ') : []), BIN], { cwd: root, env: { ...process.env, ...BASE_ENV, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exitedEarly;
  child.once('exit', (code) => {
    exitedEarly = code;
  });
  const started = Date.now();
  let origin;
  while (!origin) {
    const text = readFileSync(logFile, 'utf8');
    const match = /"url":"(http:\/\/[\d.]+:\d+)\/","msg":"listening"/.exec(text);
    if (match) origin = match[1];
    else if (exitedEarly !== undefined) throw new Error(`zwgk-server exited with ${exitedEarly}:\n${text}`);
    else if (Date.now() - started > 90_000) throw new Error(`zwgk-server did not start within 90 s:\n${text}`);
    else await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return {
    origin,
    child,
    exited,
    logFile,
    /** Graceful stop (SIGTERM): in-flight requests finish. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      return exited;
    },
    /** A crash: no cleanup of any kind. */
    async kill9() {
      child.kill('SIGKILL');
      return exited;
    },
  };
}

/** Runs a zwgk-server command (migrate, retention, import-journal…) to completion. */
export function runCommand(args, env = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: root, env: { ...process.env, ...BASE_ENV, ...env }, encoding: 'utf8', timeout: 120_000 });
}

/** An HTTP client for one server: JSON in, JSON out, a same-origin browser's headers. */
export function client(origin, defaults = {}) {
  const request = async (method, path, body, headers = {}) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), Origin: origin, ...defaults, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text };
  };
  return {
    get: (path, headers) => request('GET', path, undefined, headers),
    post: (path, body, headers) => request('POST', path, body, headers),
    raw: request,
  };
}

/** Direct SQL on the test database (the server must be stopped when the engine is PGlite). */
export async function withDatabase(database, work) {
  if (database.url) {
    const { default: postgres } = await import('postgres');
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    try {
      return await work({ query: async (text, params = []) => [...(await sql.unsafe(text, params))] });
    } finally {
      await sql.end();
    }
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(database.dataDir);
  try {
    return await work({ query: async (text, params = []) => (await db.query(text, params)).rows });
  } finally {
    await db.close();
  }
}

/**
 * The personal data found in the logs of every server this file started: any of `secrets`, and
 * anything shaped like a mobile number or a resident ID. Empty when clean.
 */
export function personalDataInLogs(secrets) {
  const text = logText();
  if (!text.includes('"msg":"request"')) return ['(nothing was logged: the check would prove nothing)'];
  const shaped = [...text.matchAll(/(?<![\dA-Za-z])(1[3-9]\d{9}|\d{17}[\dXx])(?![\dA-Za-z])/g)].map((m) => m[1]);
  return [...new Set([...secrets.filter((secret) => text.includes(secret)), ...shaped])];
}

const days = (n) => new Date(Date.now() + n * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The sample county with test open days whose dates are relative to today (so tests never
 * expire): each `[id, registration, extra]` becomes an open event with one session `s1`.
 */
export function openDayCatalogue(events) {
  const catalogue = JSON.parse(readFileSync(join(root, 'demo/data/shixian.json'), 'utf8'));
  const base = catalogue.openDays.find((e) => e.id === 'od-2027-edu');
  catalogue.openDays = events.map(([id, registration = {}, extra = {}]) => ({
    ...base, id, title: `测试开放日 ${id}`, status: 'open', start: days(40), end: days(40.1),
    sessions: [{ id: 's1', start: days(40), end: days(40.1), capacity: registration.capacity ?? 30 }],
    registration: { ...base.registration, open: true, deadline: days(30), capacity: 30, selection: 'first_come', waitlist: false, ...registration },
    ...extra,
  }));
  return catalogue;
}

/** Test mobiles 139xxxxxxxx, one per number. */
export const mobile = (i) => `139${String(10_000_000 + i).slice(-8)}`;
