import type { Question } from "../analyze/analyze-question.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import { bm25Term, idf } from "./bm25.js";

/**
 * The question as one article sees it: each term weighed by its rarity among the article's
 * sentences, so an article's answers do not change as other articles are added.
 */
export interface QuestionView {
  article: number;
  /** Per question term (same order as `question.terms`), its idf in this article. */
  idf: Float64Array;
  /**
   * Terms this article does not read: another article's entity named by the same words as one of
   * this article's ("the Busan mayor" names one mayor in each). They weigh nothing here.
   */
  ignored: ReadonlySet<number>;
  /** Sum of the idfs: what a doc holding every term would cover. */
  total: number;
  /** Per paragraph number, the paragraph's BM25 for the question; and the best of them. */
  paragraphScores(): { scores: Float64Array; best: number };
}

export function questionView(
  question: Question,
  index: CorpusIndex,
  article: number,
): QuestionView {
  const stats = index.articles[article];
  const n = stats?.sentences.length ?? 0;
  const own = stats?.entities;
  const known = (i: number) => {
    const t = question.terms[i];
    return t !== undefined && (!t.entity || (own?.has(t.term) ?? false));
  };
  const ignored = new Set<number>();
  question.terms.forEach((t, i) => {
    if (!t.entity || known(i) || !t.span) return;
    const overlaps = question.terms.some(
      (u, j) =>
        j !== i &&
        known(j) &&
        u.span &&
        u.span.start < (t.span?.end ?? 0) &&
        (t.span?.start ?? 0) < u.span.end,
    );
    if (overlaps) ignored.add(i);
  });
  const weights = Float64Array.from(question.terms, (t, i) =>
    ignored.has(i) ? 0 : idf(stats?.df.get(t.term) ?? 0, n),
  );
  let total = 0;
  for (const w of weights) total += w;
  let paragraphs: { scores: Float64Array; best: number } | undefined;
  return {
    article,
    idf: weights,
    ignored,
    total,
    paragraphScores: () => {
      if (paragraphs) return paragraphs;
      const list = stats?.paragraphs ?? [];
      const average = list.reduce((sum, p) => sum + p.length, 0) / Math.max(1, list.length - 1);
      const scores = new Float64Array(list.length);
      let best = 0;
      list.forEach((p, k) => {
        let score = 0;
        question.terms.forEach((t, i) => {
          score += bm25Term(weights[i] ?? 0, p.terms.get(t.term) ?? 0, p.length, average);
        });
        scores[k] = score;
        best = Math.max(best, score);
      });
      paragraphs = { scores, best };
      return paragraphs;
    },
  };
}
