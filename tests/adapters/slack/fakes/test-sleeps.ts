import { Waiters } from "./waiters.js";

interface PendingSleep {
  ms: number;
  release: () => void;
}

/**
 * Stands in for the app's `sleep`, so a test never waits for real: every wait is recorded, waits
 * of at least `holdFromMs` stay pending until the test releases them (a 20 s Retry-After that the
 * test ends when it has seen what happens meanwhile), shorter ones (backoff) end at once.
 */
export class TestSleeps {
  readonly requested: number[] = [];
  private readonly pending: PendingSleep[] = [];
  private readonly waiters = new Waiters();

  constructor(private readonly holdFromMs = Number.POSITIVE_INFINITY) {}

  readonly sleep = (ms: number): Promise<void> => {
    this.requested.push(ms);
    this.waiters.notify();
    if (ms < this.holdFromMs) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.pending.push({ ms, release: resolve });
      this.waiters.notify();
    });
  };

  /** Waits until the app is sleeping for `ms`. */
  waitForPending(ms: number): Promise<PendingSleep> {
    return this.waiters.waitFor(
      () => this.pending.find((p) => p.ms === ms),
      `the app to wait ${ms} ms`,
    );
  }

  /** Ends every pending wait. */
  releaseAll(): void {
    for (const sleep of this.pending.splice(0)) sleep.release();
  }
}
