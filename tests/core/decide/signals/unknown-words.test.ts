import { describe, expect, test } from "vitest";
import { unknownWords } from "../../../../src/core/decide/signals/unknown-words.js";
import { decisionInputFor, pipelineOf, sentenceWith } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The harbour opened. The harbour was rebuilt after the storm. The harbour hosts a ferry.",
    "The harbour closed in winter.",
    "A ferry was rebuilt.",
  ],
});
const input = (question: string, words: string) =>
  decisionInputFor(pipeline, question, sentenceWith(words));

describe("unknownWords signal", () => {
  test("is the share of the question's words that no sentence of the article uses", () => {
    expect(unknownWords(input("when did the harbour flood", "closed in winter"))).toBe(0.5);
    expect(unknownWords(input("when did the harbour close", "closed in winter"))).toBe(0);
  });
});
