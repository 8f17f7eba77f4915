import { describe, expect, test } from "vitest";
import { typeMismatch } from "../../../../src/core/decide/signals/type-mismatch.js";
import { decisionInputFor, pipelineOf, refOf, sentenceWith } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["Mayor Ana Lopez opened the wall in March 2025. The wall protects the quay."],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"] }],
  facts: [
    {
      id: "lopez-role",
      paragraph: 1,
      answerType: "role",
      answer: "Mayor",
      statement: "Ana Lopez is the mayor.",
      evidence: "Mayor Ana Lopez opened the wall in March 2025.",
      questions: ["What is Lopez's job?"],
      entities: ["ana-lopez"],
    },
  ],
});
const of = (question: string, pick: Parameters<typeof decisionInputFor>[2]) =>
  typeMismatch(decisionInputFor(pipeline, question, pick));

describe("typeMismatch signal", () => {
  test("is 1 when a 'when' question is answered by a sentence without a date, 0 with one", () => {
    expect(of("when does the wall protect the quay", sentenceWith("protects the quay"))).toBe(1);
    expect(of("when did the wall open", sentenceWith("March 2025"))).toBe(0);
  });

  test("is 1 when a fact's answer type does not fit: 'where' answered by a role", () => {
    expect(of("where did Lopez open the wall", refOf("lopez-role"))).toBe(1);
    expect(of("what is Lopez's position", refOf("lopez-role"))).toBe(0);
  });

  test("is 1 when words are asked for and the best candidate is not a quote", () => {
    expect(of("what did Lopez say about the wall", sentenceWith("March 2025"))).toBe(1);
  });

  test("is 0 when the question does not say what it wants, or wants a type no span gives", () => {
    expect(of("tell me about the wall", sentenceWith("protects the quay"))).toBe(0);
    expect(of("why does the wall protect the quay", sentenceWith("protects the quay"))).toBe(0);
  });
});
