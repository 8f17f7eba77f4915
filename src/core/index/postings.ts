import type { Doc } from "./article-docs.js";

/** A term's docs in order, and its count in each; packed, as a large corpus holds millions. */
export interface Postings {
  docs: Int32Array;
  counts: Uint16Array;
}

/**
 * Every term's postings in two shared typed arrays, each term a slice of them: a corpus holds
 * millions of postings and hundreds of thousands of terms, most with one or two.
 */
export function packPostings(docs: readonly Doc[]): (term: string) => Postings | undefined {
  const ids = new Map<string, number>();
  const sizes: number[] = [];
  for (const doc of docs) {
    for (const term of doc.bag.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = sizes.length;
        ids.set(term, id);
        sizes.push(0);
      }
      sizes[id] = (sizes[id] ?? 0) + 1;
    }
  }
  const starts = new Int32Array(sizes.length + 1);
  sizes.forEach((size, id) => {
    starts[id + 1] = (starts[id] ?? 0) + size;
  });
  const total = starts[sizes.length] ?? 0;
  const allDocs = new Int32Array(total);
  const allCounts = new Uint16Array(total);
  const next = starts.slice(0, sizes.length);
  docs.forEach((doc, i) => {
    for (const [term, count] of doc.bag) {
      const id = ids.get(term) ?? 0;
      const at = next[id] ?? 0;
      allDocs[at] = i;
      allCounts[at] = Math.min(count, 65535);
      next[id] = at + 1;
    }
  });
  return (term) => {
    const id = ids.get(term);
    if (id === undefined) return undefined;
    const start = starts[id] ?? 0;
    const end = starts[id + 1] ?? 0;
    return { docs: allDocs.subarray(start, end), counts: allCounts.subarray(start, end) };
  };
}

/** Index of the first of sorted doc numbers at or after `doc`. */
export function firstAtOrAfter(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] ?? 0) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
