// Staff accounts and signed-in clients for the desk's Node tests (not a test file itself).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './zwgk-server.mjs';

const BIN = join(root, 'bin/zwgk-server.mjs');

/** A cheaper scrypt for tests (2¹⁴); the default cost is OWASP's 2¹⁷. */
export const TEST_PASSWORD_ENV = { ZWGK_PASSWORD_COST: '14' };

/** The desk's four roles, one account each, plus their passwords. */
export const STAFF = [
  { username: 'li.reg', name: '李登记', roles: 'registrar', password: 'dengji-mima-2026' },
  { username: 'wang.han', name: '王承办', roles: 'handler', password: 'chengban-mima-2026' },
  { username: 'zhao.han', name: '赵承办', roles: '承办人', password: 'chengban-mima-2027' },
  { username: 'chen.rev', name: '陈审核', roles: 'reviewer', password: 'shenhe-mima-2026' },
  { username: 'zhou.adm', name: '周管理', roles: 'admin', password: 'guanli-mima-2026' },
];

/** Runs `zwgk-server user …` (PGlite: with the server stopped), the password on standard input. */
export function userCommand(args, env, input) {
  return spawnSync(process.execPath, [BIN, 'user', ...args], { cwd: root, env: { ...process.env, ...TEST_PASSWORD_ENV, ...env }, input, encoding: 'utf8', timeout: 120_000 });
}

export function addStaff(env, staff = STAFF) {
  for (const user of staff) {
    const result = userCommand(['add', user.username, '--name', user.name, '--roles', user.roles, '--password-stdin'], env, `${user.password}\n`);
    if (result.status !== 0) throw new Error(`user add ${user.username}: ${result.stderr}`);
  }
}

/**
 * A browser-like client signed in as one officer: it keeps the session cookie, sends the site's
 * Origin, and the CSRF token on every POST (unless told not to).
 */
export async function signIn(origin, username, password) {
  const login = await fetch(`${origin}/api/staff/login`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: origin }, body: JSON.stringify({ username, password }) });
  const body = await login.json();
  if (login.status !== 200) throw new Error(`sign-in ${username}: ${login.status} ${JSON.stringify(body)}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const request = async (method, path, json, headers = {}) => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { Cookie: cookie, Origin: origin, ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...(method === 'POST' ? { 'X-CSRF-Token': body.csrfToken } : {}), ...headers },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await response.text();
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, json: parsed, text };
  };
  return {
    user: body,
    cookie,
    get: (path, headers) => request('GET', path, undefined, headers),
    post: (path, json, headers) => request('POST', path, json ?? {}, headers),
    act: (code, command, extra = {}) => request('POST', `/api/staff/requests/${code}/actions`, { command, ...extra }),
  };
}
