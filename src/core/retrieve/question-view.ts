import type { Question } from "../analyze/analyze-question.js";
import { questionMemo } from "../analyze/question-memo.js";
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

/**
 * Weighs the question's terms as one article does, into `out` (one idf per term); returns their
 * total. Shared by retrieval (which weighs every article a posting touches, without allocating)
 * and the views scoring builds for its candidates' articles.
 */
export function weighTerms(
  question: Question,
  index: CorpusIndex,
  article: number,
  out: Float64Array,
): number {
  const stats = index.articles[article];
  const n = stats?.sentences.length ?? 0;
  const own = stats?.entities;
  const terms = question.terms;
  let total = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!t) continue;
    const weight = isIgnored(question, i, own) ? 0 : idf(stats?.df.get(t.term) ?? 0, n);
    out[i] = weight;
    total += weight;
  }
  return total;
}

/** Per question term, the other entity terms read from words overlapping its own. */
const overlapsOf = questionMemo((question) =>
  question.terms.map((t, i) =>
    t.entity && t.span
      ? question.terms.flatMap((u, j) =>
          j !== i &&
          u.entity &&
          u.span &&
          u.span.start < (t.span?.end ?? 0) &&
          (t.span?.start ?? 0) < u.span.end
            ? [j]
            : [],
        )
      : [],
  ),
);

/** An entity this article does not know, named by words that also name one it does know. */
function isIgnored(question: Question, i: number, own: ReadonlySet<string> | undefined): boolean {
  const overlaps = overlapsOf(question)[i];
  if (!overlaps || overlaps.length === 0) return false;
  const term = question.terms[i]?.term ?? "";
  if (own?.has(term)) return false;
  return overlaps.some((j) => own?.has(question.terms[j]?.term ?? "") ?? false);
}

export function questionView(
  question: Question,
  index: CorpusIndex,
  article: number,
): QuestionView {
  const weights = new Float64Array(question.terms.length);
  const total = weighTerms(question, index, article, weights);
  const stats = index.articles[article];
  const own = stats?.entities;
  const ignored = new Set<number>();
  question.terms.forEach((_, i) => {
    if (isIgnored(question, i, own)) ignored.add(i);
  });
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
