import type { Signal } from "../candidate.js";

/** 1 when a fact's short answer only repeats the question ("who is Kin Phea?" → "Kin Phea"). */
export const echo: Signal = ({ question, candidate }) => {
  const answer = candidate.doc.answerTerms;
  if (answer.length === 0) return 0;
  const asked = new Set(question.words.map((w) => w));
  const askedTerms = new Set(question.terms.map((t) => t.term));
  const echoed = answer.filter((t) => askedTerms.has(t) || asked.has(t)).length;
  return echoed / answer.length >= 0.7 ? 1 : 0;
};
