import type { Signal } from "../candidate.js";

/** 1 for a fact (an editor's or ingestion's answer to a question), else 0. */
export const isFact: Signal = ({ candidate }) => (candidate.doc.kind === "fact" ? 1 : 0);

/** 1 for a quote, else 0. */
export const isQuote: Signal = ({ candidate }) => (candidate.doc.kind === "quote" ? 1 : 0);
