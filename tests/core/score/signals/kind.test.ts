import { describe, expect, test } from "vitest";
import { isFact, isQuote } from "../../../../src/core/score/signals/kind.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["Lopez said the wall was worth it. The wall opened in March."],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"] }],
  facts: [
    {
      id: "opening",
      paragraph: 1,
      answerType: "date",
      answer: "March",
      statement: "The wall opened in March.",
      evidence: "The wall opened in March.",
      questions: ["When did the wall open?"],
    },
  ],
  quotes: [
    {
      id: "worth-it",
      speaker: "ana-lopez",
      text: "the wall was worth it",
      mode: "reported",
      verb: "said",
      paragraph: 1,
    },
  ],
});

describe("kind signals", () => {
  test.each([
    ["a fact", refOf("opening"), 1, 0],
    ["a quote", refOf("worth-it"), 0, 1],
    ["a sentence", sentenceWith("opened in March"), 0, 0],
  ])("%s: isFact %s, isQuote %s", (_, pick, fact, quote) => {
    const input = signalInput(pipeline, "when did the wall open", pick);
    expect(isFact(input)).toBe(fact);
    expect(isQuote(input)).toBe(quote);
  });
});
