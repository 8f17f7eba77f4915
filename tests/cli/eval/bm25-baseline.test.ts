import { describe, expect, test } from "vitest";
import { bm25Baseline } from "../../../src/cli/eval/bm25-baseline.js";
import { article } from "../../core/signal-input.js";

const ask = bm25Baseline(
  article({
    paragraphs: [
      "The council met on Monday. The council approved the flood wall. The wall will cost $40 million.",
      "Fishermen worried about the harbour.",
    ],
  }),
);

describe("bm25Baseline", () => {
  test.each([
    ["did the council approve the flood wall", "The council approved the flood wall."],
    ["how much will the wall cost", "The wall will cost $40 million."],
    ["what did the fishermen worry about", "Fishermen worried about the harbour."],
    ["when did the councils meet", "The council met on Monday."],
  ])("%s → %s", (question, sentence) => {
    expect(ask(question)).toBe(sentence);
  });

  test("answers with a whole sentence of the article, never more", () => {
    expect(ask("flood wall harbour council")).toMatch(/^[^.]*\.$/);
  });

  test("gives nothing when no sentence shares a word with the question", () => {
    expect(ask("xyzzy plugh")).toBeUndefined();
    expect(ask("")).toBeUndefined();
  });
});
