import type { Question } from "../analyze/analyze-question.js";
import type { Answer } from "../answer.js";
import type { EngineContext } from "../engine/engine-context.js";
import type { Doc } from "../index/article-docs.js";
import { renderQuote } from "./render-quote.js";
import { shortAnswer } from "./short-answer.js";

/**
 * The direct answer a doc gives: a fact's short answer, a quote with its speaker, or the span of
 * a sentence that answers the question (the whole sentence when no span does).
 */
export function shortOf(context: EngineContext, doc: Doc, question: Question | undefined): string {
  if (doc.fact) return doc.fact.answer;
  if (doc.quote) return renderQuote(doc.quote, context.speakerName(doc));
  if (!question) return doc.text;
  const { pipeline } = context;
  const spans = pipeline.spansOf(doc.article, doc.sentence);
  return shortAnswer(question, doc.text, spans, pipeline.model) ?? doc.text;
}

/**
 * The Answer for the chosen docs: each one's direct answer, then the sentence it comes from
 * (once: a quote's words or a whole sentence are not repeated) and where it stands.
 */
export function composeAnswer(
  context: EngineContext,
  chosen: readonly Doc[],
  question: Question | undefined,
  confidence: number,
  suggestions: string[],
): Answer {
  const shorts = chosen.map((doc) => shortOf(context, doc, question));
  const lines = chosen.map((doc, i) => {
    const short = shorts[i] ?? doc.text;
    const prefix =
      chosen.length > 1 && context.multi ? `In "${context.titleOf(doc.article)}": ` : "";
    const support = shownInShort(doc, short) ? "" : `\n“${doc.text}”`;
    return `${prefix}${short}${support} (${context.cite(doc)})`;
  });
  const first = chosen[0];
  return {
    answered: true,
    answer: lines.join("\n\n"),
    short: shorts[0] ?? "",
    confidence: Math.round(confidence * 1000) / 1000,
    kind: first?.kind ?? "none",
    sources: chosen.map((doc, i) => {
      const source = context.sourceOf(doc);
      // Only the first doc's words are in the Answer's short answer.
      return i === 0 && shownInShort(doc, shorts[0] ?? "") ? { ...source, inShort: true } : source;
    }),
    suggestions,
    refs: chosen.map((doc) => context.refOf(doc)),
  };
}

/** A quote's words, or a sentence given whole, are already in the short answer: not shown twice. */
function shownInShort(doc: Doc, short: string): boolean {
  return doc.kind === "quote" || short.includes(doc.text);
}
