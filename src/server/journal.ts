/**
 * Durable storage for the demo server: an append-only JSON Lines file, fsync'ed after every
 * record, replayed on start. A record that reached the disk survives a crash or a restart; a
 * half-written last line (power cut mid-write) is skipped on replay instead of failing the start.
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class Journal<T> {
  private fd: number;

  constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.fd = openSync(file, 'a');
  }

  /** Every complete record written so far, oldest first. */
  replay(): T[] {
    if (!existsSync(this.file)) return [];
    const records: T[] = [];
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        // A torn final line from an interrupted write: the caller never got a success for it.
      }
    }
    return records;
  }

  /** Appends one record and returns only when it is on disk. */
  append(record: T): void {
    appendFileSync(this.fd, `${JSON.stringify(record)}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}
