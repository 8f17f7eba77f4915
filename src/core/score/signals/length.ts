import type { Signal } from "../candidate.js";

/** How long the doc's text is, on a log scale: long sentences match more words by chance. */
export const length: Signal = ({ candidate }) => Math.log1p(candidate.doc.textTerms.length) / 4;
