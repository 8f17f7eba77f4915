import type { Question } from "../analyze/analyze-question.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import { type Model, regimeOf } from "../model/model.js";
import type { Ranked } from "../score/rank-candidates.js";
import { RANKING_SIGNAL_NAMES } from "../score/signals/index.js";
import type { DecisionInput } from "./decision-input.js";
import { DECISION_SIGNAL_NAMES, DECISION_SIGNALS } from "./signals/index.js";

export interface Decision {
  answer: boolean;
  /** The model's probability that the best candidate answers the question. */
  confidence: number;
  features: Float64Array;
}

/** The decision's view of a ranked list: the best candidate and every score. */
export function decisionInput(
  question: Question,
  index: CorpusIndex,
  ranked: readonly Ranked[],
): DecisionInput | undefined {
  const best = ranked[0];
  if (!best) return undefined;
  return {
    question,
    index,
    best: best.input,
    score: best.score,
    scores: ranked.map((r) => r.score),
    features: Object.fromEntries(RANKING_SIGNAL_NAMES.map((n, k) => [n, best.features[k] ?? 0])),
  };
}

/** Every decision signal, in DECISION_SIGNAL_NAMES order. */
export function decisionFeatures(input: DecisionInput): Float64Array {
  return Float64Array.from(DECISION_SIGNAL_NAMES, (name) => DECISION_SIGNALS[name](input));
}

/**
 * Answer or abstain: a logistic model over the decision signals gives the probability that the
 * best candidate answers the question; below the fitted threshold the engine abstains. The
 * weights and threshold are those of the best candidate's regime (curated or ingested).
 */
export function decide(input: DecisionInput, model: Model): Decision {
  const features = decisionFeatures(input);
  const weights = model[regimeOf(input.best.candidate.doc)];
  let z = weights.decision.bias;
  DECISION_SIGNAL_NAMES.forEach((name, k) => {
    z += (features[k] ?? 0) * weights.decision[name];
  });
  const confidence = 1 / (1 + Math.exp(-z));
  return { answer: confidence >= weights.threshold, confidence, features };
}
