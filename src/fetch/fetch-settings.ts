import type { Resolver } from "./resolve-host.js";

/**
 * Every limit of the fetcher in one frozen object. A chat user can make the bot fetch a URL,
 * so each limit bounds what one request can cost: time, bytes, hops.
 */
export const FETCH_DEFAULTS = Object.freeze({
  /** The whole fetch, every redirect and the body included. */
  timeoutMs: 15_000,
  /** Decoded body bytes (after gzip/br): a page larger than this is not a news article. */
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  /** Fixed and honest: says what the bot is and that a person asked for the page. */
  userAgent:
    "ArticleQABot/0.1 (answers questions about news articles; fetches only pages its operators ask for)",
});

/** What one fetch may do; `allowHosts` lifts the private-address rule for the hosts it names. */
export interface FetchSettings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Host names or IP addresses exactly as written in URLs (`127.0.0.1`, `intranet.local`). */
  allowHosts: readonly string[];
  /** How host names become addresses; tests inject one to map names to private ranges. */
  resolve?: Resolver;
}

export function fetchSettings(overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    timeoutMs: overrides.timeoutMs ?? FETCH_DEFAULTS.timeoutMs,
    maxBytes: overrides.maxBytes ?? FETCH_DEFAULTS.maxBytes,
    maxRedirects: overrides.maxRedirects ?? FETCH_DEFAULTS.maxRedirects,
    allowHosts: overrides.allowHosts ?? [],
    ...(overrides.resolve ? { resolve: overrides.resolve } : {}),
  };
}
