import type { Signal } from "../candidate.js";

/** Okapi BM25 over all the doc's fields, as retrieval scored it. */
export const bm25: Signal = ({ candidate }) => candidate.bm25;
