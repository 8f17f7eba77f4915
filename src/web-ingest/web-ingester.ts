import { existsSync } from "node:fs";
import { join } from "node:path";
import { writeArticleAtomically } from "../cli/ingest/write-article.js";
import type { ArticleKnowledge } from "../core/knowledge/schema.js";
import type { FetchSettings } from "../fetch/index.js";
import type { FeedEntry } from "../ingest/web/parse-feed.js";
import { type Ledger, openLedger } from "./ledger.js";
import { mapLimited } from "./map-limited.js";
import { type PageOverrides, type ReadPage, readWebFeed, readWebPage } from "./read-web.js";
import { createSerialQueue } from "./serial-queue.js";
import { describeStored, freeArticleId, readStored, type StoredArticle } from "./stored-article.js";
import { WEB_MESSAGES } from "./web-messages.js";

export type { StoredArticle } from "./stored-article.js";

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
  overrides?: PageOverrides;
  /** From a feed: the item (its GUID; its title and date when the page lacks them) and the feed. */
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
 *
 * @example const outcome = await createWebIngester("data", fetchSettings()).addUrl("https://news.example/a");
 */
export function createWebIngester(dataDir: string, settings: FetchSettings): WebIngester {
  const serially = createSerialQueue();

  const addUrl = async (input: string, options: AddOptions = {}): Promise<AddOutcome> => {
    const guid = options.entry?.guid;
    if (!options.force) {
      const known = readStored(dataDir, openLedger(dataDir).find({ url: input, guid })?.article);
      if (known) return { status: "known", article: known };
    }
    const read = await readWebPage(input, settings, options.entry, options.overrides);
    if (!read.ok) return { status: "refused", message: read.message, transient: read.transient };
    return serially(() => store(read, options));
  };

  /** Under the queue: the ledger is read again, since another add may have just written it. */
  const store = async (read: ReadPage & { ok: true }, options: AddOptions): Promise<AddOutcome> => {
    const { doc, page, urls } = read;
    const ledger = openLedger(dataDir);
    const remember = (article: string) =>
      ledger.record({
        article,
        urls,
        ...(options.entry?.guid ? { guid: options.entry.guid } : {}),
        ...(options.feed ? { feed: options.feed } : {}),
      });
    const previous = urls.map((url) => ledger.find({ url })).find((e) => e?.article)?.article;
    const known = options.force ? undefined : readStored(dataDir, previous);
    if (previous && known) {
      remember(previous);
      return { status: "known", article: known };
    }
    const { pageKnowledge, pageText } = await import("../ingest/web/page-knowledge.js");
    const { IngestError, findKnowledgeProblems } = await import("../ingest/index.js");
    let knowledge: ArticleKnowledge;
    try {
      knowledge = pageKnowledge(page, { fallbackUrl: doc.url });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return {
        status: "refused",
        message: WEB_MESSAGES.notAnArticle(doc.url, error.message),
        transient: false,
      };
    }
    const slot =
      previous && options.force
        ? { id: previous, sameUrl: true }
        : freeArticleId(dataDir, knowledge.article.id, knowledge.article.url);
    const sameArticle = slot.sameUrl && !options.force ? readStored(dataDir, slot.id) : undefined;
    if (sameArticle) {
      remember(slot.id);
      return { status: "known", article: sameArticle };
    }
    knowledge.article.id = slot.id;
    const problems = findKnowledgeProblems(knowledge);
    if (problems.length > 0) throw new Error(WEB_MESSAGES.invalidKnowledge(doc.url, problems));
    const folder = writeArticleAtomically(
      dataDir,
      knowledge,
      pageText(page, knowledge.article.title),
      {
        force: existsSync(join(dataDir, slot.id)),
      },
    );
    remember(slot.id);
    const notes = [
      ...(page.paywalled ? [WEB_MESSAGES.paywalled(page.paragraphs.length)] : []),
      ...(knowledge.article.titleNote ? [WEB_MESSAGES.noHeadline] : []),
    ];
    return { status: "added", article: describeStored(knowledge, folder), notes };
  };

  /** `ledger`: read once per feed run, so a feed with nothing new reads the file once. */
  const addItem = async (
    entry: FeedEntry,
    feed: string,
    ledger: Ledger,
  ): Promise<FeedItemResult> => {
    if (!entry.url) return { entry, outcome: { status: "skipped", reason: WEB_MESSAGES.noLink } };
    const seen = ledger.find({ guid: entry.guid, url: entry.url });
    if (seen?.refused) return { entry, outcome: { status: "skipped", reason: seen.refused } };
    const known = readStored(dataDir, seen?.article);
    if (known) return { entry, outcome: { status: "known", article: known } };
    let outcome: AddOutcome;
    try {
      outcome = await addUrl(entry.url, { entry, feed });
    } catch (error) {
      // One item's failure is reported with the others; the next run tries it again.
      outcome = {
        status: "refused",
        message: `${entry.url}: ${(error as Error).message}`,
        transient: true,
      };
    }
    if (outcome.status === "refused" && !outcome.transient) {
      const refused = outcome.message;
      const url = entry.url;
      await serially(() =>
        openLedger(dataDir).record({
          urls: [url],
          ...(entry.guid ? { guid: entry.guid } : {}),
          feed,
          refused,
        }),
      );
    }
    return { entry, outcome };
  };

  const addFeed = async (feedUrl: string): Promise<FeedOutcome> => {
    const read = await readWebFeed(feedUrl, settings);
    if (!read.ok)
      return { ok: false, feed: feedUrl, message: read.message, transient: read.transient };
    const ledger = openLedger(dataDir);
    const items = await mapLimited(read.entries, FEED_CONCURRENCY, (entry) =>
      addItem(entry, feedUrl, ledger),
    );
    return { ok: true, feed: feedUrl, ...(read.title ? { title: read.title } : {}), items };
  };

  return { addUrl, addFeed };
}
