import { covered, type Signal } from "../candidate.js";

/** Share of the question's weight that the doc's own sentence (or quote) says, names included. */
export const coverage: Signal = (input) => {
  const { doc } = input.candidate;
  const terms = new Set(doc.textTerms);
  return covered(input, (t) => terms.has(t) || doc.entities.has(t));
};
