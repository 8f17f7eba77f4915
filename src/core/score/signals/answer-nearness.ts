import { termOf } from "../../analyze/term.js";
import { tokenize } from "../../analyze/tokenize.js";
import type { Signal } from "../candidate.js";

/**
 * Facts: how close the fact's answer stands to the question's words in its sentence. "Voted on
 * Thursday to build the lanes by 2027": "when will the lanes be built" is 2027, the date beside
 * "build". 1 / (1 + distance in words); 0 when the answer is not found in the evidence.
 */
export const answerNearness: Signal = ({ question, candidate }) => {
  const fact = candidate.doc.fact;
  if (!fact) return 0;
  const at = fact.evidence.indexOf(fact.answer);
  if (at < 0) return 0;
  const end = at + fact.answer.length;
  const asked = new Set(question.terms.map((t) => t.term));
  let nearest = Number.POSITIVE_INFINITY;
  const tokens = tokenize(fact.evidence);
  const first = tokens.findIndex((t) => t.start >= at);
  const last = tokens.findLastIndex((t) => t.end <= end);
  tokens.forEach((t, i) => {
    if (i >= first && i <= last) return;
    if (!asked.has(termOf(t.word))) return;
    nearest = Math.min(nearest, i < first ? first - i : i - last);
  });
  return Number.isFinite(nearest) ? 1 / (1 + nearest) : 0;
};
