import type { ArticleKnowledge, CorpusIndex } from "../../core/index.js";
import { type IndexUse, loadIndexedCorpus } from "../../data/load-indexed.js";
import { loadCorpus } from "../../data/load-knowledge.js";

export interface BenchCorpusOptions {
  dataDir: string;
  /** Read the articles' stored indexes (as the bot does), or validate and build every article. */
  storedIndex: boolean;
}

/** What the benchmark runs on. */
export interface BenchCorpus {
  corpus: ArticleKnowledge[];
  /** The corpus's index put together from stored ones, when they were read. */
  index?: CorpusIndex;
  /** How many articles came from their stored index, how many were built. */
  use?: IndexUse;
  /** One line for the report: where the corpus came from. */
  description: string;
}

/**
 * Builds the corpus to benchmark: the knowledge under `dataDir`, loaded as the bot starts
 * (stored indexes read where they are up to date) or, without them, validated and built whole.
 * This is the one place to swap in another corpus (e.g. a synthetic one of N articles).
 */
export function buildBenchCorpus({ dataDir, storedIndex }: BenchCorpusOptions): BenchCorpus {
  if (!storedIndex) {
    return {
      corpus: loadCorpus(dataDir),
      description: `knowledge from ${dataDir}, no stored index`,
    };
  }
  const { corpus, index, use } = loadIndexedCorpus(dataDir);
  return { corpus, index, use, description: `knowledge from ${dataDir}` };
}
