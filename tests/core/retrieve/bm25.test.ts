import { describe, expect, test } from "vitest";
import { BM25, bm25Term, idf } from "../../../src/core/retrieve/bm25.js";

describe("idf", () => {
  test("is higher for a rarer term", () => {
    expect(idf(1, 100)).toBeGreaterThan(idf(10, 100));
    expect(idf(10, 100)).toBeGreaterThan(idf(90, 100));
  });

  test("is never negative, even for a term every sentence holds", () => {
    expect(idf(100, 100)).toBeGreaterThan(0);
    expect(idf(0, 0)).toBeGreaterThanOrEqual(0);
  });
});

describe("bm25Term", () => {
  test("is 0 for a text that does not hold the term", () => {
    expect(bm25Term(2, 0, 10, 10)).toBe(0);
  });

  test("grows with the term's count but saturates below (k1 + 1) · idf", () => {
    const once = bm25Term(2, 1, 10, 10);
    const twice = bm25Term(2, 2, 10, 10);
    const often = bm25Term(2, 1000, 10, 10);
    expect(twice).toBeGreaterThan(once);
    expect(twice - once).toBeLessThan(once);
    expect(often).toBeLessThan((BM25.k1 + 1) * 2);
  });

  test("gives a text of average length its idf for one occurrence", () => {
    expect(bm25Term(2, 1, 10, 10)).toBeCloseTo(2, 10);
  });

  test("weighs a match in a long text less than in a short one", () => {
    expect(bm25Term(2, 1, 30, 10)).toBeLessThan(bm25Term(2, 1, 5, 10));
  });

  test("scales with the term's idf", () => {
    expect(bm25Term(4, 1, 10, 10)).toBeCloseTo(2 * bm25Term(2, 1, 10, 10), 10);
  });
});
