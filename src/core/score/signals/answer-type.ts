import type { WantedType } from "../../analyze/intent.js";
import type { SpanType } from "../../index/spans.js";
import type { Signal, SignalInput } from "../candidate.js";
import { relatedType, sameType } from "./fact-type-fit.js";

/** The kinds of span that answer each wanted type; a type not listed has no span of its own. */
export const SPANS_ANSWERING: Partial<Record<WantedType, readonly SpanType[]>> = {
  person: ["person", "name", "organisation"],
  place: ["place", "name"],
  organisation: ["organisation", "name"],
  date: ["date"],
  number: ["number", "money"],
};

/** The doc's sentence holds a span of the kind asked for that the question does not already say. */
export function hasAnswerSpan(input: SignalInput, wanted: WantedType): boolean {
  const kinds = SPANS_ANSWERING[wanted];
  if (!kinds) return false;
  const asked = new Set(input.question.words);
  return input
    .spans()
    .some((span) => kinds.includes(span.type) && span.words.some((w) => !asked.has(w)));
}

/**
 * 1 when the doc gives the kind of answer asked for: a fact by its tagged answer type, a sentence
 * or quote by the spans in it (a date for "when", a person for "who"). 0 when the question does
 * not say what it wants.
 */
export const answerType: Signal = (input) => {
  const { question, candidate } = input;
  const wanted = question.wanted;
  if (wanted === null) return 0;
  const { doc } = candidate;
  if (doc.kind === "fact" && doc.answerType) return sameType(wanted, doc.answerType) ? 1 : 0;
  if (wanted === "quote") return doc.kind === "quote" ? 1 : 0;
  return hasAnswerSpan(input, wanted) ? 1 : 0;
};

/** 1 when a fact's answer type is related to the one asked for (a role for "who is…"). */
export const relatedAnswerType: Signal = ({ question, candidate }) => {
  const { doc } = candidate;
  return question.wanted !== null && doc.kind === "fact" && doc.answerType
    ? relatedType(question.wanted, doc.answerType)
      ? 1
      : 0
    : 0;
};
