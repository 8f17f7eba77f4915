import { describe, expect, test } from "vitest";
import {
  missingNames,
  missingPredicate,
} from "../../../../src/core/decide/signals/missing-names.js";
import { decisionInputFor, pipelineOf, sentenceWith } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "Mayor Ana Lopez of Busan met 300 workers in 2019. She promised them housing.",
    "The mayor of Seoul replied in a letter. It arrived late.",
  ],
  entities: [
    { id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"], role: "mayor" },
    { id: "busan", type: "place", name: "Busan" },
    { id: "seoul", type: "place", name: "Seoul" },
  ],
});
const input = (question: string, words: string) =>
  decisionInputFor(pipeline, question, sentenceWith(words));

describe("missingNames signal", () => {
  test("is the share of the question's names that the best sentence and its neighbours never mention", () => {
    expect(missingNames(input("what did the mayor of Seoul promise", "Ana Lopez of Busan"))).toBe(
      1,
    );
    expect(missingNames(input("what did the mayor of Busan promise", "Ana Lopez of Busan"))).toBe(
      0,
    );
    expect(missingNames(input("did Lopez meet workers in Seoul", "Ana Lopez of Busan"))).toBe(0.5);
  });

  test("counts a name said in the next sentence of the paragraph as present", () => {
    expect(missingNames(input("what did Lopez promise", "She promised"))).toBe(0);
  });

  test("is 0 when the question names nothing", () => {
    expect(missingNames(input("what did the mayor promise", "She promised"))).toBe(0);
  });
});

describe("missingPredicate signal", () => {
  test("is 1 when the question's closing verb is missing around the best sentence", () => {
    expect(missingPredicate(input("what did the mayor reply", "Ana Lopez"))).toBe(1);
    expect(missingPredicate(input("what did the mayor reply", "It arrived late"))).toBe(0);
  });

  test("is 0 for a question with no closing verb to check", () => {
    expect(missingPredicate(input("how many workers met the mayor", "It arrived late"))).toBe(0);
  });
});
