import type { Question } from "../../analyze/analyze-question.js";
import { contextHas } from "../../score/candidate.js";
import type { DecisionSignal } from "../decision-input.js";

/**
 * Share of the question's named things (people, places, numbers, rare words) that the best
 * candidate and its neighbours never mention: "the mayor of Seoul" answered with Busan's mayor.
 * A place read inside a longer name ("Cambodia" in "the Cambodian FM") is part of that name.
 */
export const missingNames: DecisionSignal = ({ question, best }) => {
  const { ignored } = best.candidate.view;
  const names = question.terms.filter(
    (t, i) => t.name && !ignored.has(i) && !insideAnother(question.terms, i),
  );
  if (names.length === 0) return 0;
  const has = contextHas(best);
  return names.filter((t) => !has(t.term)).length / names.length;
};

/** 1 when the question's closing verb ("what did the mayor reply") is missing around the best candidate. */
export const missingPredicate: DecisionSignal = ({ question, best }) =>
  question.predicate !== undefined && !contextHas(best)(question.predicate) ? 1 : 0;

/** An entity term read from words inside another entity term's longer span. */
function insideAnother(terms: Question["terms"], i: number): boolean {
  const span = terms[i]?.span;
  if (!span) return false;
  return terms.some(
    (u, j) =>
      j !== i &&
      u.span !== undefined &&
      u.span.start <= span.start &&
      span.end <= u.span.end &&
      u.span.end - u.span.start > span.end - span.start,
  );
}
