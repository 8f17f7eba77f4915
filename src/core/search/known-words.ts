/** Words every question may use without being typos of something else. */
export const QUESTION_WORDS: readonly string[] = [
  "who",
  "whom",
  "whose",
  "what",
  "when",
  "where",
  "why",
  "how",
  "which",
  "many",
  "much",
];

/** The synonym groups' words are known English even where no article uses them. */
export { SYNONYM_WORDS } from "../text/synonyms.js";
