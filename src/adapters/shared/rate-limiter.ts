import type { RateLimitConfig } from "../../config/load-config.js";

export interface RateLimiter {
  /** Records one question from `key`; false when that user is over the limit (the question is not counted). */
  take(key: string): boolean;
  /** Milliseconds until `key` may ask again (0 when it may now). */
  retryAfterMs(key: string): number;
}

/**
 * Sliding-window limiter per user, shared by Discord and Slack.
 * Keeps only timestamps inside the window, so memory stays bounded by active users.
 */
export function createRateLimiter(
  { max, windowMs }: RateLimitConfig,
  now: () => number = Date.now,
): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const kept = (hits.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) hits.delete(key);
    else hits.set(key, kept);
    return kept;
  };
  return {
    take(key) {
      const kept = recent(key);
      if (kept.length >= max) return false;
      kept.push(now());
      hits.set(key, kept);
      return true;
    },
    retryAfterMs(key) {
      const kept = recent(key);
      if (kept.length < max) return 0;
      return Math.max(0, (kept[0] ?? 0) + windowMs - now());
    },
  };
}
