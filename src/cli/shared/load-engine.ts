import { type ArticleKnowledge, createEngine, type Engine } from "../../core/index.js";
import { loadIndexedCorpus } from "../../data/load-indexed.js";

export interface LoadedEngine {
  corpus: ArticleKnowledge[];
  engine: Engine;
}

/**
 * Loads the knowledge under `dataDir` (from the stored indexes that are up to date, validating
 * and building the rest), then the engine. Throws KnowledgeError.
 */
export function loadEngine(dataDir: string): LoadedEngine {
  const { corpus, index } = loadIndexedCorpus(dataDir);
  return { corpus, engine: createEngine(corpus, { index }) };
}

/** Null when `id` is one of the loaded articles, else a message listing the known ids. */
export function checkArticleId(engine: Engine, id: string | undefined): string | null {
  if (id === undefined) return null;
  const known = engine.about().articles.map((a) => a.id);
  if (known.includes(id)) return null;
  return `Unknown article "${id}". Known articles: ${known.join(", ")}`;
}
