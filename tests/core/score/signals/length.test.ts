import { describe, expect, test } from "vitest";
import { length } from "../../../../src/core/score/signals/length.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The wall opened. The long flood wall along the quay, planned by engineers for many years, opened after delays.",
  ],
});
const of = (words: string) =>
  length(signalInput(pipeline, "when did the wall open", sentenceWith(words)));

describe("length signal", () => {
  test("grows with the number of content words in the sentence", () => {
    expect(of("The long flood wall")).toBeGreaterThan(of("The wall opened."));
  });

  test("grows on a log scale: doubling the words adds less than it doubles the value", () => {
    // "The wall opened." holds 2 content terms; log1p(2) / 4.
    expect(of("The wall opened.")).toBeCloseTo(Math.log1p(2) / 4, 10);
    expect(of("The long flood wall")).toBeLessThan(4 * of("The wall opened."));
  });
});
