import type { Question } from "../analyze/analyze-question.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import { firstAtOrAfter } from "../index/postings.js";
import { bm25Term } from "./bm25.js";
import { type QuestionView, questionView, weighTerms } from "./question-view.js";

export interface Retrieved {
  doc: number;
  /** BM25 over all the doc's fields, divided by the question's total idf in its article. */
  bm25: number;
}

/** How many docs retrieval hands to scoring. */
export const SHORTLIST = 40;

/**
 * Buffers reused by every question over one index (answers run one at a time): marks stamped per
 * question instead of cleared, so a question costs what its postings cost, not the corpus size.
 */
interface Scratch {
  stamp: number;
  seen: Uint32Array;
  scores: Float64Array;
  /** Per article: weighed for this question yet (stamp), its term weights and their total. */
  weighed: Uint32Array;
  weights: Float64Array;
  totals: Float64Array;
}
const scratches = new WeakMap<CorpusIndex, Scratch>();

function scratchFor(index: CorpusIndex, terms: number): Scratch {
  let s = scratches.get(index);
  if (!s) {
    s = {
      stamp: 0,
      seen: new Uint32Array(index.docs.length),
      scores: new Float64Array(index.docs.length),
      weighed: new Uint32Array(index.articles.length),
      weights: new Float64Array(0),
      totals: new Float64Array(index.articles.length),
    };
    scratches.set(index, s);
  }
  if (s.weights.length < index.articles.length * terms)
    s.weights = new Float64Array(index.articles.length * terms);
  s.stamp = (s.stamp + 1) >>> 0 || 1;
  return s;
}

/**
 * Retrieval: BM25 over the postings of the question's terms, each article weighing terms by its
 * own statistics; returns the best `size` docs. Cost follows the question's postings, not the
 * corpus size.
 * @example retrieve(question, index, undefined)[0]?.doc
 */
export function retrieve(
  question: Question,
  index: CorpusIndex,
  scope: number | undefined,
  size = SHORTLIST,
): Retrieved[] {
  const from = scope === undefined ? 0 : (index.articles[scope]?.start ?? 0);
  const to = scope === undefined ? index.docs.length : (index.articles[scope]?.end ?? 0);
  const n = question.terms.length;
  const scratch = scratchFor(index, n);
  const { seen, scores, stamp, weighed, weights, totals } = scratch;
  /** The article's weight for term i, weighing the article the first time it is met. */
  const weightOf = (article: number, i: number): number => {
    if (weighed[article] !== stamp) {
      weighed[article] = stamp;
      totals[article] = weighTerms(
        question,
        index,
        article,
        weights.subarray(article * n, article * n + n),
      );
    }
    return weights[article * n + i] ?? 0;
  };
  const touched: number[] = [];
  const { docArticle, docLength, docKind, averageLengths } = index;
  for (let i = 0; i < n; i++) {
    const list = index.postings(question.terms[i]?.term ?? "");
    if (!list) continue;
    const { docs, counts } = list;
    for (let k = firstAtOrAfter(docs, from); k < docs.length; k++) {
      const doc = docs[k] as number;
      if (doc >= to) break;
      const article = docArticle[doc] as number;
      const termIdf = weightOf(article, i);
      if (termIdf === 0) continue;
      const average = averageLengths[article * 3 + (docKind[doc] as number)] as number;
      const gain = bm25Term(termIdf, counts[k] as number, docLength[doc] as number, average);
      if (seen[doc] !== stamp) {
        seen[doc] = stamp;
        scores[doc] = 0;
        touched.push(doc);
      }
      scores[doc] = (scores[doc] as number) + gain;
    }
  }
  const normalised = (doc: number): number => {
    const total = totals[docArticle[doc] ?? 0] ?? 0;
    return total > 0 ? (scores[doc] ?? 0) / total : 0;
  };
  return bestOf(touched, normalised, size).map((doc) => ({ doc, bm25: normalised(doc) }));
}

/** The `size` docs with the highest value, best first (ties by doc number); selects before sorting. */
function bestOf(docs: number[], value: (doc: number) => number, size: number): number[] {
  const order = (a: number, b: number) => value(b) - value(a) || a - b;
  if (docs.length <= size * 4) return docs.sort(order).slice(0, size);
  const values = docs.map(value);
  const cut = kthLargest(values, size);
  return docs
    .filter((doc) => value(doc) >= cut)
    .sort(order)
    .slice(0, size);
}

/** The k-th largest of the values (quickselect; reorders them), k ≥ 1. */
function kthLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = Math.min(k, values.length) - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j] as number, values[i] as number];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

/** A memo of question views, one per article the question touches. */
export function viewsFor(
  question: Question,
  index: CorpusIndex,
): (article: number) => QuestionView {
  const memo: (QuestionView | undefined)[] = new Array(index.articles.length);
  return (article) => {
    let view = memo[article];
    if (!view) {
      view = questionView(question, index, article);
      memo[article] = view;
    }
    return view;
  };
}
