import { describe, expect, test } from "vitest";
import { entities } from "../../../../src/core/score/signals/entities.js";
import { pipelineOf, refOf, sentenceWith, signalInput } from "../../signal-input.js";

const pipeline = pipelineOf({
  paragraphs: [
    "Mayor Ana Lopez opened the flood wall, built by Delta Works. The harbour stayed closed.",
  ],
  entities: [
    { id: "ana-lopez", type: "person", name: "Ana Lopez", aliases: ["Lopez"], role: "mayor" },
    { id: "delta-works", type: "organisation", name: "Delta Works" },
  ],
  facts: [
    {
      id: "builder",
      paragraph: 1,
      answerType: "organisation",
      answer: "Delta Works",
      statement: "Delta Works built the flood wall.",
      evidence: "Mayor Ana Lopez opened the flood wall, built by Delta Works.",
      questions: ["Who built the flood wall?"],
      entities: ["delta-works"],
    },
  ],
});
const of = (question: string, pick: Parameters<typeof signalInput>[2]) =>
  entities(signalInput(pipeline, question, pick));

describe("entities signal", () => {
  test("is 1 when the doc is about everything the question names, 0 when about none of it", () => {
    expect(of("what did Ana Lopez open", sentenceWith("Mayor Ana Lopez"))).toBe(1);
    expect(of("what did Ana Lopez open", sentenceWith("harbour"))).toBe(0);
  });

  test("counts half for a name the doc gives only in passing (a fact's evidence)", () => {
    expect(of("what did Ana Lopez open", refOf("builder"))).toBe(0.5);
    expect(of("what did Delta Works build", refOf("builder"))).toBe(1);
  });

  test("is the share of the names asked about that the doc is about", () => {
    expect(of("did Ana Lopez thank Delta Works", refOf("builder"))).toBe(0.75);
  });

  test("is 1 when the question names nothing", () => {
    expect(of("what stayed closed", sentenceWith("harbour"))).toBe(1);
  });
});
