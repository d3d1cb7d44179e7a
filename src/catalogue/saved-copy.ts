/**
 * The last good copy of a catalogue, kept in the reader's browser, so that a county site whose
 * catalogue URL fails (network down, server error, timeout, an invalid file uploaded by mistake)
 * still shows the catalogue, marked 离线数据 with its date, instead of an error box.
 *
 * Where it is kept: **IndexedDB**, falling back to **localStorage** for small catalogues.
 * - Cache Storage is only there in a secure context (https or localhost), and many county sites
 *   are still served over plain http, where `caches` is undefined: IndexedDB is needed anyway, and
 *   one store for every page means the copy found never depends on how the page was served.
 *   IndexedDB works over http, in Chromium 86, Safari 14.1 and Firefox 79, and holds tens of MB.
 * - localStorage is the fallback where IndexedDB cannot be opened (Firefox's private windows
 *   before 115, some locked-down embedded browsers). It is synchronous and small (about 5 MB per
 *   site, shared with the CMS's own use), so only copies up to `LOCAL_STORAGE_MAX_CHARS` go there.
 * - Nothing is kept above `MAX_SAVED_CHARS`: a province-sized file would make every visit pay to
 *   copy it, and such sites should serve chunks (issue 16).
 *
 * The copy is the catalogue as validated (its JSON), stored with the time it was saved and the catalogue's own
 * `updatedAt` and `version`; it is validated again when read (a newer library may be stricter, and
 * storage can be corrupted), exactly like a fresh file. A copy never replaces a newer one: saving
 * an older catalogue (a stale cache in front of the server, another tab) keeps the newer copy.
 *
 * Loaded lazily (controller.ts imports it when a copy is to be saved or read), so that pages pay
 * nothing for it before their catalogue is on screen; the rules it follows are in copy-rules.ts.
 * It imports nothing at run time.
 * The drop-in bundle has it inside (src/index.ts), since offline installs copy one script.
 */

export interface SavedCopy {
  /** The absolute URL the catalogue was loaded from: the key. */
  readonly url: string;
  /** The catalogue's JSON text. */
  readonly text: string;
  /** When this browser saved it (ISO date-time, UTC). */
  readonly savedAt: string;
  /** The catalogue's own `updatedAt`. */
  readonly updatedAt: string;
  /** The catalogue's own `version`. */
  readonly version: string;
  /**
   * `updatedAt` as a time (copy-rules.ts `updatedTime`), by which copies are ordered. Worked out
   * by the caller, so that this file, loaded lazily, needs no code from the page's runtime (a
   * shared import would split the runtime's chunk and add a request before every element).
   */
  readonly updatedTime: number | undefined;
}

/** Whether `copy` is strictly older than `than`. */
const olderThan = (copy: SavedCopy, than: SavedCopy) => copy.updatedTime !== undefined && than.updatedTime !== undefined && copy.updatedTime < than.updatedTime;

export interface CopyStore {
  read(url: string): Promise<SavedCopy | undefined>;
  /** Saves `copy` unless the store holds a newer one for its URL; resolves to whether it was saved. */
  write(copy: SavedCopy): Promise<boolean>;
  remove(url: string): Promise<void>;
}

/** Copies larger than this (characters) are not kept at all. */
export const MAX_SAVED_CHARS = 16 * 1024 * 1024;
/** Copies larger than this are not put in localStorage (its quota is about 5 MB per site). */
export const LOCAL_STORAGE_MAX_CHARS = 1024 * 1024;

const DB_NAME = 'zwgk-elements';
const STORE_NAME = 'catalogue-copies';
const LOCAL_PREFIX = 'zwgk-elements:catalogue-copy:';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** An IndexedDB store, or undefined where IndexedDB is missing. Opening errors surface on first use. */
export function indexedDbStore(databaseName = DB_NAME): CopyStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(databaseName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE_NAME, { keyPath: 'url' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked'));
    }));
  return {
    async read(url) {
      const db = await open();
      return (await request(db.transaction(STORE_NAME, 'readonly').objectStore(STORE_NAME).get(url))) as SavedCopy | undefined;
    },
    async write(copy) {
      const db = await open();
      return new Promise<boolean>((resolve, reject) => {
        const transaction = db.transaction(STORE_NAME, 'readwrite');
        const store = transaction.objectStore(STORE_NAME);
        let saved = false;
        // Read and write in one transaction (callbacks, not promises, keep it active on old cores):
        // two tabs saving at once cannot leave an older copy last.
        const get = store.get(copy.url);
        get.onsuccess = () => {
          const existing = get.result as SavedCopy | undefined;
          if (existing && olderThan(copy, existing)) return;
          store.put(copy);
          saved = true;
        };
        transaction.oncomplete = () => resolve(saved);
        transaction.onerror = transaction.onabort = () => reject(transaction.error);
      });
    },
    async remove(url) {
      const db = await open();
      await request(db.transaction(STORE_NAME, 'readwrite').objectStore(STORE_NAME).delete(url));
    },
  };
}

/** A localStorage store for copies up to `maxChars`, or undefined where localStorage cannot be used. */
export function localStorageStore(maxChars = LOCAL_STORAGE_MAX_CHARS): CopyStore | undefined {
  let storage: Storage;
  try {
    // Reading the property itself throws in sandboxed frames and with storage blocked.
    storage = globalThis.localStorage;
    if (!storage) return undefined;
  } catch {
    return undefined;
  }
  const key = (url: string) => `${LOCAL_PREFIX}${url}`;
  const read = (url: string): SavedCopy | undefined => {
    try {
      const text = storage.getItem(key(url));
      return text ? (JSON.parse(text) as SavedCopy) : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    read: async (url) => read(url),
    async write(copy) {
      if (copy.text.length > maxChars) return false;
      const existing = read(copy.url);
      if (existing && olderThan(copy, existing)) return false;
      try {
        storage.setItem(key(copy.url), JSON.stringify(copy));
        return true;
      } catch {
        return false; // QuotaExceededError: the site's own data comes first.
      }
    },
    async remove(url) {
      storage.removeItem(key(url));
    },
  };
}

/**
 * The primary store, falling back to the next one whenever an operation of the first fails (an
 * IndexedDB that exists but cannot be opened, as in Firefox's private windows).
 */
export function fallbackStore(stores: readonly (CopyStore | undefined)[]): CopyStore {
  const usable = stores.filter((s): s is CopyStore => !!s);
  const attempt = async <T>(run: (store: CopyStore) => Promise<T>, none: T): Promise<T> => {
    for (const store of usable) {
      try {
        return await run(store);
      } catch {
        // try the next store
      }
    }
    return none;
  };
  return {
    read: (url) => attempt((s) => s.read(url), undefined),
    write: (copy) => attempt((s) => s.write(copy), false),
    remove: (url) => attempt((s) => s.remove(url), undefined),
  };
}

let store: CopyStore | undefined;

/** The store the elements use (IndexedDB, else localStorage for small copies). */
export function copyStore(): CopyStore {
  return (store ??= fallbackStore([indexedDbStore(), localStorageStore()]));
}

/** Replaces the store (tests; or `undefined` to go back to the default). */
export function setCopyStore(replacement: CopyStore | undefined): void {
  store = replacement;
}

const saved = new WeakSet<object>();

/**
 * Keeps `catalogue`, just loaded and validated from `url`, as the last good copy (its JSON: what
 * the validator accepted). Runs when the browser is idle, so saving never delays the first paint,
 * and once per catalogue however many elements show it; failures are silent (private windows,
 * quota), since the page works without a copy.
 */
export function saveCopy(url: string, catalogue: { readonly updatedAt: string; readonly version: string }, updatedTime: number | undefined): Promise<boolean> {
  if (typeof window === 'undefined' || saved.has(catalogue)) return Promise.resolve(false);
  saved.add(catalogue);
  const idle = (globalThis as { requestIdleCallback?: (run: () => void, options: { timeout: number }) => void }).requestIdleCallback;
  return new Promise<void>((resolve) => (idle ? idle(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 0)))
    .then(() => {
      const text = JSON.stringify(catalogue);
      if (text.length > MAX_SAVED_CHARS) return false;
      return copyStore().write({ url, text, savedAt: new Date().toISOString(), updatedAt: catalogue.updatedAt, version: catalogue.version, updatedTime });
    })
    .catch(() => false);
}

/** The saved copy for `url`, if any. Never rejects. */
export function readCopy(url: string): Promise<SavedCopy | undefined> {
  if (typeof window === 'undefined') return Promise.resolve(undefined);
  return copyStore().read(url).catch(() => undefined);
}

