import { describe, expect, test } from "vitest";
import { editDistance } from "../../../src/core/text/edit-distance.js";
import { normalizeText, words } from "../../../src/core/text/normalize.js";

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
