import { describe, expect, test } from "vitest";
import { coarse } from "../../../../src/core/score/signals/coarse.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The wall opened on Monday. The gates close at 9 p.m. every night. Work began in 2019.",
  ],
  facts: [
    {
      id: "opening-day",
      paragraph: 1,
      answerType: "date",
      answer: "Monday",
      statement: "The wall opened on Monday.",
      evidence: "The wall opened on Monday.",
      questions: ["When did the wall open?"],
    },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  coarse(signalInput(pipeline, question, pick));

describe("coarse signal", () => {
  test.each([
    ["what time did the wall open", "on Monday", 1],
    ["what time do the gates close", "9 p.m.", 0],
    ["what year did work begin", "in 2019", 0],
    ["what year did the wall open", "on Monday", 1],
  ])("%s, sentence with '%s': %s", (question, words, expected) => {
    expect(of(question, sentenceWith(words))).toBe(expected);
  });

  test("reads a fact's short answer: 'Monday' is too coarse for 'what time'", () => {
    expect(of("what time did the wall open", refOf("opening-day"))).toBe(1);
    expect(of("which day of the week did the wall open", refOf("opening-day"))).toBe(0);
  });

  test("is 0 when the question asks for no precision", () => {
    expect(of("when did the wall open", sentenceWith("on Monday"))).toBe(0);
  });
});
