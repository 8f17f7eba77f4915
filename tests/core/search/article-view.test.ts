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

describe("weighForArticle", () => {
  // "who is the director of the asean-korea centre": "Asean" is read inside the centre's name.
  const terms = [entity("@asean_korea_centre", 0, 3), entity("@asean", 0, 1)];
  const shape: QuestionShape = {
    question: { terms } as unknown as AnalyzedQuestion,
    elsewhere: [true, true],
    overlaps: [[1], [0]],
    inside: [[], [0]],
  };
  const idf = Math.log(1 + 20 / 4);

  test("a name inside a longer name the article knows weighs less than an entity", () => {
    const out = new Float64Array(2);
    weighForArticle(shape, 20, [4, 4], knobs, out);
    expect(out[0]).toBeCloseTo(idf * knobs.entityBoost);
    expect(out[1]).toBeCloseTo(idf * knobs.nestedEntity);
  });

  test("when the article does not know the longer name, the inner one weighs fully", () => {
    const out = new Float64Array(2);
    weighForArticle(shape, 20, [0, 4], knobs, out);
    expect(out[1]).toBeCloseTo(idf * knobs.entityBoost);
  });
});
