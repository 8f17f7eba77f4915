export interface RecentEventIds {
  /** Records `id`; false when it was already seen (a redelivery). */
  firstSighting(id: string): boolean;
  /** Ids remembered now. */
  readonly size: number;
}

export interface RecentEventIdsOptions {
  /** Each id is remembered at least this long (at most twice as long)… */
  rememberMs: number;
  /** …unless more than this many arrive meanwhile: the memory never holds more. */
  max: number;
}

/**
 * Slack redelivers an event it thinks was lost: at once, after a minute and after five. Ten
 * minutes covers all three; the cap bounds memory if events arrive faster than ever expected.
 */
export const EVENT_ID_MEMORY: RecentEventIdsOptions = Object.freeze({
  rememberMs: 10 * 60_000,
  max: 50_000,
});

/**
 * A bounded memory of recent event ids, in two generations like the rate limiter: when
 * `rememberMs` has passed since `current` began (or it holds half the cap), `previous` is dropped
 * whole and `current` takes its place. O(1) per call; no sweep, no timer.
 */
export function createRecentEventIds(
  { rememberMs, max }: RecentEventIdsOptions = EVENT_ID_MEMORY,
  now: () => number = Date.now,
): RecentEventIds {
  let current = new Set<string>();
  let previous = new Set<string>();
  let currentSince = now();
  const moveOn = (at: number): void => {
    const age = at - currentSince;
    if (age < rememberMs && current.size < max / 2) return;
    previous = age < 2 * rememberMs ? current : new Set();
    current = new Set();
    currentSince = at;
  };
  return {
    firstSighting(id) {
      moveOn(now());
      if (current.has(id) || previous.has(id)) return false;
      current.add(id);
      return true;
    },
    get size() {
      return current.size + previous.size;
    },
  };
}
