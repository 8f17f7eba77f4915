import { describe, expect, test } from "vitest";
import { firstSentence } from "../../../../src/core/score/signals/first-sentence.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["The wall opened. It cost $40 million.", "Fishermen objected. They lost a quay."],
  facts: [
    {
      id: "cost",
      paragraph: 1,
      answerType: "number",
      answer: "$40 million",
      statement: "The wall cost $40 million.",
      evidence: "It cost $40 million.",
      questions: ["How much did the wall cost?"],
    },
  ],
});
const of = (pick: Parameters<typeof signalInput>[2]) =>
  firstSentence(signalInput(pipeline, "what happened", pick));

describe("firstSentence signal", () => {
  test.each([
    ["the article's first sentence", "The wall opened", 1],
    ["a second sentence", "$40 million", 0],
    ["the first sentence of a later paragraph", "Fishermen objected", 1],
    ["the last sentence of a later paragraph", "lost a quay", 0],
  ])("%s: %s", (_, words, expected) => {
    expect(of(sentenceWith(words))).toBe(expected);
  });

  test("places a fact on the sentence its evidence stands on", () => {
    expect(of(refOf("cost"))).toBe(0);
  });
});
