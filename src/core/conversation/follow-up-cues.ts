/**
 * The words that make a question lean on the turns before it: pronouns standing for someone or
 * something already named, and question words asked on their own ("why?", "and when was that?").
 */

/** Pronouns for a person as the subject ("what did he say"). */
export const PERSON_SUBJECT: ReadonlySet<string> = new Set(["he", "she"]);
/** Pronouns for a person as the object ("what did he ask him"); "her" may also be possessive. */
export const PERSON_OBJECT: ReadonlySet<string> = new Set(["him", "her"]);
/** Possessives that stand for a person ("his role"). */
export const PERSON_POSSESSIVE: ReadonlySet<string> = new Set(["his", "her", "hers"]);
/** Pronouns for a thing or for what was just said ("when was that", "how much did it cost"). */
export const THING: ReadonlySet<string> = new Set(["it", "that", "this"]);
export const THING_POSSESSIVE: ReadonlySet<string> = new Set(["its"]);
/** Plural pronouns: a group, an organisation or several people ("what did they agree"). */
export const PLURAL: ReadonlySet<string> = new Set(["they", "them", "their", "these", "those"]);
/** "there": the place just named. */
export const PLACE: ReadonlySet<string> = new Set(["there"]);

/** Words that open a follow-up without adding content ("and", "so", "ok then"). */
export const OPENERS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "so",
  "also",
  "ok",
  "okay",
  "then",
  "hmm",
  "right",
  "oh",
  "ah",
  "well",
]);

/** Question words, and what each asks for, in the order they are tried. */
export const WH_WORDS: ReadonlySet<string> = new Set([
  "who",
  "whom",
  "whose",
  "what",
  "when",
  "where",
  "why",
  "how",
  "which",
]);

/** Words after "how" that belong to the question word ("how many", "how long"). */
export const HOW_WORDS: ReadonlySet<string> = new Set([
  "many",
  "much",
  "long",
  "old",
  "far",
  "big",
  "large",
  "often",
  "soon",
]);

/** Auxiliaries that follow a question word ("when did", "why was"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "has",
  "have",
  "had",
  "can",
  "could",
  "should",
]);

/** Words a bare follow-up may carry besides its question word ("why exactly?", "who else?"). */
export const FILLERS: ReadonlySet<string> = new Set([
  "exactly",
  "else",
  "again",
  "then",
  "precisely",
  "come",
  "so",
  "though",
]);

/** "what about", "how about": the previous question again, about something else. */
export const ABOUT_OPENERS: readonly (readonly string[])[] = [
  ["what", "about"],
  ["how", "about"],
  ["and", "what", "about"],
  ["and", "how", "about"],
  ["what", "of"],
];
