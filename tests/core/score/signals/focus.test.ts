import { describe, expect, test } from "vitest";
import { focus } from "../../../../src/core/score/signals/focus.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["The astronomer Tycho Brahe watched the comet. A comet crossed the sky in 1577."],
});
const of = (question: string, words: string) =>
  focus(signalInput(pipeline, question, sentenceWith(words)));

describe("focus signal", () => {
  test("is 1 for a sentence naming the thing a 'what X' question asks about, 0 for one that does not", () => {
    expect(of("what astronomer watched the comet", "Tycho Brahe")).toBe(1);
    expect(of("what astronomer watched the comet", "crossed the sky")).toBe(0);
  });

  test("also reads 'which X' questions", () => {
    expect(of("which astronomer saw a comet", "Tycho Brahe")).toBe(1);
  });

  test("is 0 when the question has no 'what/which X'", () => {
    expect(of("who watched the comet", "Tycho Brahe")).toBe(0);
    expect(of("what did the astronomer watch", "Tycho Brahe")).toBe(0);
  });
});
