import { baseForm } from "../text/lemma.js";
import { stem } from "../text/stem.js";
import { STOP_WORDS } from "../text/stop-words.js";

/**
 * A normalised word as a search term: its base form ("sold" → sell), Porter-stemmed. Stop words
 * have no term: they carry no content on either side.
 * @example termOf("workers") // "worker"
 */
export function termOf(word: string): string {
  return stem(baseForm(word));
}

/** The term of a word, or undefined for a stop word. */
export function contentTerm(word: string): string | undefined {
  return STOP_WORDS.has(word) ? undefined : termOf(word);
}
