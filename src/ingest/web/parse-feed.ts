import { parseFeed } from "@rowanmanning/feed-parser";
import { toIsoDate } from "./iso-date.js";

/** One item of a feed: what is needed to fetch its page and to know it again. */
export interface FeedEntry {
  /** RSS `<guid>` or Atom `<id>`, when the feed gives one. */
  guid?: string;
  /** The item's page (absolute). */
  url?: string;
  title?: string;
  /** YYYY-MM-DD */
  published?: string;
}

export interface ParsedFeed {
  title?: string;
  entries: FeedEntry[];
}

export class FeedParseError extends Error {
  override name = "FeedParseError";
}

/**
 * Reads an RSS 2.0 or Atom feed with @rowanmanning/feed-parser (lenient, tested against real
 * feeds; relative links are resolved against the feed's own URL).
 *
 * @example parseFeedText(xml, "https://news.example/rss").entries[0]?.url // "https://news.example/a"
 */
export function parseFeedText(xml: string, feedUrl?: string): ParsedFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new FeedParseError(
      `this is not an RSS or Atom feed that can be read (${(error as Error).message})`,
    );
  }
  return {
    ...(feed.title ? { title: feed.title } : {}),
    entries: feed.items.map((item) => {
      const url = absolute(item.url, feedUrl);
      const published = toIsoDate(item.published ?? item.updated);
      return {
        ...(item.id ? { guid: item.id } : {}),
        ...(url ? { url } : {}),
        ...(item.title ? { title: item.title } : {}),
        ...(published ? { published } : {}),
      };
    }),
  };
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
