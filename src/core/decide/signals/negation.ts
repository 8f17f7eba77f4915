import { isNegated } from "../../analyze/negation.js";
import { tokenize } from "../../analyze/tokenize.js";
import type { DecisionSignal } from "../decision-input.js";

/** 1 when the question says "not" and the best sentence does not, or the other way round. */
export const negationMismatch: DecisionSignal = ({ question, best }) => {
  const said = isNegated(tokenize(best.candidate.doc.text).map((t) => t.word));
  return question.negated !== said ? 1 : 0;
};
