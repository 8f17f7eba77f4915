import { hasSynonyms, synonymous } from "../../text/wordnet/lexical-relations.js";
import type { Signal } from "../candidate.js";

/**
 * Share of the question's weight the doc lacks as written but says with a WordNet synonym
 * ("aid" for "assistance").
 */
export const synonyms: Signal = ({ question, candidate }) => {
  const { doc, view } = candidate;
  if (view.total <= 0) return 0;
  let sum = 0;
  question.terms.forEach((t, i) => {
    if (t.entity || doc.bag.has(t.term) || !hasSynonyms(t.term)) return;
    for (const term of doc.bag.keys()) {
      if (synonymous(t.term, term)) {
        sum += view.idf[i] ?? 0;
        return;
      }
    }
  });
  return sum / view.total;
};
