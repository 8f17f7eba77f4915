import { splitSentences } from "../core/analyze/split-sentences.js";
import { tagTokens } from "./tag-tokens.js";
import type { ParsedParagraph } from "./types.js";

/** Stage 2: each paragraph split into sentences and tagged words, numbered from 1. */
export function parseParagraphs(paragraphs: string[]): ParsedParagraph[] {
  return paragraphs.map((text, i) => {
    const sentences = splitSentences(text);
    return { n: i + 1, text, sentences, tokens: tagTokens(text, sentences) };
  });
}
