import {
  type FetchedDocument,
  FetchRefusal,
  type FetchSettings,
  fetchDocument,
} from "../fetch/index.js";
import type { ExtractedArticle } from "../ingest/web/extract-article.js";
import type { FeedEntry } from "../ingest/web/parse-feed.js";
import { WEB_MESSAGES } from "./web-messages.js";

/** Something that could not be read, and whether trying again later may help. */
export interface Refusal {
  message: string;
  transient: boolean;
}

/** What the operator says instead of the page (`npm run ingest -- URL --title …`). */
export interface PageOverrides {
  title?: string;
  source?: string;
  published?: string;
}

export type ReadPage =
  | { ok: true; doc: FetchedDocument; page: ExtractedArticle; urls: string[] }
  | ({ ok: false } & Refusal);

/**
 * Fetches a page and reads its article. The operator's overrides win over the page, and the
 * page over a feed item's title and date. `urls` are every address that leads to it: asked for,
 * redirected to, canonical. The DOM and Readability load on first use.
 */
export async function readWebPage(
  input: string,
  settings: FetchSettings,
  entry: FeedEntry | undefined,
  overrides: PageOverrides = {},
): Promise<ReadPage> {
  const fetched = await fetchOrRefuse(input, settings);
  if (!fetched.ok) return fetched;
  const { doc } = fetched;
  if (doc.kind === "feed") return refuse(WEB_MESSAGES.isAFeed(doc.url));
  const { extractArticle, NotAnArticleError } = await import("../ingest/web/extract-article.js");
  let page: ExtractedArticle;
  try {
    page = extractArticle(doc.text, doc.url);
  } catch (error) {
    if (error instanceof NotAnArticleError)
      return refuse(WEB_MESSAGES.notAnArticle(doc.url, error.message));
    throw error;
  }
  const title = overrides.title ?? page.title ?? entry?.title;
  const published = overrides.published ?? page.published ?? entry?.published;
  const siteName = overrides.source ?? page.siteName;
  return {
    ok: true,
    doc,
    page: {
      ...page,
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(siteName ? { siteName } : {}),
    },
    urls: [input, doc.url, ...(page.url ? [page.url] : [])],
  };
}

export type ReadFeed =
  | { ok: true; title?: string; entries: FeedEntry[] }
  | ({ ok: false } & Refusal);

/** Fetches and parses an RSS or Atom feed. */
export async function readWebFeed(feedUrl: string, settings: FetchSettings): Promise<ReadFeed> {
  const fetched = await fetchOrRefuse(feedUrl, settings);
  if (!fetched.ok) return fetched;
  const { doc } = fetched;
  if (doc.kind !== "feed") return refuse(WEB_MESSAGES.notAFeed(doc.url));
  const { parseFeedText, FeedParseError } = await import("../ingest/web/parse-feed.js");
  try {
    const { title, entries } = parseFeedText(doc.text, doc.url);
    return { ok: true, ...(title ? { title } : {}), entries };
  } catch (error) {
    if (error instanceof FeedParseError) return refuse(`${feedUrl}: ${error.message}.`);
    throw error;
  }
}

async function fetchOrRefuse(
  url: string,
  settings: FetchSettings,
): Promise<{ ok: true; doc: FetchedDocument } | ({ ok: false } & Refusal)> {
  try {
    return { ok: true, doc: await fetchDocument(url, settings) };
  } catch (error) {
    if (error instanceof FetchRefusal) {
      return { ok: false, message: error.message, transient: error.transient };
    }
    throw error;
  }
}

function refuse(message: string): { ok: false } & Refusal {
  return { ok: false, message, transient: false };
}
