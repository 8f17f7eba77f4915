import { describe, expect, test } from "vitest";
import { bigrams } from "../../../../src/core/score/signals/bigrams.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The time hierarchy theorem is central. Each theorem has its hierarchy, and time passes. Ana Lopez spoke.",
  ],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez" }],
  facts: [
    {
      id: "central",
      paragraph: 1,
      answerType: "other",
      answer: "Central",
      statement: "One result is central.",
      evidence: "Ana Lopez spoke.",
      questions: ["What does the time hierarchy theorem say?"],
    },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  bigrams(signalInput(pipeline, question, pick));

describe("bigrams signal", () => {
  test("is higher when the question's words stand together in the sentence than when they are scattered", () => {
    const question = "what is the time hierarchy theorem";
    expect(of(question, sentenceWith("is central"))).toBe(1);
    expect(of(question, sentenceWith("Each theorem"))).toBe(0);
  });

  test("finds the pairs in a fact's phrasings too", () => {
    expect(of("what is the time hierarchy theorem", refOf("central"))).toBe(1);
  });

  test("is 0 when the question has fewer than two words besides the names it gives", () => {
    expect(of("what did Ana Lopez say", sentenceWith("Ana Lopez spoke"))).toBe(0);
  });
});
