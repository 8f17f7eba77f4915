import irregularNouns from "wink-lexicon/src/irregular-nouns.js";
import irregularVerbs from "wink-lexicon/src/irregular-verbs.js";

/**
 * The base form of an irregular English word ("sold" → "sell", "children" → "child"), which the
 * Porter stemmer cannot find; wink-lexicon's lists come from Wiktionary/Wikipedia. Other words
 * are returned as they are and left to the stemmer.
 */
export function baseForm(word: string): string {
  return irregularVerbs[word] ?? irregularNouns.singular[word] ?? word;
}
