import type { Sleep } from "./delivery-policy.js";

/**
 * Slack rate-limits chat.postMessage per channel, so a 429 holds back that channel only: replies
 * to it wait until the hold ends, replies elsewhere go at once. (The Web API client's own handling
 * pauses its one queue, which delays every channel.) Holds are forgotten when they end.
 */
export interface ChannelHolds {
  /** Resolves once `key` is not held (at once when it isn't). */
  whenFree(key: string): Promise<void>;
  /** Holds `key` for `ms`; a longer hold already in place is kept. */
  hold(key: string, ms: number): void;
  /** Keys held now. */
  readonly size: number;
}

interface Hold {
  until: number;
  over: Promise<void>;
}

export function createChannelHolds(sleep: Sleep, now: () => number = Date.now): ChannelHolds {
  const holds = new Map<string, Hold>();
  return {
    async whenFree(key) {
      for (let hold = holds.get(key); hold; hold = holds.get(key)) await hold.over;
    },
    hold(key, ms) {
      const until = now() + ms;
      const current = holds.get(key);
      if (current && current.until >= until) return;
      const hold: Hold = {
        until,
        over: sleep(ms).then(() => {
          if (holds.get(key) === hold) holds.delete(key);
        }),
      };
      holds.set(key, hold);
    },
    get size() {
      return holds.size;
    },
  };
}
