import { splitSentences } from "../../core/analyze/split-sentences.js";
import { contentTerm } from "../../core/analyze/term.js";
import { tokenize } from "../../core/analyze/tokenize.js";
import type { ArticleKnowledge } from "../../core/index.js";
import { bm25Term, idf } from "../../core/retrieve/bm25.js";

const termsOf = (text: string): string[] =>
  tokenize(text).flatMap((t) => {
    const term = contentTerm(t.word);
    return term ? [term] : [];
  });

/**
 * The baseline `npm run eval -- --squad` compares with: plain Okapi BM25 over the article's
 * sentences (same tokenizer, stop words and stemmer as the engine), answering every question
 * with its best sentence, never abstaining.
 */
export function bm25Baseline(article: ArticleKnowledge): (question: string) => string | undefined {
  const sentences = article.article.paragraphs.flatMap((p) =>
    splitSentences(p.text).map((s) => ({ text: s.text, terms: termsOf(s.text) })),
  );
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const average = sentences.reduce((n, s) => n + s.terms.length, 0) / Math.max(1, sentences.length);
  return (question) => {
    const asked = [...new Set(termsOf(question))];
    let best: { text: string; score: number } | undefined;
    for (const s of sentences) {
      let score = 0;
      for (const term of asked) {
        const tf = s.terms.filter((t) => t === term).length;
        score += bm25Term(idf(df.get(term) ?? 0, sentences.length), tf, s.terms.length, average);
      }
      if (score > 0 && (!best || score > best.score)) best = { text: s.text, score };
    }
    return best?.text;
  };
}
