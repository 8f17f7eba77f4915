import { describe, expect, test } from "vitest";
import { countedTerms, factTypeFit, numbersIn } from "../../../src/core/question/type-fit.js";
import { termOf } from "../../../src/core/text/terms.js";

describe("countedTerms", () => {
  test("numbers written as words count too", () => {
    expect(countedTerms("Two people died")).toContain(termOf("people"));
  });

  test("the verb before a count says what it counts too", () => {
    expect(countedTerms("the plant will employ 2,000 people")).toContain(termOf("employ"));
  });

  test("with the answer's numbers, counts only what those count", () => {
    const statement = "£38 million. The £38 million wing has 64 beds.";
    expect(countedTerms(statement)).toContain(termOf("beds"));
    const counted = countedTerms(statement, numbersIn("£38 million"));
    expect(counted).not.toContain(termOf("beds"));
    expect(countedTerms(statement, numbersIn("64 beds"))).toContain(termOf("beds"));
  });

  test("the words right after a number, or before 'of' it, are what it counts", () => {
    expect(countedTerms("over 9,000 Cambodians live in Busan")).toContain(termOf("cambodians"));
    expect(countedTerms("the quota of 500 was raised")).toContain(termOf("quota"));
  });

  test("a number inside a name counts nothing further off, and no number counts nothing", () => {
    const counted = countedTerms("benefit from Industrial Revolution 4.0 and recognise the role");
    expect(counted).not.toContain(termOf("countries"));
    expect(counted).not.toContain(termOf("role"));
    expect(countedTerms("no figures here").size).toBe(0);
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
