import { SPANS_ANSWERING } from "../../score/signals/answer-type.js";
import type { DecisionSignal } from "../decision-input.js";

/**
 * 1 when the question says what kind of answer it wants and the best candidate cannot give it:
 * "where was Hun Sen" answered by his title, "how many" by a sentence without a number.
 */
export const typeMismatch: DecisionSignal = ({ question, best, features }) => {
  const wanted = question.wanted;
  if (wanted === null) return 0;
  const fit = features["answerType"] ?? 0;
  if (best.candidate.doc.kind === "fact")
    return fit === 0 && (features["relatedAnswerType"] ?? 0) === 0 ? 1 : 0;
  if (wanted === "quote") return best.candidate.doc.kind === "quote" ? 0 : 1;
  return SPANS_ANSWERING[wanted] && fit === 0 ? 1 : 0;
};
