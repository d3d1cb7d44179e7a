/**
 * Keeps what a citizen typed: saved as they type (sessionStorage by default, so it dies with the
 * tab) and restored after a reload or a failed submission. Sensitive fields (ID numbers) are never
 * written unless the page explicitly allows it.
 */
export class DraftStore {
  constructor(
    private readonly key: string,
    private readonly sensitive: ReadonlySet<string>,
    private readonly storage: Storage | undefined = typeof sessionStorage === 'undefined' ? undefined : sessionStorage,
    private readonly persistSensitive = false,
  ) {}

  save(values: Readonly<Record<string, string>>): void {
    const kept = Object.fromEntries(Object.entries(values).filter(([name, value]) => value !== '' && (this.persistSensitive || !this.sensitive.has(name))));
    try {
      if (Object.keys(kept).length) this.storage?.setItem(this.key, JSON.stringify({ savedAt: Date.now(), values: kept }));
      else this.storage?.removeItem(this.key);
    } catch {
      // Storage full or blocked (private mode): typing must still work.
    }
  }

  load(): Record<string, string> | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return undefined;
      const { values } = JSON.parse(raw) as { values: Record<string, string> };
      return values && typeof values === 'object' ? values : undefined;
    } catch {
      return undefined;
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // ignore
    }
  }
}
