import { describe, expect, test } from "vitest";
import type { EvalQuestion } from "../../../src/cli/eval/eval-file.js";
import {
  type EvalResult,
  floorFailures,
  isCorrect,
  refMatches,
  summarise,
  unknownExpectedIds,
} from "../../../src/cli/eval/score.js";
import type { Answer, ArticleKnowledge } from "../../../src/core/index.js";

const question = (expect: string[], type = "number", line = 1): EvalQuestion => ({
  question: "q",
  expect,
  type,
  line,
});
const answer = (answered: boolean, refs: string[] = []): Answer => ({
  answered,
  answer: "",
  short: "",
  confidence: answered ? 1 : 0,
  kind: answered ? "fact" : "none",
  sources: [],
  suggestions: [],
  refs,
});
const result = (item: EvalQuestion, a: Answer): EvalResult => ({
  item,
  answer: a,
  correct: isCorrect(item, a),
});

describe("refMatches", () => {
  test.each([
    ["art/workers", "workers", true],
    ["art/workers", "art/workers", true],
    ["other/workers", "workers", true],
    ["art/workers-busan", "workers", false],
    ["art/my-workers", "workers", false],
    ["art/p4", "workers", false],
  ])("%s against %s → %s", (ref, id, expected) => {
    expect(refMatches(ref, id)).toBe(expected);
  });
});

describe("isCorrect", () => {
  test("an answerable question needs an answer citing one of the expected ids", () => {
    const item = question(["workers", "thanks"]);
    expect(isCorrect(item, answer(true, ["art/p4", "art/thanks"]))).toBe(true);
    expect(isCorrect(item, answer(true, ["art/other"]))).toBe(false);
    expect(isCorrect(item, answer(false, ["art/workers"]))).toBe(false);
  });

  test("an unanswerable question needs an abstention, whatever it cites", () => {
    expect(isCorrect(question([]), answer(false, ["art/p1"]))).toBe(true);
    expect(isCorrect(question([]), answer(true, ["art/workers"]))).toBe(false);
  });
});

describe("summarise", () => {
  const results = [
    result(question(["a"], "number", 1), answer(true, ["x/a"])),
    result(question(["b"], "number", 2), answer(true, ["x/c"])),
    result(question(["c"], "person", 3), answer(true, ["x/c"])),
    result(question([], "unanswerable", 4), answer(false)),
    result(question([], "unanswerable", 5), answer(true, ["x/a"])),
  ];
  const summary = summarise(results);

  test("counts answerable, unanswerable, overall and per type", () => {
    expect(summary.answerable).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
    expect(summary.unanswerable).toEqual({ correct: 1, total: 2, rate: 0.5 });
    expect(summary.overall).toEqual({ correct: 3, total: 5, rate: 0.6 });
    expect(Object.keys(summary.byType)).toEqual(["number", "person", "unanswerable"]);
    expect(summary.byType).toMatchObject({ number: { correct: 1, total: 2, rate: 0.5 } });
  });

  test("lists the misses in file order", () => {
    expect(summary.misses.map((m) => m.item.line)).toEqual([2, 5]);
  });

  test("reports each floor that is not met", () => {
    const failures = floorFailures(summary);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toContain("2/3");
    expect(failures[1]).toContain("1/2");
  });

  test("meets the floors at exactly 95 % and 90 %", () => {
    const many = [
      ...Array.from({ length: 19 }, () => result(question(["a"]), answer(true, ["x/a"]))),
      result(question(["a"]), answer(false)),
      ...Array.from({ length: 9 }, () => result(question([]), answer(false))),
      result(question([]), answer(true, ["x/a"])),
    ];
    expect(floorFailures(summarise(many))).toEqual([]);
  });
});

describe("unknownExpectedIds", () => {
  test("names expected ids that are no fact or quote of the corpus", () => {
    const corpus = [
      { article: { id: "art" }, facts: [{ id: "workers" }], quotes: [{ id: "q-phea" }] },
    ] as unknown as ArticleKnowledge[];
    const items = [question(["workers", "q-phea", "art/workers"]), question(["typo-id"], "x", 2)];
    expect(unknownExpectedIds(items, corpus).map(({ item, id }) => [item.line, id])).toEqual([
      [2, "typo-id"],
    ]);
  });
});
