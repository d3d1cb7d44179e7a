/**
 * Loads a catalogue from a URL or finds an inline `<script type="application/json">`, and
 * validates it (quick-validate.ts, a lazy chunk: lazy-validation.ts; zod is loaded only to
 * explain an invalid file). Never throws.
 * Each absolute URL is fetched once per page however many elements ask for it; a failed load is
 * forgotten so that 重试 fetches again.
 */
import { error, refusal } from './problems.js';
import type { LoadResult } from './quick-validate.js';
import { parseSoon } from './lazy-validation.js';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface LoadOptions {
  /** Milliseconds before the fetch is abandoned with a timeout error. */
  timeout?: number;
  /** Base for resolving a relative `src`; defaults to the page's URL. */
  base?: string;
}

const cache = new Map<string, Promise<LoadResult>>();

export function resolveCatalogueUrl(src: string, base: string = document.baseURI): string {
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}

/** Where each catalogue loaded by URL came from: the base of a chunked catalogue's files. */
const loadedFrom = new WeakMap<object, string>();

/** The absolute URL `catalogue` was loaded from, if it was loaded by `loadCatalogue`. */
export function catalogueUrl(catalogue: object): string | undefined {
  return loadedFrom.get(catalogue);
}

/**
 * Resolves in a later task. Reading, checking and drawing a catalogue would otherwise run as one
 * long task (promise callbacks and Lit's updates are microtasks), which keeps a slow phone from
 * answering a tap meanwhile; in separate tasks the browser can handle input between them. A
 * message, not a timer: timers are clamped to 4 ms when nested and slowed to once a second in a
 * background tab (a page opened in a new tab would load seconds late).
 */
function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

async function fetchCatalogue(href: string, timeout: number): Promise<LoadResult> {
  const fetched = await fetchText(href, timeout);
  if (typeof fetched !== 'string') return fetched;
  await nextTask();
  const result = await parseSoon(fetched);
  await nextTask();
  if (result.ok) loadedFrom.set(result.catalogue, href);
  return result;
}

/** The text at `href`, or the failure to say why there is none (HTTP status, timeout, offline). */
export async function fetchText(href: string, timeout: number): Promise<string | LoadResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    // The request a page's `<link rel="preload" href="…" as="fetch" crossorigin>` makes (CORS mode,
    // same-origin credentials, no extra headers), so the browser hands over that response instead
    // of downloading the catalogue again (docs/integrator-guide.md §11).
    const response = await fetch(href, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      const status = response.status;
      const hint = status === 404 ? '文件不存在，请检查 src 地址' : status >= 500 ? '服务器出错，请稍后重试' : '请求被拒绝';
      const hintEn = status === 404 ? 'file not found; check the src address' : status >= 500 ? 'server error; try again later' : 'request refused';
      return refusal(error('network', '', `http-${status}`, `无法加载目录（HTTP ${status}）：${hint}`, `could not load the catalogue (HTTP ${status}): ${hintEn}`));
    }
    return await response.text();
  } catch (e) {
    if (controller.signal.aborted) {
      return refusal(error('network', '', 'timeout', `加载目录超时（超过 ${Math.round(timeout / 1000)} 秒），请检查网络后重试`, `loading the catalogue timed out after ${Math.round(timeout / 1000)} s`));
    }
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return refusal(
      error('network', '', offline ? 'offline' : 'network-error',
        offline ? '设备处于离线状态，无法加载目录' : '网络错误，无法加载目录，请检查网络后重试',
        offline ? 'the device is offline; the catalogue cannot load' : `network error while loading the catalogue (${e instanceof Error ? e.message : String(e)})`),
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Loads and validates the catalogue at `src`, sharing one request per absolute URL. */
export function loadCatalogue(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const href = resolveCatalogueUrl(src, options.base);
  let pending = cache.get(href);
  if (!pending) {
    pending = fetchCatalogue(href, options.timeout ?? DEFAULT_TIMEOUT_MS).then((result) => {
      if (!result.ok && result.errors.some((e) => e.kind === 'network')) cache.delete(href);
      return result;
    });
    cache.set(href, pending);
  }
  return pending;
}

/** Forgets a cached catalogue (all of them without an argument), e.g. after an editor saved a new version. */
export function forgetCatalogue(src?: string): void {
  if (src === undefined) cache.clear();
  else cache.delete(resolveCatalogueUrl(src));
}

/** The text of the first `<script type="application/json">` child of `host`, if there is one. */
export function inlineCatalogueText(host: Element): string | undefined {
  const script = Array.from(host.children).find(
    (child) => child.localName === 'script' && (child as HTMLScriptElement).type === 'application/json',
  );
  return script ? (script.textContent ?? '') : undefined;
}

export type { LoadResult };
