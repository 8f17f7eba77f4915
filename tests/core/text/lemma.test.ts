import { describe, expect, test } from "vitest";
import { termOf } from "../../../src/core/analyze/term.js";
import { baseForm } from "../../../src/core/text/lemma.js";

describe("baseForm", () => {
  test.each([
    ["sold", "sell"],
    ["won", "win"],
    ["children", "child"],
    ["women", "woman"],
    ["runners", "runners"],
  ])("%s → %s", (word, base) => {
    expect(baseForm(word)).toBe(base);
  });

  test("irregular forms share one term with their base", () => {
    expect(termOf("sold")).toBe(termOf("sell"));
    expect(termOf("bought")).toBe(termOf("buying"));
  });
});
