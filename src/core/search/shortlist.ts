import type { CorpusIndex } from "./corpus-index.js";

/** The docs covering most of the question, as [doc, coverage], best first. */
export function topByCoverage(
  docs: readonly number[],
  matchedOf: (doc: number) => number,
  totalOf: (doc: number) => number,
  size: number,
): [number, number][] {
  const all: [number, number][] = docs.map((doc) => {
    const total = totalOf(doc);
    return [doc, total === 0 ? 0 : matchedOf(doc) / total];
  });
  // Only the best few need ordering: select them before sorting (many docs share a common word).
  if (all.length > size * 4) {
    const threshold = kthLargest(
      all.map(([, c]) => c),
      size,
    );
    return all
      .filter(([, c]) => c >= threshold)
      .sort((a, b) => b[1] - a[1])
      .slice(0, size);
  }
  return all.sort((a, b) => b[1] - a[1]).slice(0, size);
}

/**
 * Per-index buffers reused by every question (answers run one at a time): marks stamped per
 * question instead of cleared, so a question costs what its postings cost, not the corpus size.
 */
interface Scratch {
  stamp: number;
  articleSeen: Uint32Array;
  docSeen: Uint32Array;
  overlap: Float64Array;
  dfs: Int32Array;
}

const scratches = new WeakMap<CorpusIndex, Scratch>();

export function scratchFor(index: CorpusIndex, terms: number): Scratch {
  const articles = index.docRanges.length;
  let s = scratches.get(index);
  if (!s) {
    s = {
      stamp: 0,
      articleSeen: new Uint32Array(articles),
      docSeen: new Uint32Array(index.docs.length),
      overlap: new Float64Array(index.docs.length),
      dfs: new Int32Array(0),
    };
    scratches.set(index, s);
  }
  if (s.dfs.length < articles * terms) s.dfs = new Int32Array(articles * terms);
  s.stamp = (s.stamp + 1) >>> 0 || 1;
  return s;
}

/** The k-th largest value (quickselect), k ≥ 1. */
function kthLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = Math.min(k, values.length) - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        [values[i], values[j]] = [values[j] as number, values[i] as number];
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}
