import { contextHas } from "../../score/candidate.js";
import { antonymsOf } from "../../text/wordnet/lexical-relations.js";
import type { DecisionSignal } from "../decision-input.js";

/**
 * 1 when a question word is missing around the best candidate but its opposite stands there
 * ("What is a manual process…" where the article says "mechanical", "decreased" for "increased").
 */
export const antonym: DecisionSignal = ({ question, best }) => {
  const has = contextHas(best);
  for (const t of question.terms) {
    if (has(t.term)) continue;
    for (const opposite of antonymsOf(t.term)) if (has(opposite)) return 1;
  }
  return 0;
};
