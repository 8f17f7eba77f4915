import { describe, expect, test } from "vitest";
import { retrieve } from "../../../src/core/retrieve/retrieve.js";
import { type ArticleSpec, pipelineOf } from "../signal-input.js";

const wall: ArticleSpec = {
  id: "flood-wall",
  paragraphs: [
    "The council met on Monday. The council approved the flood wall. The wall will cost $40 million.",
    "Fishermen worried about the harbour.",
  ],
};
const harbour: ArticleSpec = {
  id: "harbour",
  paragraphs: [
    "The harbour reopened. The harbour hosts a ferry. The harbour was dredged. The harbour is busy.",
    "A wall fell.",
  ],
};

/** The texts of the docs retrieval returns for a question, best first. */
function found(specs: ArticleSpec[], question: string, scope?: number, size?: number) {
  const pipeline = pipelineOf(...specs);
  const q = pipeline.analyze(question);
  return retrieve(q, pipeline.index, scope, size).map((r) => ({
    ...r,
    text: pipeline.index.docs[r.doc]?.text ?? "",
    article: pipeline.index.docs[r.doc]?.article,
  }));
}

describe("retrieve", () => {
  test("ranks the sentence holding the question's rare words first", () => {
    const texts = found([wall], "did the council approve the flood wall").map((r) => r.text);
    expect(texts[0]).toBe("The council approved the flood wall.");
    expect(texts).toContain("The council met on Monday.");
    expect(texts.indexOf("The council approved the flood wall.")).toBeLessThan(
      texts.indexOf("The council met on Monday."),
    );
  });

  test("returns only docs holding a word of the question, best first", () => {
    const results = found([wall], "how much will the wall cost");
    expect(results.map((r) => r.text)).not.toContain("Fishermen worried about the harbour.");
    const scores = results.map((r) => r.bm25);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(found([wall], "xyzzy")).toEqual([]);
  });

  test("stays inside the article it is scoped to", () => {
    const all = found([wall, harbour], "flood wall harbour");
    expect(new Set(all.map((r) => r.article))).toEqual(new Set([0, 1]));
    expect(found([wall, harbour], "flood wall harbour", 1).every((r) => r.article === 1)).toBe(
      true,
    );
    expect(found([wall, harbour], "flood wall harbour", 0).every((r) => r.article === 0)).toBe(
      true,
    );
  });

  test("weighs each word by its rarity in the doc's own article: another article does not change its scores", () => {
    const alone = found([wall], "flood wall harbour");
    const withOther = found([wall, harbour], "flood wall harbour", 0);
    expect(withOther.map((r) => [r.text, r.bm25])).toEqual(alone.map((r) => [r.text, r.bm25]));
  });

  test("the same words rank in opposite orders in two articles, each weighing them by its own rarity", () => {
    // "wall" is rare in the harbour article and common in the wall one; "harbour" the other way round.
    expect(found([wall, harbour], "harbour wall", 0)[0]?.text).toBe(
      "Fishermen worried about the harbour.",
    );
    expect(found([wall, harbour], "harbour wall", 1)[0]?.text).toBe("A wall fell.");
  });

  test("hands at most `size` docs to scoring", () => {
    expect(found([wall, harbour], "the harbour wall", undefined, 3)).toHaveLength(3);
  });
});
