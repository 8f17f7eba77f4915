import { describe, expect, test } from "vitest";
import { context } from "../../../../src/core/score/signals/context.js";
import { coverage } from "../../../../src/core/score/signals/coverage.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The charter creating the Harvard Corporation was signed by the governor. It was granted in 1650. Students arrived later.",
    "The charter of Yale came in 1701.",
  ],
  entities: [{ id: "harvard-corporation", type: "organisation", name: "Harvard Corporation" }],
});
const input = (question: string, words: string) =>
  signalInput(pipeline, question, sentenceWith(words));

describe("context signal", () => {
  test("counts the words the previous sentence of the paragraph says", () => {
    const granted = input("when was the charter signed", "granted in 1650");
    expect(coverage(granted)).toBe(0);
    expect(context(granted)).toBe(1);
  });

  test("counts the names the previous sentence gives", () => {
    const granted = input("when was the Harvard Corporation charter granted", "granted in 1650");
    expect(context(granted)).toBeGreaterThan(coverage(granted));
    expect(context(granted)).toBe(1);
  });

  test("counts the next sentence, but not one two sentences away", () => {
    expect(context(input("when did students arrive", "granted in 1650"))).toBe(1);
    expect(context(input("when did students arrive", "signed by"))).toBe(0);
  });

  test("does not reach into another paragraph", () => {
    // "Students arrived later." ends paragraph 1; the next sentence, Yale's, starts paragraph 2.
    expect(context(input("when did yale come", "Students arrived"))).toBe(0);
    expect(context(input("when did yale come", "Yale"))).toBe(1);
  });
});
