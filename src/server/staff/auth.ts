/**
 * Who is at the desk. Two modes (docs/server.md §12):
 * - `password` (default): `POST /api/staff/login` checks the account's scrypt hash and sets an
 *   HttpOnly, SameSite=Strict session cookie (Secure, and named `__Host-zwgk_staff`, over HTTPS).
 *   Failures are rate-limited per address and lock the account name after 5 within 15 minutes.
 * - `header`: a reverse proxy that has already signed staff in (the county's 统一身份认证) sends
 *   the user and roles in headers. Honoured only on connections from the configured proxy
 *   addresses (the socket's own address, never X-Forwarded-For), and only in this mode.
 *
 * CSRF: every state-changing staff request must carry `X-CSRF-Token`, compared in constant time
 * with the session's synchronizer token (password mode) or an HMAC of the user under an
 * installation secret (header mode). Together with the API's Origin check, SameSite=Strict and
 * JSON-only bodies (which another site cannot send without a preflight the server never grants),
 * a page elsewhere cannot act with a signed-in officer's cookie.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { HttpBindings } from '@hono/node-server';
import * as z from 'zod/mini';
import { ROLE_LABELS, type StaffRole } from '../../forms/request-workflow.js';
import { appendAudit } from '../audit.js';
import type { ServerContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { limitBody, ownOrigin, readJson } from '../http/guards.js';
import { ApiError } from '../http/problem.js';
import { assertNotLocked, recordFailure } from '../lookup-guard.js';
import { DEFAULT_COST, hashPassword, verifyPassword } from './passwords.js';
import { createSession, deleteSession, findSession } from './sessions.js';
import { findUser, normaliseUsername, parseRoles, syncHeaderUser } from './users.js';

export interface StaffActor {
  id: string;
  name: string;
  roles: StaffRole[];
  csrfToken: string;
  via: 'session' | 'header';
  expiresAt?: Date;
}

export type StaffEnv = { Variables: { staff: StaffActor }; Bindings: Partial<HttpBindings> };

const COOKIE = 'zwgk_staff';
const SECURE_COOKIE = '__Host-zwgk_staff';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const notSignedIn = () => new ApiError(401, 'not-signed-in', '请先登录办理系统');

export const actorView = (staff: StaffActor) => ({
  id: staff.id, name: staff.name, roles: staff.roles, roleLabels: staff.roles.map((r) => ROLE_LABELS[r]['zh-CN']), via: staff.via,
  csrfToken: staff.csrfToken, ...(staff.expiresAt ? { expiresAt: staff.expiresAt.toISOString() } : {}),
});

function secureCookies(c: Context, ctx: ServerContext): boolean {
  const setting = ctx.config.staff.cookieSecure;
  if (setting !== 'auto') return setting === 'always';
  return ownOrigin(c, { publicOrigin: ctx.config.publicOrigin, allowedOrigins: [], trustProxy: ctx.config.trustProxy }).startsWith('https:');
}

const sessionToken = (c: Context): string | undefined => getCookie(c, SECURE_COOKIE) ?? getCookie(c, COOKIE);

/** The proxies allowed to assert who is signed in, as a BlockList (IPv4, IPv6 and CIDR ranges). */
function proxyList(addresses: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of addresses) {
    const [address, prefix] = entry.split('/');
    const type = isIPv4(address!) ? 'ipv4' : 'ipv6';
    if (prefix) list.addSubnet(address!, Number(prefix), type);
    else list.addAddress(address!, type);
  }
  return list;
}

/** The connection's own address (an IPv4 client on a dual-stack socket appears as ::ffff:a.b.c.d). */
export function socketAddress(c: Context<StaffEnv>): string | undefined {
  const raw = c.env?.incoming?.socket?.remoteAddress;
  return raw?.startsWith('::ffff:') && isIPv4(raw.slice(7)) ? raw.slice(7) : raw;
}

async function installationSecret(db: Queryable): Promise<Buffer> {
  await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', ['csrf', randomBytes(32).toString('base64')]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', ['csrf']);
  return Buffer.from(row!.value, 'base64');
}

const sameToken = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function staffAuthentication(ctx: ServerContext) {
  const { staff: settings } = ctx.config;
  const proxies = proxyList(settings.header.proxies);
  let secret: Promise<Buffer> | undefined;
  const headerToken = async (username: string) => createHmac('sha256', await (secret ??= installationSecret(ctx.db))).update(username).digest('base64url');

  /** The signed-in officer, or undefined. */
  async function identify(c: Context<StaffEnv>): Promise<StaffActor | undefined> {
    const now = ctx.clock();
    if (settings.auth === 'header') {
      const user = c.req.header(settings.header.user);
      if (user === undefined) return undefined;
      const address = socketAddress(c);
      if (!address || !proxies.check(address, isIPv4(address) ? 'ipv4' : 'ipv6')) {
        ctx.logger.warn({ route: c.req.routePath }, 'staff identity header from an address that is not a configured proxy: ignored');
        return undefined;
      }
      const username = normaliseUsername(user);
      // Header values are ASCII: a proxy sends Chinese role names and names percent-encoded (UTF-8).
      const decoded = (value: string | undefined) => {
        try {
          return decodeURIComponent(value ?? '').trim();
        } catch {
          return '';
        }
      };
      const roles = parseRoles(decoded(c.req.header(settings.header.roles)));
      if (!/^[a-z0-9._@-]{2,64}$/.test(username)) throw new ApiError(403, 'invalid-user', '统一身份认证提供的用户名无效');
      if (!roles) throw new ApiError(403, 'no-role', '您的账号没有办理系统的角色（登记员、承办人、审核人、管理员），请联系管理员');
      const name = decoded(c.req.header(settings.header.name)) || username;
      return { id: username, name: name.slice(0, 50), roles, csrfToken: await headerToken(username), via: 'header' };
    }
    const token = sessionToken(c);
    if (!token) return undefined;
    const session = await findSession(ctx.db, token, now, settings);
    return session && { id: session.username, name: session.name, roles: session.roles, csrfToken: session.csrfToken, via: 'session', expiresAt: session.expiresAt };
  }

  /** Requires a signed-in officer; state-changing requests also need the CSRF token. */
  const requireStaff: MiddlewareHandler<StaffEnv> = async (c, next) => {
    const staff = await identify(c);
    if (!staff) throw notSignedIn();
    if (STATE_CHANGING.has(c.req.method) && !sameToken(c.req.header('x-csrf-token') ?? '', staff.csrfToken)) {
      throw new ApiError(403, 'csrf', '页面已过期，请刷新后重试（缺少或错误的 X-CSRF-Token）');
    }
    c.set('staff', staff);
    await next();
  };

  // Unknown names are checked against a hash of the same cost, so timing does not say which names exist.
  let dummyHash: Promise<string> | undefined;

  const routes = new Hono<StaffEnv>();
  const LoginBody = z.object({ username: z.string().check(z.maxLength(64)), password: z.string().check(z.maxLength(200)) });

  routes.post('/login', ctx.rateLimits.login, limitBody(4096), async (c) => {
    if (settings.auth === 'header') throw new ApiError(409, 'header-mode', '本系统通过单位统一身份认证登录，请从单位门户进入');
    const parsed = LoginBody.safeParse(await readJson(c));
    if (!parsed.success) throw new ApiError(422, 'invalid', '请填写用户名和密码', [{ path: 'username', message: '请填写用户名' }, { path: 'password', message: '请填写密码' }]);
    const username = normaliseUsername(parsed.data.username);
    const now = ctx.clock();
    if (!username || !parsed.data.password) throw new ApiError(422, 'invalid', '请填写用户名和密码');
    await assertNotLocked(ctx.db, 'login', username);
    const user = await findUser(ctx.db, username);
    const hash = user?.passwordHash ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'), DEFAULT_COST)));
    const matches = await verifyPassword(parsed.data.password, hash);
    if (!user || !user.passwordHash || user.disabled || !matches) {
      await recordFailure(ctx.db, 'login', username, settings.loginLock);
      await appendAudit(ctx.db, { at: now, actor: { id: username }, action: 'login_failed', subjectType: 'staff', subjectId: username, details: { reason: !user ? 'unknown' : user.disabled ? 'disabled' : 'password' } });
      throw new ApiError(401, 'invalid-credentials', '用户名或密码不正确');
    }
    const session = await ctx.db.transaction(async (tx) => {
      const created = await createSession(tx, username, now, settings);
      await appendAudit(tx, { at: now, actor: { id: username, name: user.name }, action: 'login', subjectType: 'staff', subjectId: username });
      return created;
    });
    const secure = secureCookies(c, ctx);
    // A browser-session cookie (no Max-Age): closing the browser on a shared office computer ends it too.
    setCookie(c, secure ? SECURE_COOKIE : COOKIE, session.token, { httpOnly: true, sameSite: 'Strict', secure, path: '/' });
    return c.json(actorView({ id: username, name: user.name, roles: user.roles, csrfToken: session.csrfToken, via: 'session', expiresAt: session.expiresAt }));
  });

  // Signing out needs no CSRF token (it only ends the caller's own session), so an expired page can always sign out.
  routes.post('/logout', async (c) => {
    const token = sessionToken(c);
    if (token) {
      const username = await deleteSession(ctx.db, token);
      if (username) await appendAudit(ctx.db, { at: ctx.clock(), actor: { id: username }, action: 'logout', subjectType: 'staff', subjectId: username });
    }
    for (const [name, secure] of [[COOKIE, false], [SECURE_COOKIE, true]] as const) {
      if (getCookie(c, name) !== undefined) deleteCookie(c, name, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
    }
    return c.json({ signedOut: true });
  });

  routes.get('/session', async (c) => {
    // Not signed in is an answer here, not an error: the desk then shows its sign-in form (or, in header mode, the way to the portal).
    const staff = await identify(c);
    if (!staff) return c.json({ signedIn: false, mode: settings.auth });
    if (staff.via === 'header') await syncHeaderUser(ctx.db, { username: staff.id, name: staff.name, roles: staff.roles }, ctx.clock());
    return c.json({ signedIn: true, mode: settings.auth, ...actorView(staff) });
  });

  return { requireStaff, routes };
}
