import { describe, expect, test } from "vitest";
import { coverage } from "../../../../src/core/score/signals/coverage.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The council met on Monday. The council met the engineers on Monday. Mayor Ana Lopez opened the flood wall.",
  ],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", role: "mayor" }],
  facts: [
    {
      id: "wall-opening",
      paragraph: 1,
      answerType: "person",
      answer: "Ana Lopez",
      statement: "Mayor Ana Lopez opened the flood wall.",
      evidence: "The council met on Monday.",
      questions: ["Who opened the flood wall?"],
      keywords: ["barrier"],
    },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  coverage(signalInput(pipeline, question, pick));

describe("coverage signal", () => {
  test("covers more of the question's weight when the sentence holds the rare word", () => {
    const question = "did the council meet the engineers";
    expect(of(question, sentenceWith("the engineers"))).toBeGreaterThan(
      of(question, sentenceWith("met on Monday")),
    );
  });

  test("is 1 when the sentence says every word of the question, and 0 when it says none", () => {
    expect(of("council met engineers", sentenceWith("the engineers"))).toBe(1);
    expect(of("council met engineers", sentenceWith("flood wall"))).toBe(0);
  });

  test("counts a person the question names when the sentence names them", () => {
    expect(of("what did Ana Lopez open", sentenceWith("flood wall"))).toBe(1);
    expect(of("what did Ana Lopez open", sentenceWith("met on Monday"))).toBe(0);
  });

  test("reads a fact's own sentence only, not its phrasings or keywords", () => {
    // The fact's phrasing says "flood wall", its evidence sentence does not.
    expect(of("who opened the flood wall barrier", refOf("wall-opening"))).toBe(0);
  });
});
