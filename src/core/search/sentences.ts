const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/** Sentences of a paragraph, trimmed, as Intl.Segmenter finds them. */
export function splitSentences(paragraph: string): string[] {
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}
