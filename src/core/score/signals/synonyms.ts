import { docMemo } from "../../index/doc-memo.js";
import { sensesOf } from "../../text/wordnet/lexical-relations.js";
import type { Signal } from "../candidate.js";

/** Every WordNet sense of the doc's terms. */
const sensesIn = docMemo((doc) => {
  const out = new Set<number>();
  for (const term of doc.bag.keys()) for (const s of sensesOf(term)) out.add(s);
  return out;
});

/**
 * Share of the question's weight the doc lacks as written but says with a WordNet synonym
 * ("aid" for "assistance").
 */
export const synonyms: Signal = ({ question, candidate }) => {
  const { doc, view } = candidate;
  if (view.total <= 0) return 0;
  let senses: Set<number> | undefined;
  let sum = 0;
  question.terms.forEach((t, i) => {
    if (t.entity || doc.bag.has(t.term)) return;
    const own = sensesOf(t.term);
    if (own.length === 0) return;
    senses ??= sensesIn(doc);
    if (own.some((s) => senses?.has(s))) sum += view.idf[i] ?? 0;
  });
  return sum / view.total;
};
