/**
 * Words that turn a statement around. A question that says "not" where its sentence doesn't
 * (or the other way round) asks about something else: SQuAD 2.0's "negation" near misses.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "nor",
  "neither",
  "none",
  "nobody",
  "nothing",
  "cannot",
  "without",
  "t", // "don't", "isn't": the tokenizer splits the "t" off
]);

/** True when one of the words is a negation. */
export function isNegated(words: readonly string[]): boolean {
  return words.some((w) => NEGATIONS.has(w));
}
