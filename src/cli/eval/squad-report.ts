import { DEFAULT_MODEL, type Model } from "../../core/model/model.js";
import { collectRecords } from "../fit/records.js";
import { bm25Baseline } from "./bm25-baseline.js";
import { squadSet } from "./eval-sets.js";
import { emptyFigures, type Figures, figuresOf, outcomeOf } from "./measure.js";
import type { Split } from "./splits.js";
import type { SquadArticle } from "./squad-file.js";
import { holdsAnswer, squadScores } from "./squad-metrics.js";

/** The engine's and the baseline's figures for one group of questions. */
export interface SquadRow {
  label: string;
  engine: Figures;
  baseline: Figures;
}

/**
 * Every article of a SQuAD file ingested in memory and asked its own questions (scoped to it),
 * by the engine and by the BM25 baseline. Rows per article, per split when one is given, overall.
 */
export function squadReport(
  articles: readonly SquadArticle[],
  split: (title: string) => Split = () => "train",
  model: Model = DEFAULT_MODEL,
): SquadRow[] {
  const set = squadSet(articles, split);
  const outcomes = collectRecords([set]).map((r) => outcomeOf(r, model));
  const baselines = set.corpus.map(bm25Baseline);
  const baselineOf = new Map<string, Figures>();
  for (const q of set.questions) {
    const f = baselineOf.get(q.group) ?? emptyFigures();
    const cited = baselines[q.scope]?.(q.question);
    const { exact, f1 } = squadScores(cited, q.answers);
    f.questions++;
    f.exact += exact;
    f.f1 += f1;
    if (q.isRight === null) f.unanswerable++;
    else {
      f.answerable++;
      if (cited !== undefined && holdsAnswer(cited, q.answers)) {
        f.topRight++;
        f.answeredRight++;
      }
    }
    baselineOf.set(q.group, f);
  }
  const sum = (list: readonly Figures[]): Figures => {
    const out = emptyFigures();
    for (const f of list) for (const k of Object.keys(out) as (keyof Figures)[]) out[k] += f[k];
    return out;
  };
  const rowOf = (label: string, groups: readonly string[]): SquadRow => ({
    label,
    engine: figuresOf(outcomes.filter((o) => groups.includes(o.record.item.group))),
    baseline: sum(groups.map((g) => baselineOf.get(g) ?? emptyFigures())),
  });
  const titles = articles.map((a) => a.title);
  const rows = titles.map((t) => rowOf(t, [t]));
  const splits = [...new Set(titles.map(split))];
  if (splits.length > 1)
    for (const s of splits)
      rows.push(
        rowOf(
          `(${s})`,
          titles.filter((t) => split(t) === s),
        ),
      );
  rows.push(rowOf("all", titles));
  return rows;
}

const pct = (n: number, d: number): string =>
  d === 0 ? "     –" : `${((100 * n) / d).toFixed(1)} %`.padStart(7);

/** The report as a table: engine (abstention off and on) beside the baseline. */
export function formatSquadReport(rows: readonly SquadRow[]): string {
  const width = Math.max(12, ...rows.map((r) => r.label.length));
  const head = [
    `${"".padEnd(width)}  ──────────────────── engine ────────────────────  ─────── BM25 baseline ───────`,
    `${"article".padEnd(width)}  best cited  answered  abstained  overall     F1   best cited  overall     F1`,
  ];
  const line = (r: SquadRow): string => {
    const e = r.engine;
    const b = r.baseline;
    return [
      r.label.padEnd(width),
      pct(e.topRight, e.answerable).padStart(10),
      pct(e.answeredRight, e.answerable).padStart(9),
      pct(e.abstained, e.unanswerable).padStart(10),
      pct(e.answeredRight + e.abstained, e.questions).padStart(8),
      (e.questions ? ((100 * e.f1) / e.questions).toFixed(1) : "–").padStart(6),
      pct(b.topRight, b.answerable).padStart(12),
      pct(b.answeredRight, b.questions).padStart(8),
      (b.questions ? ((100 * b.f1) / b.questions).toFixed(1) : "–").padStart(6),
    ].join("  ");
  };
  const all = rows[rows.length - 1];
  const notes = all
    ? [
        "",
        `${all.engine.questions} questions: ${all.engine.answerable} answerable, ${all.engine.unanswerable} unanswerable.`,
        "best cited: the top candidate's sentence holds a gold answer (abstention off).",
        "answered: answered with such a sentence. abstained: unanswerable questions abstained.",
        "overall: answered right + abstained, of all questions. F1: SQuAD's F1 of the short answer",
        "(an abstention scores 1 on an unanswerable question, 0 on an answerable one).",
        `Exact match: engine ${((100 * all.engine.exact) / Math.max(1, all.engine.questions)).toFixed(1)}, baseline ${((100 * all.baseline.exact) / Math.max(1, all.baseline.questions)).toFixed(1)}.`,
      ]
    : [];
  return [...head, ...rows.map(line), ...notes].join("\n");
}
