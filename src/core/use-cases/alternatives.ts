import type { Question } from "../analyze/analyze-question.js";
import type { Alternative, Answer } from "../answer.js";
import { shortOf } from "../compose/compose-answer.js";
import { decide, decisionInput } from "../decide/decide.js";
import { ENGINE, type EngineContext } from "../engine/engine-context.js";
import type { Doc } from "../index/article-docs.js";
import type { Ranked } from "../score/rank-candidates.js";

/** How far down the ranking alternatives are looked for. */
const LOOK_AT = 8;

/**
 * The answer with the next-best candidates not already given (one per short answer, each
 * judged by the decision as if it were the best), for a user who marks the answer wrong.
 */
export function withAlternatives(
  context: EngineContext,
  answer: Answer,
  question: Question,
  ranked: readonly Ranked[],
  used: ReadonlySet<Doc>,
): Answer {
  const { pipeline } = context;
  const seen = new Set(answer.answered ? [answer.short] : []);
  const alternatives: Alternative[] = [];
  for (const [k, r] of ranked.slice(0, LOOK_AT).entries()) {
    if (alternatives.length >= ENGINE.alternatives) break;
    const doc = r.input.candidate.doc;
    if (used.has(doc)) continue;
    const input = decisionInput(question, pipeline.index, [r, ...ranked.filter((_, i) => i !== k)]);
    const confidence = input ? decide(input, pipeline.model).confidence : 0;
    if (confidence < ENGINE.alternativeFloor) continue;
    const short = shortOf(context, doc, question);
    if (seen.has(short)) continue;
    seen.add(short);
    alternatives.push({
      short,
      source: context.sourceOf(doc),
      ref: context.refOf(doc),
      confidence: Math.round(confidence * 1000) / 1000,
    });
  }
  return alternatives.length > 0 ? { ...answer, alternatives } : answer;
}
