import type { Question } from "../analyze/analyze-question.js";
import type { Doc } from "../index/article-docs.js";
import type { CorpusIndex } from "../index/corpus-index.js";
import type { Span } from "../index/spans.js";
import type { QuestionView } from "../retrieve/question-view.js";

/** A retrieved doc, with what every signal may look at. */
export interface Candidate {
  id: number;
  doc: Doc;
  /** Retrieval's BM25, divided by the question's total idf. */
  bm25: number;
  /** The question as the doc's article weighs it. */
  view: QuestionView;
}

/** What a signal reads: the question, the index and one candidate. */
export interface SignalInput {
  question: Question;
  index: CorpusIndex;
  candidate: Candidate;
  /** Candidate short answers in the doc's sentence (tagged once, when first asked for). */
  spans(): readonly Span[];
}

/** A signal: one number about how well a candidate answers a question; pure, cheap. */
export type Signal = (input: SignalInput) => number;

/** Share of the question's weight (idf) whose terms `has` holds. */
export function covered(input: SignalInput, has: (term: string) => boolean): number {
  const { question, candidate } = input;
  const { view } = candidate;
  if (view.total <= 0) return 0;
  let sum = 0;
  question.terms.forEach((t, i) => {
    if (has(t.term)) sum += view.idf[i] ?? 0;
  });
  return sum / view.total;
}

/** The terms of the doc's sentence and its neighbours in the same paragraph. */
export function contextHas(input: SignalInput): (term: string) => boolean {
  const { doc } = input.candidate;
  const sentences = input.index.articles[doc.article]?.sentences ?? [];
  const around = [doc.sentence - 1, doc.sentence, doc.sentence + 1]
    .map((k) => sentences[k])
    .filter((s) => s !== undefined && s.paragraph === doc.paragraph);
  return (term) => doc.bag.has(term) || around.some((s) => s?.termSet.has(term));
}
