import { contextHas } from "../../score/candidate.js";
import type { DecisionSignal } from "../decision-input.js";

/**
 * Share of the question's named things (people, places, numbers, rare words) that the best
 * candidate and its neighbours never mention: "the mayor of Seoul" answered with Busan's mayor.
 */
export const missingNames: DecisionSignal = ({ question, best }) => {
  const { ignored } = best.candidate.view;
  const names = question.terms.filter((t, i) => t.name && !ignored.has(i));
  if (names.length === 0) return 0;
  const has = contextHas(best);
  return names.filter((t) => !has(t.term)).length / names.length;
};

/** 1 when the question's closing verb ("what did the mayor reply") is missing around the best candidate. */
export const missingPredicate: DecisionSignal = ({ question, best }) =>
  question.predicate !== undefined && !contextHas(best)(question.predicate) ? 1 : 0;
