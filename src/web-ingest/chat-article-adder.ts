import type { AddArticle, ArticleAddition } from "../adapters/shared/add-article.js";
import type { KnowledgeStore } from "../data/knowledge-store.js";
import type { Logger } from "../logger.js";
import type { StoredArticle, WebIngester } from "./web-ingester.js";

/** Questions offered after an article is added. */
const QUESTIONS_TO_TRY = 3;

/**
 * The "add article" function the chat adapters get: ingest the page, then reload the store so
 * everyone can ask about it at once, and offer three questions the engine answers about it.
 */
export function createArticleAdder(
  ingester: WebIngester,
  store: KnowledgeStore,
  logger: Logger,
): AddArticle {
  return async (url, requestedBy) => {
    const outcome = await ingester.addUrl(url);
    if (outcome.status === "refused") {
      logger.info("article refused", { url, requestedBy, reason: outcome.message });
      return { status: "refused", message: outcome.message };
    }
    const notes = outcome.status === "added" ? [...outcome.notes] : [];
    const loaded = store.engine.about().articles.some((a) => a.id === outcome.article.id);
    if (outcome.status === "added" || !loaded) {
      const reload = store.reload();
      if (!reload.ok) {
        logger.error("knowledge reload failed after adding an article", { error: reload.error });
        notes.push(
          "The article is saved, but the bot could not reload its knowledge; it answers about it once an operator fixes the data folder.",
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
  store: KnowledgeStore,
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
