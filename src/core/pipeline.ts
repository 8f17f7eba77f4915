import { analyzeQuestion, type Question } from "./analyze/analyze-question.js";
import { type Decision, decide, decisionInput } from "./decide/decide.js";
import type { DecisionInput } from "./decide/decision-input.js";
import { buildCorpusIndex, type CorpusIndex } from "./index/corpus-index.js";
import { commonAbbreviation } from "./index/initialisms.js";
import { decodeSpans, type Span, tagSpans } from "./index/spans.js";
import type { ArticleKnowledge } from "./knowledge/schema.js";
import { DEFAULT_MODEL, type Model } from "./model/model.js";
import { retrieve, viewsFor } from "./retrieve/retrieve.js";
import { type Ranked, rankCandidates, type SpansOf } from "./score/rank-candidates.js";

/** One question through the stages: its analysis, the ranked candidates and the decision. */
export interface Run {
  question: Question;
  ranked: Ranked[];
  /** Absent when nothing was retrieved. */
  decisionInput?: DecisionInput;
  decision?: Decision;
}

/** The answering pipeline over one corpus: analyse → retrieve → score → decide. */
export interface Pipeline {
  index: CorpusIndex;
  model: Model;
  analyze(text: string): Question;
  run(question: Question, scope?: number): Run;
  spansOf: SpansOf;
}

/**
 * Builds the index once and binds the stages to it; the use cases (answer, quotes, facts…)
 * and the eval and fitting tools all go through here.
 * @example createPipeline(corpus).run(pipeline.analyze("how many cambodians work in busan")).decision?.answer
 */
export function createPipeline(
  corpus: readonly ArticleKnowledge[],
  model: Model = DEFAULT_MODEL,
  index: CorpusIndex = buildCorpusIndex(corpus),
): Pipeline {
  const spans = new Map<string, readonly Span[]>();
  const spansOf: SpansOf = (article, sentence) => {
    const key = `${article}:${sentence}`;
    let found = spans.get(key);
    if (!found) {
      const stats = index.articles[article];
      const text = stats?.sentences[sentence]?.text ?? "";
      // A stored index tagged them when it was written; otherwise compromise tags them now.
      const stored = stats?.spans?.[sentence];
      found = stored ? decodeSpans(text, stored) : tagSpans(text);
      spans.set(key, found);
    }
    return found;
  };
  /** An abbreviation helps only if the articles use one of its words. */
  const knownExpansion = (expansion: readonly string[] | undefined) =>
    expansion?.some((w) => index.lexicon.has(w)) ? expansion : undefined;
  const analyze = (text: string): Question =>
    analyzeQuestion(text, {
      lexicon: index.lexicon,
      aliases: index.aliases,
      indexed: (term) => index.postings(term) !== undefined,
      expand: (word) => index.initialisms.get(word) ?? knownExpansion(commonAbbreviation(word)),
    });
  const run = (question: Question, scope?: number): Run => {
    const views = viewsFor(question, index);
    const retrieved = retrieve(question, index, scope);
    const ranked = rankCandidates(question, index, retrieved, views, spansOf, model);
    const input = decisionInput(question, index, ranked);
    return input
      ? { question, ranked, decisionInput: input, decision: decide(input, model) }
      : { question, ranked };
  };
  return { index, model, analyze, run, spansOf };
}
