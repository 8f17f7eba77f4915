import { describe, expect, test } from "vitest";
import { counts } from "../../../../src/core/score/signals/counts.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "About 9,000 Cambodians work in Busan. The port employs 120 cranes. Many people came.",
  ],
  facts: [
    {
      id: "workers",
      paragraph: 1,
      answerType: "number",
      answer: "About 9,000",
      statement: "About 9,000 Cambodians work in Busan, beside 120 cranes.",
      evidence: "About 9,000 Cambodians work in Busan.",
      questions: ["How many Cambodians work in Busan?"],
    },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  counts(signalInput(pipeline, question, pick));

describe("counts signal", () => {
  test("is 1 when a number in the sentence counts what 'how many' asks about, 0 when it counts something else", () => {
    expect(of("how many Cambodians work in Busan", sentenceWith("9,000 Cambodians"))).toBe(1);
    expect(of("how many Cambodians work in Busan", sentenceWith("120 cranes"))).toBe(0);
  });

  test("is 0.5 for a sentence with no number", () => {
    expect(of("how many Cambodians work in Busan", sentenceWith("Many people"))).toBe(0.5);
  });

  test("reads what a fact's own figure counts in its statement, not the statement's other figures", () => {
    expect(of("how many Cambodians work in Busan", refOf("workers"))).toBe(1);
    expect(of("how many cranes are there", refOf("workers"))).toBe(0);
  });

  test("is 0 when the question does not count anything", () => {
    expect(of("where do Cambodians work", sentenceWith("9,000 Cambodians"))).toBe(0);
  });
});
