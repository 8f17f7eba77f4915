import { describe, expect, test } from "vitest";
import { holdsAnswer, normalizeAnswer, squadScores } from "../../../src/cli/eval/squad-metrics.js";

describe("normalizeAnswer (SQuAD's official normalize_answer)", () => {
  test.each([
    ["The Cape of Good Hope.", "cape of good hope"],
    ["  an   Apple a day ", "apple day"],
    ["9,000", "9000"],
    ["U.S.", "us"],
    ["Keo-don's", "keodons"],
    ["$40 (million)", "40 million"],
    ["theatre", "theatre"],
    ["Peña", "peña"],
    ["1688–1689", "1688–1689"],
    ["“Yes”", "“yes”"],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(normalizeAnswer(text)).toBe(expected);
  });
});

describe("squadScores", () => {
  test.each([
    ["1688", ["1688"], 1, 1],
    ["the Cape of Good Hope", ["Cape of Good Hope"], 1, 1],
    ["in 1688", ["1688"], 0, 2 / 3],
    ["Cape Town", ["Cape of Good Hope"], 0, (2 * (1 / 2) * (1 / 4)) / (1 / 2 + 1 / 4)],
    ["Denver Broncos", ["Carolina Panthers", "Denver Broncos", "Broncos"], 1, 1],
    ["the Broncos", ["Denver Broncos"], 0, 2 / 3],
    ["Paris", ["London"], 0, 0],
  ])("%j against %j: EM %s, F1 %s", (prediction, golds, exact, f1) => {
    const scores = squadScores(prediction, golds);
    expect(scores.exact).toBe(exact);
    expect(scores.f1).toBeCloseTo(f1, 10);
  });

  test("counts a repeated word only as often as the gold answer has it", () => {
    expect(squadScores("win win win", ["win"]).f1).toBeCloseTo((2 * (1 / 3)) / (1 / 3 + 1), 10);
  });

  test("an unanswerable question is right only when the engine abstains", () => {
    expect(squadScores(undefined, [])).toEqual({ exact: 1, f1: 1 });
    expect(squadScores("1688", [])).toEqual({ exact: 0, f1: 0 });
  });

  test("abstaining on an answerable question scores nothing", () => {
    expect(squadScores(undefined, ["1688"])).toEqual({ exact: 0, f1: 0 });
  });
});

describe("holdsAnswer", () => {
  test("finds a gold answer among the sentence's words", () => {
    expect(holdsAnswer("The Huguenots reached the Cape of Good Hope in 1688.", ["1688"])).toBe(
      true,
    );
    expect(holdsAnswer("They stayed from 1688–1689.", ["1688"])).toBe(true);
    expect(holdsAnswer("About 9,000 Cambodians work there.", ["9,000"])).toBe(true);
  });

  test("does not find an answer inside a longer word or number", () => {
    expect(holdsAnswer("They came in 16880.", ["1688"])).toBe(false);
    expect(holdsAnswer("The Capetown office.", ["Cape"])).toBe(false);
  });

  test("finds nothing for an empty gold answer or no gold answers", () => {
    expect(holdsAnswer("The the.", ["the"])).toBe(false);
    expect(holdsAnswer("Anything.", [])).toBe(false);
  });
});
