import { describe, expect, test } from "vitest";
import {
  questionLength,
  unknownWords,
  weakestLink,
} from "../../../../src/core/decide/signals/missing-weight.js";
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

describe("weakestLink signal", () => {
  test("is larger when the word missing around the best sentence is rare in the article", () => {
    const question = "when was the harbour ferry rebuilt";
    // "A ferry was rebuilt" lacks only "harbour", which most sentences say; "closed in winter"
    // (a paragraph of its own) lacks "ferry" and "rebuilt", each said twice.
    expect(weakestLink(input(question, "closed in winter"))).toBeGreaterThan(
      weakestLink(input(question, "A ferry was rebuilt")),
    );
    expect(weakestLink(input(question, "A ferry was rebuilt"))).toBeGreaterThan(0);
  });

  test("is 0 when every word of the question is around the best sentence", () => {
    expect(weakestLink(input("when was the harbour rebuilt", "rebuilt after"))).toBe(0);
  });

  test("is 1 when a word no sentence of the article says is missing", () => {
    expect(weakestLink(input("when did the harbour flood", "closed in winter"))).toBe(1);
  });
});

describe("unknownWords signal", () => {
  test("is the share of the question's words that no sentence of the article uses", () => {
    expect(unknownWords(input("when did the harbour flood", "closed in winter"))).toBe(0.5);
    expect(unknownWords(input("when did the harbour close", "closed in winter"))).toBe(0);
  });
});

describe("questionLength signal", () => {
  test("grows with the question's content words and stops at 15", () => {
    const short = questionLength(input("when did the harbour close", "closed in winter"));
    const long = questionLength(
      input("when did the old harbour of the town close for winter", "closed in winter"),
    );
    expect(short).toBeCloseTo(2 / 15, 10);
    expect(long).toBeGreaterThan(short);
    const words =
      "harbour ferry storm winter town island river bridge tower wall gate road market school church square park";
    expect(questionLength(input(words, "closed in winter"))).toBe(1);
  });
});
