import type { AddArticle, ArticleAddition } from "../adapters/shared/add-article.js";
import type { Engine } from "../core/index.js";
import type { ReloadReport } from "../data/knowledge-store.js";
import type { Logger } from "../logger.js";
import type { StoredArticle, WebIngester } from "./web-ingester.js";

/** Questions offered after an article is added. */
const QUESTIONS_TO_TRY = 3;

/** What the adder needs of the knowledge store: its engine, and a reload (main.ts's logs its report). */
export interface ReloadableKnowledge {
  readonly engine: Engine;
  reload(): ReloadReport;
}

/**
 * The "add article" function the chat adapters get: ingest the page, then reload the store so
 * everyone can ask about it at once, and offer three questions the engine answers about it.
 */
export function createArticleAdder(
  ingester: WebIngester,
  store: ReloadableKnowledge,
  logger: Logger,
): AddArticle {
  return async (url, requestedBy) => {
    const outcome = await ingester.addUrl(url);
    if (outcome.status === "refused") {
      logger.info("article refused", { url, requestedBy, reason: outcome.message });
      return { status: "refused", message: outcome.message };
    }
    const notes = outcome.status === "added" ? [...outcome.notes] : [];
    const isLoaded = () => store.engine.about().articles.some((a) => a.id === outcome.article.id);
    if (outcome.status === "added" || !isLoaded()) {
      // The file watcher may have reloaded first: what counts is whether the article is in now.
      const report = store.reload();
      if (!isLoaded()) {
        logger.error("the added article did not load", {
          article: outcome.article.id,
          problems: report.problems,
        });
        notes.push(
          "The article is saved, but the bot could not load it; it answers about it once an operator fixes its folder (the bot's log says what is wrong).",
        );
      }
    }
    logger.info(outcome.status === "added" ? "article added" : "article already known", {
      url,
      requestedBy,
      article: outcome.article.id,
    });
    return describe(outcome.status, outcome.article, notes, store);
  };
}

function describe(
  status: "added" | "known",
  a: StoredArticle,
  notes: string[],
  store: ReloadableKnowledge,
): ArticleAddition {
  return {
    status,
    id: a.id,
    title: a.title,
    source: a.source,
    ...(a.url ? { url: a.url } : {}),
    paragraphs: a.paragraphs,
    facts: a.facts,
    quotes: a.quotes,
    questions: store.engine.suggest("", QUESTIONS_TO_TRY, { article: a.id }),
    notes,
  };
}
