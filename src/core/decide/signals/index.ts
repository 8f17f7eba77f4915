import type { DecisionSignal } from "../decision-input.js";
import { antonym } from "./antonym.js";
import { missingNames, missingNumber, missingPredicate } from "./missing-names.js";
import { questionLength, unknownWords, weakestLink } from "./missing-weight.js";
import { negationMismatch } from "./negation.js";
import {
  margin,
  top,
  topCoarse,
  topContext,
  topCounts,
  topCoverage,
  topFields,
  topPhrasing,
  topProbability,
} from "./top.js";
import { typeMismatch } from "./type-mismatch.js";

/**
 * Every signal the answer-or-abstain decision combines, by name; weights and the threshold are
 * fitted with the ranking's (`npm run fit`) and kept in src/core/model/weights.json.
 */
export const DECISION_SIGNALS = Object.freeze({
  top,
  margin,
  topCoverage,
  topContext,
  topPhrasing,
  missingNames,
  missingNumber,
  weakestLink,
  unknownWords,
  questionLength,
  negationMismatch,
  typeMismatch,
  antonym,
  topFields,
  topProbability,
  topCounts,
  topCoarse,
  missingPredicate,
} satisfies Record<string, DecisionSignal>);

export type DecisionSignalName = keyof typeof DECISION_SIGNALS;
export const DECISION_SIGNAL_NAMES = Object.keys(DECISION_SIGNALS) as DecisionSignalName[];
