import { DECISION_SIGNAL_NAMES } from "../../core/decide/signals/index.js";
import type { Model } from "../../core/model/model.js";
import { RANKING_SIGNAL_NAMES } from "../../core/score/signals/index.js";
import { fitModel } from "../fit/fit-model.js";
import { type QuestionRecord, sourceOf } from "../fit/records.js";
import { type Figures, figuresOf, outcomeOf } from "./measure.js";

export interface AblationRow {
  signal: string;
  kind: "ranking" | "decision";
  /** Held-out figures per source with the signal left out of the fit. */
  heldOut: Record<string, Figures>;
}

/** Held-out figures per source (seed, squad…) under a model. */
export function heldOutFigures(
  records: readonly QuestionRecord[],
  model: Model,
): Record<string, Figures> {
  const held = records.filter((r) => r.item.split === "held-out");
  const sources = [...new Set(held.map((r) => sourceOf(r.set)))];
  return Object.fromEntries(
    sources.map((s) => [
      s,
      figuresOf(held.filter((r) => sourceOf(r.set) === s).map((r) => outcomeOf(r, model))),
    ]),
  );
}

/**
 * What each signal is worth: the weights are fitted again without it (on training questions
 * only) and the held-out questions answered; the drop from the full model is the signal's worth.
 */
export function ablate(records: readonly QuestionRecord[], full: Model): AblationRow[] {
  const rows: AblationRow[] = [];
  for (const signal of RANKING_SIGNAL_NAMES)
    rows.push({
      signal,
      kind: "ranking",
      heldOut: heldOutFigures(records, fitModel(records, full, { without: [signal] })),
    });
  for (const signal of DECISION_SIGNAL_NAMES)
    rows.push({
      signal,
      kind: "decision",
      heldOut: heldOutFigures(records, fitModel(records, full, { without: [signal] })),
    });
  return rows;
}

const overall = (f: Figures | undefined): number =>
  f && f.questions > 0 ? (100 * (f.answeredRight + f.abstained)) / f.questions : 0;
const top = (f: Figures | undefined): number =>
  f && f.answerable > 0 ? (100 * f.topRight) / f.answerable : 0;

/** A table of each signal's worth: held-out points lost without it (positive: the signal helps). */
export function formatAblation(
  full: Record<string, Figures>,
  rows: readonly AblationRow[],
): string {
  const sources = Object.keys(full);
  const header = `${"signal".padEnd(22)}${sources.map((s) => `${`${s}: best cited / overall`.padStart(30)}`).join("")}`;
  const cell = (f: Figures | undefined, base: Figures | undefined) => {
    const d1 = top(base) - top(f);
    const d2 = overall(base) - overall(f);
    return `${d1 >= 0 ? "+" : ""}${d1.toFixed(1)} / ${d2 >= 0 ? "+" : ""}${d2.toFixed(1)}`.padStart(
      30,
    );
  };
  const lines = [
    "Held-out points each signal is worth (full model minus the model refitted without it):",
    header,
    `${"(full model)".padEnd(22)}${sources.map((s) => `${top(full[s]).toFixed(1)} % / ${overall(full[s]).toFixed(1)} %`.padStart(30)).join("")}`,
  ];
  for (const r of rows)
    lines.push(
      `${`${r.kind === "decision" ? "decide: " : ""}${r.signal}`.padEnd(22)}${sources.map((s) => cell(r.heldOut[s], full[s])).join("")}`,
    );
  return lines.join("\n");
}
