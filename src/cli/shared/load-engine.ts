import { type ArticleKnowledge, createEngine, type Engine } from "../../core/index.js";
import { loadCorpus } from "../../data/load-knowledge.js";

export interface LoadedEngine {
  corpus: ArticleKnowledge[];
  engine: Engine;
}

/** Loads and validates the knowledge under `dataDir`, then builds the engine. Throws KnowledgeError. */
export function loadEngine(dataDir: string): LoadedEngine {
  const corpus = loadCorpus(dataDir);
  return { corpus, engine: createEngine(corpus) };
}

/** Null when `id` is one of the loaded articles, else a message listing the known ids. */
export function checkArticleId(engine: Engine, id: string | undefined): string | null {
  if (id === undefined) return null;
  const known = engine.about().articles.map((a) => a.id);
  if (known.includes(id)) return null;
  return `Unknown article "${id}". Known articles: ${known.join(", ")}`;
}
