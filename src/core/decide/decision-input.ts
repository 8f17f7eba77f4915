import type { Question } from "../analyze/analyze-question.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { SignalInput } from "../score/candidate.js";

/** What a decision signal reads: the question and the best candidates, scored. */
export interface DecisionInput {
  question: Question;
  index: CorpusIndex;
  /** The best candidate, as the ranking signals saw it. */
  best: SignalInput;
  /** Its ranking score and ranking features by name. */
  score: number;
  features: Readonly<Record<string, number>>;
  /** Every candidate's ranking score, best first. */
  scores: readonly number[];
}

/** A decision signal: evidence for or against answering with the best candidate. */
export type DecisionSignal = (input: DecisionInput) => number;
