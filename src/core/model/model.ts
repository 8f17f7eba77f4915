import { z } from "zod";
import { DECISION_SIGNAL_NAMES, type DecisionSignalName } from "../decide/signals/index.js";
import { RANKING_SIGNAL_NAMES, type RankingSignal } from "../score/signals/index.js";
import weights from "./weights.json" with { type: "json" };

/** The fitted numbers of the engine: one weight per signal, the decision's bias and threshold. */
export interface Model {
  ranking: Readonly<Record<RankingSignal, number>>;
  decision: Readonly<Record<DecisionSignalName | "bias", number>>;
  /** Answer when the decision's probability is at least this. */
  threshold: number;
  span: Readonly<Record<string, number>>;
}

const weightsOf = <K extends string>(names: readonly K[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, z.number()])) as Record<K, z.ZodNumber>);

export const ModelSchema = z.object({
  note: z.string().optional(),
  ranking: weightsOf(RANKING_SIGNAL_NAMES),
  decision: weightsOf([...DECISION_SIGNAL_NAMES, "bias" as const]),
  threshold: z.number().min(0).max(1),
  span: z.record(z.string(), z.number()),
});

/** Checks a weights object (a weights file, or one the fitting script made). */
export function parseModel(value: unknown): Model {
  const parsed = ModelSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid model weights at "${issue?.path.join(".") ?? ""}": ${issue?.message ?? "invalid"}`,
    );
  }
  return Object.freeze(parsed.data) as Model;
}

/** The committed model: src/core/model/weights.json, written by `npm run fit`. */
export const DEFAULT_MODEL: Model = parseModel(weights);
