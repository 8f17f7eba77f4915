import type { Question } from "../../src/core/analyze/analyze-question.js";
import type { DecisionInput } from "../../src/core/decide/decision-input.js";
import type { Doc } from "../../src/core/index/article-docs.js";
import { crossCheckKnowledge } from "../../src/core/knowledge/cross-check.js";
import {
  type ArticleKnowledge,
  ArticleSchema,
  EntitiesSchema,
  FactsSchema,
  QuotesSchema,
} from "../../src/core/knowledge/schema.js";
import { createPipeline, type Pipeline } from "../../src/core/pipeline.js";
import { retrieve, viewsFor } from "../../src/core/retrieve/retrieve.js";
import type { SignalInput } from "../../src/core/score/candidate.js";
import { rankingFeatures } from "../../src/core/score/rank-candidates.js";
import { RANKING_SIGNAL_NAMES } from "../../src/core/score/signals/index.js";

/**
 * Hand-made articles for the unit tests of the pipeline's stages, built through the real schemas,
 * index and analyzer: a signal is tested on docs the engine itself made.
 */
export interface ArticleSpec {
  id?: string;
  title?: string;
  origin?: "curated" | "ingested";
  paragraphs: readonly string[];
  /** Entries as in entities.json, facts.json and quotes.json (defaults filled by the schemas). */
  entities?: readonly unknown[];
  facts?: readonly unknown[];
  quotes?: readonly unknown[];
}

/** One article's knowledge, validated like real data (schemas and cross-checks). */
export function article(spec: ArticleSpec): ArticleKnowledge {
  const knowledge: ArticleKnowledge = {
    article: ArticleSchema.parse({
      id: spec.id ?? "hand-made",
      title: spec.title ?? "A hand-made article",
      source: "Test",
      origin: spec.origin ?? "curated",
      paragraphs: spec.paragraphs.map((text, i) => ({ n: i + 1, text })),
    }),
    entities: EntitiesSchema.parse(spec.entities ?? []),
    facts: FactsSchema.parse(spec.facts ?? []),
    quotes: QuotesSchema.parse(spec.quotes ?? []),
  };
  const issues = crossCheckKnowledge(knowledge);
  if (issues.length > 0)
    throw new Error(`hand-made article is inconsistent: ${JSON.stringify(issues)}`);
  return knowledge;
}

/** The pipeline over hand-made articles. */
export function pipelineOf(...specs: ArticleSpec[]): Pipeline {
  return createPipeline(specs.map(article));
}

/** Picks one doc of the index. */
export type DocPick = (doc: Doc) => boolean;

/** The sentence doc whose text holds `words`. */
export const sentenceWith =
  (words: string): DocPick =>
  (doc) =>
    doc.kind === "sentence" && doc.text.includes(words);

/** The fact or quote doc with this id. */
export const refOf =
  (id: string): DocPick =>
  (doc) =>
    doc.kind !== "sentence" && doc.ref === id;

/** The one doc `pick` chooses; fails loudly when it chooses none or several. */
export function docOf(pipeline: Pipeline, pick: DocPick): { id: number; doc: Doc } {
  const found = pipeline.index.docs.flatMap((doc, id) => (pick(doc) ? [{ id, doc }] : []));
  if (found.length !== 1 || !found[0])
    throw new Error(`expected one doc to match, found ${found.length}`);
  return found[0];
}

/**
 * What a ranking signal reads for `question` and the chosen doc, as the pipeline would hand it
 * over: the doc's article's view of the question, and retrieval's BM25 (0 when retrieval would
 * not find the doc at all).
 */
export function signalInput(
  pipeline: Pipeline,
  question: string | Question,
  pick: DocPick,
): SignalInput {
  const q = typeof question === "string" ? pipeline.analyze(question) : question;
  const { id, doc } = docOf(pipeline, pick);
  const views = viewsFor(q, pipeline.index);
  const retrieved = retrieve(q, pipeline.index, doc.article, Number.POSITIVE_INFINITY);
  return {
    question: q,
    index: pipeline.index,
    candidate: {
      id,
      doc,
      bm25: retrieved.find((r) => r.doc === id)?.bm25 ?? 0,
      view: views(doc.article),
    },
    spans: () => pipeline.spansOf(doc.article, doc.sentence),
  };
}

/** The ranking signals of a candidate by name. */
export function featuresByName(input: SignalInput): Record<string, number> {
  const features = rankingFeatures(input);
  return Object.fromEntries(RANKING_SIGNAL_NAMES.map((name, k) => [name, features[k] ?? 0]));
}

/**
 * What a decision signal reads when the chosen doc is the best candidate. Its ranking features
 * are the real ones; the scores (which depend on the fitted weights) are given by the test.
 */
export function decisionInputFor(
  pipeline: Pipeline,
  question: string | Question,
  pick: DocPick,
  scores: { score?: number; scores?: readonly number[] } = {},
): DecisionInput {
  const best = signalInput(pipeline, question, pick);
  const score = scores.score ?? 0;
  return {
    question: best.question,
    index: pipeline.index,
    best,
    score,
    features: featuresByName(best),
    scores: scores.scores ?? [score],
  };
}
