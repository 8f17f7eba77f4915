import { matchSentence, SPAN_SIGNAL_NAMES, spanFeatures } from "../../core/compose/span-signals.js";
import { decisionFeatures, decisionInput } from "../../core/decide/decide.js";
import { DECISION_SIGNAL_NAMES, type DecisionSignalName } from "../../core/decide/signals/index.js";
import {
  type Model,
  REGIMES,
  type Regime,
  type RegimeWeights,
  regimeOf,
} from "../../core/model/model.js";
import { rerank } from "../../core/score/rank-candidates.js";
import { RANKING_SIGNAL_NAMES, type RankingSignal } from "../../core/score/signals/index.js";
import { squadScores } from "../eval/squad-metrics.js";
import { type CandidateGroup, fitLogistic, fitRanker, type Row } from "./logistic.js";
import type { QuestionRecord } from "./records.js";

/** Signals left out of a fit (ablation): their weight is 0. */
export interface FitOptions {
  without?: readonly (RankingSignal | DecisionSignalName)[];
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** The regime a question's knowledge belongs to: that of the article it is asked about. */
function regimeOfRecord(r: QuestionRecord): Regime {
  return r.pipeline.index.corpus[r.item.scope]?.article.origin === "curated"
    ? "curated"
    : "ingested";
}

/**
 * Fits every weight of the engine from training records. Per regime (curated, ingested):
 * 1. the ranking: a conditional logit over each question's candidates (a right one should win);
 * 2. the decision: a logistic regression of "the best candidate is right" over the decision
 *    signals, and the threshold that gets most training questions right (an unanswerable
 *    question is right only when abstained).
 * Then the short answer: a conditional logit over a sentence's spans (the span nearest SQuAD's
 * gold answer should win), and the score below which the whole sentence is given instead.
 */
export function fitModel(
  records: readonly QuestionRecord[],
  base: Model,
  options: FitOptions = {},
): Model {
  const without = new Set<string>(options.without ?? []);
  const training = records.filter((r) => r.item.split === "train" && !r.quoted);
  let model: Model = base;
  for (const regime of REGIMES) {
    const own = training.filter((r) => regimeOfRecord(r) === regime);
    if (own.length === 0) continue;
    model = { ...model, [regime]: fitRegime(own, model, regime, without) };
  }
  return { ...model, span: fitSpans(training, model) };
}

function fitRegime(
  training: readonly QuestionRecord[],
  base: Model,
  regime: Regime,
  without: ReadonlySet<string>,
): RegimeWeights {
  const rankingMask = RANKING_SIGNAL_NAMES.map((n) => !without.has(n));
  const groups: CandidateGroup[] = training.map((r) => ({
    features: r.ranked.map((c) => c.features.map((v, k) => (rankingMask[k] ? v : 0))),
    right: r.right,
    weight: r.weight,
  }));
  const fitted = fitRanker(groups, RANKING_SIGNAL_NAMES.length);
  const ranking = Object.fromEntries(
    RANKING_SIGNAL_NAMES.map((n, k) => [n, rankingMask[k] ? round(fitted[k] ?? 0) : 0]),
  ) as RegimeWeights["ranking"];
  const ranked: Model = { ...base, [regime]: { ...base[regime], ranking } };

  // The decision, on the candidates as the fitted ranking orders them.
  const decisionMask = DECISION_SIGNAL_NAMES.map((n) => !without.has(n));
  const rows: (Row & { answerable: boolean })[] = [];
  for (const r of training) {
    const order = rerank(r.ranked, ranked);
    const input = decisionInput(r.question, r.pipeline.index, order);
    if (!input || !order[0] || regimeOf(order[0].input.candidate.doc) !== regime) continue;
    const rightOf = new Map(r.ranked.map((c, i) => [c.input, r.right[i] ?? false]));
    const answerable = r.item.isRight !== null;
    const x = decisionFeatures(input).map((v, k) => (decisionMask[k] ? v : 0));
    rows.push({
      x,
      y: answerable && (rightOf.get(order[0].input) ?? false),
      weight: r.weight,
      answerable,
    });
  }
  const w = fitLogistic(rows, DECISION_SIGNAL_NAMES.length);
  const decision = Object.fromEntries([
    ["bias", round(w[0] ?? 0)],
    ...DECISION_SIGNAL_NAMES.map((n, k) => [n, decisionMask[k] ? round(w[k + 1] ?? 0) : 0]),
  ]) as RegimeWeights["decision"];
  const probability = (x: Float64Array): number => {
    let z = decision.bias;
    DECISION_SIGNAL_NAMES.forEach((n, k) => {
      z += (x[k] ?? 0) * decision[n];
    });
    return 1 / (1 + Math.exp(-z));
  };
  const threshold = bestThreshold(rows.map((row) => ({ ...row, p: probability(row.x) })));
  return { ranking, decision, threshold };
}

/** The threshold that gets the most training weight right: answer right ones, abstain the rest. */
function bestThreshold(
  rows: readonly { p: number; y: boolean; answerable: boolean; weight: number }[],
): number {
  let best = { threshold: 0.5, value: -Infinity };
  for (let t = 0.02; t < 0.99; t += 0.01) {
    let value = 0;
    for (const r of rows) {
      const answered = r.p >= t;
      if (answered ? r.y : !r.answerable) value += r.weight;
    }
    if (value > best.value) best = { threshold: round(t), value };
  }
  return best.threshold;
}

/**
 * The span model, from training questions with gold short answers (SQuAD) whose best candidate
 * is a right sentence: the span closest to a gold answer (F1 ≥ 0.5) should win.
 */
function fitSpans(training: readonly QuestionRecord[], model: Model): Model["span"] {
  const groups: CandidateGroup[] = [];
  const all: { features: Float64Array[]; f1s: number[]; sentenceF1: number }[] = [];
  const asked = SPAN_SIGNAL_NAMES.indexOf("asked");
  for (const r of training) {
    if (r.item.answers.length === 0) continue;
    const order = rerank(r.ranked, model);
    const best = order[0];
    const rightOf = new Map(r.ranked.map((c, i) => [c.input, r.right[i] ?? false]));
    if (!best || !rightOf.get(best.input)) continue;
    const doc = best.input.candidate.doc;
    if (doc.kind !== "sentence") continue;
    const match = matchSentence(r.question, doc.text);
    const spans = r.pipeline
      .spansOf(doc.article, doc.sentence)
      .map((s) => ({ s, features: spanFeatures(r.question, match, s) }))
      .filter(({ features }) => (features[asked] ?? 1) < 1);
    const f1s = spans.map(
      ({ s }) => squadScores(doc.text.slice(s.start, s.end), r.item.answers).f1,
    );
    const features = spans.map(({ features }) => features);
    all.push({ features, f1s, sentenceF1: squadScores(doc.text, r.item.answers).f1 });
    const top = Math.max(0, ...f1s);
    if (top >= 0.5) groups.push({ features, right: f1s.map((f) => f === top), weight: 1 });
  }
  const w = fitRanker(groups, SPAN_SIGNAL_NAMES.length);
  const cases = all.map((a) => ({
    ...a,
    scores: a.features.map((f) => f.reduce((s, x, k) => s + x * (w[k] ?? 0), 0)),
  }));
  // Below this span score the whole sentence answers better (by SQuAD F1 on training).
  const candidates = cases.flatMap((c) => c.scores).sort((a, b) => a - b);
  const step = Math.max(1, Math.floor(candidates.length / 200));
  let best = { threshold: 0, value: -Infinity };
  for (let i = 0; i < candidates.length; i += step) {
    const t = candidates[i] ?? 0;
    let value = 0;
    for (const c of cases) {
      const top = Math.max(...c.scores);
      const k = c.scores.indexOf(top);
      value += k >= 0 && top >= t ? (c.f1s[k] ?? 0) : c.sentenceF1;
    }
    if (value > best.value) best = { threshold: round(t), value };
  }
  return {
    ...Object.fromEntries(SPAN_SIGNAL_NAMES.map((n, k) => [n, round(w[k] ?? 0)])),
    threshold: best.threshold,
  };
}
