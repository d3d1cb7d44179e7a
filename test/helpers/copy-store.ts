/** The browser's last good copies (src/catalogue/saved-copy.ts) as tests arrange them. */
import { resolveCatalogueUrl } from '../../src/catalogue/loader.js';
import { isOlderCopy, updatedTime } from '../../src/catalogue/copy-rules.js';
import type { CopyStore, SavedCopy } from '../../src/catalogue/saved-copy.js';

/** The record a store keeps for `catalogue` loaded from `url`. */
export function copyOf(url: string, catalogue: Record<string, any>, savedAt = '2026-12-05T06:30:00.000Z'): SavedCopy {
  return { url: resolveCatalogueUrl(url), text: JSON.stringify(catalogue), savedAt, updatedAt: catalogue.updatedAt, version: catalogue.version, updatedTime: updatedTime(catalogue.updatedAt) };
}

/** A store in memory (what IndexedDB holds, without another test's leftovers). */
export function memoryStore(initial: SavedCopy[] = [], { acceptWrites = true } = {}): CopyStore & { copies: Map<string, SavedCopy> } {
  const copies = new Map(initial.map((c) => [c.url, c]));
  return {
    copies,
    read: async (url) => copies.get(url),
    async write(copy) {
      const existing = copies.get(copy.url);
      if (!acceptWrites || (existing && isOlderCopy(copy, existing))) return false;
      copies.set(copy.url, copy);
      return true;
    },
    remove: async (url) => void copies.delete(url),
  };
}
