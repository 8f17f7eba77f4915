import { decisionFeatures } from "../../core/decide/decide.js";
import { DECISION_SIGNAL_NAMES } from "../../core/decide/signals/index.js";
import type { ArticleKnowledge } from "../../core/index.js";
import { regimeOf } from "../../core/model/model.js";
import { createPipeline } from "../../core/pipeline.js";
import { RANKING_SIGNAL_NAMES } from "../../core/score/signals/index.js";

/**
 * `npm run eval -- --explain "question"`: how the engine read the question, its best candidates
 * with every ranking signal, and the decision's signals with their weighted contributions.
 */
export function explainQuestion(
  corpus: readonly ArticleKnowledge[],
  text: string,
  scope: number | undefined,
  shown = 5,
): string {
  const pipeline = createPipeline(corpus);
  const question = pipeline.analyze(text);
  const run = pipeline.run(question, scope);
  const lines = [
    `Question: ${JSON.stringify(text)}`,
    `Read as: ${JSON.stringify(question.text)}; wants ${question.wanted ?? "anything"}; terms ${question.terms
      .map((t) => `${t.term}${t.name ? "*" : ""}${t.known ? "" : "?"}`)
      .join(" ")}  (* names a thing, ? no article uses it)`,
    "",
    `Best ${Math.min(shown, run.ranked.length)} of ${run.ranked.length} candidates (score = weighted sum of the signals):`,
  ];
  for (const r of run.ranked.slice(0, shown)) {
    const doc = r.input.candidate.doc;
    lines.push(
      `  ${r.score.toFixed(2).padStart(7)}  ${doc.kind} ${doc.ref} (paragraph ${doc.paragraph}, ${regimeOf(doc)}): ${JSON.stringify(doc.text.slice(0, 90))}`,
    );
    lines.push(
      `           ${RANKING_SIGNAL_NAMES.map((n, k) => `${n} ${(r.features[k] ?? 0).toFixed(2)}`).join(", ")}`,
    );
  }
  if (run.decisionInput && run.decision) {
    const best = run.decisionInput.best.candidate.doc;
    const weights = pipeline.model[regimeOf(best)];
    const features = decisionFeatures(run.decisionInput);
    lines.push("", `Decision (${regimeOf(best)} weights): signal × weight`);
    lines.push(
      `  bias ${weights.decision.bias.toFixed(2)}, ${DECISION_SIGNAL_NAMES.map((n, k) => `${n} ${(features[k] ?? 0).toFixed(2)}×${weights.decision[n].toFixed(2)}`).join(", ")}`,
    );
    lines.push(
      `  probability ${run.decision.confidence.toFixed(3)} ${run.decision.answer ? "≥" : "<"} threshold ${weights.threshold}: ${run.decision.answer ? "answers" : "abstains"}`,
    );
  } else lines.push("", "Nothing retrieved: abstains.");
  return lines.join("\n");
}
