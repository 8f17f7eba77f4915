import { describe, expect, test } from "vitest";
import { answerNearness } from "../../../../src/core/score/signals/answer-nearness.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const evidence =
  "The council voted on Thursday, after a long debate about cost and safety, to build the cycle lanes by 2027.";
const fact = (id: string, answer: string, answerEvidence = evidence) => ({
  id,
  paragraph: 1,
  answerType: "date",
  answer,
  statement: `The council acted ${answer}.`,
  evidence: answerEvidence,
  questions: ["When?"],
});
const pipeline = pipelineOf({
  paragraphs: [evidence],
  facts: [
    fact("vote-day", "Thursday"),
    fact("build-year", "2027"),
    fact("elsewhere", "next spring"),
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  answerNearness(signalInput(pipeline, question, pick));

describe("answerNearness signal", () => {
  test("is higher for the answer standing beside the question's words", () => {
    const question = "when will the cycle lanes be built";
    expect(of(question, refOf("build-year"))).toBeGreaterThan(of(question, refOf("vote-day")));
    const vote = "when did the council vote";
    expect(of(vote, refOf("vote-day"))).toBeGreaterThan(of(vote, refOf("build-year")));
  });

  test("is 1 / (1 + distance in words)", () => {
    // "lanes by 2027": the answer stands two words after "lanes".
    expect(of("which lanes", refOf("build-year"))).toBeCloseTo(1 / 3, 10);
  });

  test("is 0 when the fact's answer is not in its evidence, or the doc is a sentence", () => {
    expect(of("when will the lanes be built", refOf("elsewhere"))).toBe(0);
    expect(of("when will the lanes be built", sentenceWith("cycle lanes"))).toBe(0);
  });
});
