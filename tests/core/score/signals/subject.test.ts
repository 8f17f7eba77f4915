import { describe, expect, test } from "vitest";
import { subject } from "../../../../src/core/score/signals/subject.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const text = "Mayor Ana Lopez and engineer Tom Berg opened the wall.";
const role = (id: string, answer: string, entities: string[]) => ({
  id,
  paragraph: 1,
  answerType: "role",
  answer,
  statement: `${answer} opened the wall.`,
  evidence: text,
  questions: ["What is their job?"],
  entities,
});
const pipeline = pipelineOf({
  paragraphs: [text],
  entities: [
    { id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"], role: "mayor" },
    { id: "tom-berg", type: "person", name: "Tom Berg", aliases: ["Berg"], role: "engineer" },
  ],
  facts: [
    role("lopez-role", "Mayor", ["ana-lopez"]),
    role("berg-role", "Engineer", ["tom-berg", "ana-lopez"]),
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  subject(signalInput(pipeline, question, pick));

describe("subject signal", () => {
  test("is 1 for the fact about the person the question names, 0 for a fact that only mentions them", () => {
    expect(of("what is Lopez's job", refOf("lopez-role"))).toBe(1);
    expect(of("what is Lopez's job", refOf("berg-role"))).toBe(0);
    expect(of("what is Berg's job", refOf("berg-role"))).toBe(1);
  });

  test("is 0 for a sentence, which is about no one in particular", () => {
    expect(of("what is Lopez's job", sentenceWith("opened the wall"))).toBe(0);
  });
});
