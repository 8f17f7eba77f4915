import type { ArticleKnowledge } from "../../core/index.js";
import { loadCorpus } from "../../data/load-knowledge.js";

export interface BenchCorpusOptions {
  dataDir: string;
}

/** What the benchmark runs on. */
export interface BenchCorpus {
  corpus: ArticleKnowledge[];
  /** One line for the report: where the corpus came from. */
  description: string;
}

/**
 * Builds the corpus to benchmark: the curated knowledge under `dataDir`.
 * This is the one place to swap in another corpus (e.g. a synthetic one of N articles).
 */
export function buildBenchCorpus({ dataDir }: BenchCorpusOptions): BenchCorpus {
  const corpus = loadCorpus(dataDir);
  return { corpus, description: `knowledge from ${dataDir}` };
}
