import type { Signal } from "../candidate.js";

/** How well the doc's paragraph matches the question, relative to the article's best paragraph. */
export const paragraph: Signal = ({ candidate }) => {
  const { scores, best } = candidate.view.paragraphScores();
  return best > 0 ? (scores[candidate.doc.paragraph] ?? 0) / best : 0;
};
