import { describe, expect, test } from "vitest";
import { tokenize } from "../../../src/core/analyze/tokenize.js";

const words = (text: string) => tokenize(text).map((t) => t.word);

describe("tokenize", () => {
  test.each([
    ["Busan's mayor", ["busan", "mayor"]],
    ["Oh Keo-don’s visit", ["oh", "keo", "don", "visit"]],
    ["over 9,000 workers", ["over", "9000", "workers"]],
    ["version 4.0.", ["version", "4.0"]],
    ["Café déjà vu", ["cafe", "deja", "vu"]],
    ["ＦＵＬＬ width", ["full", "width"]],
    ["1688–1689", ["1688", "1689"]],
    ["the city centers", ["the", "city", "centres"]],
    ["don't", ["don", "t"]],
    ["", []],
    ["?! — …", []],
  ])("%s → %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test("keeps each word's offsets in the original text, so a span can be cut verbatim", () => {
    const text = "Mayor Ana López said 9,000 Cambodians’ jobs were safe.";
    for (const token of tokenize(text)) {
      const written = text.slice(token.start, token.end);
      expect(written.length).toBeGreaterThan(0);
      expect(tokenize(written).map((t) => t.word)).toContain(token.word);
    }
    const number = tokenize(text).find((t) => t.word === "9000");
    expect(number && text.slice(number.start, number.end)).toBe("9,000");
  });

  test("reads a question and an article sentence alike: the same words give the same tokens", () => {
    expect(words("How many CAMBODIANS work in Busan?")).toEqual(
      words("how many cambodians work in busan"),
    );
  });
});
