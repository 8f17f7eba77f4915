import type { Question } from "../analyze/analyze-question.js";
import type { Span } from "../index/spans.js";
import type { Model } from "../model/model.js";
import { matchSentence, SPAN_SIGNAL_NAMES, spanFeatures } from "./span-signals.js";

/**
 * The words of a sentence that answer the question: of the candidate spans (names, dates,
 * amounts, noun phrases) the one the span model scores best, if it scores well enough; a span
 * made only of the question's own words never answers it.
 * @example shortAnswer(question("when did Huguenots reach America"), "…sailed in 1624.", spans, model) // "1624"
 */
export function shortAnswer(
  question: Question,
  sentence: string,
  spans: readonly Span[],
  model: Model,
): string | undefined {
  const match = matchSentence(question, sentence);
  const weights = SPAN_SIGNAL_NAMES.map((n) => model.span[n] ?? 0);
  let best: { span: Span; score: number } | undefined;
  for (const span of spans) {
    const features = spanFeatures(question, match, span);
    if ((features[SPAN_SIGNAL_NAMES.indexOf("asked")] ?? 1) >= 1) continue;
    let score = 0;
    features.forEach((x, k) => {
      score += x * (weights[k] ?? 0);
    });
    if (!best || score > best.score) best = { span, score };
  }
  if (!best || best.score < (model.span["threshold"] ?? 0)) return undefined;
  return sentence.slice(best.span.start, best.span.end);
}
