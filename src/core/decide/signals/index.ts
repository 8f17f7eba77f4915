import type { DecisionSignal } from "../decision-input.js";
import { missingNames, missingPredicate } from "./missing-names.js";
import { negationMismatch } from "./negation.js";
import { topCoarse, topCounts, topFields, topPhrasing, topProbability } from "./top.js";
import { typeMismatch } from "./type-mismatch.js";
import { unknownWords } from "./unknown-words.js";

/**
 * Every signal the answer-or-abstain decision combines, by name; weights and the threshold are
 * fitted with the ranking's (`npm run fit`) and kept in src/core/model/weights.json.
 */
export const DECISION_SIGNALS = Object.freeze({
  topPhrasing,
  missingNames,
  unknownWords,
  negationMismatch,
  typeMismatch,
  topFields,
  topProbability,
  topCounts,
  topCoarse,
  missingPredicate,
} satisfies Record<string, DecisionSignal>);

export type DecisionSignalName = keyof typeof DECISION_SIGNALS;
export const DECISION_SIGNAL_NAMES = Object.keys(DECISION_SIGNALS) as DecisionSignalName[];
