import { askedTerms } from "../../analyze/question-memo.js";
import { termOf } from "../../analyze/term.js";
import { tokenize } from "../../analyze/tokenize.js";
import { docMemo } from "../../index/doc-memo.js";
import type { Signal } from "../candidate.js";

/** Where a fact's answer stands among the words of its evidence, and each word's term. */
const answerPlace = docMemo((doc) => {
  const fact = doc.fact;
  const at = fact ? fact.evidence.indexOf(fact.answer) : -1;
  if (!fact || at < 0) return undefined;
  const end = at + fact.answer.length;
  const tokens = tokenize(fact.evidence);
  return {
    first: tokens.findIndex((t) => t.start >= at),
    last: tokens.findLastIndex((t) => t.end <= end),
    terms: tokens.map((t) => termOf(t.word)),
  };
});

/**
 * Facts: how close the fact's answer stands to the question's words in its sentence. "Voted on
 * Thursday to build the lanes by 2027": "when will the lanes be built" is 2027, the date beside
 * "build". 1 / (1 + distance in words); 0 when the answer is not found in the evidence.
 */
export const answerNearness: Signal = ({ question, candidate }) => {
  const place = answerPlace(candidate.doc);
  if (!place) return 0;
  const asked = askedTerms(question);
  let nearest = Number.POSITIVE_INFINITY;
  place.terms.forEach((term, i) => {
    if ((i >= place.first && i <= place.last) || !asked.has(term)) return;
    nearest = Math.min(nearest, i < place.first ? place.first - i : i - place.last);
  });
  return Number.isFinite(nearest) ? 1 / (1 + nearest) : 0;
};
