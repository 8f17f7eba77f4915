import { describe, expect, test } from "vitest";
import { shortAnswer } from "../../../src/core/compose/short-answer.js";
import { SPAN_SIGNAL_NAMES } from "../../../src/core/compose/span-signals.js";
import { tagSpans } from "../../../src/core/index/spans.js";
import { DEFAULT_MODEL, type Model } from "../../../src/core/model/model.js";
import { pipelineOf } from "../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "The Huguenots reached the Cape of Good Hope in 1688. Mayor Ana Lopez said the wall would cost $40 million.",
  ],
});
const answer = (question: string, sentence: string, model: Model = DEFAULT_MODEL) =>
  shortAnswer(pipeline.analyze(question), sentence, tagSpans(sentence), model);

/** A span model with only these weights (the others 0). */
const modelWith = (weights: Record<string, number>): Model => ({
  ...DEFAULT_MODEL,
  span: Object.fromEntries([
    ...SPAN_SIGNAL_NAMES.map((n) => [n, 0]),
    ["threshold", 0],
    ...Object.entries(weights),
  ]),
});

const cape = "The Huguenots reached the Cape of Good Hope in 1688.";
const cost = "Mayor Ana Lopez said the wall would cost $40 million.";

describe("shortAnswer with the committed span model", () => {
  test.each([
    ["when did the Huguenots reach the Cape", cape, "1688"],
    ["where did the Huguenots arrive in 1688", cape, "Cape of Good Hope"],
    ["how much will the wall cost", cost, "$40 million"],
    ["who said the wall would cost $40 million", cost, "Ana Lopez"],
  ])("%s → %s", (question, sentence, expected) => {
    expect(answer(question, sentence)).toBe(expected);
  });
});

describe("shortAnswer's choice of span", () => {
  test("takes the span the model scores best: with only the type weighed, the span of the wanted type", () => {
    const typeOnly = modelWith({ typeMatch: 1 });
    expect(answer("when did the Huguenots reach the Cape", cape, typeOnly)).toBe("1688");
    expect(answer("how much will the wall cost", cost, typeOnly)).toBe("$40 million");
  });

  test("never answers with a span made only of the question's own words", () => {
    const namesOnly = modelWith({ name: 1 });
    expect(
      answer("when did the Huguenots reach the Cape of Good Hope", cape, namesOnly),
    ).not.toMatch(/Cape of Good Hope/);
    expect(answer("what did the Huguenots reach", cape, namesOnly)).toBe("Cape of Good Hope");
  });

  test("gives nothing when no span scores above the model's threshold", () => {
    const strict = modelWith({ typeMatch: 1, threshold: 2 });
    expect(answer("when did the Huguenots reach the Cape", cape, strict)).toBeUndefined();
  });

  test("gives nothing for a sentence without spans", () => {
    expect(shortAnswer(pipeline.analyze("when"), "", [], DEFAULT_MODEL)).toBeUndefined();
  });
});
