/**
 * Staff passwords, hashed with scrypt from node:crypto (no native add-on, nothing to build).
 * Stored as `scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64): the cost travels with the hash, so a
 * later, higher cost applies to new passwords while old ones still verify. The default cost is
 * OWASP's scrypt floor (N = 2¹⁷, r = 8, p = 1: 128 MiB and a few hundred milliseconds per
 * check, run on libuv's thread pool, never on the event loop).
 */
import { randomBytes, randomInt, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const DEFAULT_COST = 17;
export const MIN_COST = 14;
export const MIN_PASSWORD_LENGTH = 10;
const KEY_LENGTH = 32;

const scrypt = (password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));

const optionsFor = (ln: number, r: number, p: number): ScryptOptions => ({ N: 2 ** ln, r, p, maxmem: 256 * 2 ** ln * r * p + 1024 * 1024 });

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, optionsFor(cost, 8, 1));
  return `scrypt$ln=${cost},r=8,p=1$${salt.toString('base64')}$${key.toString('base64')}`;
}

const STORED = /^scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Whether `password` matches the stored hash; false for anything malformed. Constant time in the key comparison. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) return false;
  const [ln, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (ln < 10 || ln > 22 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const expected = Buffer.from(match[5]!, 'base64');
  const key = await scrypt(password, Buffer.from(match[4]!, 'base64'), optionsFor(ln, r, p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Why a new password is refused, or undefined. */
export function passwordProblem(password: string, username?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少${MIN_PASSWORD_LENGTH}个字符 / at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return '密码太长 / too long';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名 / must not contain the user name';
  if (new Set(password).size < 4) return '密码太简单 / too simple';
  return undefined;
}

/** A password to hand out once: 16 characters without look-alikes (0/O, 1/l/I), grouped for reading aloud. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
