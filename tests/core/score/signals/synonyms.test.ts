import { describe, expect, test } from "vitest";
import { synonyms } from "../../../../src/core/score/signals/synonyms.js";
import { pipelineOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "Korea sent aid to the flooded towns. Korea sent assistance to the farmers. Korea sent boats.",
  ],
});
const of = (question: string, words: string) =>
  synonyms(signalInput(pipeline, question, sentenceWith(words)));

describe("synonyms signal", () => {
  test("credits a sentence that says a question word with a WordNet synonym ('aid' for 'assistance')", () => {
    expect(of("what assistance reached the towns", "aid to the flooded towns")).toBeGreaterThan(0);
  });

  test("gives nothing for the word said as written (coverage counts it) or not at all", () => {
    expect(of("what assistance reached the farmers", "assistance to the farmers")).toBe(0);
    expect(of("what assistance reached the towns", "sent boats")).toBe(0);
  });

  test("is the share of the question's weight said by synonym, below 1 when other words are missing", () => {
    const share = of("what assistance reached the towns", "aid to the flooded towns");
    expect(share).toBeLessThan(1);
    expect(of("assistance", "aid to the flooded towns")).toBe(1);
  });
});
