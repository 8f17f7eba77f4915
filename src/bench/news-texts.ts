import { buildSyntheticCorpus } from "./build-corpus.js";

/** One generated article as plain text, with a file name for it. */
export interface NewsText {
  name: string;
  text: string;
}

/**
 * Plain-text articles of news length (~330 words, 15–20 paragraphs) for timing `npm run ingest`:
 * a headline, then the paragraphs of three generated articles in a row, so each text names
 * several people, places, organisations, numbers, dates and quotes. Deterministic for a `seed`.
 * Headlines may repeat (as real ones do), which a bulk ingest must survive.
 *
 * @example buildNewsTexts(2)[0]?.text.split("\n\n").length // about 18
 */
export function buildNewsTexts(n: number, seed = 7): NewsText[] {
  const parts = buildSyntheticCorpus(n * 3, [], seed);
  const texts: NewsText[] = [];
  for (let i = 0; i < n; i++) {
    const [first, ...rest] = parts.slice(i * 3, i * 3 + 3);
    if (!first) break;
    const paragraphs = [first, ...rest].flatMap((k) => k.article.paragraphs.map((p) => p.text));
    texts.push({
      name: `article-${String(i + 1).padStart(5, "0")}.txt`,
      text: `${first.article.title}\n\n${paragraphs.join("\n\n")}\n`,
    });
  }
  return texts;
}
