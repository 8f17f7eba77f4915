import { docMemo } from "../../index/doc-memo.js";
import type { Signal } from "../candidate.js";

/** Pairs of neighbouring terms, as "a b" keys. */
function pairs(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < terms.length; i++) out.add(`${terms[i]} ${terms[i + 1]}`);
  return out;
}

/**
 * Share of the question's neighbouring word pairs that stand together in the doc's text or a
 * phrasing: "time hierarchy theorem" is more than its three words.
 */
export const bigrams: Signal = ({ question, candidate }) => {
  const asked = pairs(question.terms.filter((t) => !t.entity).map((t) => t.term));
  if (asked.size === 0) return 0;
  const found = pairsOf(candidate.doc);
  let shared = 0;
  for (const pair of asked) if (found.some((set) => set.has(pair))) shared++;
  return shared / asked.size;
};

/** The pairs of the doc's text and of each of its phrasings. */
const pairsOf = docMemo((doc) => [pairs(doc.textTerms), ...doc.phrasings.map(pairs)]);
