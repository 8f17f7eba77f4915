import { describe, expect, test } from "vitest";
import { quoteAsked } from "../../../../src/core/score/signals/quote-asked.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["“The wall will hold,” Lopez said on Monday."],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"] }],
  quotes: [
    { id: "hold", speaker: "ana-lopez", text: "The wall will hold,", mode: "direct", paragraph: 1 },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  quoteAsked(signalInput(pipeline, question, pick));

describe("quoteAsked signal", () => {
  test.each([
    "what did Lopez say about the wall",
    "who said the wall will hold",
    "show me Lopez's quotes",
  ])("is 1 for the quote when the question asks for words: %s", (question) => {
    expect(of(question, refOf("hold"))).toBe(1);
  });

  test("is 0 for the sentence the quote stands in, even when words are asked for", () => {
    expect(of("what did Lopez say about the wall", sentenceWith("will hold"))).toBe(0);
  });

  test("is 0 for the quote when the question asks for a fact", () => {
    expect(of("when will the wall hold", refOf("hold"))).toBe(0);
  });
});
