import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleKnowledge } from "../core/knowledge/schema.js";
import { comparableUrl } from "./ledger.js";

/** An article the data directory holds, as a reply describes it. */
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

export function describeStored(k: ArticleKnowledge, folder: string): StoredArticle {
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

/** The article in `DIR/<id>/`, read back for a reply; undefined when it is gone or unreadable. */
export function readStored(dataDir: string, id: string | undefined): StoredArticle | undefined {
  if (!id) return undefined;
  const folder = join(dataDir, id);
  try {
    const read = <T>(name: string) => JSON.parse(readFileSync(join(folder, name), "utf8")) as T;
    return describeStored(
      {
        article: read<ArticleKnowledge["article"]>("article.json"),
        entities: [],
        facts: read<ArticleKnowledge["facts"]>("facts.json"),
        quotes: read<ArticleKnowledge["quotes"]>("quotes.json"),
      },
      folder,
    );
  } catch {
    return undefined;
  }
}

/**
 * An id no other article holds: the title's own, or with -2, -3… `sameUrl` when an ingested
 * folder with that id already holds this canonical URL: it is the same article (ingested from a
 * saved page, say, before the ledger knew its address).
 */
export function freeArticleId(
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
