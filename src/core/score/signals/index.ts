import type { Signal } from "../candidate.js";
import { answerNearness } from "./answer-nearness.js";
import { answerType, relatedAnswerType } from "./answer-type.js";
import { bigrams } from "./bigrams.js";
import { bm25 } from "./bm25.js";
import { coarse } from "./coarse.js";
import { context } from "./context.js";
import { counts } from "./counts.js";
import { coverage } from "./coverage.js";
import { entities } from "./entities.js";
import { fields } from "./fields.js";
import { isFact, isQuote } from "./kind.js";
import { paragraph } from "./paragraph.js";
import { phrasing } from "./phrasing.js";
import { proximity } from "./proximity.js";
import { quoteAsked } from "./quote-asked.js";

/**
 * Every signal the ranker combines, by name. Their weights are fitted (`npm run fit`) and kept
 * in one file, src/core/model/weights.json; adding a signal means a file here, a test and a refit.
 */
export const RANKING_SIGNALS = Object.freeze({
  bm25,
  coverage,
  fields,
  context,
  paragraph,
  bigrams,
  entities,
  proximity,
  phrasing,
  answerType,
  relatedAnswerType,
  isFact,
  isQuote,
  quoteAsked,
  coarse,
  counts,
  answerNearness,
} satisfies Record<string, Signal>);

export type RankingSignal = keyof typeof RANKING_SIGNALS;
export const RANKING_SIGNAL_NAMES = Object.keys(RANKING_SIGNALS) as RankingSignal[];
