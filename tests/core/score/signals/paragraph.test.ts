import { describe, expect, test } from "vitest";
import { paragraph } from "../../../../src/core/score/signals/paragraph.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The flood wall will cost $40 million. The wall runs along the quay.",
    "Fishermen worried about the harbour. Their boats need the quay.",
    "The weather was mild.",
  ],
});
const of = (question: string, words: string) =>
  paragraph(signalInput(pipeline, question, sentenceWith(words)));

describe("paragraph signal", () => {
  test("is 1 for every sentence of the paragraph that matches the question best", () => {
    expect(of("how much will the flood wall cost", "$40 million")).toBe(1);
    expect(of("how much will the flood wall cost", "runs along the quay")).toBe(1);
  });

  test("is lower in a paragraph that matches the question less", () => {
    const question = "does the wall run along the quay for boats";
    expect(of(question, "Their boats")).toBeLessThan(of(question, "runs along the quay"));
    expect(of(question, "Their boats")).toBeGreaterThan(0);
  });

  test("is 0 in a paragraph without any word of the question", () => {
    expect(of("how much will the flood wall cost", "weather")).toBe(0);
  });
});
