import { describe, expect, test } from "vitest";
import { bm25 } from "../../../../src/core/score/signals/bm25.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The council met on Monday. The council approved the budget on Monday. The council approved a flood wall on Monday.",
    "The harbour stayed closed.",
  ],
});
const score = (question: string, words: string) =>
  bm25(signalInput(pipeline, question, sentenceWith(words)));

describe("bm25 signal", () => {
  test("scores the sentence holding the question's rare word above one holding only its common words", () => {
    expect(score("when did the council approve the flood wall", "a flood wall")).toBeGreaterThan(
      score("when did the council approve the flood wall", "the budget"),
    );
  });

  test("is 0 for a sentence sharing no word with the question", () => {
    expect(score("when did the council approve the flood wall", "harbour")).toBe(0);
  });

  test("prefers the shorter of two sentences holding the same words (length normalisation)", () => {
    const short = pipelineOf({
      paragraphs: [
        "The wall opened.",
        "The long flood wall by the quay, planned for years by the council, finally opened.",
        "The harbour stayed closed.",
      ],
    });
    const of = (words: string) =>
      bm25(signalInput(short, "when did the wall open", sentenceWith(words)));
    expect(of("The wall opened.")).toBeGreaterThan(of("finally opened"));
  });
});
