/**
 * A map that forgets: an entry unused for `idleMs` is gone, and past `max` entries the one
 * unused longest goes first (a Map keeps insertion order, so re-inserting on use makes it an LRU).
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, { value: V; at: number }>();

  constructor(
    private readonly limits: { idleMs: number; max: number },
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The value, unless it has been idle too long (then it is dropped). Refreshes its place. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (this.now() - entry.at > this.limits.idleMs) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    this.evict();
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Drops the idle entries at the old end, then the oldest while over the bound. */
  private evict(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.limits.max && now - entry.at <= this.limits.idleMs) break;
      this.entries.delete(key);
    }
  }
}
