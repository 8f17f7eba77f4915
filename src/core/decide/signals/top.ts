import type { DecisionSignal } from "../decision-input.js";

/** The best candidate's ranking score. */
export const top: DecisionSignal = ({ score }) => score;

/** How far ahead of the best candidate on another sentence it is (capped at 5). */
export const margin: DecisionSignal = ({ score, runnerUp }) =>
  runnerUp === undefined ? 1 : Math.min(score - runnerUp, 5) / 5;

/** The best candidate's coverage of the question's weight, in its sentence and around it. */
export const topCoverage: DecisionSignal = ({ features }) => features["coverage"] ?? 0;
export const topContext: DecisionSignal = ({ features }) => features["context"] ?? 0;
export const topPhrasing: DecisionSignal = ({ features }) => features["phrasing"] ?? 0;
export const topAnswerType: DecisionSignal = ({ features }) => features["answerType"] ?? 0;

/** The best candidate comes from an article an editor curated. */
export const curatedTop: DecisionSignal = ({ best }) => (best.candidate.doc.curated ? 1 : 0);

/** The closeness of a curated fact's phrasing: an editor's question, matched. */
export const curatedPhrasing: DecisionSignal = ({ best, features }) =>
  best.candidate.doc.curated ? (features["phrasing"] ?? 0) : 0;

/** Share of the question's weight the best candidate holds anywhere (a fact's phrasings too). */
export const topFields: DecisionSignal = ({ features }) => features["fields"] ?? 0;

/** The best candidate's probability among all candidates (a softmax of the ranking scores). */
export const topProbability: DecisionSignal = ({ score, scores }) => {
  let z = 0;
  for (const s of scores) z += Math.exp(s - score);
  return z > 0 ? 1 / z : 0;
};

/** For "how many X": whether the best candidate's numbers count X (see the ranking signal). */
export const topCounts: DecisionSignal = ({ features }) => features["counts"] ?? 0;

/** The best candidate is less precise than asked ("Monday" for "what time"). */
export const topCoarse: DecisionSignal = ({ features }) => features["coarse"] ?? 0;
