import { describe, expect, test } from "vitest";
import { countsAskedThing, factTypeFit } from "../../../src/core/question/type-fit.js";
import { termOf } from "../../../src/core/text/terms.js";

const terms = (...words: string[]) => new Set(words.map(termOf));

describe("countsAskedThing", () => {
  test("a number next to a word the question names counts it", () => {
    expect(countsAskedThing("over 9,000 Cambodians live in Busan", terms("cambodians"))).toBe(true);
    expect(countsAskedThing("the quota of 500 workers", terms("quota"))).toBe(true);
  });

  test("a number that is part of a name or counts something else does not", () => {
    expect(countsAskedThing("benefit from Industrial Revolution 4.0 and", terms("countries"))).toBe(
      false,
    );
    expect(countsAskedThing("over 9,000 Cambodians live in Busan", terms("quota"))).toBe(false);
    expect(countsAskedThing("no figures here", terms("quota"))).toBe(false);
  });
});

describe("factTypeFit", () => {
  test("the wanted type fits best, related types less, unrelated least", () => {
    expect(factTypeFit("number", "number")).toBe(1);
    expect(factTypeFit("number", "date")).toBeLessThan(1);
    expect(factTypeFit("number", "person")).toBeLessThan(factTypeFit("number", "date"));
    expect(factTypeFit(null, "person")).toBe(1);
  });

  test("an action asked for is answered by an 'other' fact, not a count", () => {
    expect(factTypeFit("other", "other")).toBe(1);
    expect(factTypeFit("other", "number")).toBeLessThan(0.5);
  });
});
