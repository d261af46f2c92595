/** The cache entries of one repository, as the results service keeps them (one scope: no branches). */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** Set when the upload is finalized; an entry without bytes is reserved and not yet restorable. */
  bytes?: Buffer;
  createdAt: Date;
}

export class CacheStore {
  #nextId = 1;
  readonly #entries: CacheEntry[] = [];

  /** Every entry, reserved or finalized, oldest first. */
  all(): readonly CacheEntry[] {
    return this.#entries;
  }

  find(key: string, version: string): CacheEntry | undefined {
    return this.#entries.find((entry) => entry.key === key && entry.version === version);
  }

  reserve(key: string, version: string): CacheEntry {
    const entry: CacheEntry = { id: this.#nextId++, key, version, createdAt: new Date() };
    this.#entries.push(entry);
    return entry;
  }

  /**
   * The entry a restore gets, as GitHub documents cache matching: an exact match of the primary key,
   * else the newest entry whose key starts with a restore key, trying restore keys in order; always of
   * the same version (paths and compression) and finalized.
   */
  match(primaryKey: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const restorable = this.#entries.filter(
      (entry) => entry.bytes !== undefined && entry.version === version,
    );
    const exact = restorable.find((entry) => entry.key === primaryKey);
    if (exact !== undefined) return exact;
    for (const prefix of [primaryKey, ...restoreKeys]) {
      const newest = restorable.filter((entry) => entry.key.startsWith(prefix)).at(-1);
      if (newest !== undefined) return newest;
    }
    return undefined;
  }

  delete(id: number): void {
    const index = this.#entries.findIndex((entry) => entry.id === id);
    if (index >= 0) this.#entries.splice(index, 1);
  }
}
