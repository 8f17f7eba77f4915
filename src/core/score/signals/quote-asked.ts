import type { Signal } from "../candidate.js";

/** 1 for a quote when the question asks for someone's words ("what did X say", "who said"). */
export const quoteAsked: Signal = ({ question, candidate }) =>
  candidate.doc.kind === "quote" && (question.quoteRequest || question.saying) ? 1 : 0;
