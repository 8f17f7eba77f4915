import type { Signal } from "../candidate.js";

/** 1 when the doc stands on the first sentence of its paragraph, where news and encyclopedias say what matters. */
export const firstSentence: Signal = ({ index, candidate }) => {
  const { doc } = candidate;
  const previous = index.articles[doc.article]?.sentences[doc.sentence - 1];
  return previous === undefined || previous.paragraph !== doc.paragraph ? 1 : 0;
};
