import { beforeAll, describe, expect, test } from "vitest";
import { createEngine, type Engine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { GDANSK, SEED, twoArticleEngine } from "../adapters/two-article-corpus.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus("data"));
});

describe("mentions", () => {
  test("names the entities a text names, in its order, by any alias and with typos", () => {
    expect(engine.mentions("did sokhon meet the Busan mayor?").map((m) => m.name)).toEqual([
      "Prak Sokhonn",
      "Oh Keo-don",
      "Busan",
    ]);
    expect(engine.mentions("who is the PM")).toEqual([]);
    expect(engine.mentions("the prime minister")[0]).toMatchObject({
      name: "Hun Sen",
      type: "person",
      articles: [SEED.id],
    });
  });

  test("says which articles know an entity, and keeps to a scope", () => {
    const two = twoArticleEngine();
    const runners = two.mentions("Gdansk Marathon");
    expect(runners[0]?.articles).toEqual([GDANSK.id]);
    expect(two.mentions("Gdansk Marathon", { article: SEED.id })).toEqual([]);
    expect(two.mentions("anything", { article: "no-such-article" })).toEqual([]);
  });
});

describe("alternatives", () => {
  test("an answer carries the next-best answers, none repeating it", () => {
    const answer = engine.answer("when did Sokhonn meet the mayor?");
    const alternatives = answer.alternatives ?? [];
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives.length).toBeLessThanOrEqual(3);
    for (const alt of alternatives) {
      expect(alt.short).not.toBe(answer.short);
      expect(answer.refs).not.toContain(alt.ref);
      expect(alt.confidence).toBeLessThanOrEqual(answer.confidence);
      expect(alt.source.paragraph).toBeGreaterThan(0);
    }
  });
});
