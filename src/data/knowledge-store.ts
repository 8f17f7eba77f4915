import {
  type ArticleKnowledge,
  createEngine,
  createSwappableEngine,
  type Engine,
} from "../core/index.js";
import { KnowledgeError, loadCorpus } from "./load-knowledge.js";

export type ReloadResult = { ok: true; articles: number } | { ok: false; error: string };

/** The knowledge of one data directory, reloadable while the bot runs. */
export interface KnowledgeStore {
  /** Always answers from the latest knowledge that loaded without error. */
  readonly engine: Engine;
  /** Reads the directory again and swaps the new knowledge in; on an error keeps the old. */
  reload(): ReloadResult;
}

/** Loads `dataDir` now (throws KnowledgeError when it is invalid); later reloads never throw. */
export function createKnowledgeStore(
  dataDir: string,
  build: (corpus: ArticleKnowledge[]) => Engine = createEngine,
): KnowledgeStore {
  const live = createSwappableEngine(build(loadCorpus(dataDir)));
  return {
    engine: live.engine,
    reload: () => {
      try {
        const corpus = loadCorpus(dataDir);
        live.swap(build(corpus));
        return { ok: true, articles: corpus.length };
      } catch (error) {
        if (error instanceof KnowledgeError) return { ok: false, error: error.message };
        throw error;
      }
    },
  };
}
