import type { Question } from "./analyze-question.js";

/**
 * A value worked out from a question once, however many candidates' signals ask for it.
 * @example const askedTerms = questionMemo((q) => new Set(q.terms.map((t) => t.term)));
 */
export function questionMemo<T>(compute: (question: Question) => T): (question: Question) => T {
  const values = new WeakMap<Question, T>();
  return (question) => {
    let value = values.get(question);
    if (value === undefined && !values.has(question)) {
      value = compute(question);
      values.set(question, value);
    }
    return value as T;
  };
}

/** The question's terms (entity keys included), as a set. */
export const askedTerms = questionMemo((q) => new Set(q.terms.map((t) => t.term)));
