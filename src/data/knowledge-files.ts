import type { ArticleKnowledge } from "../core/index.js";

/**
 * The JSON files of an article folder as the loader reads them, `article.json` last: a folder
 * without it is not an article, so one written in this order is never loaded half-written.
 */
export function knowledgeFiles(k: ArticleKnowledge): [name: string, content: unknown][] {
  return [
    ["entities.json", k.entities],
    ["facts.json", k.facts],
    ["quotes.json", k.quotes],
    ["article.json", k.article],
  ];
}
