import type { Question } from "../analyze/analyze-question.js";
import { contentTerm, termOf } from "../analyze/term.js";
import { tokenize } from "../analyze/tokenize.js";
import type { Answer } from "../answer.js";
import { composeAnswer } from "../compose/compose-answer.js";
import type { EngineContext } from "../engine/engine-context.js";
import { entityKey } from "../index/alias-index.js";
import type { Doc } from "../index/article-docs.js";
import { docMemo } from "../index/doc-memo.js";
import { MESSAGES } from "../messages.js";
import { SAYING_WORDS } from "../text/stop-words.js";

/** Verbs of saying as question terms: not the topic of "what did X say about Y". */
const SAYING_TERMS: ReadonlySet<string> = new Set([...SAYING_WORDS].map(termOf));

/** A quote is on a topic from this share of the topic's words on. */
const TOPIC_COVERAGE = 0.5;

/**
 * Quote requests ("what did Kin Phea say", "Sokhonn's words on RCEP"): the speaker's quotes,
 * those on the asked topic first. Undefined when the question names no speaker the articles
 * quote and has a topic: it is then ranked like any question.
 */
export function answerQuotes(
  context: EngineContext,
  question: Question,
  scope: number | undefined,
): Answer | undefined {
  const { index } = context.pipeline;
  const quoteDocs = context.quoteDocsIn(scope);
  const named = question.entities.filter((key) => quoteDocs.some((d) => d.speaker === key));
  // "What did the mayor say": no name, but one speaker's role is "Ostrava mayor".
  const byRole =
    named.length > 0 ? { speakers: [], words: [] } : speakersByRole(question, quoteDocs);
  const speakers = named.length > 0 ? named : byRole.speakers;
  const topic = question.terms.filter(
    (t) =>
      !speakers.includes(t.term) && !SAYING_TERMS.has(t.term) && !byRole.words.includes(t.term),
  );
  if (speakers.length === 0) {
    const person = question.entities.find((key) => index.entityTypes.get(key) === "person");
    if (person && topic.every((t) => t.entity)) {
      const name = index.entityNames.get(person) ?? person;
      const others = context.speakersIn(scope).map((s) => `What did ${s.name} say?`);
      return context.abstain(MESSAGES.noQuotesFrom(name), context.fillSuggestions(others, scope));
    }
    if (question.terms.length === 0 && quoteDocs.length > 0)
      return composeAnswer(context, quoteDocs, undefined, 1, []);
    return undefined;
  }
  const spoken = quoteDocs.filter((d) => d.speaker !== undefined && speakers.includes(d.speaker));
  const name = index.entityNames.get(speakers[0] ?? "") ?? "";
  if (topic.some((t) => !t.known && t.name)) {
    return context.abstain(
      MESSAGES.noQuoteOnTopic(name),
      context.fillSuggestions([`What did ${name} say?`], scope),
    );
  }
  let chosen: Doc[] = spoken;
  if (topic.length > 0) {
    const scored = spoken.map((doc) => ({
      doc,
      share: topic.filter((t) => doc.bag.has(t.term)).length / topic.length,
    }));
    const best = Math.max(0, ...scored.map((s) => s.share));
    if (best >= TOPIC_COVERAGE) {
      chosen = scored
        .filter((s) => s.share >= best * 0.75)
        .sort((a, b) => b.share - a.share)
        .map((s) => s.doc);
    }
  }
  if (chosen.length === 0) return undefined;
  const others = context
    .speakersIn(scope)
    .filter((s) => !speakers.includes(entityKey(s)))
    .map((s) => `What did ${s.name} say?`);
  return composeAnswer(context, chosen, question, 1, context.fillSuggestions(others, scope));
}

/** Speakers whose role holds a word of the question, when exactly one does ("the mayor"). */
function speakersByRole(
  question: Question,
  quoteDocs: readonly Doc[],
): { speakers: string[]; words: string[] } {
  const words = question.terms.filter((t) => !t.entity).map((t) => t.term);
  const matched = new Map<string, Set<string>>();
  for (const doc of quoteDocs) {
    if (!doc.speaker) continue;
    const role = roleTermsOf(doc);
    for (const w of words)
      if (role.has(w)) matched.set(doc.speaker, (matched.get(doc.speaker) ?? new Set()).add(w));
  }
  if (matched.size !== 1) return { speakers: [], words: [] };
  const [[speaker, used] = ["", new Set<string>()]] = [...matched];
  return { speakers: [speaker], words: [...used] };
}

/** The content terms of a quote's speaker role ("Ostrava mayor"). */
const roleTermsOf = docMemo(
  (doc) =>
    new Set(
      tokenize(doc.quote?.role ?? "").flatMap((t) => {
        const term = contentTerm(t.word);
        return term ? [term] : [];
      }),
    ),
);
