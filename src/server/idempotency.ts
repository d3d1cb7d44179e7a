/**
 * Idempotency keys bound to the route and the payload: a retry (same key, same route, same
 * payload) gets the first record back; the same key with another payload or on another route is
 * refused with 422 `idempotency-mismatch`, never answered with someone else's record.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from './db/database.js';
import { ApiError } from './http/problem.js';

/** JSON with object keys sorted at every level, so equal payloads hash equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const payloadHash = (payload: unknown): string => createHash('sha256').update(canonicalJson(payload)).digest('hex');

export const MAX_KEY_LENGTH = 200;

/** The Idempotency-Key header, checked: printable ASCII, at most 200 characters. */
export function readKey(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  if (header.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(header)) throw new ApiError(400, 'invalid-idempotency-key', 'Idempotency-Key 格式不正确');
  return header;
}

/**
 * Inside the transaction that creates `code`: claims the key for it, or returns the code the key
 * already stands for. A concurrent claim of the same key waits on the unique index until the
 * other transaction ends, so two simultaneous retries record one thing.
 */
export async function claimKey(tx: Queryable, claim: { key: string; route: string; hash: string; code: string }): Promise<string | undefined> {
  const inserted = await tx.query('INSERT INTO idempotency_keys (key, route, payload_sha256, resource_code) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING RETURNING key', [claim.key, claim.route, claim.hash, claim.code]);
  if (inserted.length) return undefined;
  const [earlier] = await tx.query<{ route: string; payload_sha256: string; resource_code: string }>('SELECT route, payload_sha256, resource_code FROM idempotency_keys WHERE key = $1', [claim.key]);
  // '*': a key imported from the old journals, whose payload hash is unknown (import-journal.ts).
  if (!earlier || earlier.route !== claim.route || (earlier.payload_sha256 !== claim.hash && earlier.payload_sha256 !== '*')) {
    throw new ApiError(422, 'idempotency-mismatch', '该 Idempotency-Key 已用于另一项提交，请使用新的键');
  }
  return earlier.resource_code;
}
