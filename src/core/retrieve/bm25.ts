/** Okapi BM25's two constants, at their usual values. */
export const BM25 = Object.freeze({ k1: 1.2, b: 0.75 });

/** BM25's idf: how rare a term is among `n` sentences, `df` of which hold it. Never negative. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** One term's BM25 contribution to a text of `length` terms holding it `tf` times. */
export function bm25Term(
  termIdf: number,
  tf: number,
  length: number,
  averageLength: number,
): number {
  if (tf <= 0) return 0;
  const norm = BM25.k1 * (1 - BM25.b + (BM25.b * length) / Math.max(averageLength, 1));
  return (termIdf * tf * (BM25.k1 + 1)) / (tf + norm);
}
