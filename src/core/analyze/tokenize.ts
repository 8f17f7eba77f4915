import { normalizeText, spellingOf } from "../text/normalize.js";

/** One word of a text, as both the index and the question read it. */
export interface Token {
  /** Normalised word: NFKC, folded case and diacritics, British spelling ("centres"). */
  word: string;
  /** Offsets of the written word in the original text, so a span can be cut verbatim. */
  start: number;
  end: number;
}

/**
 * Written words: letters and digits, with the separators inside a number ("9,000", "4.0") and
 * the apostrophe of "Busan's" kept with their word; hyphens and other punctuation split.
 */
const WRITTEN = /[\p{L}\p{M}\p{N}]+(?:[.,][\p{N}]+)*(?:['’][\p{L}]+)?/gu;

/**
 * Splits a text into normalised words with their offsets. The possessive "'s" is dropped, so
 * "Busan's mayor" reads as "busan mayor" on both sides.
 * @example tokenize("Oh Keo-don’s 9,000").map((t) => t.word) // ["oh", "keo", "don", "9000"]
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(WRITTEN)) {
    const written = match[0];
    const start = match.index;
    const possessive = /['’]s$/iu.exec(written);
    const core = possessive ? written.slice(0, -2) : written;
    // Most words are plain ASCII letters: lower-casing is all their normalisation.
    const parts = /^[A-Za-z]+$/.test(core) ? [core.toLowerCase()] : normalizeText(core).split(" ");
    for (const part of parts) {
      if (part === "") continue;
      out.push({ word: spellingOf(part), start, end: start + core.length });
    }
  }
  return out;
}
