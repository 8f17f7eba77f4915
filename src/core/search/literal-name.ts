import { words } from "../text/normalize.js";
import type { AnalyzedQuestion } from "./analyze-question.js";
import type { CorpusIndex, Doc } from "./corpus-index.js";
import type { Candidate } from "./rank-candidates.js";

/** The knobs this step needs, owned by RANKING. */
export interface LiteralKnobs {
  nearestAmong: number;
  paraphraseFactor: number;
}

const NAMED_THINGS: ReadonlySet<string> = new Set(["organisation", "agreement", "event"]);

/** What a doc says in the article's own words, as the question's words are read, once per doc. */
const ownWords = new WeakMap<Doc, string>();
function ownText(doc: Doc): string {
  let text = ownWords.get(doc);
  if (text === undefined) {
    const fact = doc.fact;
    const raw = fact ? `${fact.answer} ${fact.statement} ${fact.evidence}` : doc.text;
    text = ` ${words(raw).join(" ")} `;
    ownWords.set(doc, text);
  }
  return text;
}

/**
 * "What did the minister say about RCEP": one quote names RCEP, another only "the economic
 * partnership" an editor linked to it. Among the best candidates, those that do not use the
 * name a question typed for a thing keep a little less, so the one that does comes first.
 * Only names of things that go by a short name or acronym count: a quote rarely repeats its
 * speaker's name, and places turn into adjectives ("Korea", "Korean technical assistance").
 */
export function preferLiteralNames(
  candidates: Candidate[],
  question: AnalyzedQuestion,
  index: CorpusIndex,
  knobs: LiteralKnobs,
): void {
  const names = typedNames(question, index);
  if (names.length === 0) return;
  const top = candidates.slice(0, knobs.nearestAmong).flatMap((candidate) => {
    const doc = index.docs[candidate.doc];
    return doc ? [{ candidate, text: ownText(doc) }] : [];
  });
  for (const name of names) {
    if (!top.some((t) => t.text.includes(name))) continue;
    for (const t of top) if (!t.text.includes(name)) t.candidate.score *= knobs.paraphraseFactor;
  }
}

/** The question's words for each named thing it asks about, padded for whole-word search. */
export function typedNames(question: AnalyzedQuestion, index: CorpusIndex): string[] {
  const typed = question.text.split(" ");
  return question.terms.flatMap((t) =>
    t.entity && t.span && NAMED_THINGS.has(index.entityTypes.get(t.term) ?? "")
      ? [` ${typed.slice(t.span.start, t.span.end).join(" ")} `]
      : [],
  );
}

/** How many of `names` a doc's own text uses. */
export function namesUsed(doc: Doc, names: readonly string[]): number {
  const text = ownText(doc);
  return names.filter((name) => text.includes(name)).length;
}
