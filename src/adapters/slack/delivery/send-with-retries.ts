import type { Logger } from "../../../logger.js";
import type { ChannelHolds } from "./channel-holds.js";
import { classifyFailure, type Failure } from "./classify-failure.js";
import { backoffMs, type DeliveryPolicy, type Sleep } from "./delivery-policy.js";

export interface SendOptions {
  /** For the log: "chat.postMessage", "response_url"… */
  what: string;
  /**
   * Whether a second copy would be harmless: true for what only the asker sees or what replaces
   * itself; false for a message everyone in the channel sees, which is sent at most once.
   */
  repeatable: boolean;
  /** Rate-limit key (method and channel): a 429 holds this key only. */
  holdKey?: string;
  /** Logged with each retry. */
  context?: Record<string, unknown>;
}

export interface RetryTools {
  policy: DeliveryPolicy;
  sleep: Sleep;
  holds: ChannelHolds;
  logger: Logger;
}

/**
 * Sends once, and again only when that cannot post a second copy: Slack refused it (429, after the
 * wait it asked for) or it never reached Slack; when it may have landed (a time-out, a 5xx), only a
 * `repeatable` message is sent again. At most `policy.maxAttempts` tries; the last error is thrown.
 */
export async function sendWithRetries<T>(
  send: () => Promise<T>,
  options: SendOptions,
  { policy, sleep, holds, logger }: RetryTools,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (options.holdKey) await holds.whenFree(options.holdKey);
    try {
      return await send();
    } catch (error) {
      const failure = classifyFailure(error);
      if (attempt >= policy.maxAttempts || !worthRetrying(failure, options, policy)) throw error;
      logger.warn("Slack reply failed, trying again", {
        ...options.context,
        what: options.what,
        attempt,
        failure: failure.kind,
        ...(failure.kind === "rate-limited" ? { retryAfterMs: failure.retryAfterMs } : {}),
      });
      if (failure.kind === "rate-limited" && options.holdKey) {
        holds.hold(options.holdKey, failure.retryAfterMs);
      } else if (failure.kind === "rate-limited") {
        await sleep(failure.retryAfterMs);
      } else {
        await sleep(backoffMs(attempt, policy));
      }
    }
  }
}

function worthRetrying(failure: Failure, options: SendOptions, policy: DeliveryPolicy): boolean {
  switch (failure.kind) {
    case "rate-limited":
      return failure.retryAfterMs <= policy.maxRetryAfterMs;
    case "not-sent":
      return true;
    case "may-have-landed":
      return options.repeatable;
    case "final":
      return false;
  }
}
