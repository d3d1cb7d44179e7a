/**
 * The desk's HTTP client for /api/staff (docs/staff-api.md): same-origin cookies, the CSRF token
 * on every POST, JSON in and out, and one error shape for everything that goes wrong (the
 * server's `{ error, message, errors }`, a timeout, no network), so the views word it once.
 */

export interface FieldProblem {
  path: string;
  message: string;
}

export class DeskError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: readonly FieldProblem[] = [],
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

const TIMEOUT_MS = 30_000;

export class DeskClient {
  /** The CSRF token of the signed-in session (from sign-in or GET /session). */
  csrfToken = '';

  constructor(readonly base: string) {}

  url(path: string): string {
    return `${this.base.replace(/\/$/, '')}${path}`;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(this.url(path), {
        method,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(method === 'GET' ? {} : { 'X-CSRF-Token': this.csrfToken }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (error) {
      const aborted = (error as Error)?.name === 'AbortError';
      throw new DeskError(0, aborted ? 'timeout' : 'network', aborted ? '服务器长时间没有响应，请稍后重试' : '无法连接服务器，请检查网络后重试');
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const problem = (json ?? {}) as { error?: string; message?: string; errors?: FieldProblem[] };
      const retry = Number(response.headers.get('retry-after'));
      throw new DeskError(response.status, problem.error ?? `http-${response.status}`, problem.message ?? `服务器返回错误（${response.status}）`, problem.errors ?? [], Number.isFinite(retry) && retry > 0 ? retry : undefined);
    }
    return json as T;
  }
}
