import { docMemo } from "../../index/doc-memo.js";
import type { QuestionView } from "../../retrieve/question-view.js";
import type { Signal } from "../candidate.js";

/** Each phrasing's distinct terms. */
const phrasingSets = docMemo((doc) => doc.phrasings.map((p) => [...new Set(p)]));

/** The question's weight per term, as one article weighs it. */
const weightsOf = new WeakMap<QuestionView, Map<string, number>>();

/**
 * Facts: the closest of their question phrasings, as idf-weighted Dice overlap with the question.
 * Other docs have none.
 */
export const phrasing: Signal = ({ question, candidate }) => {
  const { doc, view } = candidate;
  if (doc.phrasings.length === 0 || view.total <= 0) return 0;
  let weightOf = weightsOf.get(view);
  if (!weightOf) {
    weightOf = new Map(question.terms.map((t, i) => [t.term, view.idf[i] ?? 0]));
    weightsOf.set(view, weightOf);
  }
  // A phrasing's word the question lacks counts as much as an average question word.
  const average = view.total / Math.max(1, question.terms.length - view.ignored.size);
  let best = 0;
  for (const terms of phrasingSets(doc)) {
    let shared = 0;
    let own = 0;
    for (const term of terms) {
      const w = weightOf.get(term);
      if (w !== undefined) shared += w;
      own += w ?? average;
    }
    best = Math.max(best, (2 * shared) / (view.total + own));
  }
  return best;
};
