import type { Question } from "../analyze/analyze-question.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import { firstAtOrAfter } from "../index/postings.js";
import { bm25Term } from "./bm25.js";
import { type QuestionView, questionView } from "./question-view.js";

export interface Retrieved {
  doc: number;
  /** BM25 over all the doc's fields, divided by the question's total idf in its article. */
  bm25: number;
}

/** How many docs retrieval hands to scoring. */
export const SHORTLIST = 40;

/**
 * Retrieval: BM25 over the postings of the question's terms, each article weighing terms by its
 * own statistics; returns the best `size` docs. Cost follows the question's postings, not the
 * corpus size.
 * @example retrieve(question, index, undefined, views)[0]?.doc
 */
export function retrieve(
  question: Question,
  index: CorpusIndex,
  scope: number | undefined,
  views: (article: number) => QuestionView,
  size = SHORTLIST,
): Retrieved[] {
  const range =
    scope === undefined
      ? [0, index.docs.length]
      : [index.articles[scope]?.start ?? 0, index.articles[scope]?.end ?? 0];
  const [from, to] = range as [number, number];
  const scores = new Map<number, number>();
  question.terms.forEach((t, i) => {
    const list = index.postings(t.term);
    if (!list) return;
    for (let k = firstAtOrAfter(list.docs, from); k < list.docs.length; k++) {
      const doc = list.docs[k] ?? 0;
      if (doc >= to) break;
      const d = index.docs[doc];
      if (!d) continue;
      const view = views(d.article);
      const average = index.articles[d.article]?.averageLength[d.kind] ?? 1;
      const gain = bm25Term(view.idf[i] ?? 0, list.counts[k] ?? 0, d.length, average);
      scores.set(doc, (scores.get(doc) ?? 0) + gain);
    }
  });
  const out: Retrieved[] = [];
  for (const [doc, score] of scores) {
    const total = views(index.docArticle[doc] ?? 0).total;
    out.push({ doc, bm25: total > 0 ? score / total : 0 });
  }
  out.sort((a, b) => b.bm25 - a.bm25 || a.doc - b.doc);
  return out.slice(0, size);
}

/** A memo of question views, one per article the question touches. */
export function viewsFor(
  question: Question,
  index: CorpusIndex,
): (article: number) => QuestionView {
  const memo = new Map<number, QuestionView>();
  return (article) => {
    let view = memo.get(article);
    if (!view) {
      view = questionView(question, index, article);
      memo.set(article, view);
    }
    return view;
  };
}
