import { describe, expect, test } from "vitest";
import { answerType } from "../../../../src/core/score/signals/answer-type.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "Mayor Ana Lopez opened the flood wall in March 2025. The wall protects the quay.",
    "Lopez said the wall was worth every cent.",
  ],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"] }],
  facts: [
    {
      id: "opening-date",
      paragraph: 1,
      answerType: "date",
      answer: "March 2025",
      statement: "The flood wall opened in March 2025.",
      evidence: "Mayor Ana Lopez opened the flood wall in March 2025.",
      questions: ["When did the flood wall open?"],
    },
    {
      id: "opener",
      paragraph: 1,
      answerType: "person",
      answer: "Ana Lopez",
      statement: "Ana Lopez opened the flood wall.",
      evidence: "Mayor Ana Lopez opened the flood wall in March 2025.",
      questions: ["Who opened the flood wall?"],
    },
  ],
  quotes: [
    {
      id: "worth-it",
      speaker: "ana-lopez",
      text: "the wall was worth every cent",
      mode: "reported",
      verb: "said",
      paragraph: 2,
    },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  answerType(signalInput(pipeline, question, pick));

describe("answerType signal", () => {
  test.each([
    ["when did the wall open", "a date"],
    ["who opened the wall", "a person"],
  ])("%s: 1 for the sentence holding %s, 0 for one without", (question) => {
    expect(of(question, sentenceWith("March 2025"))).toBe(1);
    expect(of(question, sentenceWith("protects the quay"))).toBe(0);
  });

  test("does not count a span the question already says: 'who is Ana Lopez' is not answered by her name", () => {
    expect(of("who did Ana Lopez meet", sentenceWith("March 2025"))).toBe(0);
  });

  test("rates a fact by its answer type: a date fact fits 'when' better than a person fact", () => {
    const question = "when did the wall open";
    expect(of(question, refOf("opening-date"))).toBe(1);
    expect(of(question, refOf("opener"))).toBeLessThan(1);
  });

  test("is 1 for a quote, and 0 for a sentence, when the question asks for someone's words", () => {
    expect(of("what did Lopez say about the wall", refOf("worth-it"))).toBe(1);
    expect(of("what did Lopez say about the wall", sentenceWith("worth every cent"))).toBe(0);
  });

  test("is 0 when the question does not say what it wants", () => {
    expect(of("tell me about the flood wall", sentenceWith("March 2025"))).toBe(0);
  });
});
