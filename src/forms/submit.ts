/**
 * Sends a form as JSON and classifies every outcome, so the element can say what happened and
 * keep the values: network failure, timeout, server error (5xx), invalid input (422, with field
 * paths) or a refusal (409). Each submission carries an idempotency key, kept across retries, so
 * a double click or a retry records one application.
 */
export type SubmitOutcome<T> =
  | { readonly kind: 'ok'; readonly status: number; readonly data: T }
  | { readonly kind: 'invalid'; readonly status: 422; readonly errors: readonly { path: string; message: string }[] }
  | { readonly kind: 'refused'; readonly status: number; readonly code: string; readonly message: string }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network' };

export const DEFAULT_SUBMIT_TIMEOUT_MS = 20_000;

export function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export async function submitJson<T>(url: string, body: unknown, options: { idempotencyKey: string; timeout?: number; method?: string }): Promise<SubmitOutcome<T>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout ?? DEFAULT_SUBMIT_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method: options.method ?? 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': options.idempotencyKey },
      body: JSON.stringify(body),
      signal: controller.signal,
      credentials: 'same-origin',
    });
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { kind: 'ok', status: response.status, data: data as T };
    if (response.status === 422) return { kind: 'invalid', status: 422, errors: Array.isArray(data.errors) ? (data.errors as { path: string; message: string }[]) : [] };
    if (response.status >= 500) return { kind: 'server', status: response.status };
    return { kind: 'refused', status: response.status, code: String(data.error ?? response.status), message: String(data.message ?? '') };
  } catch {
    return controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network' };
  } finally {
    clearTimeout(timer);
  }
}

export type LookupOutcome<T> = { readonly kind: 'ok'; readonly data: T } | { readonly kind: 'not-found' | 'too-many' | 'network' };

/**
 * Looks a record up by its code and the phone number given with it (a status lookup, a sign-up
 * check or cancellation). POST, so the phone never appears in a URL or an access log. Any refusal
 * reads as not found (the server never says which of the two was wrong), 429 as too many tries.
 */
export async function lookUp<T>(url: string, code: string, phone: string): Promise<LookupOutcome<T>> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ code, phone }), credentials: 'same-origin' });
    if (!response.ok) return { kind: response.status === 429 ? 'too-many' : 'not-found' };
    return { kind: 'ok', data: (await response.json()) as T };
  } catch {
    return { kind: 'network' };
  }
}
