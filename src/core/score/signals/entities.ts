import type { Signal } from "../candidate.js";

/**
 * Share of the people, places and things the question names that the doc is about; one it names
 * only in passing ("…representing Hun Sen") counts half. 1 when the question names none.
 */
export const entities: Signal = ({ question, candidate }) => {
  const { doc, view } = candidate;
  const asked = question.terms
    .filter((t, i) => t.entity && !view.ignored.has(i))
    .map((t) => t.term);
  if (asked.length === 0) return 1;
  let sum = 0;
  for (const key of asked) sum += doc.about.has(key) ? 1 : doc.entities.has(key) ? 0.5 : 0;
  return sum / asked.length;
};
