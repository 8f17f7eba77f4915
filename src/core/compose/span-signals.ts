import type { Question } from "../analyze/analyze-question.js";
import { termOf } from "../analyze/term.js";
import { tokenize } from "../analyze/tokenize.js";
import type { Span } from "../index/spans.js";
import { SPANS_ANSWERING } from "../score/signals/answer-type.js";
import { STOP_WORDS } from "../text/stop-words.js";

/** The question's words found in a sentence, as token positions. */
export interface SentenceMatch {
  text: string;
  tokens: ReturnType<typeof tokenize>;
  /** Token positions holding one of the question's terms. */
  matched: number[];
}

export function matchSentence(question: Question, text: string): SentenceMatch {
  const tokens = tokenize(text);
  const asked = new Set(question.terms.map((t) => t.term));
  const matched: number[] = [];
  tokens.forEach((t, i) => {
    if (!STOP_WORDS.has(t.word) && asked.has(termOf(t.word))) matched.push(i);
  });
  return { text, tokens, matched };
}

/** Every span signal, by name; the weights sit in weights.json under "span". */
export const SPAN_SIGNAL_NAMES = [
  "bias",
  "typeMatch",
  "name",
  "amount",
  "noun",
  "asked",
  "distance",
  "length",
] as const;
export type SpanSignalName = (typeof SPAN_SIGNAL_NAMES)[number];

/** The signals of one candidate span, in SPAN_SIGNAL_NAMES order. */
export function spanFeatures(question: Question, match: SentenceMatch, span: Span): Float64Array {
  const inside = match.tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.start >= span.start && t.end <= span.end);
  const content = inside.filter(({ t }) => !STOP_WORDS.has(t.word));
  const askedTerms = new Set(question.terms.map((t) => t.term));
  const asked = content.filter(({ t }) => askedTerms.has(termOf(t.word))).length;
  const first = inside[0]?.i ?? 0;
  const last = inside[inside.length - 1]?.i ?? first;
  let distance = match.tokens.length;
  for (const m of match.matched) {
    if (m >= first && m <= last) continue;
    distance = Math.min(distance, m < first ? first - m : m - last);
  }
  const wanted = question.wanted ? SPANS_ANSWERING[question.wanted] : undefined;
  return Float64Array.from([
    1,
    wanted?.includes(span.type) ? 1 : 0,
    span.type === "person" ||
    span.type === "place" ||
    span.type === "organisation" ||
    span.type === "name"
      ? 1
      : 0,
    span.type === "number" || span.type === "money" || span.type === "date" ? 1 : 0,
    span.type === "noun" ? 1 : 0,
    content.length > 0 ? asked / content.length : 1,
    Math.min(distance, 10) / 10,
    Math.min(inside.length, 10) / 10,
  ]);
}
