import { sourceOf } from "../fit/records.js";
import { type Figures, figuresOf, type Outcome } from "./measure.js";

const pct = (n: number, d: number): string =>
  d === 0 ? "    –  " : `${((100 * n) / d).toFixed(1).padStart(5)} %`;
const frac = (n: number, d: number): string => `${n}/${d}`.padStart(9);

/** One line of figures: best candidate right, answered right, abstained, overall, EM/F1. */
export function formatFiguresLine(label: string, f: Figures, squad: boolean): string {
  const overall = f.answeredRight + f.abstained;
  return [
    label.padEnd(34),
    `${frac(f.topRight, f.answerable)} ${pct(f.topRight, f.answerable)}`,
    `${frac(f.answeredRight, f.answerable)} ${pct(f.answeredRight, f.answerable)}`,
    `${frac(f.abstained, f.unanswerable)} ${pct(f.abstained, f.unanswerable)}`,
    `${pct(overall, f.questions)}`,
    squad
      ? `EM ${((100 * f.exact) / Math.max(1, f.questions)).toFixed(1)} F1 ${((100 * f.f1) / Math.max(1, f.questions)).toFixed(1)}`
      : "",
  ].join("  ");
}

export const FIGURES_HEADER = `${"".padEnd(34)}  ${"best cited right (no abstention)".padEnd(18)}  ${"answered right".padEnd(17)}  ${"abstained".padEnd(17)}  overall`;

/** Training and held-out figures side by side, per source (seed, fixtures, SQuAD). */
export function formatSplitFigures(outcomes: readonly Outcome[]): string {
  const lines = [
    `${"".padEnd(34)}  best candidate right  answered right      unanswerable       overall  SQuAD`,
    `${"".padEnd(34)}  (abstention off)      (with abstention)   abstained`,
  ];
  const sources = [...new Set(outcomes.map((o) => sourceOf(o.record.set)))];
  for (const source of sources) {
    for (const split of ["train", "held-out"] as const) {
      const group = outcomes.filter(
        (o) => sourceOf(o.record.set) === source && o.record.item.split === split,
      );
      if (group.length === 0) continue;
      lines.push(formatFiguresLine(`${source} (${split})`, figuresOf(group), source === "squad"));
    }
  }
  return lines.join("\n");
}
