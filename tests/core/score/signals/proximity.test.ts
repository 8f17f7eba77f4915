import { describe, expect, test } from "vitest";
import { proximity } from "../../../../src/core/score/signals/proximity.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The flood wall opened. The flood, which came in spring and ruined farms, led to a wall. Floods are common.",
  ],
});
const of = (question: string, words: string) =>
  proximity(signalInput(pipeline, question, sentenceWith(words)));

describe("proximity signal", () => {
  test("is 1 when the question's words stand side by side", () => {
    expect(of("where is the flood wall", "The flood wall opened")).toBe(1);
  });

  test("is lower when they stand apart", () => {
    const apart = of("where is the flood wall", "ruined farms");
    expect(apart).toBeGreaterThan(0);
    expect(apart).toBeLessThan(of("where is the flood wall", "The flood wall opened"));
  });

  test("is 0 when fewer than two of the question's words are in the sentence", () => {
    expect(of("where is the flood wall", "Floods are common")).toBe(0);
  });
});
