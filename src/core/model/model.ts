import { z } from "zod";
import { DECISION_SIGNAL_NAMES, type DecisionSignalName } from "../decide/signals/index.js";
import type { Doc } from "../index/article-docs.js";
import { RANKING_SIGNAL_NAMES, type RankingSignal } from "../score/signals/index.js";
import weights from "./weights.json" with { type: "json" };

/**
 * Knowledge an editor curated (phrasings written for readers' questions, checked answer types)
 * and knowledge ingestion found alone are told apart: each has its own fitted weights.
 */
export const REGIMES = ["curated", "ingested"] as const;
export type Regime = (typeof REGIMES)[number];

export const regimeOf = (doc: Pick<Doc, "curated">): Regime =>
  doc.curated ? "curated" : "ingested";

/** The fitted weights of one regime: ranking signals, decision signals, decision threshold. */
export interface RegimeWeights {
  ranking: Readonly<Record<RankingSignal, number>>;
  decision: Readonly<Record<DecisionSignalName | "bias", number>>;
  /** Answer when the decision's probability is at least this. */
  threshold: number;
}

/** The fitted numbers of the engine, written by `npm run fit`. */
export interface Model {
  curated: RegimeWeights;
  ingested: RegimeWeights;
  /** The short-answer span model and its threshold. */
  span: Readonly<Record<string, number>>;
}

const weightsOf = <K extends string>(names: readonly K[]) =>
  z.object(Object.fromEntries(names.map((n) => [n, z.number()])) as Record<K, z.ZodNumber>);

const RegimeSchema = z.object({
  ranking: weightsOf(RANKING_SIGNAL_NAMES),
  decision: weightsOf([...DECISION_SIGNAL_NAMES, "bias" as const]),
  threshold: z.number().min(0).max(1),
});

export const ModelSchema = z.object({
  note: z.string().optional(),
  curated: RegimeSchema,
  ingested: RegimeSchema,
  span: z.record(z.string(), z.number()),
});

/** Checks a weights object (the weights file, or one the fitting script made). */
export function parseModel(value: unknown): Model {
  const parsed = ModelSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Invalid model weights at "${issue?.path.join(".") ?? ""}": ${issue?.message ?? "invalid"}`,
    );
  }
  const { note: _note, ...model } = parsed.data;
  return Object.freeze(model) as Model;
}

/** The committed model: src/core/model/weights.json, written by `npm run fit`. */
export const DEFAULT_MODEL: Model = parseModel(weights);
