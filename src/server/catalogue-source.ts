/**
 * The catalogue the server applies (open days, request settings), read from a file and validated
 * like any catalogue. A changed file is picked up while the server runs (checked every few
 * seconds, or at once on SIGHUP); a broken new version is logged and the old one kept.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Catalogue } from '../catalogue/schema.js';
import { parseCatalogueText } from '../catalogue/validate.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import { syncSessions } from './open-days/store.js';

export async function readCatalogueFile(path: string): Promise<Catalogue> {
  const loaded = parseCatalogueText(await readFile(path, 'utf8'));
  if (!loaded.ok) throw new Error(`catalogue ${path} is invalid: ${loaded.errors.slice(0, 5).map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
  return loaded.catalogue;
}

export class CatalogueSource {
  private current?: Catalogue;
  private mtime = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly path: string | undefined, private readonly db: Database, private readonly logger: Logger, initial?: Catalogue) {
    this.current = initial;
  }

  get = (): Catalogue | undefined => this.current;

  /** Loads the file (when it changed) and brings the sessions table in line with it. */
  async refresh(): Promise<void> {
    if (!this.path) {
      if (this.current) await syncSessions(this.db, this.current.openDays ?? []);
      return;
    }
    const mtime = (await stat(this.path)).mtimeMs;
    if (mtime === this.mtime && this.current) return;
    const catalogue = await readCatalogueFile(this.path);
    await syncSessions(this.db, catalogue.openDays ?? []);
    this.current = catalogue;
    this.mtime = mtime;
    this.logger.info({ openDays: catalogue.openDays?.length ?? 0 }, 'catalogue loaded');
  }

  watch(intervalMs = 5000): void {
    if (!this.path) return;
    this.timer = setInterval(() => {
      this.refresh().catch((error) => this.logger.error({ err: error }, 'catalogue reload failed; keeping the previous one'));
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
