import { describe, expect, test } from "vitest";
import { antonym } from "../../../../src/core/decide/signals/antonym.js";
import { decisionInputFor, pipelineOf, sentenceWith } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "Exports increased sharply in 2019. Officials cheered.",
    "Imports fell. Imports decreased again in 2020.",
    "The harbour stayed open.",
  ],
});
const of = (question: string, words: string) =>
  antonym(decisionInputFor(pipeline, question, sentenceWith(words)));

describe("antonym signal", () => {
  test("is 1 when the best sentence says the opposite of a question word it lacks", () => {
    expect(of("why did exports decrease in 2019", "Exports increased")).toBe(1);
  });

  test("is 0 when the sentence says the question's own word", () => {
    expect(of("why did exports increase in 2019", "Exports increased")).toBe(0);
  });

  test("looks at the neighbouring sentences of the paragraph too", () => {
    expect(of("why did imports increase", "Imports fell")).toBe(1);
    expect(of("why did exports decrease", "Officials cheered")).toBe(1);
  });

  test("reads WordNet's opposites of nouns too: imports are not exports", () => {
    expect(of("why did exports fall", "Imports fell")).toBe(1);
  });

  test("is 0 when neither the word nor its opposite is around", () => {
    expect(of("why did exports decrease", "harbour stayed open")).toBe(0);
  });
});
