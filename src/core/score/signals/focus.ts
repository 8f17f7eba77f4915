import type { Signal } from "../candidate.js";

/**
 * 1 when the thing a "what/which X" question asks about ("what astronomer", "which ministry")
 * is named in the doc: the answer usually stands next to that word.
 */
export const focus: Signal = ({ question, candidate }) =>
  question.focus !== undefined && candidate.doc.bag.has(question.focus) ? 1 : 0;
