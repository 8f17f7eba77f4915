import { beforeAll, describe, expect, test } from "vitest";
import { createEngine, type Engine } from "../../src/core/index.js";
import { loadCorpus } from "../../src/data/load-knowledge.js";
import { GDANSK, SEED, twoArticleEngine } from "../adapters/two-article-corpus.js";
import { FIXTURE_DATA_DIR } from "../fixtures/knowledge-dir.js";

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadCorpus(FIXTURE_DATA_DIR));
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
    // The Busan count is the best; Korea's as a whole is what a 👎 should offer next.
    const answer = engine.answer("how many Cambodian workers are in Korea?");
    expect(answer.refs).toEqual([`${SEED.id}/cambodians-in-busan`]);
    const alternatives = answer.alternatives ?? [];
    expect(alternatives.map((a) => a.ref)).toContain(`${SEED.id}/cambodians-korea-since-2007`);
    expect(alternatives.length).toBeLessThanOrEqual(3);
    for (const alt of alternatives) {
      expect(alt.short).not.toBe(answer.short);
      expect(answer.refs).not.toContain(alt.ref);
      // Each is the decision's probability for that candidate as if it were the best, from 0.3 up.
      expect(alt.confidence).toBeGreaterThanOrEqual(0.3);
      expect(alt.confidence).toBeLessThanOrEqual(1);
      expect(alt.source.paragraph).toBeGreaterThan(0);
    }
  });
});
