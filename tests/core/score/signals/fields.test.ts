import { describe, expect, test } from "vitest";
import { coverage } from "../../../../src/core/score/signals/coverage.js";
import { fields } from "../../../../src/core/score/signals/fields.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["Work starts in March. The harbour stays open."],
  facts: [
    {
      id: "work-start",
      paragraph: 1,
      answerType: "date",
      answer: "March",
      statement: "Construction of the flood wall begins in March.",
      evidence: "Work starts in March.",
      questions: ["When does the flood wall construction begin?"],
      keywords: ["barrier"],
    },
  ],
});

describe("fields signal", () => {
  test("finds the question's words in a fact's phrasing, statement and keywords, where its sentence lacks them", () => {
    const input = signalInput(
      pipeline,
      "when does the barrier construction begin",
      refOf("work-start"),
    );
    expect(fields(input)).toBe(1);
    expect(coverage(input)).toBe(0);
  });

  test("covers more of the question for the fact written for it than for the bare sentence", () => {
    const question = "when does the flood wall construction begin";
    expect(fields(signalInput(pipeline, question, refOf("work-start")))).toBeGreaterThan(
      fields(signalInput(pipeline, question, sentenceWith("Work starts"))),
    );
  });

  test("is the same as coverage for a sentence, which has no other field", () => {
    const input = signalInput(pipeline, "when does the harbour stay open", sentenceWith("harbour"));
    expect(fields(input)).toBe(coverage(input));
    expect(fields(input)).toBeGreaterThan(0);
  });
});
