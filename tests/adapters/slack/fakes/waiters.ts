/**
 * Lets a fake's test wait for something to happen: the fake calls `notify()` whenever it records
 * something, and each pending `waitFor` checks again.
 */
export class Waiters {
  private readonly pending = new Set<() => void>();

  notify(): void {
    for (const check of [...this.pending]) check();
  }

  /** Resolves with the first value `find` returns that is not undefined, or rejects after `ms`. */
  waitFor<T>(find: () => T | undefined, what: string, ms = 5000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        clearTimeout(timer);
        this.pending.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.pending.delete(check);
        reject(new Error(`Timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      this.pending.add(check);
      check();
    });
  }
}
