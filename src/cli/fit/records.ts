import type { Question } from "../../core/analyze/analyze-question.js";
import type { Answer } from "../../core/answer.js";
import { createEngineContext, type EngineContext } from "../../core/engine/engine-context.js";
import { createPipeline, type Pipeline } from "../../core/pipeline.js";
import type { Ranked } from "../../core/score/rank-candidates.js";
import { answerQuotes } from "../../core/use-cases/answer-quotes.js";
import type { EvalSet, LabelledQuestion } from "../eval/eval-sets.js";

/** One question run through retrieval and the ranking signals, with its labels. */
export interface QuestionRecord {
  set: string;
  item: LabelledQuestion;
  pipeline: Pipeline;
  context: EngineContext;
  question: Question;
  /** A quote request the engine answers by speaker, whatever the weights: not ranked. */
  quoted?: Answer;
  /** Retrieved candidates with their signals; their order is re-made for each model tried. */
  ranked: Ranked[];
  /** Per candidate (same order as `ranked`): does it answer the question right? */
  right: boolean[];
  /** Weight in fitting: each source counts alike, however many questions it has. */
  weight: number;
}

/** Which fitting source a set belongs to: the seed, the ingested fixtures, SQuAD. */
export const sourceOf = (set: string): string => set.split(" ")[0] ?? set;

/**
 * Runs every question of the sets through the pipeline once. Retrieval and the signals do not
 * depend on the weights, so fitting, ablation and evaluation re-rank these records in memory.
 */
export function collectRecords(sets: readonly EvalSet[]): QuestionRecord[] {
  const records: QuestionRecord[] = [];
  for (const set of sets) {
    const pipeline = createPipeline(set.corpus);
    const context = createEngineContext(set.corpus, pipeline);
    for (const item of set.questions) {
      const question = pipeline.analyze(item.question);
      const quoted = question.quoteRequest
        ? answerQuotes(context, question, item.scope)
        : undefined;
      const { ranked } = pipeline.run(question, item.scope);
      const right = ranked.map((r) => {
        const doc = r.input.candidate.doc;
        return item.isRight?.({ ref: doc.ref, text: doc.text }) ?? false;
      });
      records.push({
        set: set.name,
        item,
        pipeline,
        context,
        question,
        ...(quoted ? { quoted } : {}),
        ranked,
        right,
        weight: 1,
      });
    }
  }
  // Each source (seed, fixtures, SQuAD) weighs the same in total in its training part.
  const training = records.filter((r) => r.item.split === "train");
  const perSource = new Map<string, number>();
  for (const r of training)
    perSource.set(sourceOf(r.set), (perSource.get(sourceOf(r.set)) ?? 0) + 1);
  for (const r of records) r.weight = 1 / (perSource.get(sourceOf(r.set)) ?? 1);
  return records;
}
