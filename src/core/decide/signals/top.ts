import { covered } from "../../score/candidate.js";
import type { DecisionSignal } from "../decision-input.js";

/** The best candidate's probability among all candidates (a softmax of the ranking scores). */
export const topProbability: DecisionSignal = ({ score, scores }) => {
  let z = 0;
  for (const s of scores) z += Math.exp(s - score);
  return z > 0 ? 1 / z : 0;
};

/** Share of the question's weight the best candidate holds anywhere (a fact's phrasings too). */
export const topFields: DecisionSignal = ({ best }) =>
  covered(best, (term) => best.candidate.doc.bag.has(term));

/** The closeness of the best candidate's nearest phrasing (facts; 0 for sentences). */
export const topPhrasing: DecisionSignal = ({ features }) => features["phrasing"] ?? 0;

/** For "how many X": whether the best candidate's numbers count X (see the ranking signal). */
export const topCounts: DecisionSignal = ({ features }) => features["counts"] ?? 0;

/** The best candidate is less precise than asked ("Monday" for "what time"). */
export const topCoarse: DecisionSignal = ({ features }) => features["coarse"] ?? 0;
