import { askedTerms } from "../../analyze/question-memo.js";
import type { Signal } from "../candidate.js";

/**
 * How close together the question's words stand in the doc's text: the matched words divided by
 * the length of the shortest stretch holding all of them (1 when they are side by side).
 */
export const proximity: Signal = ({ question, candidate }) => {
  const asked = askedTerms(question);
  const positions: number[] = [];
  const seen = new Set<string>();
  candidate.doc.textTerms.forEach((term, i) => {
    if (asked.has(term) && !seen.has(term)) {
      seen.add(term);
      positions.push(i);
    }
  });
  if (positions.length < 2) return 0;
  const span = (positions[positions.length - 1] ?? 0) - (positions[0] ?? 0) + 1;
  return positions.length / span;
};
