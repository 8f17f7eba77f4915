import { docMemo } from "../../index/doc-memo.js";
import { covered, type Signal } from "../candidate.js";

const textTermSet = docMemo((doc) => new Set(doc.textTerms));

/** Share of the question's weight that the doc's own sentence (or quote) says, names included. */
export const coverage: Signal = (input) => {
  const { doc } = input.candidate;
  const terms = textTermSet(doc);
  return covered(input, (t) => terms.has(t) || doc.entities.has(t));
};
