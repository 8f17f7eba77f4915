import { describe, expect, test } from "vitest";
import type { AnalyzedQuestion, QueryTerm } from "../../../src/core/search/analyze-question.js";
import { type QuestionShape, weighForArticle } from "../../../src/core/search/article-view.js";

const knobs = { entityBoost: 1.6, nestedEntity: 0.5, unknownSpecific: 1.3, unknownGeneric: 0.8 };
const entity = (term: string, start: number, end: number): QueryTerm => ({
  term,
  known: true,
  entity: true,
  specific: true,
  span: { start, end },
});

/** Weights of "@asean_korea_centre" and "@asean" as one article with `dfs` sees them. */
function weigh(nestedInside: boolean, dfs: number[]): Float64Array {
  // "who is the director of the asean-korea centre": "Asean" is read inside the centre's name.
  const terms = [entity("@asean_korea_centre", 0, 3), entity("@asean", 0, 1)];
  const shape: QuestionShape = {
    question: { terms } as unknown as AnalyzedQuestion,
    elsewhere: [true, true],
    overlaps: [[1], [0]],
    inside: nestedInside ? [[], [0]] : [[], []],
  };
  const out = new Float64Array(2);
  weighForArticle(shape, 20, dfs, knobs, out);
  return out;
}

describe("weighForArticle", () => {
  test("a name inside a longer name the article knows weighs less than on its own", () => {
    const nested = weigh(true, [4, 4]);
    const alone = weigh(false, [4, 4]);
    expect(nested[1]).toBeLessThan(alone[1] ?? 0);
    expect(nested[1]).toBeLessThan(nested[0] ?? 0);
  });

  test("when the article does not know the longer name, the inner one weighs fully", () => {
    expect(weigh(true, [0, 4])[1]).toBeCloseTo(weigh(false, [0, 4])[1] ?? 0);
  });
});
