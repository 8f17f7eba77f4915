import { describe, expect, test } from "vitest";
import { negationMismatch } from "../../../../src/core/decide/signals/negation.js";
import { decisionInputFor, pipelineOf, sentenceWith } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: ["Residents did not object to the wall. Fishermen objected to the wall."],
});
const of = (question: string, words: string) =>
  negationMismatch(decisionInputFor(pipeline, question, sentenceWith(words)));

describe("negationMismatch signal", () => {
  test.each([
    ["who did not object to the wall", "Residents did not", 0],
    ["who objected to the wall", "Fishermen objected", 0],
    ["who did not object to the wall", "Fishermen objected", 1],
    ["who objected to the wall", "Residents did not", 1],
    ["who didn't object to the wall", "Residents did not", 0],
    ["who never objected to the wall", "Fishermen objected", 1],
  ])("%s, answered by '%s…': %s", (question, words, expected) => {
    expect(of(question, words)).toBe(expected);
  });
});
