import type { DecisionSignal } from "../decision-input.js";

/** Share of the question's words that no sentence of the article (nor the best candidate) uses. */
export const unknownWords: DecisionSignal = ({ question, best, index }) => {
  const { view, doc } = best.candidate;
  const counted = question.terms.length - view.ignored.size;
  if (counted <= 0) return 0;
  const df = index.articles[view.article]?.df;
  return (
    question.terms.filter(
      (t, i) => !view.ignored.has(i) && !(df?.has(t.term) ?? false) && !doc.bag.has(t.term),
    ).length / counted
  );
};
