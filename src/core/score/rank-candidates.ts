import type { Question } from "../analyze/analyze-question.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { Span } from "../index/spans.js";
import { type Model, REGIMES, type Regime, regimeOf } from "../model/model.js";
import type { QuestionView } from "../retrieve/question-view.js";
import type { Retrieved } from "../retrieve/retrieve.js";
import type { Signal, SignalInput } from "./candidate.js";
import { RANKING_SIGNAL_NAMES, RANKING_SIGNALS } from "./signals/index.js";

/** A candidate with its signals (in RANKING_SIGNAL_NAMES order) and their weighted sum. */
export interface Ranked {
  input: SignalInput;
  features: Float64Array;
  score: number;
}

/** The spans of a sentence of an article, tagged once when first asked for. */
export type SpansOf = (article: number, sentence: number) => readonly Span[];

/** Each regime's ranking weights, in RANKING_SIGNAL_NAMES order. */
function rankingWeights(model: Model): Record<Regime, number[]> {
  return Object.fromEntries(
    REGIMES.map((r) => [r, RANKING_SIGNAL_NAMES.map((name) => model[r].ranking[name])]),
  ) as Record<Regime, number[]>;
}

function weighted(features: Float64Array, weights: readonly number[]): number {
  let score = 0;
  features.forEach((x, k) => {
    score += x * (weights[k] ?? 0);
  });
  return score;
}

/** Every ranking signal of one candidate, in RANKING_SIGNAL_NAMES order. */
export function rankingFeatures(input: SignalInput): Float64Array {
  const out = new Float64Array(SIGNALS.length);
  for (let k = 0; k < SIGNALS.length; k++) out[k] = (SIGNALS[k] as Signal)(input);
  return out;
}
const SIGNALS: readonly Signal[] = RANKING_SIGNAL_NAMES.map((name) => RANKING_SIGNALS[name]);

/**
 * Scores the retrieved docs: each signal is computed, and the model's weights combine them into
 * one score (a linear model, fitted as a conditional logit over each question's candidates),
 * with the weights of the doc's regime (curated or ingested knowledge).
 */
export function rankCandidates(
  question: Question,
  index: CorpusIndex,
  retrieved: readonly Retrieved[],
  views: (article: number) => QuestionView,
  spansOf: SpansOf,
  model: Model,
): Ranked[] {
  const weights = rankingWeights(model);
  const ranked = retrieved.flatMap((r): Ranked[] => {
    const doc = index.docs[r.doc];
    if (!doc) return [];
    const input: SignalInput = {
      question,
      index,
      candidate: { id: r.doc, doc, bm25: r.bm25, view: views(doc.article) },
      spans: () => spansOf(doc.article, doc.sentence),
    };
    const features = rankingFeatures(input);
    return [{ input, features, score: weighted(features, weights[regimeOf(doc)]) }];
  });
  return ranked.sort((a, b) => b.score - a.score || a.input.candidate.id - b.input.candidate.id);
}

/** The same candidates scored and ordered by another model's weights (fitting and ablation). */
export function rerank(ranked: readonly Ranked[], model: Model): Ranked[] {
  const weights = rankingWeights(model);
  return ranked
    .map((r) => ({
      ...r,
      score: weighted(r.features, weights[regimeOf(r.input.candidate.doc)]),
    }))
    .sort((a, b) => b.score - a.score || a.input.candidate.id - b.input.candidate.id);
}
