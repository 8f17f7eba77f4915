import type { ArticleKnowledge, Engine } from "../core/index.js";
import type { QuestionGroup } from "./group-questions.js";

/** A most-asked unanswered question, proposed as a new phrasing of the fact it lies closest to. */
export interface PhrasingSuggestion {
  question: string;
  /** How often it (or a question asking the same) was asked and not answered. */
  asked: number;
  article: string;
  factId: string;
  /** The fact's short answer and statement, for the editor to judge. */
  answer: string;
  statement: string;
  /** How likely the engine judges the fact to answer the question (below its answer threshold). */
  closeness: number;
}

/** The knobs of suggestions, in one frozen object. */
export const SUGGEST = Object.freeze({
  /**
   * Only facts at least this likely to answer the question (the engine's decision probability,
   * below its threshold since the question went unanswered) are proposed: the floor from which
   * the engine offers an answer as an alternative after a 👎.
   */
  minCloseness: 0.3,
  limit: 10,
});

/**
 * For the most-asked unanswered questions, the closest existing fact, when one is close: the
 * engine's best-ranked candidate for a question it abstains on. Quotes and bare paragraphs are
 * not proposed: a phrasing is added to a fact's `questions`. Questions answered by now are
 * skipped (the knowledge may have changed since they were asked).
 */
export function suggestPhrasings(
  groups: readonly QuestionGroup[],
  engine: Engine,
  corpus: readonly ArticleKnowledge[],
  limit: number = SUGGEST.limit,
): PhrasingSuggestion[] {
  const out: PhrasingSuggestion[] = [];
  for (const group of groups) {
    if (out.length >= limit) break;
    const answer = engine.answer(group.question);
    if (answer.answered) continue;
    const closest = answer.alternatives?.[0];
    if (!closest || closest.confidence < SUGGEST.minCloseness) continue;
    const [article, factId] = closest.ref.split("/");
    const fact = corpus.find((k) => k.article.id === article)?.facts.find((f) => f.id === factId);
    if (!article || !fact || fact.questions.includes(group.question)) continue;
    out.push({
      question: group.question,
      asked: group.count,
      article,
      factId: fact.id,
      answer: fact.answer,
      statement: fact.statement,
      closeness: closest.confidence,
    });
  }
  return out;
}
