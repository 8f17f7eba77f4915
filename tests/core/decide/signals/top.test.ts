import { describe, expect, test } from "vitest";
import {
  topCoarse,
  topCounts,
  topFields,
  topPhrasing,
  topProbability,
} from "../../../../src/core/decide/signals/top.js";
import { coarse } from "../../../../src/core/score/signals/coarse.js";
import { counts } from "../../../../src/core/score/signals/counts.js";
import { fields } from "../../../../src/core/score/signals/fields.js";
import { phrasing } from "../../../../src/core/score/signals/phrasing.js";
import { decisionInputFor, pipelineOf, refOf } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["The wall opened on Monday. About 300 workers built it."],
  facts: [
    {
      id: "builders",
      paragraph: 1,
      answerType: "number",
      answer: "About 300",
      statement: "About 300 workers built the wall.",
      evidence: "About 300 workers built it.",
      questions: ["How many workers built the wall?"],
    },
  ],
});
const withScores = (scores: { score: number; scores?: number[] }) =>
  decisionInputFor(pipeline, "how many workers built the wall", refOf("builders"), scores);

describe("topProbability signal", () => {
  test("is the best candidate's softmax probability: lower when others score close to it", () => {
    const alone = topProbability(withScores({ score: 2, scores: [2] }));
    const clear = topProbability(withScores({ score: 2, scores: [2, -3, -3] }));
    const crowded = topProbability(withScores({ score: 2, scores: [2, 1.9, 1.8] }));
    expect(alone).toBe(1);
    expect(clear).toBeGreaterThan(crowded);
    expect(crowded).toBeCloseTo(1 / (1 + Math.exp(-0.1) + Math.exp(-0.2)), 10);
  });
});

describe("the best candidate's ranking signals, passed on", () => {
  const input = withScores({ score: 1 });
  test.each([
    ["topPhrasing", topPhrasing, phrasing],
    ["topFields", topFields, fields],
    ["topCounts", topCounts, counts],
    ["topCoarse", topCoarse, coarse],
  ] as const)("%s equals the ranking signal of the best candidate", (_, decision, ranking) => {
    expect(decision(input)).toBe(ranking(input.best));
  });

  test("they differ between a well-matched and a poorly matched best candidate", () => {
    const poor = decisionInputFor(pipeline, "when did the wall open on Monday", refOf("builders"));
    expect(topPhrasing(input)).toBeGreaterThan(topPhrasing(poor));
    expect(topCounts(input)).toBe(1);
    expect(topCounts(poor)).toBe(0);
  });
});
