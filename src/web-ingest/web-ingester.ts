import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeArticleAtomically } from "../cli/ingest/write-article.js";
import type { ArticleKnowledge } from "../core/knowledge/schema.js";
import {
  type FetchedDocument,
  FetchRefusal,
  type FetchSettings,
  fetchDocument,
} from "../fetch/index.js";
import type { FeedEntry } from "../ingest/web/parse-feed.js";
import { comparableUrl, type LedgerEntry, openLedger } from "./ledger.js";
import { createSerialQueue } from "./serial-queue.js";
import { WEB_MESSAGES } from "./web-messages.js";

/** An article the data directory now holds, as a reply describes it. */
export interface StoredArticle {
  id: string;
  title: string;
  source: string;
  url?: string;
  paragraphs: number;
  facts: number;
  quotes: number;
  folder: string;
}

export type AddOutcome =
  | { status: "added"; article: StoredArticle; notes: string[] }
  | { status: "known"; article: StoredArticle }
  | { status: "refused"; message: string; transient: boolean };

export interface FeedItemResult {
  entry: FeedEntry;
  outcome: AddOutcome | { status: "skipped"; reason: string };
}

export type FeedOutcome =
  | { ok: true; feed: string; title?: string; items: FeedItemResult[] }
  | { ok: false; feed: string; message: string; transient: boolean };

export interface AddOptions {
  /** Fetch and ingest again even when the address is known; replaces the earlier article. */
  force?: boolean;
  /** What the operator says instead of the page (`npm run ingest -- URL --title …`). */
  overrides?: { title?: string; source?: string; published?: string };
  /** From a feed: the item's GUID, the feed, and the title and date to use when the page lacks them. */
  entry?: FeedEntry;
  feed?: string;
}

export interface WebIngester {
  addUrl(url: string, options?: AddOptions): Promise<AddOutcome>;
  addFeed(feedUrl: string): Promise<FeedOutcome>;
}

/** Pages of one feed fetched at once: enough to hide network latency, few enough to be polite. */
const FEED_CONCURRENCY = 4;

/**
 * Adds web articles to a knowledge folder: fetch safely, extract with Readability, ingest,
 * validate, write atomically, and remember every address in the ledger. Nothing is written
 * for a refusal. Writes are serialised, so a chat user and the feed poller never interleave.
 * The NLP pipeline and the DOM load on first use: a feed with nothing new costs one fetch.
 */
export function createWebIngester(dataDir: string, settings: FetchSettings): WebIngester {
  const serially = createSerialQueue();

  const addUrl = async (input: string, options: AddOptions = {}): Promise<AddOutcome> => {
    if (!options.force) {
      const known = storedFor(
        dataDir,
        openLedger(dataDir).find({ url: input, guid: options.entry?.guid }),
      );
      if (known) return { status: "known", article: known };
    }
    let doc: FetchedDocument;
    try {
      doc = await fetchDocument(input, settings);
    } catch (error) {
      if (error instanceof FetchRefusal) {
        return { status: "refused", message: error.message, transient: error.transient };
      }
      throw error;
    }
    if (doc.kind === "feed") {
      return { status: "refused", message: WEB_MESSAGES.isAFeed(doc.url), transient: false };
    }
    const { extractArticle, NotAnArticleError } = await import("../ingest/web/extract-article.js");
    let page: ReturnType<typeof extractArticle>;
    try {
      page = extractArticle(doc.text, doc.url);
    } catch (error) {
      if (error instanceof NotAnArticleError) {
        return {
          status: "refused",
          message: WEB_MESSAGES.notAnArticle(doc.url, error.message),
          transient: false,
        };
      }
      throw error;
    }
    const entry = options.entry;
    const { overrides = {} } = options;
    const title = overrides.title ?? page.title ?? entry?.title;
    const published = overrides.published ?? page.published ?? entry?.published;
    const siteName = overrides.source ?? page.siteName;
    const prepared = {
      ...page,
      ...(title ? { title } : {}),
      ...(published ? { published } : {}),
      ...(siteName ? { siteName } : {}),
    };
    const urls = [input, doc.url, ...(page.url ? [page.url] : [])];
    return serially(async () => {
      const ledger = openLedger(dataDir);
      const previous = urls.map((url) => ledger.find({ url })).find((e) => e?.article);
      if (previous && !options.force) {
        const known = storedFor(dataDir, previous);
        if (known) {
          ledger.record({
            article: previous.article,
            urls,
            ...(entry?.guid ? { guid: entry.guid } : {}),
          });
          return { status: "known", article: known } as const;
        }
      }
      const { pageKnowledge, pageText } = await import("../ingest/web/page-knowledge.js");
      const { IngestError, findKnowledgeProblems } = await import("../ingest/index.js");
      let knowledge: ArticleKnowledge;
      try {
        knowledge = pageKnowledge(prepared, { fallbackUrl: doc.url });
      } catch (error) {
        if (error instanceof IngestError) {
          return {
            status: "refused",
            message: WEB_MESSAGES.notAnArticle(doc.url, error.message),
            transient: false,
          } as const;
        }
        throw error;
      }
      const slot =
        previous?.article && options.force
          ? { id: previous.article, sameUrl: true }
          : freeId(dataDir, knowledge.article.id, knowledge.article.url);
      if (slot.sameUrl && !options.force) {
        // Ingested before under this URL without the ledger knowing (a saved .html file, say).
        const known = storedFor(dataDir, { article: slot.id, urls, at: new Date().toISOString() });
        if (known) {
          ledger.record({ article: slot.id, urls, ...(entry?.guid ? { guid: entry.guid } : {}) });
          return { status: "known", article: known } as const;
        }
      }
      knowledge.article.id = slot.id;
      const problems = findKnowledgeProblems(knowledge);
      if (problems.length > 0) throw new Error(WEB_MESSAGES.invalidKnowledge(doc.url, problems));
      const folder = writeArticleAtomically(
        dataDir,
        knowledge,
        pageText(prepared, knowledge.article.title),
        {
          force: existsSync(join(dataDir, knowledge.article.id)),
        },
      );
      ledger.record({
        article: knowledge.article.id,
        urls,
        ...(entry?.guid ? { guid: entry.guid } : {}),
        ...(options.feed ? { feed: options.feed } : {}),
      });
      const notes = [
        ...(page.paywalled ? [WEB_MESSAGES.paywalled(page.paragraphs.length)] : []),
        ...(knowledge.article.titleNote ? [WEB_MESSAGES.noHeadline] : []),
      ];
      return { status: "added", article: describe(knowledge, folder), notes } as const;
    });
  };

  const addFeed = async (feedUrl: string): Promise<FeedOutcome> => {
    let doc: FetchedDocument;
    try {
      doc = await fetchDocument(feedUrl, settings);
    } catch (error) {
      if (error instanceof FetchRefusal) {
        return { ok: false, feed: feedUrl, message: error.message, transient: error.transient };
      }
      throw error;
    }
    if (doc.kind !== "feed") {
      return {
        ok: false,
        feed: feedUrl,
        message: WEB_MESSAGES.notAFeed(doc.url),
        transient: false,
      };
    }
    const { parseFeedText, FeedParseError } = await import("../ingest/web/parse-feed.js");
    let entries: FeedEntry[];
    let title: string | undefined;
    try {
      ({ entries, title } = parseFeedText(doc.text, doc.url));
    } catch (error) {
      if (error instanceof FeedParseError) {
        return {
          ok: false,
          feed: feedUrl,
          message: `${feedUrl}: ${error.message}.`,
          transient: false,
        };
      }
      throw error;
    }
    const ledger = openLedger(dataDir);
    const items = await mapLimited(
      entries,
      FEED_CONCURRENCY,
      async (entry): Promise<FeedItemResult> => {
        if (!entry.url)
          return { entry, outcome: { status: "skipped", reason: WEB_MESSAGES.noLink } };
        const seen = ledger.find({ guid: entry.guid, url: entry.url });
        if (seen?.refused) return { entry, outcome: { status: "skipped", reason: seen.refused } };
        if (seen) {
          const known = storedFor(dataDir, seen);
          if (known) return { entry, outcome: { status: "known", article: known } };
        }
        let outcome: AddOutcome;
        try {
          outcome = await addUrl(entry.url, { entry, feed: feedUrl });
        } catch (error) {
          outcome = {
            status: "refused",
            message: `${entry.url}: ${(error as Error).message}`,
            transient: true,
          };
        }
        if (outcome.status === "refused" && !outcome.transient) {
          await serially(() =>
            openLedger(dataDir).record({
              urls: [entry.url as string],
              ...(entry.guid ? { guid: entry.guid } : {}),
              feed: feedUrl,
              refused: outcome.message,
            }),
          );
        }
        return { entry, outcome };
      },
    );
    return { ok: true, feed: feedUrl, ...(title ? { title } : {}), items };
  };

  return { addUrl, addFeed };
}

/** The article a ledger entry names, read back from its folder (undefined when it is gone). */
function storedFor(dataDir: string, entry: LedgerEntry | undefined): StoredArticle | undefined {
  if (!entry?.article) return undefined;
  const folder = join(dataDir, entry.article);
  try {
    const read = (name: string) => JSON.parse(readFileSync(join(folder, name), "utf8")) as unknown;
    const article = read("article.json") as ArticleKnowledge["article"];
    return describe(
      {
        article,
        entities: [],
        facts: read("facts.json") as ArticleKnowledge["facts"],
        quotes: read("quotes.json") as ArticleKnowledge["quotes"],
      },
      folder,
    );
  } catch {
    return undefined;
  }
}

function describe(k: ArticleKnowledge, folder: string): StoredArticle {
  return {
    id: k.article.id,
    title: k.article.title,
    source: k.article.source,
    ...(k.article.url ? { url: k.article.url } : {}),
    paragraphs: k.article.paragraphs.length,
    facts: k.facts.length,
    quotes: k.quotes.length,
    folder,
  };
}

/**
 * An id no other article holds: the title's own, or with -2, -3… `sameUrl` when an existing
 * ingested folder already holds this canonical URL (it is the same article).
 */
function freeId(
  dataDir: string,
  base: string,
  url: string | undefined,
): { id: string; sameUrl: boolean } {
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base.slice(0, 44)}-${n}`;
    if (!existsSync(join(dataDir, id))) return { id, sameUrl: false };
    try {
      const file = join(dataDir, id, "article.json");
      const existing = JSON.parse(readFileSync(file, "utf8")) as { url?: string; origin?: string };
      const same = url && existing.url && comparableUrl(existing.url) === comparableUrl(url);
      if (same && existing.origin === "ingested") return { id, sameUrl: true };
    } catch {
      // not an article folder that can be read: take another id
    }
  }
}

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
