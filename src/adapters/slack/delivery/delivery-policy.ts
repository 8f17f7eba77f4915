import { setTimeout as delay } from "node:timers/promises";

/**
 * How replies reach Slack: how many tries, how long between them, how long one may take.
 * Production uses DELIVERY_DEFAULTS; tests shorten the waits through `SlackAppOptions.delivery`.
 */
export interface DeliveryPolicy {
  /** Tries per reply, the first included. */
  maxAttempts: number;
  /** Backoff before try n+1 is about minBackoffMs·2ⁿ⁻¹ (with jitter), at most maxBackoffMs. */
  minBackoffMs: number;
  maxBackoffMs: number;
  /** A Retry-After longer than this is not waited for: the answer would come too late to help. */
  maxRetryAfterMs: number;
  /** Time limit of one POST to a response_url (Bolt's respond() has none). */
  responseUrlTimeoutMs: number;
}

export const DELIVERY_DEFAULTS: DeliveryPolicy = Object.freeze({
  maxAttempts: 3,
  minBackoffMs: 500,
  maxBackoffMs: 2000,
  maxRetryAfterMs: 60_000,
  responseUrlTimeoutMs: 5000,
});

/** Waits `ms`; the app's waits go through one of these so tests can end them early. */
export type Sleep = (ms: number) => Promise<void>;

/** An unref'd timer: a reply waiting out a rate limit does not keep a stopping process alive. */
export const realSleep: Sleep = (ms) => delay(ms, undefined, { ref: false });

/** Exponential backoff with jitter (half to all of the step), so retries from many replies spread out. */
export function backoffMs(attempt: number, policy: DeliveryPolicy): number {
  const step = Math.min(policy.maxBackoffMs, policy.minBackoffMs * 2 ** (attempt - 1));
  return Math.round(step * (0.5 + Math.random() / 2));
}
