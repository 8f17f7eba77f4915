import { idf } from "../../retrieve/bm25.js";
import { contextHas } from "../../score/candidate.js";
import type { DecisionSignal } from "../decision-input.js";

/** The rarest question word missing around the best candidate, as a share of the rarest possible. */
export const weakestLink: DecisionSignal = ({ question, best, index }) => {
  const has = contextHas(best);
  const view = best.candidate.view;
  const n = index.articles[view.article]?.sentences.length ?? 0;
  const max = idf(0, n);
  let worst = 0;
  question.terms.forEach((t, i) => {
    if (!has(t.term)) worst = Math.max(worst, (view.idf[i] ?? 0) / max);
  });
  return worst;
};

/** Share of the question's words that no sentence of the article uses at all. */
export const unknownWords: DecisionSignal = ({ question, best, index }) => {
  const counted = question.terms.length - best.candidate.view.ignored.size;
  if (counted <= 0) return 0;
  const df = index.articles[best.candidate.view.article]?.df;
  return (
    question.terms.filter(
      (t, i) =>
        !best.candidate.view.ignored.has(i) &&
        !(df?.has(t.term) ?? false) &&
        !best.candidate.doc.bag.has(t.term),
    ).length / counted
  );
};

/** How many content words the question has (capped at 15), as a share of 15. */
export const questionLength: DecisionSignal = ({ question, best }) =>
  Math.min(question.terms.length - best.candidate.view.ignored.size, 15) / 15;
