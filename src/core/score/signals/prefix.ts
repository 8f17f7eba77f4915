import type { Signal } from "../candidate.js";

/** Shortest shared beginning for two words to count as one ("classifying", "classification"). */
const PREFIX = 5;

/**
 * Share of the question's weight the doc lacks exactly but holds as a word with the same
 * beginning: forms the stemmer keeps apart, and typos the corrector left alone.
 */
export const prefix: Signal = ({ question, candidate }) => {
  const { doc, view } = candidate;
  if (view.total <= 0) return 0;
  let sum = 0;
  question.terms.forEach((t, i) => {
    if (t.entity || t.term.length < PREFIX || doc.bag.has(t.term)) return;
    const start = t.term.slice(0, PREFIX);
    for (const term of doc.bag.keys()) {
      if (term.startsWith(start)) {
        sum += view.idf[i] ?? 0;
        return;
      }
    }
  });
  return sum / view.total;
};
