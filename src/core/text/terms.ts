import { baseForm } from "./lemma.js";
import { words } from "./normalize.js";
import { stem } from "./stem.js";
import { STOP_WORDS } from "./stop-words.js";
import { canonicalTerm } from "./synonyms.js";

/** One word of a text turned into a search term: base form, stemmed, mapped to its synonym group. */
export function termOf(word: string): string {
  return canonicalTerm(stem(baseForm(word)));
}

/**
 * Content terms of a text: normalised words without stop words, stemmed, synonyms folded.
 * @example contentTerms("How many Cambodians are working in Busan?") // ["cambodian", "work", "busan"]
 */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(termOf);
}
