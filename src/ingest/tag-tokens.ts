import nlp from "compromise";
import type { Sentence, Token } from "./types.js";

/**
 * Tags a paragraph's words with compromise (part of speech, Person, Place, Value, Date…) and
 * locates each word in the paragraph, so later stages can cut verbatim spans. Words are assigned
 * to the sentences found by `splitSentences`, not compromise's own sentence breaks.
 */
export function tagTokens(paragraph: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const sentenceTerms of nlp(paragraph).docs) {
    for (const term of sentenceTerms) {
      if (term.text.length === 0) continue; // implicit words of expanded contractions
      const start = paragraph.indexOf(term.text, cursor);
      if (start < 0) continue; // compromise normalised the word; skip rather than misplace it
      const end = start + term.text.length;
      cursor = end;
      tokens.push({
        text: term.text,
        start,
        end,
        pre: term.pre,
        post: term.post,
        tags: term.tags ?? new Set<string>(),
        index: tokens.length,
        sentence: sentenceAt(sentences, start),
      });
    }
  }
  return tokens;
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  for (const s of sentences) if (offset < s.end) return s.index;
  return Math.max(0, sentences.length - 1);
}

/** True when the token carries any of the tags. */
export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
  return token !== undefined && tags.some((t) => token.tags.has(t));
}

/** Lower-cased word, with curly apostrophes made straight. */
export function lower(token: Token | undefined): string {
  return token ? token.text.toLowerCase().replace(/’/g, "'") : "";
}

/** Starts with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}
