import { stemmer } from "stemmer";

/**
 * Porter stemming (the `stemmer` package) with a cache: the same few hundred words recur
 * in every question, and stemming dominates the cost of turning text into terms.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  // Numbers and two-letter words are kept as they are ("4.0", "15", "it"); "buy" stems like "buying".
  const result = /\d/.test(word) || word.length <= 2 ? word : stemmer(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
