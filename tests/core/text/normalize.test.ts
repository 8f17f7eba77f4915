import { describe, expect, test } from "vitest";
import { editDistance } from "../../../src/core/text/edit-distance.js";
import { normalizeText, words } from "../../../src/core/text/normalize.js";
import { contentTerms } from "../../../src/core/text/terms.js";

describe("normalizeText", () => {
  test.each([
    ["Oh Keo-don’s 9,000 Cambodians!", "oh keo don s 9000 cambodians"],
    ["ＡＳＥＡＮ", "asean"],
    ["Prák  Sokhónn", "prak sokhonn"],
    ["Industrial Revolution 4.0", "industrial revolution 4.0"],
    ["zero\u200bwidth\u202eright-to-left", "zero width right to left"],
    ["'=!^$|", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test("folds American spellings to British", () => {
    expect(words("Asean Culture Center organization")).toEqual([
      "asean",
      "culture",
      "centre",
      "organisation",
    ]);
  });

  test("reads phrasal verbs as the one word they mean, on both sides", () => {
    expect(words("They wrapped up the talks")).toEqual(["they", "finished", "the", "talks"]);
    expect(words("when will it be done")).toEqual(["when", "will", "it", "be", "finished"]);
    expect(words("who did he sit down with")).toEqual(["who", "did", "he", "meet", "with"]);
    expect(words("she stood in for the mayor")).toEqual(["she", "represented", "the", "mayor"]);
    // "done" as the verb "do" stays.
    expect(words("what has he done")).toEqual(["what", "has", "he", "done"]);
    expect(contentTerms("the talks were called off")).toEqual(
      contentTerms("the talks were cancelled"),
    );
  });
});

describe("contentTerms", () => {
  test("drops question scaffolding and folds synonyms", () => {
    expect(contentTerms("How many Cambodians are employed in Busan?")).toEqual([
      "cambodian",
      "work",
      "busan",
    ]);
  });
});

describe("editDistance", () => {
  test.each([
    ["cambodains", "cambodians", 1],
    ["sokhon", "sokhonn", 1],
    ["mayer", "mayor", 1],
    ["seoul", "south", 3],
  ])("%s ~ %s = %i (bounded at 2)", (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
  });
});
