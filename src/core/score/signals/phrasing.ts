import type { Signal } from "../candidate.js";

/**
 * Facts: the closest of their question phrasings, as idf-weighted Dice overlap with the question.
 * Other docs have none.
 */
export const phrasing: Signal = ({ question, candidate }) => {
  const { doc, view } = candidate;
  if (doc.phrasings.length === 0 || view.total <= 0) return 0;
  const weightOf = new Map(question.terms.map((t, i) => [t.term, view.idf[i] ?? 0]));
  let best = 0;
  for (const phrasing of doc.phrasings) {
    let shared = 0;
    let own = 0;
    for (const term of new Set(phrasing)) {
      const w = weightOf.get(term);
      if (w !== undefined) shared += w;
      // A phrasing's word the question lacks counts as much as an average question word.
      own += w ?? view.total / Math.max(1, question.terms.length);
    }
    best = Math.max(best, (2 * shared) / (view.total + own));
  }
  return best;
};
