import { shortOf } from "../../core/compose/compose-answer.js";
import { decide, decisionInput } from "../../core/decide/decide.js";
import type { Model } from "../../core/model/model.js";
import { type Ranked, rerank } from "../../core/score/rank-candidates.js";
import type { QuestionRecord } from "../fit/records.js";
import { squadScores } from "./squad-metrics.js";

/** What the engine does with one record under a model. */
export interface Outcome {
  record: QuestionRecord;
  answered: boolean;
  /** The best candidate is right, whether or not the engine answers with it. */
  topRight: boolean;
  /** Answered right, or abstained on a question the article cannot answer. */
  correct: boolean;
  confidence: number;
  /** The short answer given, undefined when abstaining. */
  short?: string;
  best?: Ranked;
  exact: number;
  f1: number;
}

/** Runs a record's candidates through a model's ranking, decision and short answer. */
export function outcomeOf(record: QuestionRecord, model: Model, withShort = true): Outcome {
  const answerable = record.item.isRight !== null;
  if (record.quoted) {
    const cited = record.quoted.sources.map((s, i) => ({
      ref: record.quoted?.refs[i] ?? "",
      text: s.text,
    }));
    const right = record.quoted.answered && cited.some((d) => record.item.isRight?.(d) ?? false);
    const correct = answerable ? right : !record.quoted.answered;
    const short = record.quoted.answered ? record.quoted.short : undefined;
    return {
      record,
      answered: record.quoted.answered,
      topRight: right,
      correct,
      confidence: 1,
      ...(short !== undefined ? { short } : {}),
      ...squadScores(short, record.item.answers),
    };
  }
  const rightOf = new Map(record.ranked.map((r, i) => [r.input, record.right[i] ?? false]));
  const ranked = rerank(record.ranked, model);
  const best = ranked[0];
  const input = decisionInput(record.question, record.pipeline.index, ranked);
  const decision = input ? decide(input, model) : undefined;
  const answered = best !== undefined && (decision?.answer ?? false);
  const topRight = best !== undefined && (rightOf.get(best.input) ?? false);
  const correct = answerable ? answered && topRight : !answered;
  const short =
    answered && best && withShort
      ? shortOf(record.context, best.input.candidate.doc, record.question)
      : undefined;
  return {
    record,
    answered,
    topRight,
    correct,
    confidence: decision?.confidence ?? 0,
    ...(short !== undefined ? { short } : {}),
    ...(best ? { best } : {}),
    ...squadScores(answered ? (short ?? "") : undefined, record.item.answers),
  };
}

/** Counts over a group of outcomes, as `npm run eval` prints them. */
export interface Figures {
  questions: number;
  answerable: number;
  unanswerable: number;
  /** Answerable questions whose best candidate is right (abstention off). */
  topRight: number;
  /** Answerable questions answered right. */
  answeredRight: number;
  /** Unanswerable questions abstained. */
  abstained: number;
  /** SQuAD exact match and F1 sums (divide by `questions`). */
  exact: number;
  f1: number;
}

/** Figures of no questions, to add outcomes to. */
export const emptyFigures = (): Figures => ({
  questions: 0,
  answerable: 0,
  unanswerable: 0,
  topRight: 0,
  answeredRight: 0,
  abstained: 0,
  exact: 0,
  f1: 0,
});

export function figuresOf(outcomes: readonly Outcome[]): Figures {
  const f = emptyFigures();
  for (const o of outcomes) {
    f.questions++;
    f.exact += o.exact;
    f.f1 += o.f1;
    if (o.record.item.isRight === null) {
      f.unanswerable++;
      if (!o.answered) f.abstained++;
    } else {
      f.answerable++;
      if (o.topRight) f.topRight++;
      if (o.answered && o.topRight) f.answeredRight++;
    }
  }
  return f;
}
