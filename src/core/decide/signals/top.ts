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
