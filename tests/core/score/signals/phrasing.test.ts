import { describe, expect, test } from "vitest";
import { phrasing } from "../../../../src/core/score/signals/phrasing.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const fact = (id: string, questions: string[]) => ({
  id,
  paragraph: 1,
  answerType: "number",
  answer: "$40 million",
  statement: "The flood wall will cost $40 million.",
  evidence: "The flood wall will cost $40 million.",
  questions,
});
const pipeline = pipelineOf({
  paragraphs: ["The flood wall will cost $40 million. Residents pay a new harbour tax."],
  facts: [
    fact("cost-asked", ["How much will the flood wall cost?"]),
    fact("cost-other", ["What will residents pay for the harbour?"]),
    fact("cost-both", ["What will residents pay?", "What is the price of the flood wall?"]),
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  phrasing(signalInput(pipeline, question, pick));

describe("phrasing signal", () => {
  test("is higher for the fact whose phrasing says what the question says", () => {
    const question = "how much does the flood wall cost";
    expect(of(question, refOf("cost-asked"))).toBeGreaterThan(of(question, refOf("cost-other")));
  });

  test("is 1 when a phrasing has exactly the question's words, and lower when it adds others", () => {
    expect(of("how much will the flood wall cost", refOf("cost-asked"))).toBeCloseTo(1, 10);
    expect(of("how much will the wall cost", refOf("cost-asked"))).toBeLessThan(1);
  });

  test("takes the closest of a fact's phrasings", () => {
    const question = "what is the price of the flood wall";
    expect(of(question, refOf("cost-both"))).toBeGreaterThan(of(question, refOf("cost-asked")));
  });

  test("is 0 for a sentence, which has no phrasings", () => {
    expect(of("how much will the flood wall cost", sentenceWith("flood wall"))).toBe(0);
  });
});
