import type { Mention, ParsedParagraph } from "./types.js";

const MAX_TITLE_WORDS = 14;
const WEAK_ENDINGS = /\s+(the|a|an|of|for|to|and|or|in|on|at|by|with|from|as|that|which|who)$/i;

export const GENERATED_TITLE_NOTE =
  "The article text has no headline; this descriptive title was generated from its first sentence by npm run ingest.";

/**
 * A descriptive title from the first sentence: a person's title before their name is dropped
 * ("Deputy Prime Minister … Prak Sokhonn urged …" → "Prak Sokhonn urged …") and the sentence is
 * cut to about fourteen words, never ending on a small word.
 *
 * @example makeTitle(paragraphs, mentions) // "Prak Sokhonn urged South Korea to finalise the comprehensive economic partnership for Asean countries"
 */
export function makeTitle(paragraphs: ParsedParagraph[], mentions: Mention[]): string {
  const first = paragraphs[0];
  const sentence = first?.sentences[0];
  if (!first || !sentence) return "Untitled article";
  let start = sentence.start;
  const lead = mentions.find((m) => m.paragraph === 1 && m.sentence === 0 && m.kind === "person");
  // Skip the title words before the leading person's name.
  if (
    lead?.role &&
    lead.start > start &&
    first.text.slice(start, lead.start).trim() === lead.role.trim()
  ) {
    start = lead.start;
  }
  let text = first.text
    .slice(start, sentence.end)
    .replace(/[.!?]+["”’]?$/, "")
    .trim();
  const words = text.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) {
    text = words.slice(0, MAX_TITLE_WORDS).join(" ");
    const comma = text.lastIndexOf(",");
    if (comma > text.length / 2) text = text.slice(0, comma);
  }
  for (let i = 0; i < 3 && WEAK_ENDINGS.test(text); i++) text = text.replace(WEAK_ENDINGS, "");
  text = text.replace(/[,;:\s]+$/, "");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
