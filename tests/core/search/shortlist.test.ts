import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { topByCoverage } from "../../../src/core/search/shortlist.js";

describe("topByCoverage", () => {
  test("keeps the best `size` docs by matched / total, best first, as a full sort would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 20 }),
        (matched, size) => {
          const docs = matched.map((_, i) => i);
          const total = () => 50;
          const got = topByCoverage(docs, (d) => matched[d] ?? 0, total, size);
          const expected = docs
            .map((d) => (matched[d] ?? 0) / 50)
            .sort((a, b) => b - a)
            .slice(0, size);
          expect(got.map(([, c]) => c)).toEqual(expected);
        },
      ),
    );
  });

  test("a doc whose article weighs the question at nothing covers nothing", () => {
    expect(
      topByCoverage(
        [7],
        () => 3,
        () => 0,
        5,
      ),
    ).toEqual([[7, 0]]);
  });
});
