import type { Signal } from "../candidate.js";

/**
 * 1 when a fact's subject (the first entity it is about) is one the question names: "Sokhonn's
 * position" is his role fact, not the Prime Minister's that mentions him.
 */
export const subject: Signal = ({ question, candidate }) => {
  const key = candidate.doc.subject;
  return key !== undefined && question.entities.includes(key) ? 1 : 0;
};
