import { isNegated } from "../../analyze/negation.js";
import { tokenize } from "../../analyze/tokenize.js";
import { docMemo } from "../../index/doc-memo.js";
import type { DecisionSignal } from "../decision-input.js";

const negated = docMemo((doc) => isNegated(tokenize(doc.text).map((t) => t.word)));

/** 1 when the question says "not" and the best sentence does not, or the other way round. */
export const negationMismatch: DecisionSignal = ({ question, best }) =>
  question.negated !== negated(best.candidate.doc) ? 1 : 0;
