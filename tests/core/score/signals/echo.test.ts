import { describe, expect, test } from "vitest";
import { echo } from "../../../../src/core/score/signals/echo.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const fact = (id: string, answerType: string, answer: string) => ({
  id,
  paragraph: 1,
  answerType,
  answer,
  statement: "Ana Lopez is the mayor of Riverton.",
  evidence: "Mayor Ana Lopez of Riverton opened the wall.",
  questions: ["Who is Ana Lopez?"],
  entities: ["ana-lopez"],
});
const pipeline = pipelineOf({
  paragraphs: ["Mayor Ana Lopez of Riverton opened the wall."],
  entities: [{ id: "ana-lopez", type: "person", name: "Ana Lopez", role: "mayor" }],
  facts: [
    fact("lopez-name", "person", "Ana Lopez"),
    fact("lopez-role", "role", "Mayor of Riverton"),
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  echo(signalInput(pipeline, question, pick));

describe("echo signal", () => {
  test("is 1 when the fact's short answer only repeats the question's words", () => {
    expect(of("who is Ana Lopez", refOf("lopez-name"))).toBe(1);
  });

  test("is 0 when the short answer tells the asker something new", () => {
    expect(of("who is Ana Lopez", refOf("lopez-role"))).toBe(0);
  });

  test("is 0 for a sentence, which has no short answer", () => {
    expect(of("who is Ana Lopez", sentenceWith("opened the wall"))).toBe(0);
  });
});
