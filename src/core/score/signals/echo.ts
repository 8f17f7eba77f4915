import { askedTerms, questionMemo } from "../../analyze/question-memo.js";
import type { Signal } from "../candidate.js";

const askedWords = questionMemo((q) => new Set(q.words));

/** 1 when a fact's short answer only repeats the question ("who is Kin Phea?" → "Kin Phea"). */
export const echo: Signal = ({ question, candidate }) => {
  const answer = candidate.doc.answerTerms;
  if (answer.length === 0) return 0;
  const terms = askedTerms(question);
  const words = askedWords(question);
  const echoed = answer.filter((t) => terms.has(t) || words.has(t)).length;
  return echoed / answer.length >= 0.7 ? 1 : 0;
};
